#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace parapet::rbac {

/// One RBAC policy rule as the authorizer reads it (rbacv1.PolicyRule). Lists are kept exactly
/// as written: matching is exact and case-sensitive, as upstream.
struct Rule
{
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources;
    QStringList resourceNames;
    QStringList nonResourceURLs;

    bool operator==(const Rule &o) const = default;
    /// `{APIGroups:["apps"], Resources:["deployments"], Verbs:["get"]}`
    /// (rbacv1helpers.CompactString).
    QString toString() const;
};

/// The user an authenticator hands to the authorizer: a name and groups.
struct Identity
{
    QString user;
    QStringList groups;

    /// As the API server sees a request impersonating \a user with \a groups (kubectl
    /// `--as`/`--as-group`): a ServiceAccount user name (`system:serviceaccount:NS:NAME`) gets
    /// `system:serviceaccounts` and `system:serviceaccounts:NS` when no group is given; every
    /// user other than `system:anonymous` gets `system:authenticated` unless the groups already
    /// hold it or `system:unauthenticated`. `system:anonymous` without groups is taken as the
    /// anonymous authenticator builds it: in `system:unauthenticated`.
    static Identity fromUser(const QString &user, const QStringList &groups = {});
    static Identity serviceAccount(const QString &ns, const QString &name);

    /// For a ServiceAccount user name: its namespace and name.
    bool serviceAccountName(QString *ns, QString *name) const;
    bool inGroup(QStringView group) const { return groups.contains(group); }
};

/// `system:serviceaccount:NS:NAME`.
QString serviceAccountUser(const QString &ns, const QString &name);
/// Splits a ServiceAccount user name as serviceaccount.SplitUsername does (namespace must be a
/// DNS label, name a DNS subdomain); false for any other user name.
bool splitServiceAccountUser(QStringView user, QString *ns, QString *name);

inline constexpr QStringView kMastersGroup = u"system:masters";
inline constexpr QStringView kAuthenticatedGroup = u"system:authenticated";
inline constexpr QStringView kUnauthenticatedGroup = u"system:unauthenticated";
inline constexpr QStringView kServiceAccountsGroup = u"system:serviceaccounts";
inline constexpr QStringView kAnonymousUser = u"system:anonymous";

/// The attributes of one request as the authorizer sees them (authorizer.Attributes).
struct Request
{
    bool resourceRequest = true;
    QString verb;
    /// Empty for cluster-scoped resources, all-namespace requests and non-resource URLs.
    QString ns;
    QString apiGroup;
    QString resource;
    QString subresource;
    QString name;
    QString path; ///< non-resource URL

    static Request forResource(const QString &verb, const QString &apiGroup,
                               const QString &resource, const QString &subresource = {},
                               const QString &ns = {}, const QString &name = {});
    static Request forPath(const QString &verb, const QString &path);

    /// `resource` or `resource/subresource`.
    QString combinedResource() const;
    /// `get pods/log "web-0" in namespace shop`, `get /healthz`.
    QString toString() const;
};

// Matching, exactly as pkg/apis/rbac/v1/evaluation_helpers.go.
bool verbMatches(const Rule &rule, QStringView verb);
bool apiGroupMatches(const Rule &rule, QStringView group);
/// `*` matches everything (subresources included); `pods/*` is no wildcard; `*/scale` matches
/// the subresource scale of every resource.
bool resourceMatches(const Rule &rule, QStringView combinedResource, QStringView subresource);
/// No resourceNames: every name (and none). With resourceNames: only those names, so never a
/// request without a name (create, deletecollection, list/watch without a name field selector).
bool resourceNameMatches(const Rule &rule, QStringView name);
/// `*` matches every path; a trailing `*` is a prefix match.
bool nonResourceURLMatches(const Rule &rule, QStringView path);
/// RuleAllows of plugin/pkg/auth/authorizer/rbac/rbac.go.
bool ruleAllows(const Request &request, const Rule &rule);

/// A Kubernetes version as `major.minor` (from `v1.30.4`, `1.29`, `v1.31.0-gke.100`).
struct KubeVersion
{
    int major = 0;
    int minor = 0;
    static std::optional<KubeVersion> parse(QStringView text);
    bool before(int maj, int min) const { return major < maj || (major == maj && minor < min); }
};

} // namespace parapet::rbac
