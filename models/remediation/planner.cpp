// From scan findings to remediations: one per workload, one per namespace, one cloud-metadata
// fix per namespace (a new policy, or edits of its egress policies).

#include "fixsupport.h"
#include "kube/typedviews.h"

#include <algorithm>
#include <map>

namespace parapet::remediation {

using namespace detail;

namespace {

enum class Target
{
    Namespace,
    Workload,
    Role,
    Binding,
    ControlPlane,
    CloudMetadata,
    None
};

bool isRbacKind(const QString &kind)
{
    return kind == u"Role" || kind == u"ClusterRole" || kind == u"RoleBinding" ||
           kind == u"ClusterRoleBinding";
}

Target targetOf(const checks::Finding &f)
{
    for (const PartInfo &p : partCatalogue()) {
        if (!p.controlIds().contains(f.control))
            continue;
        switch (p.kind) {
        case RemediationKind::Workload:
            return Target::Workload;
        case RemediationKind::Namespace:
            // NSA-POD-07 also reports workloads that the enforced level rejects: those are
            // fixed by hardening the workload, not the namespace.
            return f.object.kind == u"Namespace" ? Target::Namespace : Target::None;
        case RemediationKind::CloudMetadata:
            return Target::CloudMetadata;
        case RemediationKind::Rbac:
            if (f.object.kind == u"Role" || f.object.kind == u"ClusterRole")
                return Target::Role;
            if (f.object.kind == u"RoleBinding" || f.object.kind == u"ClusterRoleBinding")
                return f.field.startsWith(u"subjects") ? Target::Binding : Target::Role;
            continue; // e.g. AUTH-01 on the API server's --anonymous-auth: guidance only
        case RemediationKind::ControlPlane:
            return f.object.kind == u"Pod" ? Target::ControlPlane : Target::None;
        }
    }
    return Target::None;
}

} // namespace

Plan planFixes(const Inventory &inventory, const checks::ScanResult &scan,
               const PlanOptions &options)
{
    Plan plan;
    // Ordered: namespaces, workloads, roles, bindings, control plane, metadata policies; by
    // name within each.
    struct Wanted
    {
        Target target;
        checks::ObjectRef object;
        QStringList controls;
    };
    std::map<std::pair<int, QString>, Wanted> wanted;
    QSet<QString> noted;
    const auto noteOnce = [&](const QString &key, const QString &text) {
        if (!noted.contains(key)) {
            noted.insert(key);
            plan.notes.append(text);
        }
    };
    for (const checks::Finding &f : scan.findings) {
        if (f.excepted)
            continue;
        if (!options.fix.onlyControls.isEmpty() && !options.fix.onlyControls.contains(f.control))
            continue;
        if (!options.objects.isEmpty() && !options.objects.contains(f.object.toString()))
            continue;
        const Target t = targetOf(f);
        if (t == Target::None)
            continue;
        if (t == Target::Workload && f.object.kind == u"Pod" && f.owner.isValid()) {
            noteOnce(f.object.toString(),
                     f.owner.kind == u"Node"
                         ? FixText::tr("%1 is a static pod of %2: edit its manifest on the node "
                                       "(/etc/kubernetes/manifests)")
                               .arg(f.object.toString(), f.owner.toString())
                         : FixText::tr("%1 is managed by %2: fix %2 instead")
                               .arg(f.object.toString(), f.owner.toString()));
            continue;
        }
        checks::ObjectRef ref = f.object;
        if (t == Target::CloudMetadata)
            ref = {QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), f.object.ns};
        if (t == Target::Role && isRbacKind(f.object.kind) && f.object.kind.endsWith(u"Binding")) {
            // A binding that gives a risky role: the role is what gets narrowed.
            const KubeObject *b = inventory.find(f.object.kind, f.object.ns, f.object.name);
            if (!b)
                continue;
            const RoleRef rr = roleRefOf(*b);
            const KubeObject *role =
                inventory.find(rr.kind, rr.kind == u"Role" ? b->ns() : QString(), rr.name);
            if (!role || role->label("kubernetes.io/bootstrapping") == u"rbac-defaults" ||
                role->root()["aggregationRule"].isValid()) {
                noteOnce(f.object.toString() + u'|' + rr.name,
                         FixText::tr("%1 binds %2 %3, which Kubernetes maintains (or which is "
                                     "not in the source): bind a narrower role you own instead "
                                     "(a binding's roleRef cannot change: delete and re-create "
                                     "it)")
                             .arg(f.object.toString(), rr.kind, rr.name));
                continue;
            }
            // The role's own findings bring it in; this finding adds its control.
            ref = checks::ObjectRef::of(*role);
        }
        const int order = int(t);
        const std::pair<int, QString> key{order, ref.toString()};
        Wanted &w = wanted[key];
        w.target = t;
        w.object = ref;
        if (!w.controls.contains(f.control))
            w.controls.append(f.control);
    }

    QSet<QString> denyingNamespaces;
    for (const auto &[key, w] : wanted) {
        FixOptions fix = options.fix;
        fix.onlyControls = w.controls;
        Result<Remediation> r = Error{};
        const KubeObject *o = inventory.find(w.object.kind, w.object.ns, w.object.name);
        switch (w.target) {
        case Target::Workload:
            if (!o)
                continue;
            r = fixWorkload(*o, fix);
            break;
        case Target::Role:
            if (!o)
                continue;
            r = fixRole(*o, fix);
            break;
        case Target::Binding:
            if (!o)
                continue;
            r = fixBinding(*o, fix);
            break;
        case Target::ControlPlane:
            if (!o)
                continue;
            r = fixControlPlane(*o, fix);
            break;
        case Target::Namespace:
            r = fixNamespace(inventory, w.object.name, fix);
            if (r) {
                for (const Part &p : r->parts())
                    if (p.name == u"default-deny" && p.enabled)
                        denyingNamespaces.insert(w.object.name);
            }
            break;
        case Target::CloudMetadata:
            r = fixCloudMetadata(inventory, w.object.name, fix);
            // A new allow-all-but-metadata policy beside the default-deny fix would re-open
            // egress; edits of existing egress policies stay (default-deny does not narrow
            // what those allow), and pods no egress policy selects are blocked by it.
            if (denyingNamespaces.contains(w.object.name) &&
                (!r || std::all_of(r->manifests().begin(), r->manifests().end(),
                                   [](const GeneratedManifest &m) { return m.isNew; }))) {
                plan.notes.append(FixText::tr("namespace %1: the default-deny fix blocks the "
                                              "cloud metadata address already; no separate "
                                              "policy (it would re-open egress)")
                                      .arg(w.object.name));
                continue;
            }
            break;
        case Target::None:
            continue;
        }
        if (r)
            plan.remediations.push_back(std::move(r).value());
        else
            plan.notes.append(r.error().message);
    }
    return plan;
}

} // namespace parapet::remediation
