#pragma once

// A set of remediations rendered as files: a kustomize overlay, plain YAML or kubectl patches,
// plus the control-plane files (audit policy, encryption configuration) and their instructions.
// Also the unified diff of a fixed object against the text it was loaded from.

#include "kube/inventory.h"
#include "kube/result.h"
#include "remediation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

namespace parapet::remediation {

enum class FixSetFormat
{
    /// A self-contained kustomize directory: kustomization.yaml, the affected original objects
    /// as resources (copied YAML) under `base/`, strategic-merge patches under `patches/`, new
    /// objects under `resources/`; `kubectl kustomize DIR` builds the fixed objects.
    Overlay,
    /// One plain multi-document YAML file per remediation: the fixed and the new objects.
    Yaml,
    /// Strategic-merge patches with their `kubectl patch` command, and the new objects.
    Patch,
};

/// One file of a fix set, its path relative to the output directory ('/' separated).
struct FixFile
{
    QString relativePath;
    QByteArray content;
    /// True for files holding key material (the encryption configuration): written mode 0600.
    bool secret = false;
};

/// Options of renderFixSet beyond the format.
struct RenderOptions
{
    /// The 32-byte key for an EncryptionConfiguration; generated with RAND_bytes when empty.
    /// Callers that want to show the key once pass the one they generated (see
    /// generateEncryptionKey()) and wipe it afterwards.
    QByteArray encryptionKey;
};

/// A fresh 32-byte key from OpenSSL's RAND_bytes (raw bytes, not base64).
Result<QByteArray> generateEncryptionKey();

/// `# Deployment shop/cart: fixes …`, parts, warnings: YAML comment lines naming a fix.
QString remediationHeader(const Remediation &fix);

/// Renders the remediations as files of the given format (no disk I/O). Control-plane
/// remediations add their files (under `control-plane/`) in every format. Error when an
/// object the overlay must copy has no readable source, or two fixes rewrite the same object.
Result<std::vector<FixFile>> renderFixSet(const Inventory &inventory,
                                          std::span<const Remediation> fixes, FixSetFormat format);
Result<std::vector<FixFile>> renderFixSet(const Inventory &inventory,
                                          std::span<const Remediation> fixes, FixSetFormat format,
                                          const RenderOptions &options);

/// Writes \a files under \a dir (creating it and sub-directories). Refuses a directory that
/// exists and is not empty unless \a overwrite; with \a overwrite, only the files of the set
/// are (re)written, nothing else is touched. Files are written atomically; secret files get
/// mode 0600 before any byte is written. Returns the paths written.
Result<QStringList> writeFixSet(const QString &dir, const std::vector<FixFile> &files,
                                bool overwrite = false);

/// Unified diff (`diff -u` format) of the original text of the object the remediation
/// rewrites (the document's lines in its source file) against its fixed YAML; empty for new
/// objects and for objects that did not come from a readable file.
QString remediationDiff(const Inventory &inventory, const Remediation &fix);

/// Unified diff of two texts (Myers' algorithm on lines), `---`/`+++` headers, `@@` hunks with
/// \a context lines of context; `\ No newline at end of file` as diff(1) writes it. Empty when
/// the texts are equal.
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context = 3);

/// The text of \a object's document in its source file (from its first line to the line
/// before the next document), or an error (live object, unreadable or changed file).
Result<QString> originalText(const KubeObject &object);

} // namespace parapet::remediation
