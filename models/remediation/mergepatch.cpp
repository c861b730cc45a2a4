// The strategic-merge patch between an object and its fixed copy, for kustomize overlays and
// kubectl patch: maps merged key by key, lists merged per element where the Kubernetes API
// declares a patchMergeKey, every other list replaced whole (its patchStrategy is replace).

#include "fixsupport.h"

namespace parapet::remediation::detail {

namespace {

bool equal(const MutableNode &a, const MutableNode &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isMap()) {
        if (a.pairs().size() != b.pairs().size())
            return false;
        for (std::size_t i = 0; i < a.pairs().size(); ++i)
            if (a.pairs()[i].key != b.pairs()[i].key ||
                !equal(a.pairs()[i].value, b.pairs()[i].value))
                return false;
        return true;
    }
    if (a.isSequence()) {
        if (a.items().size() != b.items().size())
            return false;
        for (std::size_t i = 0; i < a.items().size(); ++i)
            if (!equal(a.items()[i], b.items()[i]))
                return false;
        return true;
    }
    return a.scalar() == b.scalar();
}

/// patchMergeKey of k8s.io/api for the list \a field whose parent map is reached by \a path.
const char *mergeKey(const std::vector<std::string> &path, const std::string &field)
{
    if (field == "containers" || field == "initContainers" || field == "ephemeralContainers" ||
        field == "volumes" || field == "env" || field == "imagePullSecrets" ||
        field == "resourceClaims")
        return "name";
    if (field == "volumeMounts")
        return "mountPath";
    if (field == "volumeDevices")
        return "devicePath";
    if (field == "hostAliases")
        return "ip";
    if (field == "topologySpreadConstraints")
        return "topologyKey";
    if (field == "ports") {
        // Container ports merge by containerPort, Service ports by port.
        const bool inContainer =
            path.size() >= 2 &&
            (path[path.size() - 2] == "containers" || path[path.size() - 2] == "initContainers" ||
             path[path.size() - 2] == "ephemeralContainers");
        return inContainer ? "containerPort" : "port";
    }
    return nullptr;
}

MutableNode diffMaps(const MutableNode &a, const MutableNode &b, std::vector<std::string> &path,
                     bool &changed);

MutableNode diffValue(const MutableNode &a, const MutableNode &b, std::vector<std::string> &path,
                      const std::string &field, bool &changed)
{
    if (equal(a, b))
        return MutableNode();
    if (a.isMap() && b.isMap()) {
        bool sub = false;
        MutableNode d = diffMaps(a, b, path, sub);
        changed = changed || sub;
        return d;
    }
    changed = true;
    const char *key = mergeKey(path, field);
    if (!(a.isSequence() && b.isSequence() && key))
        return b; // scalars, type changes, lists replaced whole
    const auto keyOf = [&](const MutableNode &item) -> const MutableNode * {
        return item.isMap() ? item.find(key) : nullptr;
    };
    for (const MutableNode &i : a.items())
        if (!keyOf(i))
            return b;
    for (const MutableNode &i : b.items())
        if (!keyOf(i))
            return b;
    MutableNode out = MutableNode::sequence();
    path.push_back(field);
    for (const MutableNode &item : b.items()) {
        const MutableNode *k = keyOf(item);
        const MutableNode *before = nullptr;
        for (const MutableNode &o : a.items())
            if (equal(*keyOf(o), *k))
                before = &o;
        if (!before) {
            out.append(item);
            continue;
        }
        if (equal(*before, item))
            continue;
        bool sub = false;
        MutableNode d = diffMaps(*before, item, path, sub);
        MutableNode element = MutableNode::mapping();
        element.set(key, *k);
        for (auto &p : d.pairs())
            if (p.key != key)
                element.set(p.key, std::move(p.value));
        out.append(std::move(element));
    }
    for (const MutableNode &o : a.items()) {
        bool kept = false;
        for (const MutableNode &item : b.items())
            kept = kept || equal(*keyOf(item), *keyOf(o));
        if (!kept) {
            MutableNode element = MutableNode::mapping();
            element.set(key, *keyOf(o));
            element.set("$patch", MutableNode::string(std::string_view("delete")));
            out.append(std::move(element));
        }
    }
    path.pop_back();
    return out;
}

MutableNode diffMaps(const MutableNode &a, const MutableNode &b, std::vector<std::string> &path,
                     bool &changed)
{
    MutableNode out = MutableNode::mapping();
    for (const MutableNode::Pair &p : b.pairs()) {
        const MutableNode *before = a.find(p.key);
        if (!before) {
            out.set(p.key, p.value);
            changed = true;
            continue;
        }
        if (equal(*before, p.value))
            continue;
        path.push_back(p.key);
        bool sub = false;
        MutableNode d = diffValue(*before, p.value, path, p.key, sub);
        path.pop_back();
        if (sub) {
            out.set(p.key, std::move(d));
            changed = true;
        }
    }
    for (const MutableNode::Pair &p : a.pairs()) {
        if (!b.find(p.key)) {
            out.set(p.key, MutableNode::null()); // null deletes the field
            changed = true;
        }
    }
    return out;
}

} // namespace

bool sameTree(const MutableNode &a, const MutableNode &b)
{
    return equal(a, b);
}

MutableNode strategicMergePatch(const MutableNode &original, const MutableNode &fixed)
{
    std::vector<std::string> path;
    bool changed = false;
    MutableNode body = diffMaps(original, fixed, path, changed);
    // Identity first, so that kustomize and readers see which object the patch is for.
    MutableNode out = MutableNode::mapping();
    for (const char *k : {"apiVersion", "kind"})
        if (const MutableNode *v = fixed.find(k))
            out.set(k, *v);
    MutableNode &meta = out["metadata"];
    if (const MutableNode *m = fixed.find("metadata")) {
        for (const char *k : {"name", "namespace"})
            if (const MutableNode *v = m->find(k))
                meta.set(k, *v);
    }
    for (MutableNode::Pair &p : body.pairs()) {
        if (p.key == "apiVersion" || p.key == "kind")
            continue;
        if (p.key == "metadata" && p.value.isMap()) {
            for (MutableNode::Pair &mp : p.value.pairs())
                if (mp.key != "name" && mp.key != "namespace")
                    meta.set(mp.key, std::move(mp.value));
            continue;
        }
        out.set(p.key, std::move(p.value));
    }
    return out;
}

} // namespace parapet::remediation::detail
