// From scan findings to remediations: one per workload, one per namespace, one cloud-metadata
// policy per namespace.

#include "fixsupport.h"

#include <map>

namespace parapet::remediation {

using namespace detail;

namespace {

enum class Target
{
    Workload,
    Namespace,
    CloudMetadata,
    None
};

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
        }
    }
    return Target::None;
}

} // namespace

Plan planFixes(const Inventory &inventory, const checks::ScanResult &scan,
               const PlanOptions &options)
{
    Plan plan;
    // Ordered: namespaces, then workloads, then metadata policies; by name within each.
    struct Wanted
    {
        Target target;
        checks::ObjectRef object;
        QStringList controls;
    };
    std::map<std::pair<int, QString>, Wanted> wanted;
    QSet<QString> notedPods;
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
            if (!notedPods.contains(f.object.toString())) {
                notedPods.insert(f.object.toString());
                plan.notes.append(
                    f.owner.kind == u"Node"
                        ? FixText::tr("%1 is a static pod of %2: edit its manifest on the node "
                                      "(/etc/kubernetes/manifests)")
                              .arg(f.object.toString(), f.owner.toString())
                        : FixText::tr("%1 is managed by %2: fix %2 instead")
                              .arg(f.object.toString(), f.owner.toString()));
            }
            continue;
        }
        checks::ObjectRef ref = f.object;
        if (t == Target::CloudMetadata)
            ref = {QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), f.object.ns};
        const int order = t == Target::Namespace ? 0 : t == Target::Workload ? 1 : 2;
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
        switch (w.target) {
        case Target::Workload: {
            const KubeObject *o = inventory.find(w.object.kind, w.object.ns, w.object.name);
            if (!o)
                continue;
            r = fixWorkload(*o, fix);
            break;
        }
        case Target::Namespace:
            r = fixNamespace(inventory, w.object.name, fix);
            if (r) {
                for (const Part &p : r->parts())
                    if (p.name == u"default-deny" && p.enabled)
                        denyingNamespaces.insert(w.object.name);
            }
            break;
        case Target::CloudMetadata:
            if (denyingNamespaces.contains(w.object.name)) {
                plan.notes.append(FixText::tr("namespace %1: the default-deny fix blocks the "
                                              "cloud metadata address already; no separate "
                                              "policy (it would re-open egress)")
                                      .arg(w.object.name));
                continue;
            }
            r = fixCloudMetadata(inventory, w.object.name, fix);
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
