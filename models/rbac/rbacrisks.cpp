#include "rbacrisks.h"

#include "kube/typedviews.h"

#include <algorithm>
#include <deque>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace parapet::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::rbac::Risks", text);
}

const QString kCore;
const QString kRbac = QStringLiteral("rbac.authorization.k8s.io");
const QString kAdminTarget = QStringLiteral("cluster-admin");

bool allows(const Rule &rule, const QString &verb, const QString &group, const QString &resource,
            const QString &sub = {}, const QString &name = {})
{
    return ruleAllows(Request::forResource(verb, group, resource, sub, {}, name), rule);
}

bool allowsAny(const Rule &rule, const QStringList &verbs, const QString &group,
               const QString &resource, const QString &sub = {})
{
    for (const QString &v : verbs)
        if (allows(rule, v, group, resource, sub))
            return true;
    return false;
}

/// Names from the rule's resourceNames for which it allows the request (for rules that do not
/// allow it without a name).
QStringList namedOnly(const Rule &rule, const QString &verb, const QString &group,
                      const QString &resource, const QString &sub = {})
{
    QStringList out;
    for (const QString &n : rule.resourceNames)
        if (allows(rule, verb, group, resource, sub, n))
            out.append(n);
    return out;
}

bool isFullWildcard(const Rule &rule)
{
    return rule.verbs.contains(u"*") && rule.apiGroups.contains(u"*") &&
           rule.resources.contains(u"*");
}

struct Hit
{
    QString check;
    Severity severity;
    QString detail;
};

struct Evaluator
{
    const RbacIndex &index;
    bool getOpensExec = false; ///< server before 1.35

    QString scopeText(bool cluster, const QString &ns) const
    {
        return cluster ? tr("in every namespace") : tr("in namespace %1").arg(ns);
    }

    QString accountsOf(bool cluster, const QString &ns) const
    {
        if (cluster)
            return tr("every ServiceAccount of every namespace");
        const QStringList sas = index.serviceAccounts().value(ns);
        QStringList shown = sas.mid(0, 8);
        QString list = shown.join(QStringLiteral(", "));
        if (sas.size() > shown.size())
            list += tr(", ... (%1 in all)").arg(sas.size());
        return tr("every ServiceAccount of namespace %1 (%2)").arg(ns, list);
    }

