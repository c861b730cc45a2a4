#include "rbacindex.h"

#include "bootstrappolicy.h"
#include "kube/typedviews.h"

#include <algorithm>
#include <QSet>

namespace parapet::rbac {

namespace {

const QString kRbacGroup = QStringLiteral("rbac.authorization.k8s.io");
constexpr QChar kSep = u'\x1f';

QString resourceKey(const QString &group, const QString &resource)
{
    return group + kSep + resource;
}

int kindOrder(const QString &kind)
{
    if (kind == u"User")
        return 0;
    if (kind == u"Group")
        return 1;
    if (kind == u"ServiceAccount")
        return 2;
    return 3;
}

QHash<QString, QString> labelsOf(const KubeObject &o)
{
    QHash<QString, QString> out;
    for (const auto &[k, v] : o.labels().children())
        out.insert(k.toString(), v.toString());
    return out;
}

SourceLocation builtinLocation()
{
    SourceLocation l;
    l.file = QStringLiteral("<built-in bootstrap policy>");
    return l;
}

} // namespace

QString RoleEntry::kindName() const
{
    return cluster ? QStringLiteral("ClusterRole") : QStringLiteral("Role");
}

QString RoleEntry::reference() const
{
    return kindName() + u' ' + (cluster ? name : QString(ns + u'/' + name));
}

QString BindingEntry::kindName() const
{
    return cluster ? QStringLiteral("ClusterRoleBinding") : QStringLiteral("RoleBinding");
}

QString BindingEntry::reference() const
{
    return kindName() + u' ' + (cluster ? name : QString(ns + u'/' + name));
}

QString SubjectEntry::toString() const
{
    if (kind == u"ServiceAccount")
        return kind + u' ' + (ns.isEmpty() ? name : QString(ns + u'/' + name));
    return kind + u' ' + name;
}

QString SubjectEntry::key() const
{
    if (kind == u"ServiceAccount")
        return kind + u':' + ns + u':' + name;
    return kind + u':' + name;
}

RbacIndex::RbacIndex(const Inventory &inventory, const IndexOptions &options)
    : m_inventory(inventory)
{
    m_version = KubeVersion::parse(inventory.source().serverVersion);

    const auto rbacKind = [](const char *kind) {
        return GroupKind{kRbacGroup, QString::fromLatin1(kind)};
    };
    for (const KubeObject *o : inventory.ofKind(rbacKind("ClusterRole")))
        addRole(RoleEntry{true, {}, o->name(), o, false, labelsOf(*o), false, {}, {}, {}, {}});
    for (const KubeObject *o : inventory.ofKind(rbacKind("Role")))
        addRole(
            RoleEntry{false, o->ns(), o->name(), o, false, labelsOf(*o), false, {}, {}, {}, {}});
    for (const char *kind : {"ClusterRoleBinding", "RoleBinding"}) {
        for (const KubeObject *o : inventory.ofKind(rbacKind(kind))) {
            BindingEntry b;
            b.cluster = o->kind() == u"ClusterRoleBinding";
            b.ns = b.cluster ? QString() : o->ns();
            b.name = o->name();
            b.object = o;
            b.bootstrap = o->label("kubernetes.io/bootstrapping") == u"rbac-defaults";
            const RoleRef ref = roleRefOf(*o);
            b.roleKind = ref.kind;
            b.roleName = ref.name;
            for (const Subject &s : subjectsOf(*o))
                b.subjects.push_back({s.kind, s.name, s.ns, s.path, true});
            addBinding(std::move(b));
        }
    }

    bool assume = options.builtins == BuiltinPolicy::Assume;
    if (options.builtins == BuiltinPolicy::Auto) {
        const SourceInfo &src = inventory.source();
        const bool live =
            src.kind == SourceInfo::Kind::Live ||
            (src.kind == SourceInfo::Kind::Snapshot && src.capturedKind == SourceInfo::Kind::Live);
        assume = !live || inventory.ofKind(rbacKind("ClusterRole")).empty();
    }
    m_builtinsAssumed = assume;
    if (assume)
        mergeBuiltins();

    resolveBindings();
    aggregate();
    buildIndexes();
    collectServiceAccounts();
}

void RbacIndex::addRole(RoleEntry role)
{
    if (role.object) {
        const KubeObject &o = *role.object;
        for (const PolicyRule &pr : rulesOf(o))
            role.ownRules.push_back(
                Rule{pr.verbs, pr.apiGroups, pr.resources, pr.resourceNames, pr.nonResourceURLs});
        const Node agg = o.root()["aggregationRule"];
        if (role.cluster && agg.isMap()) {
            role.aggregated = true;
            std::uint32_t i = 0;
            for (const auto &[k, sel] : agg["clusterRoleSelectors"].children()) {
                auto parsed = LabelSelector::fromNode(sel);
                if (!parsed) {
                    // The controller gives up on this role and leaves its rules as they are.
                    m_diagnostics.push_back(
                        {RbacDiagnostic::Severity::Warning,
                         tr("ClusterRole %1: aggregationRule selector %2 is invalid (%3); its "
                            "rules are not aggregated")
                             .arg(role.name, QString::number(i), parsed.error().message),
                         o.locate("aggregationRule.clusterRoleSelectors"), -1,
                         int(m_roles.size())});
                    role.aggregated = false;
                    role.selectors.clear();
                    break;
                }
                role.selectors.push_back(*parsed);
                ++i;
            }
        }
    }
    role.rules = role.ownRules;
    const int self = int(m_roles.size());
    for (int i = 0; i < int(role.ownRules.size()); ++i)
        role.origins.push_back({self, i});
    if (role.cluster)
        m_clusterRoleByName.insert(role.name, self);
    else
        m_roleByKey.insert(role.ns + u'/' + role.name, self);
    m_roles.push_back(std::move(role));
}

void RbacIndex::addBinding(BindingEntry binding)
{
    for (SubjectEntry &s : binding.subjects) {
        if (s.kind == u"ServiceAccount")
            s.matchable = !s.ns.isEmpty();
        else
            s.matchable = s.kind == u"User" || s.kind == u"Group";
    }
    m_bindingByKey.insert(binding.kindName() + u'/' + binding.ns + u'/' + binding.name,
                          int(m_bindings.size()));
    m_bindings.push_back(std::move(binding));
}

void RbacIndex::mergeBuiltins()
{
    const BootstrapPolicy &policy = bootstrapPolicy();
    for (const BuiltinRole &br : policy.roles) {
        const bool present = br.cluster ? m_clusterRoleByName.contains(br.name)
                                        : m_roleByKey.contains(br.ns + u'/' + br.name);
        if (present)
            continue;
        RoleEntry r;
        r.cluster = br.cluster;
        r.ns = br.ns;
        r.name = br.name;
        r.builtin = true;
        r.labels = br.labels;
        r.aggregated = br.aggregated;
        for (const auto &sel : br.aggregationSelectors) {
            QStringList terms;
            for (auto it = sel.constBegin(); it != sel.constEnd(); ++it)
                terms.append(it.key() + u'=' + it.value());
            if (auto parsed = LabelSelector::parse(terms.join(u',')))
                r.selectors.push_back(*parsed);
        }
        r.ownRules = br.rules;
        addRole(std::move(r));
    }
    for (const BuiltinBinding &bb : policy.bindings) {
        const QString kind =
            bb.cluster ? QStringLiteral("ClusterRoleBinding") : QStringLiteral("RoleBinding");
        if (m_bindingByKey.contains(kind + u'/' + bb.ns + u'/' + bb.name))
            continue;
        BindingEntry b;
        b.cluster = bb.cluster;
        b.ns = bb.ns;
        b.name = bb.name;
        b.builtin = true;
        b.bootstrap = true;
        b.roleKind = bb.roleKind;
        b.roleName = bb.roleName;
        int i = 0;
        for (const BuiltinSubject &s : bb.subjects)
            b.subjects.push_back({s.kind, s.name, s.ns,
                                  QStringLiteral("subjects[") + QString::number(i++) + u']', true});
        addBinding(std::move(b));
    }
}

void RbacIndex::resolveBindings()
{
    for (int bi = 0; bi < int(m_bindings.size()); ++bi) {
        BindingEntry &b = m_bindings[std::size_t(bi)];
        if (b.roleKind == u"ClusterRole") {
            b.role = findClusterRole(b.roleName);
            if (b.role < 0)
                b.problem = tr("ClusterRole \"%1\" not found").arg(b.roleName);
        } else if (b.roleKind == u"Role") {
            if (b.cluster) {
                b.problem = tr("a ClusterRoleBinding cannot reference Role \"%1\"").arg(b.roleName);
            } else {
                b.role = findRole(b.ns, b.roleName);
                if (b.role < 0)
                    b.problem = tr("Role \"%1\" not found in namespace %2").arg(b.roleName, b.ns);
            }
        } else {
            b.problem = tr("unsupported role reference kind \"%1\"").arg(b.roleKind);
        }
        if (!b.problem.isEmpty()) {
            m_diagnostics.push_back(
                {RbacDiagnostic::Severity::Warning,
                 tr("%1 grants nothing: %2").arg(b.reference(), b.problem),
                 b.object ? b.object->locate("roleRef.name") : builtinLocation(), bi, -1});
        }
        for (const SubjectEntry &s : b.subjects) {
            if (s.matchable)
                continue;
            const QString why = s.kind == u"ServiceAccount"
                                    ? tr("a ServiceAccount subject of a ClusterRoleBinding needs "
                                         "a namespace")
                                    : tr("unknown subject kind \"%1\"").arg(s.kind);
            m_diagnostics.push_back(
                {RbacDiagnostic::Severity::Warning,
                 tr("%1 %2 never matches anyone: %3").arg(b.reference(), s.path, why),
                 b.object ? b.object->locate(s.path.toStdString()) : builtinLocation(), bi, -1});
        }
    }
}

QString RbacIndex::ruleKey(const Rule &rule)
{
    const QChar gs = u'\x1e';
    return rule.verbs.join(kSep) + gs + rule.apiGroups.join(kSep) + gs + rule.resources.join(kSep) +
           gs + rule.resourceNames.join(kSep) + gs + rule.nonResourceURLs.join(kSep);
}

void RbacIndex::aggregate()
{
    // The aggregation controller (pkg/controller/clusterroleaggregation): an aggregated
    // ClusterRole's rules become the union, without duplicates, of the rules of the ClusterRoles
    // its selectors pick (each selector in order, roles by name, itself excluded). Roles that
    // aggregate roles that aggregate (admin ⊇ edit ⊇ view) need several rounds: repeat until
    // nothing changes.
    std::vector<int> aggregated;
    std::vector<int> clusterRoles;
    for (int i = 0; i < int(m_roles.size()); ++i) {
        if (!m_roles[std::size_t(i)].cluster)
            continue;
        clusterRoles.push_back(i);
        if (m_roles[std::size_t(i)].aggregated)
            aggregated.push_back(i);
    }
    if (aggregated.empty())
        return;
    const auto byName = [this](int a, int b) {
        return m_roles[std::size_t(a)].name < m_roles[std::size_t(b)].name;
    };
    std::sort(aggregated.begin(), aggregated.end(), byName);
    std::sort(clusterRoles.begin(), clusterRoles.end(), byName);

    // Labels never change, so what each selector picks is fixed.
    std::vector<std::vector<std::vector<int>>> picks(aggregated.size());
    for (std::size_t a = 0; a < aggregated.size(); ++a) {
        const RoleEntry &agg = m_roles[std::size_t(aggregated[a])];
        for (const LabelSelector &sel : agg.selectors) {
            std::vector<int> chosen;
            for (int c : clusterRoles)
                if (c != aggregated[a] && sel.matches(m_roles[std::size_t(c)].labels))
                    chosen.push_back(c);
            picks[a].push_back(std::move(chosen));
        }
    }

    const int maxRounds = int(aggregated.size()) + 2;
    bool changed = true;
    int round = 0;
    for (; changed && round < maxRounds; ++round) {
        changed = false;
        for (std::size_t a = 0; a < aggregated.size(); ++a) {
            std::vector<Rule> rules;
            std::vector<RoleEntry::Origin> origins;
            QSet<QString> seen;
            for (const auto &selection : picks[a]) {
                for (int c : selection) {
                    const RoleEntry &src = m_roles[std::size_t(c)];
                    for (std::size_t j = 0; j < src.rules.size(); ++j) {
                        const QString key = ruleKey(src.rules[j]);
                        if (seen.contains(key))
                            continue;
                        seen.insert(key);
                        rules.push_back(src.rules[j]);
                        origins.push_back(src.origins[j]);
                    }
                }
            }
            RoleEntry &target = m_roles[std::size_t(aggregated[a])];
            if (rules != target.rules) {
                target.rules = std::move(rules);
                target.origins = std::move(origins);
                changed = true;
            }
        }
    }
    if (changed) {
        m_diagnostics.push_back({RbacDiagnostic::Severity::Warning,
                                 tr("aggregated ClusterRoles select each other in a cycle; their "
                                    "rules keep changing and were taken after %1 rounds")
                                     .arg(round),
                                 {},
                                 -1,
                                 aggregated.front()});
    }
}

void RbacIndex::buildIndexes()
{
    m_clusterBindingsOfRole.assign(m_roles.size(), {});
    m_roleBindingsOfRole.assign(m_roles.size(), {});
    for (int bi = 0; bi < int(m_bindings.size()); ++bi) {
        const BindingEntry &b = m_bindings[std::size_t(bi)];
        for (int si = 0; si < int(b.subjects.size()); ++si) {
            const SubjectEntry &s = b.subjects[std::size_t(si)];
            if (!s.matchable)
                continue;
            if (s.kind == u"Group")
                m_byGroup[s.name].push_back({bi, si});
            else if (s.kind == u"User")
                m_byUser[s.name].push_back({bi, si});
            else
                m_byUser[serviceAccountUser(s.ns, s.name)].push_back({bi, si});
        }
        if (b.role < 0) {
            m_danglingBindings.push_back(bi);
            continue;
        }
        if (b.cluster)
            m_clusterBindingsOfRole[std::size_t(b.role)].push_back(bi);
        else
            m_roleBindingsOfRole[std::size_t(b.role)][b.ns].push_back(bi);
    }
    for (int ri = 0; ri < int(m_roles.size()); ++ri) {
        const RoleEntry &r = m_roles[std::size_t(ri)];
        for (int i = 0; i < int(r.rules.size()); ++i) {
            const Rule &rule = r.rules[std::size_t(i)];
            for (const QString &g : rule.apiGroups)
                for (const QString &res : rule.resources)
                    m_rulesByResource[resourceKey(g, res)].push_back({ri, i});
            bool wildcard = false;
            for (const QString &u : rule.nonResourceURLs) {
                if (u.endsWith(u'*'))
                    wildcard = true;
                else
                    m_rulesByUrl[u].push_back({ri, i});
            }
            if (wildcard)
                m_wildcardUrlRules.push_back({ri, i});
        }
    }
    for (const ResourceType &t : m_inventory.registry().types()) {
        const QString key = resourceKey(t.group, t.plural);
        // A resource served in several groups: namespaced if any says so (unknown → namespaced).
        m_namespacedResource.insert(key, m_namespacedResource.value(key, false) || t.namespaced);
        const QString any = resourceKey(QStringLiteral("*"), t.plural);
        m_namespacedResource.insert(any, m_namespacedResource.value(any, false) || t.namespaced);
    }
    addClusterScopedPseudoResources();
}

void RbacIndex::addClusterScopedPseudoResources()
{
    // Resources that only exist in authorization checks, never in discovery: impersonation
    // targets and CSR signers carry no namespace.
    for (const auto &[group, resource] : {std::pair{"", "users"}, std::pair{"", "groups"},
                                          std::pair{"authentication.k8s.io", "uids"},
                                          std::pair{"authentication.k8s.io", "userextras"},
                                          std::pair{"certificates.k8s.io", "signers"}})
        m_namespacedResource.insert(
            resourceKey(QString::fromLatin1(group), QString::fromLatin1(resource)), false);
}

void RbacIndex::collectServiceAccounts()
{
    QMap<QString, QSet<QString>> sas;
    for (const KubeObject *o : m_inventory.ofKind(QStringView(u"ServiceAccount")))
        sas[o->ns()].insert(o->name());
    for (const BindingEntry &b : m_bindings)
        for (const SubjectEntry &s : b.subjects)
            if (s.kind == u"ServiceAccount" && !s.ns.isEmpty())
                sas[s.ns].insert(s.name);
    QStringList namespaces = m_inventory.namespaceNames();
    if (m_builtinsAssumed) {
        // Namespaces every cluster has, with their default accounts.
        for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease"})
            namespaces.append(QString::fromLatin1(ns));
    }
    for (const QString &ns : namespaces)
        sas[ns].insert(QStringLiteral("default"));
    for (auto it = sas.constBegin(); it != sas.constEnd(); ++it) {
        QStringList names = it.value().values();
        names.sort();
        m_serviceAccounts.insert(it.key(), names);
    }
    for (const KubeObject *o : m_inventory.ofKind(QStringView(u"Secret"))) {
        if (o->root()["type"].toString() != u"kubernetes.io/service-account-token")
            continue;
        const QString sa = o->annotation("kubernetes.io/service-account.name");
        if (!sa.isEmpty())
            m_tokenSecrets[o->ns()].insert(o->name(), sa);
    }
}

int RbacIndex::findRole(const QString &ns, const QString &name) const
{
    return m_roleByKey.value(ns + u'/' + name, -1);
}

bool RbacIndex::applies(const BindingEntry &binding, const QString &ns) const
{
    // appliesTo of pkg/registry/rbac/validation/rule.go: ClusterRoleBindings always,
    // RoleBindings only for requests in their namespace.
    return binding.cluster || (!ns.isEmpty() && binding.ns == ns);
}

std::vector<std::pair<int, int>> RbacIndex::bindingsOf(const Identity &identity) const
{
    QHash<int, int> first; // binding → first matching subject
    const auto take = [&first](const std::vector<SubjectRef> &refs) {
        for (const SubjectRef &r : refs) {
            auto it = first.find(r.binding);
            if (it == first.end())
                first.insert(r.binding, r.subject);
            else if (r.subject < it.value())
                it.value() = r.subject;
        }
    };
    if (auto it = m_byUser.constFind(identity.user); it != m_byUser.constEnd())
        take(it.value());
    for (const QString &g : identity.groups)
        if (auto it = m_byGroup.constFind(g); it != m_byGroup.constEnd())
            take(it.value());
    std::vector<std::pair<int, int>> out;
    out.reserve(std::size_t(first.size()));
    for (auto it = first.constBegin(); it != first.constEnd(); ++it)
        out.emplace_back(it.key(), it.value());
    std::sort(out.begin(), out.end(), [this](const auto &a, const auto &b) {
        const BindingEntry &x = m_bindings[std::size_t(a.first)];
        const BindingEntry &y = m_bindings[std::size_t(b.first)];
        if (x.cluster != y.cluster)
            return x.cluster;
        if (x.ns != y.ns)
            return x.ns < y.ns;
        return x.name < y.name;
    });
    return out;
}

Decision RbacIndex::canI(const Identity &identity, const Request &request) const
{
    Decision d;
    d.identity = identity;
    d.request = request;
    d.bypass = identity.inGroup(kMastersGroup);
    for (const auto &[bi, si] : bindingsOf(identity)) {
        const BindingEntry &b = m_bindings[std::size_t(bi)];
        if (!applies(b, request.ns))
            continue;
        if (b.role < 0) {
            d.errors.append(b.reference() + QStringLiteral(": ") + b.problem);
            continue;
        }
        const RoleEntry &role = m_roles[std::size_t(b.role)];
        for (int i = 0; i < int(role.rules.size()); ++i)
            if (ruleAllows(request, role.rules[std::size_t(i)]))
                d.grants.push_back({bi, si, b.role, i});
    }
    d.allowed = d.bypass || !d.grants.empty();
    return d;
}

WhoCanResult RbacIndex::whoCan(const Request &request, bool anyNamespace) const
{
    WhoCanResult res;
    res.request = request;
    res.anyNamespace = anyNamespace;

    // Candidate rules from the indexes, then the exact check.
    QHash<int, int> firstRule; // role → first rule that allows
    const auto consider = [&](const std::vector<RuleRef> &refs) {
        for (const RuleRef &ref : refs) {
            const Rule &rule = m_roles[std::size_t(ref.role)].rules[std::size_t(ref.rule)];
            if (!ruleAllows(request, rule))
                continue;
            auto it = firstRule.find(ref.role);
            if (it == firstRule.end())
                firstRule.insert(ref.role, ref.rule);
            else if (ref.rule < it.value())
                it.value() = ref.rule;
        }
    };
    if (request.resourceRequest) {
        QStringList resources{request.combinedResource(), QStringLiteral("*")};
        if (!request.subresource.isEmpty())
            resources.append(QStringLiteral("*/") + request.subresource);
        QStringList groups{request.apiGroup};
        if (request.apiGroup != u"*")
            groups.append(QStringLiteral("*"));
        QSet<QString> keys;
        for (const QString &g : groups)
            for (const QString &r : resources)
                keys.insert(resourceKey(g, r));
        for (const QString &key : keys)
            if (auto it = m_rulesByResource.constFind(key); it != m_rulesByResource.constEnd())
                consider(it.value());
    } else {
        if (auto it = m_rulesByUrl.constFind(request.path); it != m_rulesByUrl.constEnd())
            consider(it.value());
        consider(m_wildcardUrlRules);
    }

    const bool everyNamespace = anyNamespace && request.resourceRequest &&
                                (isNamespacedResource(request.apiGroup, request.resource) ||
                                 (request.apiGroup.isEmpty() && request.resource == u"namespaces"));
    QMap<QString, int> bySubject; // sort key → entry
    std::vector<WhoCanEntry> entries;
    const auto add = [&](int bi, int role, int rule) {
        const BindingEntry &b = m_bindings[std::size_t(bi)];
        for (int si = 0; si < int(b.subjects.size()); ++si) {
            const SubjectEntry &s = b.subjects[std::size_t(si)];
            const QString sortKey =
                QString::number(kindOrder(s.kind)) + s.ns + kSep + s.name + kSep + s.kind;
            auto it = bySubject.find(sortKey);
            if (it == bySubject.end()) {
                it = bySubject.insert(sortKey, int(entries.size()));
                entries.push_back({s, false, {}});
            }
            entries[std::size_t(it.value())].grants.push_back({bi, si, role, rule});
        }
    };
    const auto inScope = [&](const QString &ns) {
        return everyNamespace || (!request.ns.isEmpty() && ns == request.ns);
    };
    std::vector<std::pair<int, int>> matched(firstRule.constKeyValueBegin(),
                                             firstRule.constKeyValueEnd());
    std::sort(matched.begin(), matched.end());
    std::vector<std::tuple<int, int, int>> grants; // binding, role, rule
    for (const auto &[role, rule] : matched) {
        for (int bi : m_clusterBindingsOfRole[std::size_t(role)])
            grants.emplace_back(bi, role, rule);
        const auto &byNs = m_roleBindingsOfRole[std::size_t(role)];
        if (everyNamespace) {
            for (auto it = byNs.constBegin(); it != byNs.constEnd(); ++it)
                for (int bi : it.value())
                    grants.emplace_back(bi, role, rule);
        } else if (!request.ns.isEmpty()) {
            for (int bi : byNs.value(request.ns))
                grants.emplace_back(bi, role, rule);
        }
    }
    std::sort(grants.begin(), grants.end(), [this](const auto &x, const auto &y) {
        const BindingEntry &a = m_bindings[std::size_t(std::get<0>(x))];
        const BindingEntry &b = m_bindings[std::size_t(std::get<0>(y))];
        if (a.cluster != b.cluster)
            return a.cluster;
        if (a.ns != b.ns)
            return a.ns < b.ns;
        return a.name < b.name;
    });
    for (const auto &[bi, role, rule] : grants)
        add(bi, role, rule);

    for (int bi : m_danglingBindings) {
        const BindingEntry &b = m_bindings[std::size_t(bi)];
        if (b.cluster || inScope(b.ns))
            res.errors.append(b.reference() + QStringLiteral(": ") + b.problem);
    }

    WhoCanEntry masters;
    masters.subject = {QStringLiteral("Group"), kMastersGroup.toString(), {}, {}, true};
    masters.bypass = true;
    res.subjects.push_back(masters);
    for (auto it = bySubject.constBegin(); it != bySubject.constEnd(); ++it) {
        WhoCanEntry &e = entries[std::size_t(it.value())];
        if (e.subject.kind == u"Group" && e.subject.name == kMastersGroup) {
            res.subjects.front().grants = e.grants;
            continue;
        }
        res.subjects.push_back(std::move(e));
    }
    return res;
}

std::vector<PermissionEntry> RbacIndex::permissions(const Identity &identity,
                                                    const QString &ns) const
{
    std::vector<PermissionEntry> out;
    for (const auto &[bi, si] : bindingsOf(identity)) {
        const BindingEntry &b = m_bindings[std::size_t(bi)];
        if (!b.cluster && !ns.isEmpty() && b.ns != ns)
            continue;
        if (b.role < 0)
            continue;
        const RoleEntry &role = m_roles[std::size_t(b.role)];
        for (int i = 0; i < int(role.rules.size()); ++i) {
            const Rule &rule = role.rules[std::size_t(i)];
            PermissionEntry e;
            e.grant = {bi, si, b.role, i};
            e.ns = b.cluster ? QString() : b.ns;
            if (!b.cluster) {
                // A RoleBinding only reaches requests in its namespace: cluster-scoped
                // resources (but the namespace itself) and non-resource URLs are out of reach.
                bool anyNamespaced = false;
                bool anyCluster = false;
                bool namespaceItself = false;
                for (const QString &g : rule.apiGroups) {
                    for (const QString &r : rule.resources) {
                        const QString base = r.section(u'/', 0, 0);
                        if ((g.isEmpty() || g == u"*") && base == u"namespaces")
                            namespaceItself = true;
                        else if (isNamespacedResource(g, base))
                            anyNamespaced = true;
                        else
                            anyCluster = true;
                    }
                }
                if (!anyNamespaced && !namespaceItself) {
                    e.effective = false;
                    e.note = tr("no effect through a RoleBinding: cluster-scoped resources or "
                                "non-resource URLs");
                } else if (namespaceItself && !anyNamespaced && !anyCluster) {
                    e.note = tr("namespaces: only namespace %1 itself").arg(b.ns);
                } else if (anyCluster || !rule.nonResourceURLs.isEmpty()) {
                    e.note = tr("its cluster-scoped resources and non-resource URLs have no "
                                "effect through a RoleBinding");
                }
            }
            out.push_back(e);
        }
    }
    return out;
}

bool RbacIndex::isNamespacedResource(const QString &apiGroup, const QString &resource) const
{
    const QString base = resource.section(u'/', 0, 0);
    if (base.contains(u'*'))
        return true;
    return m_namespacedResource.value(resourceKey(apiGroup, base), true);
}

const Rule &RbacIndex::rule(const Grant &grant) const
{
    return m_roles[std::size_t(grant.role)].rules[std::size_t(grant.rule)];
}

QString RbacIndex::rulePath(const Grant &grant) const
{
    const RoleEntry &role = m_roles[std::size_t(grant.role)];
    const RoleEntry::Origin &o = role.origins[std::size_t(grant.rule)];
    const QString own = QStringLiteral("rules[") + QString::number(grant.rule) + u']';
    if (o.role == grant.role)
        return own;
    return tr("%1 (aggregated from %2 rules[%3])")
        .arg(own, m_roles[std::size_t(o.role)].reference(), QString::number(o.rule));
}

QString RbacIndex::describe(const Grant &grant) const
{
    const BindingEntry &b = m_bindings[std::size_t(grant.binding)];
    QString s = b.reference();
    if (b.builtin)
        s += tr(" [built-in]");
    if (grant.subject >= 0)
        s += QStringLiteral(" (") + b.subjects[std::size_t(grant.subject)].path + u')';
    if (grant.role >= 0) {
        const RoleEntry &r = m_roles[std::size_t(grant.role)];
        s += QStringLiteral(" -> ") + r.reference();
        if (r.builtin)
            s += tr(" [built-in]");
        if (grant.rule >= 0)
            s += QStringLiteral(" -> ") + rulePath(grant);
    }
    return s;
}

SourceLocation RbacIndex::bindingLocation(int binding) const
{
    const BindingEntry &b = m_bindings[std::size_t(binding)];
    return b.object ? b.object->origin() : builtinLocation();
}

SourceLocation RbacIndex::ruleLocation(const Grant &grant) const
{
    const RoleEntry::Origin &o = m_roles[std::size_t(grant.role)].origins[std::size_t(grant.rule)];
    const RoleEntry &leaf = m_roles[std::size_t(o.role)];
    if (!leaf.object)
        return builtinLocation();
    return leaf.object->locate(
        QString(QStringLiteral("rules[") + QString::number(o.rule) + u']').toStdString());
}

} // namespace parapet::rbac
