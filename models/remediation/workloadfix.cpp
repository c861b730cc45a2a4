// Workload hardening: the user's object with a hardened pod spec, and the same change as a
// strategic-merge patch (containers, volumes merged by name; volumeMounts by mountPath, as the
// patchMergeKey tags of k8s.io/api/core/v1 say).

#include "fixsupport.h"
#include "kube/typedviews.h"

namespace parapet::remediation {

using namespace detail;

namespace {

const char *const kContainerLists[] = {"initContainers", "containers", "ephemeralContainers"};

QString normalizeCapability(const QString &name)
{
    QString n = name.trimmed().toUpper();
    if (n.startsWith(QStringLiteral("CAP_")))
        n = n.mid(4);
    return n;
}

/// What one part works on. With patchSpec null the part only probes whether it would change
/// something (for parts the user switched off).
struct Ctx
{
    MutableNode &spec;
    MutableNode *patchSpec;
    QStringList &warnings;
    bool complete = true;   ///< false when the part could not fix every container
    bool staticPod = false; ///< a kubelet's mirror pod: no service account

    /// The patch entry of container \a name in \a list (created); nullptr when probing.
    MutableNode *patchContainer(const char *list, const QString &name)
    {
        if (!patchSpec)
            return nullptr;
        MutableNode *seq = patchSpec->find(list);
        if (!seq) {
            patchSpec->set(list, MutableNode::sequence());
            seq = patchSpec->find(list);
        }
        for (MutableNode &item : seq->items()) {
            const MutableNode *n = item.find("name");
            if (n && n->toString() == name)
                return &item;
        }
        MutableNode c = MutableNode::mapping();
        c.set("name", MutableNode::string(name));
        seq->append(std::move(c));
        return &seq->items().back();
    }
    /// Sets securityContext.<key> of a container in the object and in the patch.
    void setContainer(const char *list, MutableNode &container,
                      std::initializer_list<const char *> keys, const MutableNode &value)
    {
        auto setIn = [&](MutableNode &base) {
            MutableNode *n = &base;
            const char *last = nullptr;
            std::size_t i = 0;
            for (const char *k : keys) {
                if (++i == keys.size()) {
                    last = k;
                    break;
                }
                n = &(*n)[k];
            }
            n->set(last, value);
        };
        setIn(container);
        if (MutableNode *p = patchContainer(list, nameOf(container)))
            setIn(*p);
    }
    void setPod(std::initializer_list<const char *> keys, const MutableNode &value)
    {
        auto setIn = [&](MutableNode &base) {
            MutableNode *n = &base;
            std::size_t i = 0;
            for (const char *k : keys) {
                if (++i == keys.size()) {
                    n->set(k, value);
                    return;
                }
                n = &(*n)[k];
            }
        };
        setIn(spec);
        if (patchSpec)
            setIn(*patchSpec);
    }
    static QString nameOf(const MutableNode &container)
    {
        const MutableNode *n = container.find("name");
        return n ? n->toString() : QString();
    }
    /// Calls \a f(list, container) for every container of the pod spec.
    template <typename F> void forContainers(F f)
    {
        for (const char *list : kContainerLists) {
            MutableNode *seq = spec.find(list);
            if (!seq || !seq->isSequence())
                continue;
            for (MutableNode &c : seq->items())
                if (c.isMap())
                    f(list, c);
        }
    }
};

const MutableNode *at(const MutableNode &base, std::initializer_list<const char *> keys)
{
    const MutableNode *n = &base;
    for (const char *k : keys) {
        n = n->find(k);
        if (!n)
            return nullptr;
    }
    return n;
}

std::optional<std::int64_t> intAt(const MutableNode &base, std::initializer_list<const char *> keys)
{
    const MutableNode *n = at(base, keys);
    if (!n || n->type() != NodeType::Int)
        return std::nullopt;
    return n->toInt(0);
}

std::optional<bool> boolAt(const MutableNode &base, std::initializer_list<const char *> keys)
{
    const MutableNode *n = at(base, keys);
    if (!n || n->type() != NodeType::Bool)
        return std::nullopt;
    return n->scalar() == "true";
}

/// runAsUser / runAsGroup: every container ends with a non-zero effective id.
bool nonZeroId(Ctx &ctx, const char *field)
{
    bool changed = false;
    bool needPod = false;
    const auto podId = intAt(ctx.spec, {"securityContext", field});
    ctx.forContainers([&](const char *list, MutableNode &c) {
        const auto own = intAt(c, {"securityContext", field});
        if (own && *own == 0) {
            const std::int64_t id = podId && *podId > 0 ? *podId : defaults::kUserId;
            ctx.setContainer(list, c, {"securityContext", field}, MutableNode::integer(id));
            changed = true;
        } else if (!own && !(podId && *podId > 0)) {
            needPod = true;
        }
    });
    if (needPod && !(podId && *podId > 0)) {
        ctx.setPod({"securityContext", field}, MutableNode::integer(defaults::kUserId));
        changed = true;
    }
    return changed;
}

bool userNamespace(const Ctx &ctx)
{
    return boolAt(ctx.spec, {"hostUsers"}) == std::optional<bool>(false);
}

bool nonRoot(Ctx &ctx)
{
    // Only where a container may run as root: the effective uid (container, else pod) is 0, or
    // unset without an effective runAsNonRoot: true (NSA-POD-01). In a user namespace root is
    // unprivileged on the node.
    if (userNamespace(ctx))
        return false;
    bool needed = false;
    const auto podUid = intAt(ctx.spec, {"securityContext", "runAsUser"});
    const auto podFlag = boolAt(ctx.spec, {"securityContext", "runAsNonRoot"});
    ctx.forContainers([&](const char *, MutableNode &c) {
        auto uid = intAt(c, {"securityContext", "runAsUser"});
        if (!uid)
            uid = podUid;
        auto flag = boolAt(c, {"securityContext", "runAsNonRoot"});
        if (!flag)
            flag = podFlag;
        if (uid ? *uid == 0 : !flag.value_or(false))
            needed = true;
    });
    if (!needed)
        return false;
    bool changed = nonZeroId(ctx, "runAsUser");
    if (boolAt(ctx.spec, {"securityContext", "runAsNonRoot"}) != std::optional<bool>(true)) {
        ctx.setPod({"securityContext", "runAsNonRoot"}, MutableNode::boolean(true));
        changed = true;
    }
    ctx.forContainers([&](const char *list, MutableNode &c) {
        if (boolAt(c, {"securityContext", "runAsNonRoot"}) == std::optional<bool>(false)) {
            ctx.setContainer(list, c, {"securityContext", "runAsNonRoot"},
                             MutableNode::boolean(true));
            changed = true;
        }
    });
    if (changed)
        ctx.warnings.append(
            FixText::tr("non-root: containers run as user %1 unless they already set a non-zero "
                        "runAsUser; check that the image works without root (files owned by "
                        "root stay read-only, ports below 1024 need NET_BIND_SERVICE)")
                .arg(defaults::kUserId));
    return changed;
}

bool nonRootGroup(Ctx &ctx)
{
    if (userNamespace(ctx))
        return false;
    bool changed = nonZeroId(ctx, "runAsGroup");
    if (intAt(ctx.spec, {"securityContext", "fsGroup"}) == std::optional<std::int64_t>(0)) {
        ctx.setPod({"securityContext", "fsGroup"}, MutableNode::integer(defaults::kUserId));
        changed = true;
    }
    if (const MutableNode *groups = at(ctx.spec, {"securityContext", "supplementalGroups"});
        groups && groups->isSequence()) {
        MutableNode kept = MutableNode::sequence();
        for (const MutableNode &g : groups->items())
            if (!(g.type() == NodeType::Int && g.toInt(-1) == 0))
                kept.append(g);
        if (kept.items().size() != groups->items().size()) {
            // supplementalGroups has no merge strategy: the patch replaces the whole list.
            ctx.setPod({"securityContext", "supplementalGroups"}, kept);
            changed = true;
        }
    }
    if (changed)
        ctx.warnings.append(FixText::tr("non-root-group: the primary group becomes %1 where it "
                                        "was root or unset; check file permissions on volumes")
                                .arg(defaults::kUserId));
    return changed;
}

bool noPrivileged(Ctx &ctx)
{
    bool changed = false;
    ctx.forContainers([&](const char *list, MutableNode &c) {
        if (boolAt(c, {"securityContext", "privileged"}) != std::optional<bool>(true))
            return;
        c["securityContext"].remove("privileged");
        // In a strategic-merge patch, null deletes the field.
        if (MutableNode *p = ctx.patchContainer(list, Ctx::nameOf(c)))
            (*p)["securityContext"].set("privileged", MutableNode::null());
        ctx.warnings.append(FixText::tr("no-privileged: container \"%1\" loses privileged mode "
                                        "(host devices, kernel settings); check it does not "
                                        "need them")
                                .arg(Ctx::nameOf(c)));
        changed = true;
    });
    return changed;
}

bool capabilities(Ctx &ctx)
{
    bool changed = false;
    ctx.forContainers([&](const char *list, MutableNode &c) {
        const MutableNode *caps = at(c, {"securityContext", "capabilities"});
        bool dropAll = false;
        if (const MutableNode *drop = caps ? caps->find("drop") : nullptr)
            for (const MutableNode &d : drop->items())
                dropAll = dropAll || normalizeCapability(d.toString()) == u"ALL";
        if (!dropAll) {
            ctx.setContainer(list, c, {"securityContext", "capabilities", "drop"},
                             MutableNode::strings({"ALL"}));
            changed = true;
        }
        const MutableNode *add = at(c, {"securityContext", "capabilities", "add"});
        if (!add || !add->isSequence())
            return;
        MutableNode kept = MutableNode::sequence();
        QStringList removed;
        for (const MutableNode &a : add->items()) {
            if (normalizeCapability(a.toString()) == u"NET_BIND_SERVICE")
                kept.append(a);
            else
                removed.append(a.toString());
        }
        if (removed.isEmpty())
            return;
        if (kept.items().empty()) {
            c["securityContext"]["capabilities"].remove("add");
            if (MutableNode *p = ctx.patchContainer(list, Ctx::nameOf(c)))
                (*p)["securityContext"]["capabilities"].set("add", MutableNode::null());
        } else {
            ctx.setContainer(list, c, {"securityContext", "capabilities", "add"}, kept);
        }
        ctx.warnings.append(FixText::tr("capabilities: container \"%1\" no longer adds %2; "
                                        "check it works without them")
                                .arg(Ctx::nameOf(c), removed.join(QStringLiteral(", "))));
        changed = true;
    });
    return changed;
}

bool noPrivilegeEscalation(Ctx &ctx)
{
    bool changed = false;
    ctx.forContainers([&](const char *list, MutableNode &c) {
        if (boolAt(c, {"securityContext", "allowPrivilegeEscalation"}) ==
            std::optional<bool>(false))
            return;
        bool sysAdmin = false;
        if (const MutableNode *add = at(c, {"securityContext", "capabilities", "add"}))
            for (const MutableNode &a : add->items()) {
                const QString n = normalizeCapability(a.toString());
                sysAdmin = sysAdmin || n == u"SYS_ADMIN" || n == u"ALL";
            }
        if (boolAt(c, {"securityContext", "privileged"}) == std::optional<bool>(true) || sysAdmin) {
            // The API server rejects allowPrivilegeEscalation: false next to these.
            ctx.complete = false;
            ctx.warnings.append(
                FixText::tr("no-privilege-escalation: container \"%1\" is left as is: it is "
                            "privileged or adds CAP_SYS_ADMIN, which Kubernetes does not allow "
                            "together with allowPrivilegeEscalation: false (keep the "
                            "no-privileged and capabilities parts on)")
                    .arg(Ctx::nameOf(c)));
            return;
        }
        ctx.setContainer(list, c, {"securityContext", "allowPrivilegeEscalation"},
                         MutableNode::boolean(false));
        changed = true;
    });
    if (changed)
        ctx.warnings.append(FixText::tr("no-privilege-escalation: setuid binaries (sudo, su, "
                                        "ping on old images) stop gaining privileges"));
    return changed;
}

QString freeVolumeName(const MutableNode &spec)
{
    auto taken = [&](const QString &name) {
        if (const MutableNode *vols = spec.find("volumes"))
            for (const MutableNode &v : vols->items()) {
                const MutableNode *n = v.find("name");
                if (n && n->toString() == name)
                    return true;
            }
        return false;
    };
    if (!taken(QStringLiteral("tmp")))
        return QStringLiteral("tmp");
    for (int i = 0;; ++i) {
        const QString n =
            i == 0 ? QStringLiteral("parapet-tmp") : QStringLiteral("parapet-tmp-%1").arg(i);
        if (!taken(n))
            return n;
    }
}

bool readOnlyRoot(Ctx &ctx)
{
    bool changed = false;
    const QString volume = freeVolumeName(ctx.spec);
    bool volumeUsed = false;
    ctx.forContainers([&](const char *list, MutableNode &c) {
        if (boolAt(c, {"securityContext", "readOnlyRootFilesystem"}) == std::optional<bool>(true))
            return;
        ctx.setContainer(list, c, {"securityContext", "readOnlyRootFilesystem"},
                         MutableNode::boolean(true));
        changed = true;
        bool hasTmp = false;
        if (const MutableNode *mounts = c.find("volumeMounts"))
            for (const MutableNode &m : mounts->items()) {
                const MutableNode *p = m.find("mountPath");
                hasTmp = hasTmp || (p && (p->toString() == u"/tmp" || p->toString() == u"/tmp/"));
            }
        if (hasTmp)
            return;
        MutableNode mount = MutableNode::mapping();
        mount.set("name", MutableNode::string(volume));
        mount.set("mountPath", MutableNode::string(std::string_view("/tmp")));
        if (c.find("volumeMounts") == nullptr)
            c.set("volumeMounts", MutableNode::sequence());
        c.find("volumeMounts")->append(mount);
        if (MutableNode *p = ctx.patchContainer(list, Ctx::nameOf(c)))
            (*p)["volumeMounts"].append(mount); // merged by mountPath
        volumeUsed = true;
    });
    if (volumeUsed) {
        MutableNode vol = MutableNode::mapping();
        vol.set("name", MutableNode::string(volume));
        vol.set("emptyDir", MutableNode::mapping());
        if (ctx.spec.find("volumes") == nullptr)
            ctx.spec.set("volumes", MutableNode::sequence());
        ctx.spec.find("volumes")->append(vol);
        if (ctx.patchSpec) {
            if (ctx.patchSpec->find("volumes") == nullptr)
                ctx.patchSpec->set("volumes", MutableNode::sequence());
            ctx.patchSpec->find("volumes")->append(vol); // merged by name
        }
    }
    if (changed)
        ctx.warnings.append(
            FixText::tr("read-only-root: the root filesystem becomes read-only and /tmp an "
                        "emptyDir volume (\"%1\"); any other path the application writes to "
                        "(for example /var/run, /var/cache, the home directory) needs its own "
                        "emptyDir mount or the container fails")
                .arg(volume));
    return changed;
}

bool seccomp(Ctx &ctx)
{
    auto confined = [](const MutableNode *profile) {
        const MutableNode *t = profile ? profile->find("type") : nullptr;
        return t && (t->toString() == u"RuntimeDefault" || t->toString() == u"Localhost");
    };
    MutableNode runtimeDefault = MutableNode::mapping();
    runtimeDefault.set("type", MutableNode::string(std::string_view("RuntimeDefault")));
    // A container's own profile wins over the pod's (NSA-POD-15 reads it so): the pod level is
    // set only for containers that inherit it.
    const bool podConfined = confined(at(ctx.spec, {"securityContext", "seccompProfile"}));
    bool inheritsUnconfined = false;
    bool changed = false;
    ctx.forContainers([&](const char *list, MutableNode &c) {
        const MutableNode *own = at(c, {"securityContext", "seccompProfile"});
        if (!own || own->isNull()) {
            inheritsUnconfined = inheritsUnconfined || !podConfined;
        } else if (!confined(own)) {
            ctx.setContainer(list, c, {"securityContext", "seccompProfile"}, runtimeDefault);
            changed = true;
        }
    });
    if (inheritsUnconfined) {
        ctx.setPod({"securityContext", "seccompProfile"}, runtimeDefault);
        changed = true;
    }
    if (changed)
        ctx.warnings.append(FixText::tr("seccomp: system calls outside the runtime's default "
                                        "profile fail (rare: debuggers, some old runtimes)"));
    return changed;
}

bool noTokenAutomount(Ctx &ctx)
{
    // Static pods cannot use service accounts; NSA-POD-19 does not judge them.
    if (ctx.staticPod)
        return false;
    if (boolAt(ctx.spec, {"automountServiceAccountToken"}) == std::optional<bool>(false))
        return false;
    ctx.setPod({"automountServiceAccountToken"}, MutableNode::boolean(false));
    ctx.warnings.append(FixText::tr("no-token-automount: the pods get no service account "
                                    "token; applications that call the Kubernetes API "
                                    "(operators, controllers) need it: switch this part off "
                                    "for them"));
    return true;
}

bool resourceLimits(Ctx &ctx)
{
    bool changed = false;
    for (const char *list : {"initContainers", "containers"}) {
        MutableNode *seq = ctx.spec.find(list);
        if (!seq || !seq->isSequence())
            continue;
        for (MutableNode &c : seq->items()) {
            if (!c.isMap())
                continue;
            for (const auto &[res, limit, request] :
                 {std::tuple{"cpu", defaults::kCpuLimit, defaults::kCpuRequest},
                  std::tuple{"memory", defaults::kMemoryLimit, defaults::kMemoryRequest}}) {
                if (at(c, {"resources", "limits", res}))
                    continue;
                // A limit below the request is invalid: with a request, the limit equals it.
                const MutableNode *req = at(c, {"resources", "requests", res});
                if (req) {
                    ctx.setContainer(list, c, {"resources", "limits", res}, *req);
                } else {
                    ctx.setContainer(list, c, {"resources", "limits", res},
                                     MutableNode::string(std::string_view(limit)));
                    ctx.setContainer(list, c, {"resources", "requests", res},
                                     MutableNode::string(std::string_view(request)));
                }
                changed = true;
            }
        }
    }
    if (changed)
        ctx.warnings.append(
            FixText::tr("resource-limits: containers without limits get cpu %1 / memory %2 "
                        "(requests %3 / %4), or a limit equal to their request; a process "
                        "above the memory limit is killed: size them to the application")
                .arg(QLatin1String(defaults::kCpuLimit), QLatin1String(defaults::kMemoryLimit),
                     QLatin1String(defaults::kCpuRequest),
                     QLatin1String(defaults::kMemoryRequest)));
    return changed;
}

using PartFn = bool (*)(Ctx &);

PartFn partFunction(std::string_view name)
{
    static const std::pair<const char *, PartFn> table[] = {
        {"non-root", nonRoot},
        {"non-root-group", nonRootGroup},
        {"no-privileged", noPrivileged},
        {"capabilities", capabilities},
        {"no-privilege-escalation", noPrivilegeEscalation},
        {"read-only-root", readOnlyRoot},
        {"seccomp", seccomp},
        {"no-token-automount", noTokenAutomount},
        {"resource-limits", resourceLimits},
    };
    for (const auto &[n, f] : table)
        if (name == n)
            return f;
    return nullptr;
}

MutableNode *descend(MutableNode &root, const std::vector<std::string> &keys)
{
    MutableNode *n = &root;
    for (const std::string &k : keys)
        n = &(*n)[k];
    return n;
}

} // namespace

Result<Remediation> fixWorkload(const KubeObject &object, const FixOptions &options)
{
    const auto pod = podTemplateOf(object);
    if (!pod)
        return Error{Error::Code::Unsupported,
                     FixText::tr("%1 is not a workload (no pod template)").arg(object.reference()),
                     object.origin()};
    if (pod->spec["os"]["name"].toString() == u"windows")
        return Error{Error::Code::Unsupported,
                     FixText::tr("%1 runs Windows pods: the Linux securityContext fixes do not "
                                 "apply")
                         .arg(object.reference()),
                     object.origin()};

    Remediation::Data data;
    data.kind = RemediationKind::Workload;
    data.target = checks::ObjectRef::of(object);
    const bool isPod = object.kind() == u"Pod";
    const bool staticPod = isPod && object.annotations()["kubernetes.io/config.mirror"].isValid();

    MutableNode root = applicableCopy(object);
    const std::vector<std::string> keys = pathKeys(pod->specPath);
    MutableNode &spec = *descend(root, keys);
    MutableNode patchRoot = MutableNode::mapping();
    MutableNode *patchSpec = isPod ? nullptr : descend(patchRoot, keys);

    QStringList controls;
    for (const PartInfo &part : partCatalogue()) {
        if (part.kind != RemediationKind::Workload || !options.wants(part))
            continue;
        const PartFn fn = partFunction(part.name);
        const bool enabled = !options.without.contains(part.nameString());
        QStringList warnings;
        bool changed = false;
        bool complete = true;
        if (enabled) {
            // Pods have no patch: probe the patch into a scratch tree.
            MutableNode scratch = MutableNode::mapping();
            Ctx ctx{spec, patchSpec ? patchSpec : &scratch, warnings};
            ctx.staticPod = staticPod;
            changed = fn(ctx);
            complete = ctx.complete;
        } else {
            MutableNode copy = spec;
            Ctx ctx{copy, nullptr, warnings};
            ctx.staticPod = staticPod;
            changed = fn(ctx);
        }
        if (!changed && complete)
            continue;
        data.parts.push_back({part.nameString(), part.controlIds(), enabled});
        if (!enabled)
            continue;
        data.warnings += warnings;
        if (changed && complete)
            controls += part.controlIds();
    }
    bool anyEnabledChange = false;
    for (const Part &p : data.parts)
        anyEnabledChange = anyEnabledChange || p.enabled;
    if (!anyEnabledChange)
        return Error{
            Error::Code::NotFound,
            FixText::tr("%1: nothing to change with the selected parts").arg(object.reference()),
            object.origin()};
    data.controls = sortedControls(controls);
    data.manifests.push_back(manifestOf(root, false));
    if (staticPod) {
        data.warnings.append(FixText::tr("A static pod: put this manifest (without the "
                                         "kubernetes.io/config.* annotations) in the kubelet's "
                                         "manifest folder on the node, usually "
                                         "/etc/kubernetes/manifests"));
    } else if (isPod) {
        data.warnings.append(FixText::tr("A Pod's spec cannot be changed in place: delete the "
                                         "Pod and create it again from this manifest (better, "
                                         "run it through a Deployment)"));
    } else {
        data.patch = patchRoot.toYaml();
        QString cmd =
            QStringLiteral("kubectl patch %1 %2").arg(object.kind().toLower(), object.name());
        if (!object.ns().isEmpty())
            cmd += QStringLiteral(" -n ") + object.ns();
        cmd += QStringLiteral(" --type strategic --patch-file ") + fileStem(data.target) +
               QStringLiteral(".patch.yaml");
        data.patchCommand = cmd;
    }
    return Remediation(std::move(data));
}

} // namespace parapet::remediation