    std::vector<Hit> evaluate(const Rule &rule, bool cluster, const QString &ns) const
    {
        std::vector<Hit> hits;
        const auto pick = [cluster](Severity c, Severity n) { return cluster ? c : n; };
        if (isFullWildcard(rule)) {
            if (cluster)
                hits.push_back({QStringLiteral("cluster-admin"), Severity::Critical,
                                tr("every verb on every resource of every API group, cluster-wide: "
                                   "equivalent to cluster-admin")});
            else
                hits.push_back({QStringLiteral("cluster-admin"), Severity::High,
                                tr("every verb on every resource of namespace %1 (Secrets, Pods, "
                                   "RoleBindings included): full control of the namespace")
                                    .arg(ns)});
            return hits;
        }

        // Wildcards anywhere else.
        QStringList wild;
        if (rule.verbs.contains(u"*"))
            wild.append(tr("verbs"));
        if (!rule.resources.isEmpty() && rule.apiGroups.contains(u"*"))
            wild.append(tr("apiGroups"));
        for (const QString &r : rule.resources)
            if (r.contains(u'*')) {
                wild.append(tr("resources (%1)").arg(r));
                break;
            }
        if (cluster && rule.nonResourceURLs.contains(u"*"))
            wild.append(tr("nonResourceURLs"));
        if (!wild.isEmpty())
            hits.push_back({QStringLiteral("wildcard"), pick(Severity::Medium, Severity::Low),
                            tr("wildcard %1 %2: grants whatever exists now and whatever is added "
                               "later")
                                .arg(wild.join(QStringLiteral(", ")), scopeText(cluster, ns))});

        // Secrets.
        const QStringList read{QStringLiteral("get"), QStringLiteral("list"),
                               QStringLiteral("watch")};
        if (allowsAny(rule, read, kCore, QStringLiteral("secrets"))) {
            hits.push_back({QStringLiteral("secrets"), pick(Severity::High, Severity::Medium),
                            tr("can read every Secret %1 (tokens, keys, passwords)")
                                .arg(scopeText(cluster, ns))});
        } else {
            QStringList names;
            for (const QString &v : read)
                for (const QString &n : namedOnly(rule, v, kCore, QStringLiteral("secrets")))
                    if (!names.contains(n))
                        names.append(n);
            if (!names.isEmpty())
                hits.push_back(
                    {QStringLiteral("secrets"), Severity::Low,
                     tr("can read the Secrets named %1 %2")
                         .arg(names.join(QStringLiteral(", ")), scopeText(cluster, ns))});
        }

        // Pods and every controller that makes pods.
        QStringList workloads;
        if (allows(rule, QStringLiteral("create"), kCore, QStringLiteral("pods")))
            workloads.append(QStringLiteral("create pods"));
        struct Ctl
        {
            const char *group;
            const char *resource;
        };
        static constexpr Ctl controllers[] = {
            {"apps", "deployments"}, {"apps", "daemonsets"},         {"apps", "statefulsets"},
            {"apps", "replicasets"}, {"", "replicationcontrollers"}, {"batch", "jobs"},
            {"batch", "cronjobs"},
        };
        for (const Ctl &c : controllers) {
            for (const char *verb : {"create", "update", "patch"}) {
                if (allows(rule, QString::fromLatin1(verb), QString::fromLatin1(c.group),
                           QString::fromLatin1(c.resource))) {
                    workloads.append(QString::fromLatin1(verb) + u' ' +
                                     QString::fromLatin1(c.resource));
                    break;
                }
            }
        }
        if (!workloads.isEmpty())
            hits.push_back({QStringLiteral("workloads"), pick(Severity::High, Severity::Medium),
                            tr("%1 %2: can run a pod as %3 and use its token")
                                .arg(workloads.join(QStringLiteral(", ")), scopeText(cluster, ns),
                                     accountsOf(cluster, ns))});

        // ServiceAccount tokens.
        if (allows(rule, QStringLiteral("create"), kCore, QStringLiteral("serviceaccounts"),
                   QStringLiteral("token"))) {
            hits.push_back({QStringLiteral("token-request"), pick(Severity::High, Severity::Medium),
                            tr("can request a token for %1").arg(accountsOf(cluster, ns))});
        } else {
            const QStringList names =
                namedOnly(rule, QStringLiteral("create"), kCore, QStringLiteral("serviceaccounts"),
                          QStringLiteral("token"));
            if (!names.isEmpty())
                hits.push_back(
                    {QStringLiteral("token-request"), pick(Severity::Medium, Severity::Low),
                     tr("can request tokens for the ServiceAccounts %1 %2")
                         .arg(names.join(QStringLiteral(", ")), scopeText(cluster, ns))});
        }

        // Impersonation (users and groups are cluster-scoped: only ClusterRoleBindings).
        const QString imp = QStringLiteral("impersonate");
        if (cluster) {
            if (allows(rule, imp, kCore, QStringLiteral("groups"))) {
                hits.push_back({QStringLiteral("impersonate"), Severity::Critical,
                                tr("can impersonate any group, system:masters included: "
                                   "cluster-admin")});
            } else {
                const QStringList groups = namedOnly(rule, imp, kCore, QStringLiteral("groups"));
                if (groups.contains(kMastersGroup))
                    hits.push_back({QStringLiteral("impersonate"), Severity::Critical,
                                    tr("can impersonate group system:masters: cluster-admin")});
                else if (!groups.isEmpty())
                    hits.push_back({QStringLiteral("impersonate"), Severity::High,
                                    tr("can impersonate the groups %1")
                                        .arg(groups.join(QStringLiteral(", ")))});
            }
            if (allows(rule, imp, kCore, QStringLiteral("users"))) {
                hits.push_back({QStringLiteral("impersonate"), Severity::Critical,
                                tr("can impersonate any user")});
            } else {
                const QStringList users = namedOnly(rule, imp, kCore, QStringLiteral("users"));
                if (!users.isEmpty())
                    hits.push_back(
                        {QStringLiteral("impersonate"), Severity::High,
                         tr("can impersonate the users %1").arg(users.join(QStringLiteral(", ")))});
            }
            for (const char *r : {"uids", "userextras"}) {
                if (allows(rule, imp, QStringLiteral("authentication.k8s.io"),
                           QString::fromLatin1(r)))
                    hits.push_back({QStringLiteral("impersonate"), Severity::Medium,
                                    tr("can impersonate %1").arg(QString::fromLatin1(r))});
            }
        }
        if (allows(rule, imp, kCore, QStringLiteral("serviceaccounts"))) {
            hits.push_back({QStringLiteral("impersonate"), pick(Severity::High, Severity::Medium),
                            tr("can impersonate %1").arg(accountsOf(cluster, ns))});
        } else {
            const QStringList names =
                namedOnly(rule, imp, kCore, QStringLiteral("serviceaccounts"));
            if (!names.isEmpty())
                hits.push_back(
                    {QStringLiteral("impersonate"), Severity::Medium,
                     tr("can impersonate the ServiceAccounts %1 %2")
                         .arg(names.join(QStringLiteral(", ")), scopeText(cluster, ns))});
        }

        // bind and escalate: grant or write roles beyond one's own rights.
        for (const char *verb : {"bind", "escalate"}) {
            const QString v = QString::fromLatin1(verb);
            QStringList what;
            if (cluster && allows(rule, v, kRbac, QStringLiteral("clusterroles")))
                what.append(QStringLiteral("clusterroles"));
            if (allows(rule, v, kRbac, QStringLiteral("roles")))
                what.append(QStringLiteral("roles"));
            if (!cluster && allows(rule, v, kRbac, QStringLiteral("clusterroles")))
                what.append(QStringLiteral("clusterroles"));
            if (!what.isEmpty()) {
                const bool critical = cluster && what.contains(u"clusterroles");
                hits.push_back(
                    {QStringLiteral("bind-escalate"),
                     critical ? Severity::Critical : Severity::High,
                     (v == u"bind" ? tr("can bind %1 it does not hold itself %2")
                                   : tr("can escalate (write rules beyond its own into) %1 %2"))
                         .arg(what.join(QStringLiteral(", ")), scopeText(cluster, ns))});
                continue;
            }
            QStringList named = namedOnly(rule, v, kRbac, QStringLiteral("clusterroles"));
            named += namedOnly(rule, v, kRbac, QStringLiteral("roles"));
            if (!named.isEmpty())
                hits.push_back(
                    {QStringLiteral("bind-escalate"), Severity::Medium,
                     tr("can %1 the roles %2 %3")
                         .arg(v, named.join(QStringLiteral(", ")), scopeText(cluster, ns))});
        }

        // exec, attach, portforward (GET opened them until 1.35).
        for (const char *sub : {"exec", "attach", "portforward"}) {
            const QString s = QString::fromLatin1(sub);
            const bool viaCreate =
                allows(rule, QStringLiteral("create"), kCore, QStringLiteral("pods"), s);
            const bool viaGet =
                !viaCreate && getOpensExec &&
                allows(rule, QStringLiteral("get"), kCore, QStringLiteral("pods"), s);
            if (!viaCreate && !viaGet)
                continue;
            const bool forward = s == u"portforward";
            QString text =
                forward ? tr("can open port-forwards to every pod %1").arg(scopeText(cluster, ns))
                        : tr("can %1 into every pod %2 and act with its ServiceAccount")
                              .arg(s, scopeText(cluster, ns));
            if (viaGet)
                text += tr(" (with get only: enough on servers before 1.35)");
            hits.push_back({QStringLiteral("exec"),
                            forward ? pick(Severity::Medium, Severity::Low)
                                    : pick(Severity::High, Severity::Medium),
                            text});
        }
        for (const char *verb : {"update", "patch"}) {
            if (allows(rule, QString::fromLatin1(verb), kCore, QStringLiteral("pods"),
                       QStringLiteral("ephemeralcontainers"))) {
                hits.push_back({QStringLiteral("ephemeral-containers"),
                                pick(Severity::High, Severity::Medium),
                                tr("can add ephemeral containers to every pod %1 (run code with "
                                   "the pod's ServiceAccount and mounts)")
                                    .arg(scopeText(cluster, ns))});
                break;
            }
        }

        if (!cluster)
            return hits; // everything below is cluster-scoped

        if (allowsAny(rule, {QStringLiteral("get"), QStringLiteral("create")}, kCore,
                      QStringLiteral("nodes"), QStringLiteral("proxy")))
            hits.push_back({QStringLiteral("node-proxy"), Severity::Critical,
                            tr("nodes/proxy: direct kubelet API on every node (exec into any pod, "
                               "bypassing admission and audit)")});

        // CertificateSigningRequests: approving needs update on .../approval and `approve` on
        // the signer; issuing needs update on .../status and `sign` on the signer (the
        // admission plugins check signer names, `domain/*` standing for a whole domain). A
        // kube-apiserver-client signer issues client certificates for any user and group,
        // system:masters included.
        const QString certs = QStringLiteral("certificates.k8s.io");
        const auto signerRisk = [&](const QString &verb, QString *what) {
            if (allows(rule, verb, certs, QStringLiteral("signers"))) {
                *what = tr("every signer");
                return Severity::High;
            }
            const QStringList names = namedOnly(rule, verb, certs, QStringLiteral("signers"));
            if (names.isEmpty())
                return Severity::Info;
            *what = names.join(QStringLiteral(", "));
            for (const QString &n : names)
                if (n == u"kubernetes.io/*" || n.startsWith(u"kubernetes.io/kube-apiserver-client"))
                    return Severity::High;
            return Severity::Medium;
        };
        QString signers;
        if (const Severity sev = signerRisk(QStringLiteral("approve"), &signers);
            sev != Severity::Info)
            hits.push_back({QStringLiteral("csr"), sev,
                            tr("can approve CertificateSigningRequests for signers: %1%2")
                                .arg(signers, sev == Severity::High
                                                  ? tr(" (client certificates for any user or "
                                                       "group, system:masters included)")
                                                  : QString())});
        if (const Severity sev = signerRisk(QStringLiteral("sign"), &signers);
            sev != Severity::Info)
            hits.push_back({QStringLiteral("csr"), sev,
                            tr("can sign (issue) certificates for signers: %1%2")
                                .arg(signers, sev == Severity::High
                                                  ? tr(" (client certificates for any user or "
                                                       "group, system:masters included)")
                                                  : QString())});
        if (allowsAny(rule, {QStringLiteral("update"), QStringLiteral("patch")}, certs,
                      QStringLiteral("certificatesigningrequests"), QStringLiteral("approval")))
            hits.push_back({QStringLiteral("csr"), Severity::Medium,
                            tr("can update CertificateSigningRequest approval (with `approve` on "
                               "a signer, approves requests)")});
        if (allowsAny(rule, {QStringLiteral("update"), QStringLiteral("patch")}, certs,
                      QStringLiteral("certificatesigningrequests"), QStringLiteral("status")))
            hits.push_back({QStringLiteral("csr"), Severity::Medium,
                            tr("can update CertificateSigningRequest status (with `sign` on a "
                               "signer, issues certificates)")});

        const QString admission = QStringLiteral("admissionregistration.k8s.io");
        const QStringList write{QStringLiteral("create"), QStringLiteral("update"),
                                QStringLiteral("patch"), QStringLiteral("delete")};
        QStringList hooks;
        for (const char *r : {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"})
            if (allowsAny(rule, write, admission, QString::fromLatin1(r)))
                hooks.append(QString::fromLatin1(r));
        if (!hooks.isEmpty())
            hits.push_back({QStringLiteral("webhooks"), Severity::High,
                            tr("can write %1: intercept or rewrite every API request, or switch "
                               "policy off")
                                .arg(hooks.join(QStringLiteral(", ")))});
        QStringList policies;
        for (const char *r : {"validatingadmissionpolicies", "validatingadmissionpolicybindings",
                              "mutatingadmissionpolicies", "mutatingadmissionpolicybindings"})
            if (allowsAny(rule, write, admission, QString::fromLatin1(r)))
                policies.append(QString::fromLatin1(r));
        if (!policies.isEmpty())
            hits.push_back({QStringLiteral("webhooks"), Severity::Medium,
                            tr("can write %1: switch admission policy off")
                                .arg(policies.join(QStringLiteral(", ")))});

        if (allows(rule, QStringLiteral("create"), kCore, QStringLiteral("persistentvolumes")))
            hits.push_back({QStringLiteral("persistentvolumes"), Severity::High,
                            tr("can create PersistentVolumes (a hostPath volume mounts any node "
                               "path into a pod)")});
        return hits;
    }

    /// Namespaces are cluster-scoped, yet a request on one namespace carries that namespace:
    /// a RoleBinding in N that allows patch on namespaces lets its subjects relabel N.
    std::vector<Hit> evaluateNamespacePatch(const Rule &rule, bool cluster, const QString &ns) const
    {
        std::vector<Hit> hits;
        if (isFullWildcard(rule))
            return hits;
        const QString name = cluster ? QString() : ns;
        for (const char *verb : {"patch", "update"}) {
            if (ruleAllows(Request::forResource(QString::fromLatin1(verb), kCore,
                                                QStringLiteral("namespaces"), {}, name, name),
                           rule)) {
                hits.push_back({QStringLiteral("namespace-labels"), Severity::Medium,
                                cluster ? tr("can %1 every namespace: relabel it to escape Pod "
                                             "Security admission or label-selected policies")
                                              .arg(QString::fromLatin1(verb))
                                        : tr("can %1 its own namespace %2: relabel it to escape "
                                             "Pod Security admission or label-selected policies")
                                              .arg(QString::fromLatin1(verb), ns)});
                break;
            }
        }
        return hits;
    }
};

QString checkTitle(const QString &check)
{
    for (const RiskCheck &c : riskChecks())
        if (check == QLatin1String(c.id))
            return QCoreApplication::translate("parapet::rbac::Risks", c.title);
    return check;
}

// --- escalation --------------------------------------------------------------------------

/// How plainly an edge explains itself: among equally short paths the lowest wins.
enum EdgePriority
{
    RunPod = 0,
    Token,
    ImpersonateSA,
    ReadToken,
    ExecInto,
    NodeProxy,
    ImpersonateOther,
    GrantItself
};

struct EdgeSpec
{
    QString to; ///< node key, `hub:ns:NS`, `hub:all` or kAdminTarget
    QString how;
    Grant grant;
    int priority = 0;
};

struct BindingCaps
{
    std::vector<EdgeSpec> edges;
    std::optional<Grant> bindClusterAdmin;
    std::optional<Grant> createClusterBindings;
    std::optional<Grant> escalateClusterRoles;
    std::optional<Grant> writeClusterRoles;
    std::optional<Grant> bindAnyRole; ///< with scope below
    std::optional<Grant> createRoleBindings;
};

struct Escalation
{
    const RbacIndex &index;
    const Evaluator &eval;
    /// namespace → ServiceAccounts that run pods (token mounted) in it.
    QMap<QString, QStringList> podAccounts;
    QHash<int, BindingCaps> capsCache;

    explicit Escalation(const RbacIndex &i, const Evaluator &e)
        : index(i)
        , eval(e)
    {
        for (const KubeObject &o : index.inventory().objects()) {
            const auto pod = podTemplateOf(o);
            if (!pod)
                continue;
            if (pod->spec["automountServiceAccountToken"].toBool() == std::optional<bool>(false))
                continue;
            QString sa = pod->spec["serviceAccountName"].toString();
            if (sa.isEmpty())
                sa = pod->spec["serviceAccount"].toString();
            if (sa.isEmpty())
                sa = QStringLiteral("default");
            QStringList &list = podAccounts[o.ns()];
            if (!list.contains(sa))
                list.append(sa);
        }
    }

    static QString saKey(const QString &ns, const QString &name)
    {
        return QStringLiteral("ServiceAccount:") + ns + u':' + name;
    }

    const BindingCaps &capsOf(int bi)
    {
        auto it = capsCache.find(bi);
        if (it != capsCache.end())
            return it.value();
        BindingCaps caps;
        const BindingEntry &b = index.bindings()[std::size_t(bi)];
        if (b.role >= 0) {
            const RoleEntry &role = index.roles()[std::size_t(b.role)];
            for (int ri = 0; ri < int(role.rules.size()); ++ri)
                addRuleCaps(caps, b, {bi, -1, b.role, ri}, role.rules[std::size_t(ri)]);
        }
        return capsCache.insert(bi, caps).value();
    }

    void addRuleCaps(BindingCaps &caps, const BindingEntry &b, const Grant &g, const Rule &rule)
    {
        const bool cluster = b.cluster;
        const QString scope = cluster ? tr("in every namespace") : tr("in namespace %1").arg(b.ns);
        const QString hub = cluster ? QStringLiteral("hub:all") : QStringLiteral("hub:ns:") + b.ns;
        // Cluster-wide rules reach every namespace: walk only the namespaces that hold what a
        // rule can reach (accounts, token Secrets, pods), never all of them per rule.
        const auto accountsNamed = [&](const QString &name) {
            QStringList nss;
            if (!cluster) {
                nss.append(b.ns);
                return nss;
            }
            const auto &all = index.serviceAccounts();
            for (auto it = all.constBegin(); it != all.constEnd(); ++it)
                if (std::binary_search(it.value().constBegin(), it.value().constEnd(), name))
                    nss.append(it.key());
            return nss;
        };

        // Run a pod as any ServiceAccount.
        bool pods = allows(rule, QStringLiteral("create"), kCore, QStringLiteral("pods"));
        QString podsHow = tr("can create pods %1").arg(scope);
        if (!pods) {
            static constexpr std::pair<const char *, const char *> ctl[] = {
                {"apps", "deployments"}, {"apps", "daemonsets"},         {"apps", "statefulsets"},
                {"apps", "replicasets"}, {"", "replicationcontrollers"}, {"batch", "jobs"},
                {"batch", "cronjobs"}};
            for (const auto &[group, res] : ctl) {
                for (const char *verb : {"create", "update", "patch"}) {
                    if (allows(rule, QString::fromLatin1(verb), QString::fromLatin1(group),
                               QString::fromLatin1(res))) {
                        pods = true;
                        podsHow =
                            tr("can %1 %2 %3")
                                .arg(QString::fromLatin1(verb), QString::fromLatin1(res), scope);
                        break;
                    }
                }
                if (pods)
                    break;
            }
        }
        if (pods)
            caps.edges.push_back({hub, podsHow + tr(", so it runs a pod as"), g, RunPod});

        // Tokens and impersonation of ServiceAccounts.
        const std::pair<const char *, const char *> saWays[] = {{"create", "token"},
                                                                {"impersonate", ""}};
        for (const auto &[verb, sub] : saWays) {
            const int priority = QByteArray(verb) == "create" ? Token : ImpersonateSA;
            const QString v = QString::fromLatin1(verb);
            const QString s = QString::fromLatin1(sub);
            const QString how = s.isEmpty() ? tr("can impersonate ServiceAccounts %1").arg(scope)
                                            : tr("can request ServiceAccount tokens %1").arg(scope);
            if (allows(rule, v, kCore, QStringLiteral("serviceaccounts"), s)) {
                caps.edges.push_back({hub, how + tr(", for"), g, priority});
                continue;
            }
            for (const QString &name :
                 namedOnly(rule, v, kCore, QStringLiteral("serviceaccounts"), s))
                for (const QString &ns : accountsNamed(name))
                    caps.edges.push_back({saKey(ns, name), how + tr(", for"), g, priority});
        }

        // Legacy token Secrets it can read.
        for (const char *verb : {"get", "list", "watch"}) {
            const QString v = QString::fromLatin1(verb);
            bool any = false;
            const auto &tokens = index.tokenSecrets();
            const QStringList nss = cluster ? tokens.keys() : QStringList{b.ns};
            for (const QString &ns : nss) {
                const auto secrets = tokens.value(ns);
                for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
                    if (allows(rule, v, kCore, QStringLiteral("secrets"), {}, it.key())) {
                        caps.edges.push_back(
                            {saKey(ns, it.value()),
                             tr("can %1 Secret %2/%3, the legacy token of").arg(v, ns, it.key()), g,
                             ReadToken});
                        any = true;
                    }
                }
            }
            if (any)
                break;
        }

        // exec/attach into pods, ephemeral containers: the pod's ServiceAccount token.
        QString podHow;
        for (const char *sub : {"exec", "attach"}) {
            const QString s = QString::fromLatin1(sub);
            if (allows(rule, QStringLiteral("create"), kCore, QStringLiteral("pods"), s) ||
                (eval.getOpensExec &&
                 allows(rule, QStringLiteral("get"), kCore, QStringLiteral("pods"), s))) {
                podHow = tr("can %1 into pods %2 that run as").arg(s, scope);
                break;
            }
        }
        if (podHow.isEmpty() &&
            allowsAny(rule, {QStringLiteral("update"), QStringLiteral("patch")}, kCore,
                      QStringLiteral("pods"), QStringLiteral("ephemeralcontainers")))
            podHow = tr("can add ephemeral containers to pods %1 that run as").arg(scope);
        if (!podHow.isEmpty()) {
            const QStringList nss = cluster ? podAccounts.keys() : QStringList{b.ns};
            for (const QString &ns : nss)
                for (const QString &sa : podAccounts.value(ns))
                    caps.edges.push_back({saKey(ns, sa), podHow, g, ExecInto});
        }
        if (cluster && allowsAny(rule, {QStringLiteral("get"), QStringLiteral("create")}, kCore,
                                 QStringLiteral("nodes"), QStringLiteral("proxy"))) {
            for (auto it = podAccounts.constBegin(); it != podAccounts.constEnd(); ++it)
                for (const QString &sa : it.value())
                    caps.edges.push_back(
                        {saKey(it.key(), sa),
                         tr("can use nodes/proxy (kubelet API) to exec into pods that run as"), g,
                         NodeProxy});
        }

        // Impersonating users and groups.
        if (cluster) {
            const QString imp = QStringLiteral("impersonate");
            if (allows(rule, imp, kCore, QStringLiteral("groups"))) {
                caps.edges.push_back({kAdminTarget, tr("can impersonate group system:masters"), g,
                                      ImpersonateOther});
            } else {
                for (const QString &group : namedOnly(rule, imp, kCore, QStringLiteral("groups")))
                    caps.edges.push_back(
                        {group == kMastersGroup ? kAdminTarget : QStringLiteral("Group:") + group,
                         tr("can impersonate group"), g, ImpersonateOther});
            }
            if (allows(rule, imp, kCore, QStringLiteral("users"))) {
                caps.edges.push_back(
                    {QStringLiteral("hub:users"), tr("can impersonate user"), g, ImpersonateOther});
            } else {
                for (const QString &user : namedOnly(rule, imp, kCore, QStringLiteral("users"))) {
                    QString ns;
                    QString name;
                    caps.edges.push_back({splitServiceAccountUser(user, &ns, &name)
                                              ? saKey(ns, name)
                                              : QStringLiteral("User:") + user,
                                          tr("can impersonate user"), g, ImpersonateOther});
                }
            }
        }

        // Granting itself more.
        if (cluster) {
            if (allows(rule, QStringLiteral("bind"), kRbac, QStringLiteral("clusterroles"), {},
                       QStringLiteral("cluster-admin")))
                caps.bindClusterAdmin = g;
            if (allows(rule, QStringLiteral("create"), kRbac,
                       QStringLiteral("clusterrolebindings")))
                caps.createClusterBindings = g;
            if (allows(rule, QStringLiteral("escalate"), kRbac, QStringLiteral("clusterroles")))
                caps.escalateClusterRoles = g;
            if (allowsAny(rule, {QStringLiteral("update"), QStringLiteral("patch")}, kRbac,
                          QStringLiteral("clusterroles")))
                caps.writeClusterRoles = g;
        }
        if (allows(rule, QStringLiteral("bind"), kRbac, QStringLiteral("clusterroles")) ||
            allows(rule, QStringLiteral("bind"), kRbac, QStringLiteral("roles")))
            caps.bindAnyRole = g;
        if (allows(rule, QStringLiteral("create"), kRbac, QStringLiteral("rolebindings")))
            caps.createRoleBindings = g;
    }
};

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (Severity s :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

const std::vector<RiskCheck> &riskChecks()
{
    static const std::vector<RiskCheck> checks = {
        {"cluster-admin", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "cluster-admin equivalent")},
        {"impersonate", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "impersonation")},
        {"bind-escalate", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "bind or escalate roles")},
        {"node-proxy", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "nodes/proxy")},
        {"csr", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "certificate approval or signing")},
        {"webhooks", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "admission configuration writes")},
        {"workloads", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "create pods or workloads")},
        {"token-request", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "ServiceAccount tokens")},
        {"exec", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "exec, attach or port-forward")},
        {"ephemeral-containers", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "ephemeral containers")},
        {"persistentvolumes",
         QT_TRANSLATE_NOOP("parapet::rbac::Risks", "create PersistentVolumes")},
        {"secrets", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "read Secrets")},
        {"namespace-labels", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "patch namespaces")},
        {"wildcard", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "wildcard rule")},
        {"public-binding",
         QT_TRANSLATE_NOOP("parapet::rbac::Risks", "binding to anonymous or all users")},
        {"aggregation", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "feeds aggregated roles")},
        {"missing-role", QT_TRANSLATE_NOOP("parapet::rbac::Risks", "binding to a missing role")},
    };
    return checks;
}

