// RBAC fixes: a narrowed Role or ClusterRole without the risky rules, and bindings without
// their anonymous or all-users subjects. Rule semantics are models/rbac's (ruleAllows); every
// narrowed role is checked to grant a subset of what the original grants.

#include "fixsupport.h"
#include "kube/typedviews.h"
#include "rbac/rbacrule.h"

#include <QSet>

namespace parapet::remediation {

using namespace detail;

namespace {

/// A right a part removes: verb on group/resource[/subresource]. `countNarrowed` false: a rule
/// with resourceNames does not hold it (the checks count only unrestricted reads of Secrets and
/// unrestricted escalate/bind/impersonate).
struct Risk
{
    const char *part;
    const char *verb;
    const char *group;
    const char *resource; ///< `resource` or `resource/subresource`
    bool countNarrowed;
};

// The rights NSA-NET-16, AUTH-08, AUTH-09, AUTH-10 and LOG-07 flag (models/checks/authn.cpp).
constexpr Risk kRisks[] = {
    {"no-secret-read", "get", "", "secrets", false},
    {"no-secret-read", "list", "", "secrets", false},
    {"no-secret-read", "watch", "", "secrets", false},
    {"no-pod-exec", "create", "", "pods/exec", true},
    {"no-pod-exec", "get", "", "pods/exec", true},
    {"no-pod-exec", "create", "", "pods/attach", true},
    {"no-pod-exec", "get", "", "pods/attach", true},
    {"no-pod-exec", "create", "", "pods/portforward", true},
    {"no-pod-exec", "get", "", "pods/portforward", true},
    {"no-escalation", "escalate", "rbac.authorization.k8s.io", "roles", false},
    {"no-escalation", "escalate", "rbac.authorization.k8s.io", "clusterroles", false},
    {"no-escalation", "bind", "rbac.authorization.k8s.io", "roles", false},
    {"no-escalation", "bind", "rbac.authorization.k8s.io", "clusterroles", false},
    {"no-escalation", "impersonate", "", "users", false},
    {"no-escalation", "impersonate", "", "groups", false},
    {"no-escalation", "impersonate", "", "serviceaccounts", false},
    {"no-escalation", "impersonate", "authentication.k8s.io", "userextras", false},
    {"no-escalation", "impersonate", "authentication.k8s.io", "uids", false},
    {"no-high-risk", "create", "", "pods", true},
    {"no-high-risk", "create", "", "persistentvolumes", true},
    {"no-high-risk", "create", "", "serviceaccounts/token", true},
    {"no-high-risk", "get", "", "nodes/proxy", true},
    {"no-high-risk", "create", "", "nodes/proxy", true},
    {"no-high-risk", "create", "admissionregistration.k8s.io", "validatingwebhookconfigurations",
     true},
    {"no-high-risk", "update", "admissionregistration.k8s.io", "validatingwebhookconfigurations",
     true},
    {"no-high-risk", "patch", "admissionregistration.k8s.io", "validatingwebhookconfigurations",
     true},
    {"no-high-risk", "create", "admissionregistration.k8s.io", "mutatingwebhookconfigurations",
     true},
    {"no-high-risk", "update", "admissionregistration.k8s.io", "mutatingwebhookconfigurations",
     true},
    {"no-high-risk", "patch", "admissionregistration.k8s.io", "mutatingwebhookconfigurations",
     true},
    {"no-event-delete", "delete", "", "events", true},
    {"no-event-delete", "deletecollection", "", "events", true},
    {"no-event-delete", "delete", "events.k8s.io", "events", true},
    {"no-event-delete", "deletecollection", "events.k8s.io", "events", true},
};

/// What `verbs: ["*"]` becomes: the verbs of the standard REST operations. Every explicit list
/// is a subset of `*`; verbs outside it (use, approve, sign, bind, escalate, impersonate,
/// custom verbs) are no longer granted.
constexpr const char *kStandardVerbs[] = {"get",    "list",  "watch",  "create",
                                          "update", "patch", "delete", "deletecollection"};
/// The same for non-resource URLs (HTTP methods as RBAC names them).
constexpr const char *kUrlVerbs[] = {"get", "head", "post", "put", "patch", "delete"};

QString l1(const char *s)
{
    return QString::fromLatin1(s);
}

rbac::Rule toRule(const PolicyRule &r)
{
    return {r.verbs, r.apiGroups, r.resources, r.resourceNames, r.nonResourceURLs};
}

/// Whether a rule element grants the risk: group, resource and verb as RuleAllows matches them.
bool elementGrants(const QString &group, const QString &resource, const QString &verb, bool named,
                   const Risk &risk)
{
    if (named && !risk.countNarrowed)
        return false;
    rbac::Rule single{{verb}, {group}, {resource}, {}, {}};
    const QString combined = l1(risk.resource);
    const qsizetype slash = combined.indexOf(u'/');
    const QString sub = slash < 0 ? QString() : combined.mid(slash + 1);
    return rbac::verbMatches(single, l1(risk.verb)) &&
           rbac::apiGroupMatches(single, l1(risk.group)) &&
           rbac::resourceMatches(single, combined, sub);
}

MutableNode stringList(const QStringList &items)
{
    MutableNode seq = MutableNode::sequence();
    for (const QString &s : items)
        seq.append(MutableNode::string(s));
    return seq;
}

/// The rule node with \a values for its list fields, keys in the order the original wrote them.
MutableNode ruleNode(const MutableNode &original, const QStringList &groups,
                     const QStringList &resources, const QStringList &verbs)
{
    MutableNode out = MutableNode::mapping();
    for (const MutableNode::Pair &p : original.pairs()) {
        if (p.key == "apiGroups")
            out.set(p.key, stringList(groups));
        else if (p.key == "resources")
            out.set(p.key, stringList(resources));
        else if (p.key == "verbs")
            out.set(p.key, stringList(verbs));
        else
            out.set(p.key, p.value);
    }
    return out;
}

QString ruleText(const rbac::Rule &r)
{
    return r.toString();
}

} // namespace

bool grantsSubset(const std::vector<rbac::Rule> &narrowed, const std::vector<rbac::Rule> &original)
{
    // Every request built from the words the rules use (plus words none of them uses, which
    // only wildcards match) that a narrowed rule allows must be allowed by an original rule.
    QStringList verbs{QStringLiteral("unlisted-verb")},
        groups{QString(), QStringLiteral("unlisted.example")},
        resources{QStringLiteral("unlisted")}, subresources{QString(), QStringLiteral("unlisted")},
        names{QString(), QStringLiteral("unlisted-name")}, paths{QStringLiteral("/unlisted")};
    const auto addUnique = [](QStringList &list, const QString &v) {
        if (!list.contains(v))
            list.append(v);
    };
    for (const auto *set : {&narrowed, &original}) {
        for (const rbac::Rule &r : *set) {
            for (const QString &v : r.verbs)
                addUnique(verbs, v);
            for (const QString &g : r.apiGroups)
                addUnique(groups, g);
            for (const QString &res : r.resources) {
                const qsizetype slash = res.indexOf(u'/');
                addUnique(resources, slash < 0 ? res : res.left(slash));
                if (slash >= 0)
                    addUnique(subresources, res.mid(slash + 1));
            }
            for (const QString &n : r.resourceNames)
                addUnique(names, n);
            for (const QString &u : r.nonResourceURLs) {
                addUnique(paths, u);
                if (u.endsWith(u'*'))
                    addUnique(paths, u.chopped(1) + QStringLiteral("x/y"));
            }
        }
    }
    for (const Risk &risk : kRisks) {
        addUnique(verbs, l1(risk.verb));
        addUnique(groups, l1(risk.group));
    }
    const auto anyAllows = [](const std::vector<rbac::Rule> &rules, const rbac::Request &req) {
        for (const rbac::Rule &r : rules)
            if (rbac::ruleAllows(req, r))
                return true;
        return false;
    };
    for (const QString &verb : verbs) {
        for (const QString &path : paths) {
            const rbac::Request req = rbac::Request::forPath(verb, path);
            if (anyAllows(narrowed, req) && !anyAllows(original, req))
                return false;
        }
        for (const QString &group : groups)
            for (const QString &res : resources)
                for (const QString &sub : subresources)
                    for (const QString &name : names) {
                        const rbac::Request req =
                            rbac::Request::forResource(verb, group, res, sub, {}, name);
                        if (anyAllows(narrowed, req) && !anyAllows(original, req))
                            return false;
                    }
    }
    return true;
}

Result<Remediation> fixRole(const KubeObject &role, const FixOptions &options)
{
    const auto fail = [&](Error::Code code, const QString &why) {
        return Error{code, why, role.origin()};
    };
    if ((role.kind() != u"Role" && role.kind() != u"ClusterRole") ||
        role.group() != u"rbac.authorization.k8s.io")
        return fail(Error::Code::Unsupported,
                    FixText::tr("%1 is not a Role or ClusterRole").arg(role.reference()));
    if (role.root()["aggregationRule"].isValid())
        return fail(Error::Code::Unsupported,
                    FixText::tr("%1 aggregates other ClusterRoles: its rules are rewritten by the "
                                "controller; narrow the ClusterRoles it selects instead")
                        .arg(role.reference()));

    QSet<QString> active;
    std::vector<Part> parts;
    for (const PartInfo &p : partCatalogue()) {
        if (p.kind != RemediationKind::Rbac || p.nameString() == u"binding-subjects")
            continue;
        const bool on = options.wants(p) && !options.without.contains(p.nameString());
        if (options.wants(p))
            parts.push_back({p.nameString(), p.controlIds(), on});
        if (on)
            active.insert(p.nameString());
    }
    const bool noWildcards = active.contains(QStringLiteral("no-wildcards"));

    MutableNode fixed = applicableCopy(role);
    MutableNode *rulesNode = fixed.find("rules");
    const std::vector<PolicyRule> oldRules = rulesOf(role);
    if (!rulesNode || !rulesNode->isSequence() || oldRules.size() != rulesNode->items().size())
        return fail(Error::Code::NotFound,
                    FixText::tr("%1 has no rules to narrow").arg(role.reference()));

    QStringList warnings;
    QStringList partsUsed;
    MutableNode newRules = MutableNode::sequence();
    std::vector<rbac::Rule> before, after;
    for (std::size_t i = 0; i < oldRules.size(); ++i) {
        const PolicyRule &pr = oldRules[i];
        const MutableNode &node = rulesNode->items()[i];
        const rbac::Rule rule = toRule(pr);
        before.push_back(rule);
        const QString where = QStringLiteral("rules[%1]").arg(i);

        if (!pr.nonResourceURLs.isEmpty()) {
            // Non-resource rules: only the wildcards are at issue.
            rbac::Rule out = rule;
            if (noWildcards && out.nonResourceURLs.contains(QStringLiteral("*"))) {
                out.nonResourceURLs.removeAll(QStringLiteral("*"));
                warnings.append(FixText::tr("%1 %2: removed the non-resource URL \"*\" (every "
                                            "path); list the paths it needs")
                                    .arg(role.reference(), where));
                partsUsed.append(QStringLiteral("no-wildcards"));
            }
            if (noWildcards && out.verbs.contains(QStringLiteral("*"))) {
                out.verbs.clear();
                for (const char *v : kUrlVerbs)
                    out.verbs.append(l1(v));
                warnings.append(FixText::tr("%1 %2: verbs \"*\" replaced by %3")
                                    .arg(role.reference(), where, out.verbs.join(u',')));
                partsUsed.append(QStringLiteral("no-wildcards"));
            }
            if (out == rule) {
                newRules.append(node);
                after.push_back(rule);
            } else if (!out.nonResourceURLs.isEmpty()) {
                MutableNode n = node;
                n.set("nonResourceURLs", stringList(out.nonResourceURLs));
                n.set("verbs", stringList(out.verbs));
                newRules.append(n);
                after.push_back(out);
            }
            continue;
        }

        if (noWildcards && pr.resources.contains(QStringLiteral("*"))) {
            // All resources, including those that do not exist yet: no explicit list is
            // provably what the subject needs, so the rule goes, and the warning says so.
            warnings.append(FixText::tr("%1 %2: removed the rule %3: it granted every resource "
                                        "(\"*\"); grant the resources the subject needs by name")
                                .arg(role.reference(), where, ruleText(rule)));
            partsUsed.append(QStringLiteral("no-wildcards"));
            continue;
        }

        // Expand the verb wildcard when a right must go or wildcards are not wanted.
        const bool named = !pr.resourceNames.isEmpty();
        QStringList verbs = pr.verbs;
        const auto risky = [&](const QString &g, const QString &r, const QString &v,
                               QString *part) {
            for (const Risk &risk : kRisks)
                if (active.contains(l1(risk.part)) && elementGrants(g, r, v, named, risk)) {
                    if (part)
                        *part = l1(risk.part);
                    return true;
                }
            return false;
        };
        bool anyRisk = false;
        for (const QString &g : pr.apiGroups)
            for (const QString &r : pr.resources)
                for (const QString &v : verbs)
                    anyRisk = anyRisk || risky(g, r, v, nullptr);
        const bool expand = verbs.contains(QStringLiteral("*")) && (anyRisk || noWildcards);
        if (expand) {
            verbs.removeAll(QStringLiteral("*"));
            for (const char *v : kStandardVerbs)
                if (!verbs.contains(l1(v)))
                    verbs.append(l1(v));
            if (noWildcards)
                partsUsed.append(QStringLiteral("no-wildcards"));
        }
        if (!anyRisk && !expand) {
            newRules.append(node);
            after.push_back(rule);
            continue;
        }
        // Per (group, resource): the verbs left. Pairs with the same verbs share a rule.
        struct Out
        {
            QStringList verbs;
            QStringList groups;
            QStringList resources;
        };
        std::vector<Out> outs;
        QStringList removed;
        for (const QString &g : pr.apiGroups) {
            for (const QString &r : pr.resources) {
                QStringList left;
                for (const QString &v : verbs) {
                    QString part;
                    if (risky(g, r, v, &part)) {
                        removed.append(
                            QStringLiteral("%1 %2").arg(v, g.isEmpty() ? r : g + u'/' + r));
                        partsUsed.append(part);
                    } else {
                        left.append(v);
                    }
                }
                if (left.isEmpty())
                    continue;
                auto it = std::find_if(outs.begin(), outs.end(),
                                       [&](const Out &o) { return o.verbs == left; });
                if (it == outs.end()) {
                    outs.push_back({left, {}, {}});
                    it = outs.end() - 1;
                }
                // Kept as a product groups × resources only when exact: one group per entry
                // unless every group of the entry keeps the same resources.
                if (!it->groups.contains(g))
                    it->groups.append(g);
                if (!it->resources.contains(r))
                    it->resources.append(r);
            }
        }
        // A product of groups × resources may hold pairs that were not left: split by group
        // where that happens.
        std::vector<Out> exact;
        for (const Out &o : outs) {
            bool product = true;
            for (const QString &g : o.groups)
                for (const QString &r : o.resources) {
                    QStringList left;
                    for (const QString &v : verbs)
                        if (!risky(g, r, v, nullptr))
                            left.append(v);
                    product = product && left == o.verbs;
                }
            if (product) {
                exact.push_back(o);
                continue;
            }
            for (const QString &g : o.groups) {
                Out one{o.verbs, {g}, {}};
                for (const QString &r : o.resources) {
                    QStringList left;
                    for (const QString &v : verbs)
                        if (!risky(g, r, v, nullptr))
                            left.append(v);
                    if (left == o.verbs)
                        one.resources.append(r);
                }
                if (!one.resources.isEmpty())
                    exact.push_back(one);
            }
        }
        for (const Out &o : exact) {
            newRules.append(ruleNode(node, o.groups, o.resources, o.verbs));
            after.push_back({o.verbs, o.groups, o.resources, pr.resourceNames, {}});
        }
        if (expand)
            warnings.append(FixText::tr("%1 %2: verbs \"*\" replaced by the standard verbs "
                                        "(%3); other verbs (use, approve, custom verbs) are no "
                                        "longer granted")
                                .arg(role.reference(), where,
                                     QStringLiteral("get, list, watch, create, update, patch, "
                                                    "delete, deletecollection")));
        if (!removed.isEmpty())
            warnings.append(FixText::tr("%1 %2: removed %3")
                                .arg(role.reference(), where, removed.join(QStringLiteral(", "))));
    }

    if (warnings.isEmpty())
        return fail(
            Error::Code::NotFound,
            FixText::tr("%1: nothing to change with the selected parts").arg(role.reference()));
    if (!grantsSubset(after, before))
        return fail(Error::Code::Invalid,
                    FixText::tr("%1: the narrowed rules would not be a subset of the original "
                                "ones; no fix generated")
                        .arg(role.reference()));
    *rulesNode = newRules;

    Remediation::Data data;
    data.kind = RemediationKind::Rbac;
    data.target = checks::ObjectRef::of(role);
    QStringList controls;
    for (Part &p : parts) {
        if (p.enabled && !partsUsed.contains(p.name))
            p.enabled = false; // nothing to remove for it
        if (p.enabled)
            controls += p.controls;
    }
    data.parts = std::move(parts);
    data.controls = sortedControls(controls);
    data.manifests.push_back(manifestOf(fixed, false));
    data.patch = strategicMergePatch(applicableCopy(role), fixed).toYaml();
    data.patchCommand =
        QStringLiteral("kubectl patch %1 %2%3 --type strategic --patch-file %4")
            .arg(role.kind().toLower(), role.name(),
                 role.ns().isEmpty() ? QString() : QStringLiteral(" -n ") + role.ns(),
                 fileStem(data.target) + QStringLiteral(".patch.yaml"));
    warnings.append(
        FixText::tr(
            "%1: subjects bound to this role lose the removed rights: check which of them need "
            "one (e.g. a controller that reads its own Secret) and grant it narrowly, with "
            "resourceNames")
            .arg(role.reference()));
    data.warnings = warnings;
    return Remediation(std::move(data));
}

Result<Remediation> fixBinding(const KubeObject &binding, const FixOptions &options)
{
    const auto fail = [&](Error::Code code, const QString &why) {
        return Error{code, why, binding.origin()};
    };
    if ((binding.kind() != u"RoleBinding" && binding.kind() != u"ClusterRoleBinding") ||
        binding.group() != u"rbac.authorization.k8s.io")
        return fail(
            Error::Code::Unsupported,
            FixText::tr("%1 is not a RoleBinding or ClusterRoleBinding").arg(binding.reference()));
    const PartInfo *info = findPart(u"binding-subjects");
    if (!options.wants(*info) || options.without.contains(info->nameString()))
        return fail(
            Error::Code::NotFound,
            FixText::tr("%1: nothing to change with the selected parts").arg(binding.reference()));
    // AUTH-01: anonymous; AUTH-07: every authenticated user too.
    const bool broad = options.onlyControls.isEmpty() ||
                       options.onlyControls.contains(QStringLiteral("NSA-AUTH-07"));
    MutableNode fixed = applicableCopy(binding);
    MutableNode *subjects = fixed.find("subjects");
    if (!subjects || !subjects->isSequence())
        return fail(Error::Code::NotFound,
                    FixText::tr("%1 has no subjects").arg(binding.reference()));
    const RoleRef ref = roleRefOf(binding);
    MutableNode kept = MutableNode::sequence();
    QStringList removed;
    QStringList controls;
    for (const MutableNode &s : subjects->items()) {
        const MutableNode *kind = s.find("kind");
        const MutableNode *name = s.find("name");
        const QString k = kind ? kind->toString() : QString();
        const QString n = name ? name->toString() : QString();
        const bool anonymous = (k == u"User" && n == rbac::kAnonymousUser) ||
                               (k == u"Group" && n == rbac::kUnauthenticatedGroup);
        const bool everyone = k == u"Group" && n == rbac::kAuthenticatedGroup;
        if (anonymous || (broad && everyone)) {
            removed.append(k + u' ' + n);
            controls.append(anonymous ? QStringLiteral("NSA-AUTH-01")
                                      : QStringLiteral("NSA-AUTH-07"));
            if (anonymous)
                controls.append(QStringLiteral("NSA-AUTH-07"));
            continue;
        }
        kept.append(s);
    }
    if (removed.isEmpty())
        return fail(
            Error::Code::NotFound,
            FixText::tr("%1 binds no anonymous or all-users subject").arg(binding.reference()));
    Remediation::Data data;
    data.kind = RemediationKind::Rbac;
    data.target = checks::ObjectRef::of(binding);
    data.parts.push_back({info->nameString(), info->controlIds(), true});
    data.controls = sortedControls(controls);
    const QString subjectsText = removed.join(QStringLiteral(", "));
    if (kept.items().empty()) {
        // A binding needs subjects: with none left it is deleted. Deletion is no manifest;
        // the command is part of the fix and every format lists it.
        data.deletions.push_back(data.target);
        data.commands.append(
            QStringLiteral("kubectl delete %1 %2%3")
                .arg(binding.kind().toLower(), binding.name(),
                     binding.ns().isEmpty() ? QString() : QStringLiteral(" -n ") + binding.ns()));
        data.warnings.append(FixText::tr("%1 binds %2 %3 only to %4: the binding is deleted "
                                         "(kubectl delete); nothing else uses it")
                                 .arg(binding.reference(), ref.kind, ref.name, subjectsText));
    } else {
        *subjects = kept;
        data.manifests.push_back(manifestOf(fixed, false));
        data.patch = strategicMergePatch(applicableCopy(binding), fixed).toYaml();
        data.patchCommand =
            QStringLiteral("kubectl patch %1 %2%3 --type strategic --patch-file %4")
                .arg(binding.kind().toLower(), binding.name(),
                     binding.ns().isEmpty() ? QString() : QStringLiteral(" -n ") + binding.ns(),
                     fileStem(data.target) + QStringLiteral(".patch.yaml"));
        data.warnings.append(FixText::tr("%1: %2 removed from the subjects; the other subjects "
                                         "keep %3 %4")
                                 .arg(binding.reference(), subjectsText, ref.kind, ref.name));
    }
    if (removed.contains(QStringLiteral("Group system:authenticated")))
        data.warnings.append(
            FixText::tr(
                "every signed-in user (system:authenticated) loses %1 %2: bind the users or groups "
                "that need it by name")
                .arg(ref.kind, ref.name));
    return Remediation(std::move(data));
}

} // namespace parapet::remediation
