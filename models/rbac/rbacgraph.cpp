#include "rbacgraph.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace parapet::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::rbac::Graph", text);
}

QString shortList(const QStringList &items, int max)
{
    if (items.size() <= max)
        return items.join(QStringLiteral(", "));
    return items.mid(0, max).join(QStringLiteral(", ")) + tr(", +%1").arg(items.size() - max);
}

/// `secrets, configmaps: get, list` / `deployments.apps: *` / `*.*: *` / `URLs /healthz: get`,
/// resources named as kubectl names them.
QString ruleLabel(const Rule &rule)
{
    if (rule.resources.isEmpty())
        return tr("URLs %1: %2").arg(shortList(rule.nonResourceURLs, 3), shortList(rule.verbs, 4));
    QStringList what;
    for (const QString &r : rule.resources)
        for (const QString &g : rule.apiGroups)
            what.append(g.isEmpty() ? r : QString(r + u'.' + g));
    QString label = shortList(what, 3);
    if (!rule.resourceNames.isEmpty())
        label += tr(" [%1]").arg(shortList(rule.resourceNames, 2));
    return label + QStringLiteral(": ") + shortList(rule.verbs, 4);
}

GraphNode::Kind subjectKind(const QString &kind)
{
    if (kind == u"User")
        return GraphNode::Kind::User;
    if (kind == u"Group")
        return GraphNode::Kind::Group;
    if (kind == u"ServiceAccount")
        return GraphNode::Kind::ServiceAccount;
    return GraphNode::Kind::Other;
}

QString subjectId(const QString &key)
{
    return QStringLiteral("subject/") + key;
}

} // namespace