Identity identityOfSubject(const SubjectEntry &subject)
{
    if (subject.kind == u"ServiceAccount")
        return Identity::serviceAccount(subject.ns, subject.name);
    if (subject.kind == u"User")
        return Identity::fromUser(subject.name);
    Identity id;
    id.groups = {subject.name};
    if (subject.name != kUnauthenticatedGroup && subject.name != kAuthenticatedGroup)
        id.groups.append(kAuthenticatedGroup.toString());
    return id;
}

RiskReport analyzeRisks(const RbacIndex &index, const RiskOptions &options)
{
    RiskReport report;
    Evaluator eval{index, false};
    if (const auto v = index.serverVersion()) {
        eval.getOpensExec = v->before(1, 35);
        if (eval.getOpensExec)
            report.notes.append(
                tr("Server version %1.%2: `get` on pods/exec, pods/attach and pods/portforward "
                   "is enough to open them (before 1.35).")
                    .arg(v->major)
                    .arg(v->minor));
    } else {
        report.notes.append(
            tr("Server version unknown: current semantics assumed (1.35 and later), where "
               "pods/exec, pods/attach and pods/portforward need `create`; on older servers "
               "`get` is enough, so rules with only `get` on them are not flagged here."));
    }
    if (index.builtinsAssumed())
        report.notes.append(tr("The API server's built-in roles and bindings (cluster-admin, "
                               "admin, edit, view, system:*) are assumed present."));

    QHash<QString, std::size_t> seen; // check|subject|binding → finding
    const auto addFinding = [&](RiskFinding f) {
        const QString key = f.check + u'|' + f.subject.key() + u'|' +
                            QString::number(f.grant.binding) + u'|' + QString::number(f.grant.role);
        auto it = seen.find(key);
        if (it != seen.end()) {
            // The same right through several rules of one role: one finding, the worst rule
            // as its path, every reason in its detail.
            RiskFinding &old = report.findings[it.value()];
            QStringList details = old.detail.split(QStringLiteral("; "));
            if (!details.contains(f.detail))
                details.append(f.detail);
            if (f.severity > old.severity) {
                details.removeAll(f.detail);
                details.prepend(f.detail);
                old = std::move(f);
            }
            old.detail = details.join(QStringLiteral("; "));
            return;
        }
        seen.insert(key, report.findings.size());
        report.findings.push_back(std::move(f));
    };

    const auto &bindings = index.bindings();
    for (int bi = 0; bi < int(bindings.size()); ++bi) {
        const BindingEntry &b = bindings[std::size_t(bi)];
        if (b.bootstrap && !options.includeDefaults)
            continue;
        const SourceLocation where = index.bindingLocation(bi);
        if (b.role < 0) {
            for (int si = 0; si < int(b.subjects.size()); ++si) {
                RiskFinding f;
                f.check = QStringLiteral("missing-role");
                f.severity = Severity::Low;
                f.title = checkTitle(f.check);
                f.detail = tr("%1 grants nothing today (%2); whoever later creates that role "
                              "grants its rules to these subjects")
                               .arg(b.reference(), b.problem);
                f.subject = b.subjects[std::size_t(si)];
                f.scope = b.ns;
                f.grant = {bi, si, -1, -1};
                f.location = where;
                addFinding(f);
            }
            continue;
        }
        const RoleEntry &role = index.roles()[std::size_t(b.role)];

        // Bindings to everyone: worst when they open API objects, one level less when the
        // role only holds non-resource URLs.
        const bool objects = std::any_of(role.rules.begin(), role.rules.end(),
                                         [](const Rule &r) { return !r.resources.isEmpty(); });
        const auto level = [objects](Severity s) { return objects ? s : Severity(int(s) - 1); };
        for (int si = 0; si < int(b.subjects.size()); ++si) {
            const SubjectEntry &s = b.subjects[std::size_t(si)];
            Severity sev = Severity::Info;
            QString who;
            if ((s.kind == u"User" && s.name == kAnonymousUser) ||
                (s.kind == u"Group" && s.name == kUnauthenticatedGroup)) {
                sev = Severity::Critical;
                who = tr("anyone who can reach the API server, without credentials");
            } else if (s.kind == u"Group" && s.name == kAuthenticatedGroup) {
                sev = Severity::High;
                who = tr("every authenticated user and ServiceAccount");
            } else if (s.kind == u"Group" && s.name == kServiceAccountsGroup) {
                sev = Severity::Medium;
                who = tr("every ServiceAccount of every namespace");
            }
            if (sev == Severity::Info || role.rules.empty())
                continue;
            sev = level(sev);
            RiskFinding f;
            f.check = QStringLiteral("public-binding");
            f.severity = sev;
            f.title = checkTitle(f.check);
            f.detail = tr("%1 grants %2 to %3").arg(b.reference(), role.reference(), who);
            f.subject = s;
            f.scope = b.ns;
            f.grant = {bi, si, b.role, -1};
            f.location = where;
            addFinding(f);
        }

        for (int ri = 0; ri < int(role.rules.size()); ++ri) {
            const Rule &rule = role.rules[std::size_t(ri)];
            std::vector<Hit> hits = eval.evaluate(rule, b.cluster, b.ns);
            for (Hit &h : eval.evaluateNamespacePatch(rule, b.cluster, b.ns))
                hits.push_back(std::move(h));
            if (hits.empty())
                continue;
            for (int si = 0; si < int(b.subjects.size()); ++si) {
                const SubjectEntry &s = b.subjects[std::size_t(si)];
                if (!s.matchable)
                    continue;
                for (const Hit &h : hits) {
                    RiskFinding f;
                    f.check = h.check;
                    f.severity = h.severity;
                    f.title = checkTitle(h.check);
                    f.detail = h.detail;
                    f.subject = s;
                    f.scope = b.ns;
                    f.grant = {bi, si, b.role, ri};
                    f.location = index.ruleLocation(f.grant);
                    addFinding(f);
                }
            }
        }
    }

    // ClusterRoles whose labels feed aggregated roles (admin/edit/view or custom ones).
    const auto &roles = index.roles();
    for (int ri = 0; ri < int(roles.size()); ++ri) {
        const RoleEntry &r = roles[std::size_t(ri)];
        if (!r.cluster || r.builtin ||
            (r.labels.value(QStringLiteral("kubernetes.io/bootstrapping")) == u"rbac-defaults" &&
             !options.includeDefaults))
            continue;
        QStringList labels;
        for (auto it = r.labels.constBegin(); it != r.labels.constEnd(); ++it)
            if (it.key().contains(u"aggregate-to-") && it.value() == u"true")
                labels.append(it.key() + u'=' + it.value());
        if (labels.isEmpty())
            continue;
        labels.sort();
        QStringList into;
        for (const RoleEntry &agg : roles) {
            if (!agg.aggregated || &agg == &r)
                continue;
            for (const LabelSelector &sel : agg.selectors)
                if (sel.matches(r.labels)) {
                    into.append(agg.name);
                    break;
                }
        }
        into.sort();
        Severity sev = Severity::Medium;
        QStringList risky;
        for (const Rule &rule : r.ownRules) {
            for (const Hit &h : eval.evaluate(rule, false, QStringLiteral("<namespace>")))
                if (h.severity >= Severity::Medium && !risky.contains(checkTitle(h.check))) {
                    risky.append(checkTitle(h.check));
                    sev = Severity::High;
                }
        }
        RiskFinding f;
        f.check = QStringLiteral("aggregation");
        f.severity = sev;
        f.title = checkTitle(f.check);
        f.detail =
            into.isEmpty()
                ? tr("labels %1 add its rules to any ClusterRole that aggregates them")
                      .arg(labels.join(QStringLiteral(", ")))
                : tr("labels %1 add its rules to %2, and so to everyone bound to them")
                      .arg(labels.join(QStringLiteral(", ")), into.join(QStringLiteral(", ")));
        if (!risky.isEmpty())
            f.detail += tr("; its rules include: %1").arg(risky.join(QStringLiteral(", ")));
        f.grant = {-1, -1, ri, -1};
        f.location = r.object ? r.object->locate("metadata.labels") : SourceLocation{};
        addFinding(f);
    }

    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const RiskFinding &a, const RiskFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.subject.key() != b.subject.key())
                             return a.subject.key() < b.subject.key();
                         return a.check < b.check;
                     });
    report.escalations = escalationPaths(index, options);
    return report;
}

