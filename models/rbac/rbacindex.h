#pragma once

#include "kube/inventory.h"
#include "kube/labelselector.h"
#include "kube/result.h"
#include "rbacrule.h"

#include <optional>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::rbac {

/// Whether Parapet adds the API server's bootstrap roles and bindings (cluster-admin, admin,
/// edit, view, system:*) to what an inventory holds. Objects of the inventory always take
/// precedence over built-in ones of the same kind, namespace and name.
enum class BuiltinPolicy
{
    /// Manifests, snapshots of manifests and the demo: assumed. Live clusters (and snapshots of
    /// them): their own copies are authoritative; assumed only when no ClusterRole was read.
    Auto,
    Assume,
    Never,
};

struct IndexOptions
{
    BuiltinPolicy builtins = BuiltinPolicy::Auto;
};

/// A Role or ClusterRole with its effective rules: for aggregated ClusterRoles the rules the
/// aggregation controller computes, else the rules as written.
struct RoleEntry
{
    bool cluster = true;
    QString ns;
    QString name;
    const KubeObject *object = nullptr; ///< null for a built-in role
    bool builtin = false;
    QHash<QString, QString> labels;
    bool aggregated = false; ///< has an aggregationRule
    std::vector<LabelSelector> selectors;
    std::vector<Rule> ownRules; ///< as written
    std::vector<Rule> rules;    ///< effective
    /// For each effective rule: the role and index in that role's own rules it comes from (the
    /// role itself unless aggregated).
    struct Origin
    {
        int role = -1;
        int rule = -1;
    };
    std::vector<Origin> origins;

    QString kindName() const;
    /// `ClusterRole admin`, `Role shop/reader`.
    QString reference() const;
};

struct SubjectEntry
{
    QString kind; ///< User, Group, ServiceAccount (anything else never matches)
    QString name;
    QString ns;   ///< ServiceAccounts: defaulted to a RoleBinding's namespace
    QString path; ///< `subjects[0]`
    /// False for subjects the authorizer can never match (unknown kind, ServiceAccount without
    /// namespace in a ClusterRoleBinding).
    bool matchable = true;

    /// `User alice`, `Group system:masters`, `ServiceAccount shop/cart`.
    QString toString() const;
    /// Stable key: `User:alice`, `Group:devs`, `ServiceAccount:shop:cart`.
    QString key() const;
};

struct BindingEntry
{
    bool cluster = true;
    QString ns;
    QString name;
    const KubeObject *object = nullptr; ///< null for a built-in binding
    bool builtin = false;
    /// Built-in or carrying `kubernetes.io/bootstrapping: rbac-defaults` (a cluster's own
    /// default bindings).
    bool bootstrap = false;
    QString roleKind;
    QString roleName;
    int role = -1;   ///< resolved role, -1 when missing or not allowed
    QString problem; ///< why the role did not resolve (the binding then grants nothing)
    std::vector<SubjectEntry> subjects;

    QString kindName() const;
    /// `ClusterRoleBinding cluster-admin`, `RoleBinding shop/edit`.
    QString reference() const;
};

/// One path to an allowed request: binding (and the subject in it that matched) → role → rule.
struct Grant
{
    int binding = -1;
    int subject = -1;
    int role = -1;
    int rule = -1;
    bool operator==(const Grant &o) const = default;
};

/// The answer of the RBAC authorizer for one identity and request.
struct Decision
{
    Identity identity;
    Request request;
    bool allowed = false;
    /// Allowed because the identity is in `system:masters` (authorized before RBAC).
    bool bypass = false;
    /// Every binding rule that allows the request (ClusterRoleBindings first).
    std::vector<Grant> grants;
    /// Bindings that apply to the identity but grant nothing (missing role), as the
    /// authorizer's resolution errors.
    QStringList errors;
};

struct WhoCanEntry
{
    SubjectEntry subject;
    /// Subjects that hold the right by being in `system:masters`, outside RBAC.
    bool bypass = false;
    std::vector<Grant> grants;
};

struct WhoCanResult
{
    Request request;
    bool anyNamespace = false;
    std::vector<WhoCanEntry> subjects;
    QStringList errors;
};

/// One rule an identity holds, and where it holds it.
struct PermissionEntry
{
    Grant grant;
    QString ns; ///< empty: cluster-wide (ClusterRoleBinding)
    /// False when nothing of the rule can take effect here (cluster-scoped resources or
    /// non-resource URLs of a ClusterRole bound by a RoleBinding).
    bool effective = true;
    QString note;
};

struct RbacDiagnostic
{
    enum class Severity
    {
        Info,
        Warning
    };
    Severity severity = Severity::Warning;
    QString message;
    SourceLocation location;
    int binding = -1;
    int role = -1;
};

