// Access control on Roles, ClusterRoles and their bindings, evaluated directly on the objects
// (the full RBAC analysis with aggregation and who-can lives in models/rbac): anonymous and
// broad-group bindings (NSA-AUTH-01, AUTH-07), cluster-admin and wildcards (AUTH-07),
// exec/attach/port-forward (AUTH-08), escalate/bind/impersonate (AUTH-09), other high-risk
// rights (AUTH-10), default ServiceAccounts (AUTH-11), RBAC inventory (AUTH-12), read access to
// Secrets (NSA-NET-16) and deletion of events (NSA-LOG-07). A binding fails a control when the
// role it binds does. Default roles and bindings of the API server (kubernetes.io/bootstrapping:
// rbac-defaults) are not findings themselves, but bindings to default roles are judged.

#include "checkcontext.h"
#include "rbacrules.h"

#include <functional>
#include <QCoreApplication>

namespace parapet::checks::detail {

namespace {

struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Access)
};

QString ruleText(const PolicyRule &r)
{
    QString s = QStringLiteral("verbs=[%1] apiGroups=[%2] resources=[%3]")
                    .arg(r.verbs.join(u','), r.apiGroups.join(u','), r.resources.join(u','));
    if (!r.resourceNames.isEmpty())
        s += QStringLiteral(" resourceNames=[%1]").arg(r.resourceNames.join(u','));
    if (!r.nonResourceURLs.isEmpty())
        s += QStringLiteral(" nonResourceURLs=[%1]").arg(r.nonResourceURLs.join(u','));
    return s;
}

struct RoleCheck
{
    int control;
    const char *message;
    std::function<bool(const PolicyRule &)> matches;
};

} // namespace