std::vector<EscalationPath> escalationPaths(const RbacIndex &index, const RiskOptions &options,
                                            const QStringList &from)
{
    Evaluator eval{index, false};
    if (const auto v = index.serverVersion())
        eval.getOpensExec = v->before(1, 35);
    Escalation esc(index, eval);

    // Nodes: identities by subject key, hubs, and the final target.
    QHash<QString, int> nodeOf;
    std::vector<QString> keys;
    std::vector<QString> labels;
    std::vector<SubjectEntry> subjects; // for identity nodes
    struct Edge
    {
        int to;
        QString how;
        Grant grant;
        int priority = 0;
    };
    std::vector<std::vector<Edge>> out;
    std::deque<int> pending;

    const auto node = [&](const QString &key, const QString &label, const SubjectEntry &s) {
        auto it = nodeOf.constFind(key);
        if (it != nodeOf.constEnd())
            return it.value();
        const int id = int(keys.size());
        nodeOf.insert(key, id);
        keys.push_back(key);
        labels.push_back(label);
        subjects.push_back(s);
        out.emplace_back();
        if (!s.kind.isEmpty())
            pending.push_back(id);
        return id;
    };
    const auto subjectNode = [&](const QString &key) {
        // key: Kind:name or ServiceAccount:ns:name
        SubjectEntry s;
        const qsizetype colon = key.indexOf(u':');
        s.kind = key.left(colon);
        const QString rest = key.mid(colon + 1);
        if (s.kind == u"ServiceAccount") {
            const qsizetype c2 = rest.indexOf(u':');
            s.ns = rest.left(c2);
            s.name = rest.mid(c2 + 1);
        } else {
            s.name = rest;
        }
        return node(key, s.toString(), s);
    };
    const int admin = node(
        kAdminTarget, QCoreApplication::translate("parapet::rbac::Risks", "cluster-admin"), {});
    const int all = node(QStringLiteral("hub:all"), {}, {});
    const int users = node(QStringLiteral("hub:users"), {}, {});
    for (auto it = index.serviceAccounts().constBegin(); it != index.serviceAccounts().constEnd();
         ++it) {
        const int hub = node(QStringLiteral("hub:ns:") + it.key(), {}, {});
        out[std::size_t(all)].push_back({hub, {}, {}});
        for (const QString &sa : it.value()) {
            // Create the node first: it grows `out`.
            const int account = subjectNode(Escalation::saKey(it.key(), sa));
            out[std::size_t(hub)].push_back({account, {}, {}});
        }
    }

    // Starts: the subjects of the inventory's own bindings and its ServiceAccounts.
    QStringList starts;
    if (!from.isEmpty()) {
        starts = from;
    } else {
        QSet<QString> known;
        const auto addStart = [&](const QString &key) {
            if (!known.contains(key)) {
                known.insert(key);
                starts.append(key);
            }
        };
        for (const BindingEntry &b : index.bindings()) {
            if (b.bootstrap && !options.includeDefaults)
                continue;
            for (const SubjectEntry &s : b.subjects)
                if (s.matchable)
                    addStart(s.key());
        }
        for (const KubeObject *o : index.inventory().ofKind(QStringView(u"ServiceAccount")))
            addStart(Escalation::saKey(o->ns(), o->name()));
    }
    for (const QString &s : starts)
        subjectNode(s);
    for (const BindingEntry &b : index.bindings())
        for (const SubjectEntry &s : b.subjects)
            if (s.kind == u"User" && s.matchable) {
                const int user = subjectNode(s.key());
                out[std::size_t(users)].push_back({user, {}, {}});
            }

    // Edges of every identity reached (new identities join as they appear).
    std::vector<QString> adminReason(keys.size());
    while (!pending.empty()) {
        const int id = pending.front();
        pending.pop_front();
        const Identity identity = identityOfSubject(subjects[std::size_t(id)]);
        const Decision d =
            index.canI(identity, Request::forResource(QStringLiteral("*"), QStringLiteral("*"),
                                                      QStringLiteral("*")));
        if (adminReason.size() < keys.size())
            adminReason.resize(keys.size());
        if (d.allowed) {
            adminReason[std::size_t(id)] =
                d.bypass
                    ? QCoreApplication::translate("parapet::rbac::Risks", "in group system:masters")
                    : index.describe(d.grants.front());
            continue; // already at the top
        }
        BindingCaps merged;
        for (const auto &[bi, si] : index.bindingsOf(identity)) {
            const BindingCaps &caps = esc.capsOf(bi);
            const auto withSubject = [si = si](Grant g) {
                g.subject = si;
                return g;
            };
            for (const EdgeSpec &e : caps.edges)
                merged.edges.push_back({e.to, e.how, withSubject(e.grant), e.priority});
            const auto keep = [&](std::optional<Grant> &dst, const std::optional<Grant> &src) {
                if (!dst && src)
                    dst = withSubject(*src);
            };
            keep(merged.bindClusterAdmin, caps.bindClusterAdmin);
            keep(merged.createClusterBindings, caps.createClusterBindings);
            keep(merged.escalateClusterRoles, caps.escalateClusterRoles);
            keep(merged.writeClusterRoles, caps.writeClusterRoles);
            const BindingEntry &b = index.bindings()[std::size_t(bi)];
            if (caps.bindAnyRole && caps.createRoleBindings) {
                const QString hub =
                    b.cluster ? QStringLiteral("hub:all") : QStringLiteral("hub:ns:") + b.ns;
                merged.edges.push_back(
                    {hub,
                     QCoreApplication::translate("parapet::rbac::Risks",
                                                 "can create RoleBindings to any role (bind) %1, "
                                                 "e.g. admin, then run a pod as")
                         .arg(b.cluster ? tr("in every namespace")
                                        : tr("in namespace %1").arg(b.ns)),
                     withSubject(*caps.createRoleBindings), GrantItself});
            }
        }
        if (merged.bindClusterAdmin && merged.createClusterBindings)
            merged.edges.push_back({kAdminTarget,
                                    tr("can bind ClusterRole cluster-admin to itself (bind and "
                                       "create ClusterRoleBindings)"),
                                    *merged.bindClusterAdmin, GrantItself});
        if (merged.escalateClusterRoles && merged.writeClusterRoles)
            merged.edges.push_back({kAdminTarget,
                                    tr("can write any rule into ClusterRoles (escalate and "
                                       "update), including its own"),
                                    *merged.escalateClusterRoles, GrantItself});
        std::stable_sort(
            merged.edges.begin(), merged.edges.end(),
            [](const EdgeSpec &a, const EdgeSpec &b) { return a.priority < b.priority; });
        QSet<int> targets;
        for (const EdgeSpec &e : merged.edges) {
            int to = -1;
            if (e.to == kAdminTarget)
                to = admin;
            else if (e.to.startsWith(u"hub:"))
                to = nodeOf.value(e.to, -1);
            else
                to = subjectNode(e.to);
            if (to < 0 || to == id || targets.contains(to))
                continue;
            targets.insert(to);
            out[std::size_t(id)].push_back({to, e.how, e.grant, e.priority});
        }
    }
    adminReason.resize(keys.size());

    // Shortest distance to the target, by a breadth-first search on reversed edges from every
    // identity that already is cluster-admin (and the target node). Hubs cost nothing: they
    // only fan one right out to many accounts.
    const int n = int(keys.size());
    std::vector<std::vector<std::pair<int, int>>> in(
        static_cast<std::size_t>(n)); // to ← (from, edge index)
    for (int f = 0; f < n; ++f)
        for (int e = 0; e < int(out[std::size_t(f)].size()); ++e)
            in[std::size_t(out[std::size_t(f)][std::size_t(e)].to)].push_back({f, e});
    std::vector<int> dist(std::size_t(n), -1);
    std::vector<int> next(std::size_t(n), -1); // edge index on a shortest path
    std::deque<int> queue;
    dist[std::size_t(admin)] = 0;
    queue.push_back(admin);
    for (int i = 0; i < n; ++i)
        if (!adminReason[std::size_t(i)].isEmpty() && dist[std::size_t(i)] < 0) {
            dist[std::size_t(i)] = 0;
            queue.push_back(i);
        }
    const auto isHub = [&](int i) { return keys[std::size_t(i)].startsWith(u"hub:"); };
    // 0-1 breadth-first search: relax, and put zero-cost predecessors at the front.
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        for (const auto &[f, e] : in[std::size_t(v)]) {
            const int cost = isHub(v) ? 0 : 1;
            const int d = dist[std::size_t(v)] + cost;
            if (dist[std::size_t(f)] >= 0 && dist[std::size_t(f)] <= d)
                continue;
            dist[std::size_t(f)] = d;
            next[std::size_t(f)] = e;
            if (cost == 0)
                queue.push_front(f);
            else
                queue.push_back(f);
        }
    }

    std::vector<EscalationPath> paths;
    for (const QString &start : starts) {
        const int s = nodeOf.value(start, -1);
        if (s < 0 || dist[std::size_t(s)] <= 0)
            continue;
        EscalationPath p;
        p.start = start;
        p.startLabel = labels[std::size_t(s)];
        int cur = s;
        QString pendingHow;
        Grant pendingGrant;
        int stepFrom = s;
        int guard = 0;
        while (next[std::size_t(cur)] >= 0 && guard++ < n) {
            // Of the edges that stay on a shortest path, the one that explains itself best.
            int best = next[std::size_t(cur)];
            const auto &edges = out[std::size_t(cur)];
            for (int i = 0; !isHub(cur) && i < int(edges.size()); ++i) {
                const int to = edges[std::size_t(i)].to;
                if (dist[std::size_t(to)] < 0 ||
                    dist[std::size_t(to)] + (isHub(to) ? 0 : 1) != dist[std::size_t(cur)])
                    continue;
                if (edges[std::size_t(i)].priority < edges[std::size_t(best)].priority)
                    best = i;
            }
            const Edge &e = edges[std::size_t(best)];

            if (!e.how.isEmpty()) {
                pendingHow = e.how;
                pendingGrant = e.grant;
                stepFrom = cur;
            }
            cur = e.to;
            if (isHub(cur))
                continue;
            EscalationStep step;
            step.from = keys[std::size_t(stepFrom)];
            step.fromLabel = labels[std::size_t(stepFrom)];
            step.to = keys[std::size_t(cur)];
            step.toLabel = labels[std::size_t(cur)];
            step.how = pendingHow;
            step.grant = pendingGrant;
            p.steps.push_back(step);
        }
        if (p.steps.empty())
            continue;
        p.targetReason =
            p.steps.back().to == kAdminTarget ? p.steps.back().how : adminReason[std::size_t(cur)];
        paths.push_back(std::move(p));
    }
    std::stable_sort(paths.begin(), paths.end(),
                     [](const EscalationPath &a, const EscalationPath &b) {
                         if (a.steps.size() != b.steps.size())
                             return a.steps.size() < b.steps.size();
                         return a.start < b.start;
                     });
    if (int(paths.size()) > options.maxEscalationPaths)
        paths.resize(std::size_t(options.maxEscalationPaths));
    return paths;
}

} // namespace parapet::rbac
