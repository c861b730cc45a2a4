#pragma once

#include "kubeobject.h"
#include "labelselector.h"
#include "resourceregistry.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace parapet {

/// Something noticed while an inventory was made: an object or file that was skipped (Error)
/// or kept with a remark (Warning, e.g. a duplicate).
struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;

    QString toString() const;
};

/// What an inventory shows.
struct SourceInfo
{
    enum class Kind { Manifests, Snapshot, Demo, Live };
    Kind kind = Kind::Manifests;
    /// Files or folders read, the snapshot path, or the kubeconfig context.
    QString name;
    /// Kubernetes version when known (`v1.30.4`): from /version, or for manifests the tag of a
    /// kube-apiserver static pod image.
    QString serverVersion;
    /// When the objects were read (a snapshot keeps the time of its capture).
    QDateTime capturedAt;
    /// For snapshots: what was captured (kind and name of the original source).
    Kind capturedKind = Kind::Manifests;
    QString capturedName;
};

/// One immutable, indexed collection of Kubernetes objects: a cluster or a manifest set.
/// Cheap to copy (shared); safe to read from any thread. Build it with InventoryBuilder.
class Inventory
{
public:
    Inventory();

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    std::span<const KubeObject> objects() const;
    const KubeObject &at(qsizetype i) const { return objects()[std::size_t(i)]; }

    /// Objects of a kind (`Deployment`), optionally only of one group (`apps`).
    std::vector<const KubeObject *> ofKind(QStringView kind) const;
    std::vector<const KubeObject *> ofKind(const GroupKind &gk) const;
    std::vector<const KubeObject *> inNamespace(QStringView ns) const;
    const KubeObject *find(QStringView kind, QStringView ns, QStringView name) const;
    const KubeObject *findByUid(QStringView uid) const;
    /// Objects of \a kind in \a ns (all namespaces when \a ns is empty) whose labels match.
    std::vector<const KubeObject *> select(QStringView kind, QStringView ns,
                                           const LabelSelector &selector) const;

    /// Namespace names: Namespace objects plus every namespace an object lives in, sorted.
    QStringList namespaceNames() const;
    /// Counts by kind, for summaries.
    QHash<QString, int> countsByKind() const;

    const std::vector<Diagnostic> &diagnostics() const;
    bool hasErrors() const;
    const SourceInfo &source() const;
    const ResourceRegistry &registry() const;

private:
    friend class InventoryBuilder;
    struct Data;
    std::shared_ptr<const Data> d;
};

/// Collects objects and diagnostics from sources, then makes the Inventory: namespace
/// defaulting (custom resource scopes from CRDs in the same set), duplicate detection, indexes.
class InventoryBuilder
{
public:
    InventoryBuilder();
    ~InventoryBuilder();

    /// Namespace given to namespaced objects that have none (`kubectl apply -n`).
    void setDefaultNamespace(const QString &ns);
    void setSource(const SourceInfo &source);
    void add(KubeObject object);
    void addDiagnostic(Diagnostic diagnostic);
    /// Objects that already carry their final scope (snapshot reader): no defaulting.
    void addScoped(KubeObject object);

    Inventory build();

private:
    struct Pending;
    std::unique_ptr<Pending> p;
};

} // namespace parapet