Graph rbacGraph(const RbacIndex &index, const RiskReport &report, const RbacGraphOptions &options)
{
    Graph g;
    g.title = options.ns.isEmpty() ? tr("RBAC") : tr("RBAC in namespace %1").arg(options.ns);
    QHash<QString, std::size_t> nodeIndex;
    QSet<QString> groupIds;
    QSet<QString> edgeKeys;

    const auto ensureGroup = [&](const QString &ns) {
        if (ns.isEmpty())
            return QString();
        const QString id = QStringLiteral("ns/") + ns;
        if (!groupIds.contains(id)) {
            groupIds.insert(id);
            g.groups.push_back({id, ns});
        }
        return id;
    };
    const auto addNode = [&](GraphNode n) -> GraphNode & {
        auto it = nodeIndex.constFind(n.id);
        if (it != nodeIndex.constEnd())
            return g.nodes[it.value()];
        nodeIndex.insert(n.id, g.nodes.size());
        g.nodes.push_back(std::move(n));
        return g.nodes.back();
    };
    const auto addEdge = [&](GraphEdge e) {
        const QString key = e.from + u'\x1f' + e.to + u'\x1f' + QString::number(int(e.kind)) +
                            u'\x1f' + QString::number(e.step) + u'\x1f' + e.label;
        if (edgeKeys.contains(key))
            return;
        edgeKeys.insert(key);
        g.edges.push_back(std::move(e));
    };
    const auto inScope = [&](const BindingEntry &b) {
        return options.ns.isEmpty() || b.cluster || b.ns == options.ns;
    };
    const auto subjectNode = [&](const SubjectEntry &s) -> GraphNode & {
        GraphNode n;
        n.id = subjectId(s.key());
        n.label = s.name;
        n.kind = subjectKind(s.kind);
        n.group = s.kind == u"ServiceAccount" ? ensureGroup(s.ns) : QString();
        n.attributes.insert(QStringLiteral("subject"), s.toString());
        return addNode(n);
    };

    // Which subjects, and which of their rules, to draw.
    QHash<QString, Severity> worst; // subject key → worst finding
    QSet<QString> riskyRules;       // "role|rule"
    QHash<QString, QStringList> findingText;
    for (const RiskFinding &f : report.findings) {
        if (f.subject.kind.isEmpty())
            continue;
        const QString key = f.subject.key();
        if (!worst.contains(key) || worst.value(key) < f.severity)
            worst.insert(key, f.severity);
        if (f.grant.role >= 0 && f.grant.rule >= 0)
            riskyRules.insert(QString::number(f.grant.role) + u'|' + QString::number(f.grant.rule));
        findingText[key].append(severityName(f.severity) + QStringLiteral(": ") + f.title);
    }
    QSet<QString> onPaths;
    for (const EscalationPath &p : report.escalations)
        for (const EscalationStep &s : p.steps) {
            onPaths.insert(s.from);
            onPaths.insert(s.to);
        }
    const auto shown = [&](const SubjectEntry &s) {
        if (!s.matchable)
            return false;
        if (!options.ns.isEmpty() && s.kind == u"ServiceAccount" && s.ns != options.ns)
            return false;
        if (options.all)
            return true;
        return (worst.contains(s.key()) && worst.value(s.key()) >= Severity::Medium) ||
               onPaths.contains(s.key());
    };

    // Count first, to know whether permissions must fold.
    // The API server's own bindings are drawn only when they carry a finding (reported with
    // RiskOptions::includeDefaults).
    QSet<int> bindingsWithFindings;
    for (const RiskFinding &f : report.findings)
        bindingsWithFindings.insert(f.grant.binding);
    const auto drawn = [&](int bi) {
        const BindingEntry &b = index.bindings()[std::size_t(bi)];
        return inScope(b) && (!b.bootstrap || bindingsWithFindings.contains(bi));
    };
    int permissionNodes = 0;
    for (int bi = 0; bi < int(index.bindings().size()); ++bi) {
        const BindingEntry &b = index.bindings()[std::size_t(bi)];
        if (b.role < 0 || !drawn(bi))
            continue;
        const bool any = std::any_of(b.subjects.begin(), b.subjects.end(), shown);
        if (any)
            permissionNodes += int(index.roles()[std::size_t(b.role)].rules.size());
    }
    const bool fold = permissionNodes > options.maxNodes;

    QSet<int> drawnRoles;
    for (int bi = 0; bi < int(index.bindings().size()); ++bi) {
        const BindingEntry &b = index.bindings()[std::size_t(bi)];
        if (!drawn(bi))
            continue;
        std::vector<int> subjects;
        for (int si = 0; si < int(b.subjects.size()); ++si)
            if (shown(b.subjects[std::size_t(si)]))
                subjects.push_back(si);
        if (subjects.empty())
            continue;

        GraphNode bn;
        bn.id = QStringLiteral("binding/") + b.kindName() + u'/' + b.ns + u'/' + b.name;
        bn.label = b.name;
        bn.kind = GraphNode::Kind::Binding;
        bn.group = ensureGroup(b.ns);
        bn.detail = b.kindName() + (b.builtin ? tr(" (built-in)") : QString());
        if (!b.problem.isEmpty()) {
            bn.detail += u'\n' + b.problem;
            bn.risky = true;
        }
        const QString bindingId = addNode(bn).id;
        for (int si : subjects) {
            const SubjectEntry &s = b.subjects[std::size_t(si)];
            GraphNode &sn = subjectNode(s);
            if (worst.contains(s.key())) {
                sn.risky = worst.value(s.key()) >= Severity::High;
                sn.attributes.insert(QStringLiteral("severity"),
                                     severityName(worst.value(s.key())));
                sn.attributes.insert(QStringLiteral("findings"),
                                     findingText.value(s.key()).join(u'\n'));
            }
            addEdge({sn.id, bindingId, {}, GraphEdge::Kind::Grant, 0, {}});
        }
        if (b.role < 0)
            continue;
        const RoleEntry &role = index.roles()[std::size_t(b.role)];
        GraphNode rn;
        rn.id = QStringLiteral("role/") + role.kindName() + u'/' + role.ns + u'/' + role.name;
        rn.label = role.name;
        rn.kind = role.cluster ? GraphNode::Kind::ClusterRole : GraphNode::Kind::Role;
        rn.group = ensureGroup(role.ns);
        rn.detail = role.builtin ? tr("built-in") : QString();
        if (role.aggregated)
            rn.detail =
                (rn.detail.isEmpty() ? QString() : QString(rn.detail + u", ")) + tr("aggregated");
        rn.count = int(role.rules.size());
        const QString roleId = addNode(rn).id;
        addEdge({bindingId, roleId, {}, GraphEdge::Kind::Grant, 0, {}});
        if (drawnRoles.contains(b.role))
            continue;
        drawnRoles.insert(b.role);

        // Permissions: risky rules always; the others only when drawing everything.
        int riskyCount = 0;
        int plainCount = 0;
        for (int ri = 0; ri < int(role.rules.size()); ++ri) {
            const bool risky =
                riskyRules.contains(QString::number(b.role) + u'|' + QString::number(ri));
            if (risky)
                ++riskyCount;
            else
                ++plainCount;
            if (fold || (!risky && !options.all))
                continue;
            GraphNode pn;
            pn.id = roleId + QStringLiteral("/rules[") + QString::number(ri) + u']';
            pn.label = ruleLabel(role.rules[std::size_t(ri)]);
            pn.kind = GraphNode::Kind::Permission;
            pn.group = rn.group;
            pn.risky = risky;
            pn.attributes.insert(QStringLiteral("rule"), role.rules[std::size_t(ri)].toString());
            pn.attributes.insert(QStringLiteral("path"), index.rulePath({bi, -1, b.role, ri}));
            const QString permId = addNode(pn).id;
            addEdge({roleId,
                     permId,
                     {},
                     risky ? GraphEdge::Kind::Risky : GraphEdge::Kind::Grant,
                     0,
                     {}});
        }
        if (fold || (!options.all && plainCount > 0)) {
            // One node stands for the rules not drawn one by one.
            const int folded = fold ? int(role.rules.size()) : plainCount;
            if (folded > 0) {
                GraphNode pn;
                pn.id = roleId + QStringLiteral("/rules");
                pn.label = fold && riskyCount > 0
                               ? tr("%1 rules (%2 risky)").arg(folded).arg(riskyCount)
                               : tr("%1 more rules").arg(folded);
                pn.kind = GraphNode::Kind::Permission;
                pn.group = rn.group;
                pn.count = folded;
                pn.risky = fold && riskyCount > 0;
                const QString permId = addNode(pn).id;
                addEdge({roleId,
                         permId,
                         {},
                         pn.risky ? GraphEdge::Kind::Risky : GraphEdge::Kind::Grant,
                         0,
                         {}});
            }
        }
    }

    // Escalation paths: dashed steps from subject to subject, numbered.
    for (const EscalationPath &p : report.escalations) {
        bool inNs = options.ns.isEmpty();
        for (const EscalationStep &s : p.steps)
            if (s.from.startsWith(QStringLiteral("ServiceAccount:") + options.ns + u':'))
                inNs = true;
        if (!inNs)
            continue;
        int step = 0;
        for (const EscalationStep &s : p.steps) {
            ++step;
            for (const auto &[key, label] :
                 {std::pair{s.from, s.fromLabel}, std::pair{s.to, s.toLabel}}) {
                if (nodeIndex.contains(subjectId(key)))
                    continue;
                GraphNode n;
                n.id = subjectId(key);
                n.label = label;
                if (key == u"cluster-admin") {
                    n.kind = GraphNode::Kind::Permission;
                    n.risky = true;
                    n.label = tr("cluster-admin (full control)");
                } else {
                    const QString kind = key.section(u':', 0, 0);
                    n.kind = subjectKind(kind);
                    n.label =
                        kind == u"ServiceAccount" ? key.section(u':', 2) : key.section(u':', 1);
                    if (kind == u"ServiceAccount")
                        n.group = ensureGroup(key.section(u':', 1, 1));
                }
                addNode(n);
            }
            GraphEdge e;
            e.from = subjectId(s.from);
            e.to = subjectId(s.to);
            e.label = s.how;
            e.kind = GraphEdge::Kind::Escalation;
            e.step = step;
            e.attributes.insert(QStringLiteral("path"), p.startLabel);
            addEdge(e);
        }
    }
    return g;
}

Graph rbacGraph(const Inventory &inventory, const QString &ns)
{
    const RbacIndex index(inventory);
    const RiskReport report = analyzeRisks(index);
    RbacGraphOptions options;
    options.ns = ns;
    return rbacGraph(index, report, options);
}

} // namespace parapet::rbac
