#pragma once

#include "kube/inventory.h"
#include "parselimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace parapet {

/// Options of a manifest load.
struct LoadOptions
{
    /// Namespace for namespaced objects that carry none (`kubectl apply -n`).
    QString defaultNamespace = QStringLiteral("default");
    /// Files above this size are refused.
    qint64 maxFileBytes = qint64(64) * 1024 * 1024;
    ParseLimits limits;
};

/// Reads Kubernetes objects from manifest files, folders, stdin or embedded resources into an
/// Inventory. Multi-document YAML (comments, Helm `# Source:` headers, empty documents), JSON
/// (one value or a stream), `kind: List` and typed lists (`RoleList`) are understood; every
/// object keeps file, line and column of each field. Bad input never stops the load: each
/// broken file or document becomes a Diagnostic naming file, line and column, and loading goes
/// on. Snapshot files given as paths are read as snapshots. Secret values are dropped here.
class ManifestLoader
{
public:
    explicit ManifestLoader(LoadOptions options = {});
    ~ManifestLoader();

    /// A file or a folder (recursively: *.yaml, *.yml, *.json; hidden entries are skipped).
    void addPath(const QString &path);
    /// Bytes from elsewhere (stdin, a resource); \a name is what diagnostics call the file.
    void addData(const QString &name, const QByteArray &data);
    /// The bundled demo cluster.
    void addDemo();

    /// Parses everything added (files in parallel) and builds the inventory.
    Inventory load(SourceInfo source);

    /// Convenience: loads \a paths (`-` means stdin) with \a options.
    static Inventory loadPaths(const QStringList &paths, const LoadOptions &options = {});
    static Inventory loadDemo(const LoadOptions &options = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Turns one parsed document into objects (expanding Lists, dropping Secret values) or errors.
/// Exposed for the API client, whose LIST responses are handled the same way.
void collectObjects(const ParsedDocument &parsed, const QString &file,
                    std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics);

/// A copy of a Secret without `data`, `stringData` and the last-applied annotation (which
/// repeats the values): Parapet keeps Secrets as metadata only.
std::shared_ptr<Document> withoutSecretValues(const Node &secret);

} // namespace parapet