void checkAccessControl(Context &ctx)
{
    const int auth01 = ctl("NSA-AUTH-01"), auth07 = ctl("NSA-AUTH-07"), auth08 = ctl("NSA-AUTH-08");
    const int auth09 = ctl("NSA-AUTH-09"), auth10 = ctl("NSA-AUTH-10"), auth11 = ctl("NSA-AUTH-11");
    const int auth12 = ctl("NSA-AUTH-12"), log07 = ctl("NSA-LOG-07"), net16 = ctl("NSA-NET-16");

    const std::vector<RoleCheck> checks = {
        {net16,
         QT_TRANSLATE_NOOP("parapet::checks::Access",
                           "%1 can read Secrets (get, list or watch without resourceNames)"),
         [](const PolicyRule &r) {
             for (const char *verb : {"get", "list", "watch"})
                 if (ruleGrants(r, u"", u"secrets", {}, QString::fromLatin1(verb), false))
                     return true;
             return false;
         }},
        {auth07,
         QT_TRANSLATE_NOOP("parapet::checks::Access",
                           "%1 has a wildcard rule (all verbs, resources or URLs)"),
         [](const PolicyRule &r) {
             return r.verbs.contains(QStringLiteral("*")) ||
                    r.resources.contains(QStringLiteral("*")) ||
                    r.nonResourceURLs.contains(QStringLiteral("*"));
         }},
        {auth08,
         QT_TRANSLATE_NOOP("parapet::checks::Access",
                           "%1 can exec, attach or port-forward into pods"),
         [](const PolicyRule &r) {
             for (const char *sub : {"exec", "attach", "portforward"})
                 for (const char *verb : {"create", "get"})
                     if (ruleGrants(r, u"", u"pods", QString::fromLatin1(sub),
                                    QString::fromLatin1(verb)))
                         return true;
             return false;
         }},
        {auth09,
         QT_TRANSLATE_NOOP("parapet::checks::Access", "%1 can escalate, bind or impersonate"),
         [](const PolicyRule &r) {
             for (const char *res : {"roles", "clusterroles"})
                 for (const char *verb : {"escalate", "bind"})
                     if (ruleGrants(r, u"rbac.authorization.k8s.io", QString::fromLatin1(res), {},
                                    QString::fromLatin1(verb), false))
                         return true;
             for (const char *res : {"users", "groups", "serviceaccounts"})
                 if (ruleGrants(r, u"", QString::fromLatin1(res), {}, u"impersonate", false))
                     return true;
             for (const char *res : {"userextras", "uids"})
                 if (ruleGrants(r, u"authentication.k8s.io", QString::fromLatin1(res), {},
                                u"impersonate", false))
                     return true;
             return false;
         }},
        {auth10,
         QT_TRANSLATE_NOOP("parapet::checks::Access",
                           "%1 holds a high-risk right (create pods or PersistentVolumes, "
                           "nodes/proxy, webhook configurations, token requests)"),
         [](const PolicyRule &r) {
             if (ruleGrants(r, u"", u"pods", {}, u"create") ||
                 ruleGrants(r, u"", u"persistentvolumes", {}, u"create") ||
                 ruleGrants(r, u"", u"serviceaccounts", u"token", u"create"))
                 return true;
             for (const char *verb : {"get", "create"})
                 if (ruleGrants(r, u"", u"nodes", u"proxy", QString::fromLatin1(verb)))
                     return true;
             for (const char *res :
                  {"validatingwebhookconfigurations", "mutatingwebhookconfigurations"})
                 for (const char *verb : {"create", "update", "patch"})
                     if (ruleGrants(r, u"admissionregistration.k8s.io", QString::fromLatin1(res),
                                    {}, QString::fromLatin1(verb)))
                         return true;
             return false;
         }},
        {log07, QT_TRANSLATE_NOOP("parapet::checks::Access", "%1 can delete events"),
         [](const PolicyRule &r) {
             for (const char *verb : {"delete", "deletecollection"})
                 if (ruleGrants(r, u"", u"events", {}, QString::fromLatin1(verb)) ||
                     ruleGrants(r, u"events.k8s.io", u"events", {}, QString::fromLatin1(verb)))
                     return true;
             return false;
         }},
    };

    // Roles: which of the checks each one fails (default roles included, so that bindings to
    // them are judged; default roles themselves are not findings).
    struct RoleFacts
    {
        const KubeObject *object = nullptr;
        std::vector<bool> fails;
    };
    QHash<QString, RoleFacts> roles; // "ClusterRole/name" or "Role/ns/name"
    auto roleKey = [](const QString &kind, const QString &ns, const QString &name) -> QString {
        return kind == u"ClusterRole" ? QString(QStringLiteral("ClusterRole/") + name)
                                      : QString(QStringLiteral("Role/") + ns + u'/' + name);
    };
    int roleCount = 0, bindingCount = 0;
    for (const char *kind : {"Role", "ClusterRole"}) {
        for (const KubeObject *role : ctx.objects(QString::fromLatin1(kind))) {
            if (role->group() != u"rbac.authorization.k8s.io")
                continue;
            ++roleCount;
            RoleFacts facts{role, std::vector<bool>(checks.size(), false)};
            const bool bootstrap = isBootstrapRbac(*role);
            const std::vector<PolicyRule> rules = rulesOf(*role);
            for (std::size_t i = 0; i < checks.size(); ++i) {
                const RoleCheck &c = checks[i];
                if (!bootstrap)
                    ctx.check(c.control, *role);
                for (const PolicyRule &r : rules) {
                    if (!c.matches(r))
                        continue;
                    facts.fails[i] = true;
                    if (!bootstrap)
                        ctx.fail(c.control, *role, r.path, ruleText(r),
                                 QCoreApplication::translate("parapet::checks::Access", c.message)
                                     .arg(role->reference()));
                }
            }
            roles.insert(roleKey(role->kind(), role->ns(), role->name()), facts);
        }
    }

    // Bindings: anonymous and broad subjects, cluster-admin, and the rights of the role bound.
    for (const char *kind : {"RoleBinding", "ClusterRoleBinding"}) {
        for (const KubeObject *b : ctx.objects(QString::fromLatin1(kind))) {
            if (b->group() != u"rbac.authorization.k8s.io")
                continue;
            ++bindingCount;
            if (isBootstrapRbac(*b))
                continue;
            const RoleRef ref = roleRefOf(*b);
            const std::vector<Subject> subjects = subjectsOf(*b);
            QStringList who;
            for (const Subject &s : subjects)
                who.append(s.kind + u' ' +
                           (s.ns.isEmpty() ? s.name : QString(s.ns + u'/' + s.name)));
            const QString whoText = who.mid(0, 5).join(QStringLiteral(", ")) +
                                    (who.size() > 5 ? QStringLiteral(", …") : QString());
            ctx.check(auth01, *b);
            const bool clusterAdmin = ref.kind == u"ClusterRole" && ref.name == u"cluster-admin";
            if (clusterAdmin)
                ctx.fail(
                    auth07, *b, QStringLiteral("roleRef.name"), ref.name,
                    b->kind() == u"ClusterRoleBinding"
                        ? AccessText::tr("grants cluster-admin (every right on every resource) "
                                         "cluster-wide to %1")
                              .arg(whoText)
                        : AccessText::tr("grants cluster-admin rights in namespace %1 to %2")
                              .arg(b->ns(), whoText));
            for (const Subject &s : subjects) {
                if ((s.kind == u"User" && s.name == u"system:anonymous") ||
                    (s.kind == u"Group" && s.name == u"system:unauthenticated")) {
                    ctx.fail(auth01, *b, s.path, s.name,
                             AccessText::tr("binds %1 %2 to anonymous requests")
                                 .arg(ref.kind, ref.name));
                    ctx.fail(auth07, *b, s.path, s.name,
                             AccessText::tr("binds %1 %2 to everyone, authenticated or not")
                                 .arg(ref.kind, ref.name));
                } else if (s.kind == u"Group" && s.name == u"system:authenticated")
                    ctx.fail(auth07, *b, s.path, s.name,
                             AccessText::tr(
                                 "binds %1 %2 to every authenticated user (system:authenticated)")
                                 .arg(ref.kind, ref.name));
            }
            const auto it = roles.constFind(roleKey(ref.kind, b->ns(), ref.name));
            for (std::size_t i = 0; i < checks.size(); ++i) {
                const int control = checks[i].control;
                ctx.check(control, *b);
                // cluster-admin grants everything even when the source does not hold the role.
                const bool fails = it != roles.constEnd() ? it->fails[i] : clusterAdmin;
                if (!fails || (control == auth07 && clusterAdmin))
                    continue;
                ctx.fail(control, *b, QStringLiteral("roleRef"), ref.kind + u' ' + ref.name,
                         AccessText::tr("gives %1 to %2: %3")
                             .arg(ref.kind + u' ' + ref.name, whoText,
                                  QCoreApplication::translate("parapet::checks::Access",
                                                              checks[i].message)
                                      .arg(ref.kind + u' ' + ref.name)));
            }
        }
    }

    // AUTH-11: workloads on the default ServiceAccount (static pods have none).
    for (const Workload &w : ctx.workloads()) {
        if (w.owner.kind == u"Node" ||
            w.object->annotations()["kubernetes.io/config.mirror"].isValid())
            continue;
        ctx.check(auth11, w);
        QString sa = w.pod.spec["serviceAccountName"].toString(QString());
        if (sa.isEmpty())
            sa = w.pod.spec["serviceAccount"].toString(QString());
        if (sa.isEmpty() || sa == u"default")
            ctx.fail(auth11, w, w.pod.specPath + QStringLiteral(".serviceAccountName"),
                     sa.isEmpty() ? unsetValue() : sa,
                     AccessText::tr("the workload runs as the default ServiceAccount"));
    }

    ctx.note(auth12, AccessText::tr(
                         "%1 roles and %2 bindings in this source; save a snapshot and compare it "
                         "at the next review.")
                         .arg(roleCount)
                         .arg(bindingCount));
}

} // namespace parapet::checks::detail
