#pragma once

#include "cluster/clusterfetcher.h"
#include "clustersummary.h"
#include "kube/inventory.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace parapet::ui {

/// What the user asked to look at: the demo cluster, manifest files, folders and snapshots, or
/// a live cluster through a kubeconfig context.
struct LoadRequest
{
    enum class Kind
    {
        Demo,
        Paths,
        Live
    };
    Kind kind = Kind::Demo;
    QStringList paths;
    /// Paths: namespace for namespaced objects that carry none (`-n`); empty means `default`.
    /// Live: the only namespace listed (`-n`); empty lists all namespaces.
    QString defaultNamespace;
    /// Live: the kubeconfig context; empty means the current context.
    QString context;
    /// Live: `--kubeconfig`, read alone; empty means KUBECONFIG, else ~/.kube/config.
    QString kubeconfig;

    static LoadRequest demo();
    static LoadRequest fromPaths(const QStringList &paths, const QString &defaultNamespace = {});
    static LoadRequest live(const QString &context, const QString &kubeconfig = {},
                            const QString &ns = {});

    /// Short name for the source chip and messages: `Demo cluster`, `calico.yaml`,
    /// `corpus/`, `a.yaml, b.yaml +3 more`, `prod-eu` (a context).
    QString shortName() const;

    /// For the recent sources (QSettings); fromVariant() gives nullopt for unusable entries.
    QVariantMap toVariant() const;
    static std::optional<LoadRequest> fromVariant(const QVariantMap &map);

    bool operator==(const LoadRequest &) const = default;
};

/// How one resource kind of a live fetch is doing, as the connect panel shows it.
struct KindProgress
{
    enum class State
    {
        Waiting,
        Fetching,
        Done,
        Partial,
        Forbidden,
        Unauthorized,
        NotServed,
        Failed,
        Cancelled
    };
    QString kind; ///< `Pod`, `NetworkPolicy.networking.k8s.io` (KindFetch::groupKindName())
    int objects = 0;
    State state = State::Waiting;
    QString reason;

    static State stateOf(KindFetch::Status status);
    static QString stateTitle(State state);
};

/// Hooks of a running load: cancellation (live fetches stop their transfers) and progress
/// (called on the loading thread).
struct LoadControl
{
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    std::function<void(const FetchProgress &)> progress;
};

/// A kind the live inventory lacks (forbidden, failed ...), and what that means for the review.
struct MissingKind
{
    QString kind;
    KindProgress::State state = KindProgress::State::Failed;
    QString reason;
    /// `RBAC checks are incomplete`: which analyses lack data.
    QString consequence;
};

/// Everything a load produced, handed whole to the views.
struct LoadResult
{
    LoadRequest request;
    Inventory inventory;
    ClusterSummary summary;
    qint64 elapsedMs = 0;
    /// Common folder of the objects' files (ends with `/`), cut from file names in tables.
    QString displayRoot;

    /// Set when nothing could be loaded (a live connection failed, or was cancelled): what
    /// happened and what to do. The inventory is empty then.
    QString error;
    bool cancelled = false;
    /// Live: who connected where (never a credential).
    QString contextName;
    QString clusterName;
    QString userName;
    QString authKind;
    QString server;
    bool tlsVerified = true;
    /// Live: each wanted kind's outcome, and the ones that are missing or incomplete.
    QList<KindFetch> kinds;
    QList<MissingKind> missing;
    /// Warnings of the connection (kubeconfig warnings, TLS off, plain HTTP, plugin output).
    QStringList connectionWarnings;

    bool ok() const { return error.isEmpty(); }
    bool partial() const { return !missing.isEmpty(); }
};

/// Loads \a request (blocking: call it on a worker thread) and summarises the result. A live
/// request connects through the kubeconfig and fetches the inventory; \a control cancels it and
/// receives its progress per kind.
LoadResult runLoad(const LoadRequest &request, const LoadControl &control = {});

/// The kinds a live fetch lists, as KindProgress names them, in fetch order.
QStringList liveKindNames();

/// What an incomplete kind means for the review (`RBAC checks are incomplete`).
QString consequenceOfMissing(const QString &groupKind);

/// The longest folder prefix (with trailing `/`) shared by the files of \a inventory's objects
/// and diagnostics; empty when they share none.
QString commonFolder(const Inventory &inventory);

} // namespace parapet::ui