/// RBAC of one inventory, indexed once for fast queries: bindings by subject (user name and
/// group), roles by name, rules by (API group, resource) and by URL, bindings by role;
/// aggregated ClusterRoles computed to their fixed point. Answers equal those of the API
/// server's RBAC authorizer (plugin/pkg/auth/authorizer/rbac) for the same objects.
/// Immutable after construction; safe to query from several threads.
class RbacIndex
{
    Q_DECLARE_TR_FUNCTIONS(parapet::rbac::RbacIndex)
public:
    explicit RbacIndex(const Inventory &inventory, const IndexOptions &options = {});

    const Inventory &inventory() const { return m_inventory; }
    const std::vector<RoleEntry> &roles() const { return m_roles; }
    const std::vector<BindingEntry> &bindings() const { return m_bindings; }
    const std::vector<RbacDiagnostic> &diagnostics() const { return m_diagnostics; }
    bool builtinsAssumed() const { return m_builtinsAssumed; }
    /// Kubernetes version of the source when known.
    std::optional<KubeVersion> serverVersion() const { return m_version; }

    int findClusterRole(const QString &name) const { return m_clusterRoleByName.value(name, -1); }
    int findRole(const QString &ns, const QString &name) const;

    /// The authorizer's answer, with every grant that allows the request.
    Decision canI(const Identity &identity, const Request &request) const;
    /// Subjects of the bindings whose role allows the request, as the API server's subject
    /// locator finds them (plus `system:masters`). With \a anyNamespace, RoleBindings of every
    /// namespace count (for namespaced resources), each grant in its binding's namespace.
    WhoCanResult whoCan(const Request &request, bool anyNamespace = false) const;
    /// Every rule \a identity holds: cluster-wide ones and those of RoleBindings in \a ns, or in
    /// every namespace when \a ns is empty.
    std::vector<PermissionEntry> permissions(const Identity &identity, const QString &ns) const;
    /// Bindings that apply to \a identity in some namespace (ClusterRoleBindings first), each
    /// with the first subject of the binding that matched.
    std::vector<std::pair<int, int>> bindingsOf(const Identity &identity) const;

    /// Whether objects of the resource live in namespaces (unknown resources: yes; `*`: yes).
    bool isNamespacedResource(const QString &apiGroup, const QString &resource) const;

    /// ServiceAccounts known per namespace: ServiceAccount objects, subjects of bindings and
    /// the `default` account of every namespace seen. Sorted.
    const QMap<QString, QStringList> &serviceAccounts() const { return m_serviceAccounts; }
    /// Legacy token Secrets (`kubernetes.io/service-account-token`): namespace → secret name →
    /// ServiceAccount name.
    const QHash<QString, QHash<QString, QString>> &tokenSecrets() const { return m_tokenSecrets; }

    // Presentation helpers.
    const Rule &rule(const Grant &grant) const;
    /// `rules[3]`, or `rules[5] (aggregated from ClusterRole system:aggregate-to-edit rules[3])`.
    QString rulePath(const Grant &grant) const;
    /// `ClusterRoleBinding x (subjects[0]) → ClusterRole y → rules[2]`.
    QString describe(const Grant &grant) const;
    SourceLocation bindingLocation(int binding) const;
    SourceLocation ruleLocation(const Grant &grant) const;

private:
    void addRole(RoleEntry role);
    void addBinding(BindingEntry binding);
    void mergeBuiltins();
    void resolveBindings();
    void aggregate();
    void buildIndexes();
    void collectServiceAccounts();
    void addClusterScopedPseudoResources();
    bool applies(const BindingEntry &binding, const QString &ns) const;
    static QString ruleKey(const Rule &rule);

    struct SubjectRef
    {
        int binding;
        int subject;
    };
    struct RuleRef
    {
        int role;
        int rule;
    };

    Inventory m_inventory;
    std::vector<RoleEntry> m_roles;
    std::vector<BindingEntry> m_bindings;
    std::vector<RbacDiagnostic> m_diagnostics;
    bool m_builtinsAssumed = false;
    std::optional<KubeVersion> m_version;

    QHash<QString, int> m_clusterRoleByName;
    QHash<QString, int> m_roleByKey; ///< `ns/name`
    QHash<QString, int> m_bindingByKey;
    QHash<QString, std::vector<SubjectRef>> m_byUser;
    QHash<QString, std::vector<SubjectRef>> m_byGroup;
    QHash<QString, std::vector<RuleRef>> m_rulesByResource; ///< `group\x1fresource`
    QHash<QString, std::vector<RuleRef>> m_rulesByUrl;
    std::vector<RuleRef> m_wildcardUrlRules;
    /// Per role: ClusterRoleBindings, and RoleBindings by namespace, that reference it.
    std::vector<std::vector<int>> m_clusterBindingsOfRole;
    std::vector<QHash<QString, std::vector<int>>> m_roleBindingsOfRole;
    std::vector<int> m_danglingBindings;
    QHash<QString, bool> m_namespacedResource; ///< `group\x1fresource` → namespaced
    QMap<QString, QStringList> m_serviceAccounts;
    QHash<QString, QHash<QString, QString>> m_tokenSecrets;
};

} // namespace parapet::rbac
