#pragma once

#include "apiclient.h"
#include "kube/inventory.h"
#include "sources/parselimits.h"

#include <functional>
#include <QList>
#include <QString>
#include <QStringList>

namespace parapet {

/// A kind Parapet lists from a live cluster.
struct WantedKind
{
    QString group;
    QString kind;
};

/// Outcome of one kind's LIST.
struct KindFetch
{
    enum class Status
    {
        Complete,     ///< listed everywhere
        Partial,      ///< cluster-wide LIST refused; listed in some namespaces only
        Forbidden,    ///< refused (403) and no namespace could be listed
        Unauthorized, ///< 401
        NotServed,    ///< the server does not serve this kind
        Failed,       ///< transport or server error
        Cancelled,
    };
    QString group;
    QString version;
    QString kind;
    QString resource;
    bool namespaced = true;
    Status status = Status::Complete;
    int objects = 0;
    int pages = 0;
    int restarts = 0; ///< lists started again after 410 Gone
    /// Why the kind is incomplete (the server's message), empty when complete.
    QString reason;
    /// For Partial: the namespaces that could be listed.
    QStringList namespaces;

    QString groupKindName() const { return group.isEmpty() ? kind : kind + u'.' + group; }
    static QString statusName(Status s);
};

/// Progress of a fetch, reported per kind from the fetching thread.
struct FetchProgress
{
    QString kind;
    int objects = 0; ///< objects of this kind so far
    int kindsDone = 0;
    int kindsTotal = 0;
    bool kindDone = false;
};

struct FetchOptions
{
    /// Kinds to list; defaultKinds() when empty.
    QList<WantedKind> kinds;
    /// When set, namespaced kinds are listed in this namespace only (`-n`).
    QString onlyNamespace;
    /// Namespaces tried when a cluster-wide LIST is forbidden (the context's namespace, `-n`);
    /// kube-system (for static pods) and those a SelfSubjectRulesReview reveals are added.
    QStringList fallbackNamespaces;
    int pageSize = 500;
    /// 410 Gone restarts a list at most this often.
    int maxRestarts = 3;
    /// Ask SelfSubjectRulesReview what the identity may list before namespace fallbacks.
    bool reviewRules = true;
    ParseLimits limits;
    /// Read each node's kubelet configuration (`GET /api/v1/nodes/NODE/proxy/configz`, which
    /// needs `get nodes/proxy`) into KubeletConfiguration objects for the kubelet controls.
    bool kubeletConfigs = true;
    /// At most this many nodes (the first in name order) have their kubelet configuration read.
    int maxKubeletConfigs = 200;
    std::function<void(const FetchProgress &)> progress;
};

/// Annotation on the KubeletConfiguration objects made from a node's configz: the node name.
inline constexpr char kConfigzNodeAnnotation[] = "parapet.io/configz-node";

/// A live inventory and how complete it is.
struct FetchResult
{
    Inventory inventory;
    QList<KindFetch> kinds;
    QString serverVersion;
    bool aggregatedDiscovery = false;
    int requests = 0;
    /// What the rules review said the identity may list, per namespace, for the user.
    QStringList accessNotes;
    /// Nodes whose configz was asked for, and how many answered with a kubelet configuration.
    int kubeletConfigsAsked = 0;
    int kubeletConfigsRead = 0;

    bool partial() const;
};

/// The kinds the analyses need (workloads, RBAC, network policy, admission, nodes, secrets
/// as metadata, ...).
QList<WantedKind> defaultKinds();

/// Fetches a cluster's inventory through \a client: /version, discovery (aggregated, else the
/// legacy per-group documents), then paginated LISTs of the wanted kinds in parallel. Secrets
/// come as PartialObjectMetadata (never their values); managedFields are dropped. Refused
/// kinds make a partial inventory that says what is missing and why; a namespace-scoped
/// identity gets its namespaces listed instead. Errors only when nothing can be read (no
/// connection, bad credentials, cancelled). Each listed node's kubelet configuration is read
/// through the node proxy (configz) as a KubeletConfiguration named after the node; nodes whose
/// configz cannot be read (403, 404, 5xx, timeout) give one warning, not an error.
Result<FetchResult> fetchInventory(ApiClient &client, const FetchOptions &options = {});

/// Turns one LIST response body into objects (exposed for tests and the benchmark).
/// \a apiVersion / \a kind are used for items that lack them (and replace PartialObjectMetadata).
struct ParsedPage
{
    std::vector<KubeObject> objects;
    std::vector<Diagnostic> diagnostics;
    QString continueToken;
    QString resourceVersion;
    std::optional<Error> error;
};
ParsedPage parseListPage(const QByteArray &body, const QString &apiVersion, const QString &kind,
                         const QString &sourceName, const ParseLimits &limits = {});

} // namespace parapet
