// Pod security controls (NSA-POD-01…06, 08…16, 19, 20) on Pods and every pod template:
// containers, initContainers and ephemeralContainers, with the pod-level securityContext
// inherited by containers where Kubernetes inherits it (runAsUser, runAsGroup, runAsNonRoot,
// seLinuxOptions, seccompProfile, appArmorProfile, windowsOptions).

#include "checkcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace parapet::checks::detail {

namespace {

struct PodSecurityText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::PodSecurity)
};

/// A securityContext field of a container, falling back to the pod's when Kubernetes inherits
/// it. path() is where the value was found (or where it belongs when unset); built only for
/// findings.
struct Effective
{
    Node value;
    const QString *base = nullptr; ///< container path or pod spec path
    const char *field = nullptr;

    QString path() const
    {
        return *base + QStringLiteral(".securityContext.") + QLatin1String(field);
    }
};

Effective effective(const Workload &w, const ContainerRef &c, const char *field)
{
    const Node own = c.node["securityContext"][field];
    if (own.isValid() && !own.isNull())
        return {own, &c.path, field};
    const Node pod = w.pod.spec["securityContext"][field];
    if (pod.isValid() && !pod.isNull())
        return {pod, &w.pod.specPath, field};
    return {Node(), &c.path, field};
}

QString typeWord(const ContainerRef &c)
{
    switch (c.type) {
    case ContainerRef::Type::Init:
        return PodSecurityText::tr("init container \"%1\"").arg(c.name());
    case ContainerRef::Type::Ephemeral:
        return PodSecurityText::tr("ephemeral container \"%1\"").arg(c.name());
    case ContainerRef::Type::App:
        break;
    }
    return PodSecurityText::tr("container \"%1\"").arg(c.name());
}

QString valueOf(const Node &n)
{
    if (!n.isValid() || n.isNull())
        return unsetValue();
    if (n.isSequence())
        return QStringLiteral("[") + stringList(n).join(QStringLiteral(", ")) + u']';
    return n.toString();
}

/// Capability names as the runtimes read them: case-insensitive, with or without CAP_.
QString normalizeCapability(const QString &name)
{
    QString n = name.trimmed().toUpper();
    if (n.startsWith(QStringLiteral("CAP_")))
        n = n.mid(4);
    return n;
}

bool addsSysAdmin(const ContainerRef &c)
{
    for (const auto &[k, cap] : c.node.path("securityContext.capabilities.add").children()) {
        const QString n = normalizeCapability(cap.toString());
        if (n == u"SYS_ADMIN" || n == u"ALL")
            return true;
    }
    return false;
}

bool userNamespace(const Workload &w)
{
    return w.pod.spec["hostUsers"].toBool() == std::optional<bool>(false);
}

void nonRoot(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    if (userNamespace(w))
        return;
    for (const ContainerRef &c : w.containers) {
        const Effective user = effective(w, c, "runAsUser");
        const Effective nonRootFlag = effective(w, c, "runAsNonRoot");
        const auto uid = user.value.toInt();
        const bool nonRootTrue = nonRootFlag.value.toBool().value_or(false);
        if (uid && *uid == 0) {
            ctx.fail(id, w, user.path(), QStringLiteral("0"),
                     nonRootTrue
                         ? PodSecurityText::tr(
                               "%1 sets runAsUser: 0 (root) together with runAsNonRoot: true: "
                               "the kubelet refuses to start it; set a non-zero runAsUser")
                               .arg(typeWord(c))
                         : PodSecurityText::tr("%1 runs as root (runAsUser: 0)").arg(typeWord(c)));
            continue;
        }
        if (uid && *uid > 0)
            continue;
        if (nonRootTrue)
            continue;
        ctx.fail(id, w, nonRootFlag.path(), valueOf(nonRootFlag.value),
                 PodSecurityText::tr(
                     "%1 sets neither runAsNonRoot: true nor a non-zero runAsUser: the image's "
                     "user decides, root for most images")
                     .arg(typeWord(c)));
    }
}

void nonRootGroup(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    if (userNamespace(w))
        return;
    for (const ContainerRef &c : w.containers) {
        const Effective group = effective(w, c, "runAsGroup");
        const auto gid = group.value.toInt();
        if (gid && *gid > 0)
            continue;
        ctx.fail(id, w, group.path(), valueOf(group.value),
                 gid ? PodSecurityText::tr("%1 runs with the root group (runAsGroup: 0)")
                           .arg(typeWord(c))
                     : PodSecurityText::tr(
                           "%1 sets no runAsGroup: the image's group applies, root (0) for most "
                           "images")
                           .arg(typeWord(c)));
    }
    const Node fsGroup = w.pod.spec.path("securityContext.fsGroup");
    if (fsGroup.toInt() == std::optional<std::int64_t>(0))
        ctx.fail(id, w, w.pod.specPath + QStringLiteral(".securityContext.fsGroup"),
                 QStringLiteral("0"),
                 PodSecurityText::tr("fsGroup: 0 gives volumes to the root group"));
    std::uint32_t i = 0;
    for (const auto &[k, g] : w.pod.spec.path("securityContext.supplementalGroups").children()) {
        if (g.toInt() == std::optional<std::int64_t>(0))
            ctx.fail(id, w,
                     w.pod.specPath +
                         QStringLiteral(".securityContext.supplementalGroups[%1]").arg(i),
                     QStringLiteral("0"),
                     PodSecurityText::tr("supplementalGroups contains the root group 0"));
        ++i;
    }
}

void readOnlyRoot(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        const Node v = c.node.path("securityContext.readOnlyRootFilesystem");
        if (v.toBool() == std::optional<bool>(true))
            continue;
        ctx.fail(id, w, c.path + QStringLiteral(".securityContext.readOnlyRootFilesystem"),
                 valueOf(v),
                 PodSecurityText::tr("%1 has a writable root filesystem").arg(typeWord(c)));
    }
}

/// Tags that move: latest, branch names and other tags without a version number.
bool floatingTag(const QString &tag)
{
    static const QSet<QString> words = {
        QStringLiteral("latest"),  QStringLiteral("master"),  QStringLiteral("main"),
        QStringLiteral("stable"),  QStringLiteral("edge"),    QStringLiteral("nightly"),
        QStringLiteral("develop"), QStringLiteral("dev"),     QStringLiteral("canary"),
        QStringLiteral("e2e"),     QStringLiteral("current"), QStringLiteral("lts")};
    const QString t = tag.toLower();
    if (words.contains(t))
        return true;
    for (const QChar c : t)
        if (c.isDigit())
            return false;
    return true;
}

void images(Context &ctx, const Workload &w, int id)
{
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        const QString image = c.image().trimmed();
        if (image.isEmpty())
            continue;
        if (image.contains(u'@'))
            continue; // pinned by digest
        const qsizetype slash = image.lastIndexOf(u'/');
        const qsizetype colon = image.lastIndexOf(u':');
        const QString tag = colon > slash ? image.mid(colon + 1) : QString();
        if (tag.isEmpty())
            ctx.fail(id, w, c.path + QStringLiteral(".image"), image,
                     PodSecurityText::tr("%1 uses an image without tag or digest (pulls latest)")
                         .arg(typeWord(c)));
        else if (floatingTag(tag))
            ctx.fail(id, w, c.path + QStringLiteral(".image"), image,
                     PodSecurityText::tr(
                         "%1 uses the floating tag \"%2\" (not a version): what runs changes with "
                         "each push")
                         .arg(typeWord(c), tag));
    }
}

void privileged(Context &ctx, const Workload &w, int id)
{
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers)
        if (c.node.path("securityContext.privileged").toBool().value_or(false))
            ctx.fail(id, w, c.path + QStringLiteral(".securityContext.privileged"),
                     QStringLiteral("true"),
                     PodSecurityText::tr("%1 is privileged").arg(typeWord(c)));
}

void hostNamespaces(Context &ctx, const Workload &w, int pidIpc, int net)
{
    ctx.check(pidIpc, w);
    ctx.check(net, w);
    for (const char *f : {"hostPID", "hostIPC"})
        if (w.pod.spec[f].toBool().value_or(false))
            ctx.fail(pidIpc, w, w.pod.specPath + u'.' + QLatin1String(f), QStringLiteral("true"),
                     PodSecurityText::tr("the pod shares the host's %1 namespace")
                         .arg(QLatin1String(f) == QLatin1String("hostPID")
                                  ? PodSecurityText::tr("process")
                                  : PodSecurityText::tr("IPC")));
    if (w.pod.spec["hostNetwork"].toBool().value_or(false))
        ctx.fail(net, w, w.pod.specPath + QStringLiteral(".hostNetwork"), QStringLiteral("true"),
                 PodSecurityText::tr("the pod uses the host's network namespace"));
}

bool sensitiveHostPath(const QString &p)
{
    static const QStringList exact = {QStringLiteral("/"),
                                      QStringLiteral("/etc"),
                                      QStringLiteral("/proc"),
                                      QStringLiteral("/sys"),
                                      QStringLiteral("/root"),
                                      QStringLiteral("/var"),
                                      QStringLiteral("/var/lib/kubelet"),
                                      QStringLiteral("/var/lib/docker"),
                                      QStringLiteral("/etc/kubernetes"),
                                      QStringLiteral("/boot"),
                                      QStringLiteral("/dev"),
                                      QStringLiteral("/home"),
                                      QStringLiteral("/usr")};
    QString n = p;
    while (n.size() > 1 && n.endsWith(u'/'))
        n.chop(1);
    return exact.contains(n) || n.endsWith(QStringLiteral(".sock")) ||
           n.startsWith(QStringLiteral("/etc/kubernetes/")) ||
           n.startsWith(QStringLiteral("/var/lib/kubelet/"));
}

void hostPaths(Context &ctx, const Workload &w, int id)
{
    ctx.check(id, w);
    std::uint32_t i = 0;
    for (const auto &[k, v] : w.pod.spec["volumes"].children()) {
        const Node hp = v["hostPath"];
        if (hp.isMap()) {
            const QString name = v["name"].toString();
            const QString path = hp["path"].toString();
            QStringList users;
            bool writable = false;
            for (const ContainerRef &c : w.containers) {
                for (const auto &[mk, m] : c.node["volumeMounts"].children()) {
                    if (m["name"].toString() != name)
                        continue;
                    users.append(typeWord(c));
                    writable = writable || !m["readOnly"].toBool().value_or(false);
                }
            }
            QString msg = PodSecurityText::tr("hostPath volume \"%1\" mounts %2 from the node")
                              .arg(name, path);
            if (path.endsWith(QStringLiteral(".sock")))
                msg += PodSecurityText::tr(" (a runtime or daemon socket: control of the node)");
            else if (sensitiveHostPath(path))
                msg += PodSecurityText::tr(" (a sensitive node path)");
            if (!users.isEmpty())
                msg += PodSecurityText::tr("; mounted %1 by %2")
                           .arg(writable ? PodSecurityText::tr("writable")
                                         : PodSecurityText::tr("read-only"),
                                users.join(QStringLiteral(", ")));
            ctx.fail(id, w, w.pod.specPath + QStringLiteral(".volumes[%1].hostPath.path").arg(i),
                     path, msg);
        }
        ++i;
    }
}

void hostPorts(Context &ctx, const Workload &w, int id)
{
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        std::uint32_t i = 0;
        for (const auto &[k, p] : c.node["ports"].children()) {
            const auto hp = p["hostPort"].toInt();
            if (hp && *hp != 0)
                ctx.fail(id, w, c.path + QStringLiteral(".ports[%1].hostPort").arg(i),
                         QString::number(*hp),
                         PodSecurityText::tr("%1 opens host port %2").arg(typeWord(c)).arg(*hp));
            ++i;
        }
    }
}

void privilegeEscalation(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        const Node sc = c.node["securityContext"];
        auto base = [&c]() -> QString { return c.path + QStringLiteral(".securityContext."); };
        if (sc["privileged"].toBool().value_or(false)) {
            ctx.fail(
                id, w, base() + QStringLiteral("privileged"), QStringLiteral("true"),
                PodSecurityText::tr("%1 is privileged, which always allows privilege escalation")
                    .arg(typeWord(c)));
            continue;
        }
        if (addsSysAdmin(c)) {
            ctx.fail(id, w, base() + QStringLiteral("capabilities.add"),
                     valueOf(c.node.path("securityContext.capabilities.add")),
                     PodSecurityText::tr(
                         "%1 adds CAP_SYS_ADMIN, which always allows privilege escalation")
                         .arg(typeWord(c)));
            continue;
        }
        const Node ape = sc["allowPrivilegeEscalation"];
        if (ape.toBool() == std::optional<bool>(false))
            continue;
        ctx.fail(id, w, base() + QStringLiteral("allowPrivilegeEscalation"), valueOf(ape),
                 ape.isValid()
                     ? PodSecurityText::tr("%1 allows privilege escalation").arg(typeWord(c))
                     : PodSecurityText::tr(
                           "%1 does not set allowPrivilegeEscalation: false (it defaults to "
                           "true)")
                           .arg(typeWord(c)));
    }
}

void capabilities(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    static const QSet<QString> dangerous = {QStringLiteral("ALL"),
                                            QStringLiteral("SYS_ADMIN"),
                                            QStringLiteral("NET_ADMIN"),
                                            QStringLiteral("NET_RAW"),
                                            QStringLiteral("SYS_PTRACE"),
                                            QStringLiteral("SYS_MODULE"),
                                            QStringLiteral("SYS_RAWIO"),
                                            QStringLiteral("SYS_BOOT"),
                                            QStringLiteral("SYS_TIME"),
                                            QStringLiteral("DAC_READ_SEARCH"),
                                            QStringLiteral("DAC_OVERRIDE"),
                                            QStringLiteral("BPF"),
                                            QStringLiteral("PERFMON"),
                                            QStringLiteral("MAC_ADMIN"),
                                            QStringLiteral("MAC_OVERRIDE"),
                                            QStringLiteral("SETUID"),
                                            QStringLiteral("SETGID"),
                                            QStringLiteral("SYSLOG"),
                                            QStringLiteral("MKNOD"),
                                            QStringLiteral("SYS_CHROOT"),
                                            QStringLiteral("CHECKPOINT_RESTORE")};
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        const Node caps = c.node.path("securityContext.capabilities");
        bool dropAll = false;
        for (const auto &[k, d] : caps["drop"].children())
            dropAll = dropAll || normalizeCapability(d.toString()) == u"ALL";
        if (!dropAll)
            ctx.fail(id, w, c.path + QStringLiteral(".securityContext.capabilities.drop"),
                     valueOf(caps["drop"]),
                     PodSecurityText::tr(
                         "%1 does not drop ALL capabilities (keeps the runtime's defaults, NET_RAW "
                         "included)")
                         .arg(typeWord(c)));
        std::uint32_t i = 0;
        for (const auto &[k, a] : caps["add"].children()) {
            const QString written = a.toString();
            const QString n = normalizeCapability(written);
            if (n != u"NET_BIND_SERVICE")
                ctx.fail(id, w,
                         c.path + QStringLiteral(".securityContext.capabilities.add[%1]").arg(i),
                         written,
                         (dangerous.contains(n)
                              ? PodSecurityText::tr("%1 adds the dangerous capability CAP_%2")
                              : PodSecurityText::tr("%1 adds the capability CAP_%2"))
                             .arg(typeWord(c), n));
            ++i;
        }
    }
}

void seccomp(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    const bool annotated =
        w.pod.metadata["annotations"]["seccomp.security.alpha.kubernetes.io/pod"].isValid();
    for (const ContainerRef &c : w.containers) {
        const Effective sp = effective(w, c, "seccompProfile");
        const QString type = sp.value["type"].toString();
        if (type == u"RuntimeDefault" || type == u"Localhost")
            continue;
        if (sp.value.isValid())
            ctx.fail(
                id, w, sp.path() + QStringLiteral(".type"), type.isEmpty() ? unsetValue() : type,
                PodSecurityText::tr("%1 runs with seccomp profile %2")
                    .arg(typeWord(c), type.isEmpty() ? PodSecurityText::tr("(no type)") : type));
        else
            ctx.fail(id, w, sp.path(), unsetValue(),
                     annotated
                         ? PodSecurityText::tr(
                               "%1 has no seccompProfile; the seccomp annotation is ignored since "
                               "Kubernetes 1.27")
                               .arg(typeWord(c))
                         : PodSecurityText::tr(
                               "%1 has no seccompProfile: it runs Unconfined unless the kubelet "
                               "enables seccompDefault")
                               .arg(typeWord(c)));
    }
}

void appArmor(Context &ctx, const Workload &w, int id)
{
    if (w.windows)
        return;
    ctx.check(id, w);
    for (const ContainerRef &c : w.containers) {
        const Effective ap = effective(w, c, "appArmorProfile");
        QString type = ap.value["type"].toString();
        QString path;
        if (!ap.value.isValid()) {
            const QString key =
                QStringLiteral("container.apparmor.security.beta.kubernetes.io/") + c.name();
            const QByteArray k = key.toUtf8();
            const Node ann = w.pod.metadata["annotations"]
                                           [std::string_view(k.constData(), std::size_t(k.size()))];
            if (ann.isValid()) {
                const QString v = ann.toString();
                type = v == u"runtime/default"       ? QStringLiteral("RuntimeDefault")
                       : v.startsWith(u"localhost/") ? QStringLiteral("Localhost")
                                                     : v;
                path = (w.pod.specPath == u"spec"
                            ? QStringLiteral("metadata")
                            : w.pod.specPath.chopped(4) + QStringLiteral("metadata")) +
                       QStringLiteral(".annotations[\"%1\"]").arg(key);
            }
        }
        if (type == u"RuntimeDefault" || type == u"Localhost")
            continue;
        ctx.fail(
            id, w,
            type.isEmpty()   ? ap.path()
            : path.isEmpty() ? QString(ap.path() + QStringLiteral(".type"))
                             : path,
            type.isEmpty() ? unsetValue() : type,
            type.isEmpty()
                ? PodSecurityText::tr("%1 sets no AppArmor profile").arg(typeWord(c))
                : PodSecurityText::tr("%1 runs with AppArmor profile %2").arg(typeWord(c), type));
    }
}

void tokenAutomount(Context &ctx, const Workload &w, int id)
{
    // Static (mirror) pods get no service account token: they cannot refer to API objects.
    if (w.owner.kind == u"Node" || w.object->annotations()["kubernetes.io/config.mirror"].isValid())
        return;
    ctx.check(id, w);
    const Node podValue = w.pod.spec["automountServiceAccountToken"];
    if (podValue.toBool() == std::optional<bool>(false))
        return;
    const QString field = w.pod.specPath + QStringLiteral(".automountServiceAccountToken");
    if (podValue.toBool() == std::optional<bool>(true)) {
        ctx.fail(id, w, field, QStringLiteral("true"),
                 PodSecurityText::tr("the pod mounts its service account token"));
        return;
    }
    QString sa = w.pod.spec["serviceAccountName"].toString(QString());
    if (sa.isEmpty())
        sa = w.pod.spec["serviceAccount"].toString(QString());
    if (sa.isEmpty())
        sa = QStringLiteral("default");
    const KubeObject *account = ctx.inventory.find(u"ServiceAccount", w.object->ns(), sa);
    if (account) {
        const auto v = account->root()["automountServiceAccountToken"].toBool();
        if (v == std::optional<bool>(false))
            return;
        ctx.fail(id, w, field, unsetValue(),
                 PodSecurityText::tr(
                     "the token of ServiceAccount %1 is mounted: neither the pod nor the "
                     "ServiceAccount sets automountServiceAccountToken: false")
                     .arg(sa));
        return;
    }
    ctx.fail(id, w, field, unsetValue(),
             PodSecurityText::tr(
                 "the pod does not set automountServiceAccountToken: false and ServiceAccount %1 "
                 "is not in the source: Kubernetes mounts the token unless the ServiceAccount "
                 "disables it")
                 .arg(sa));
}

} // namespace

void checkPodSecurity(Context &ctx)
{
    const int pod01 = ctl("NSA-POD-01"), pod02 = ctl("NSA-POD-02"), pod03 = ctl("NSA-POD-03");
    const int pod04 = ctl("NSA-POD-04"), pod05 = ctl("NSA-POD-05"), pod06 = ctl("NSA-POD-06");
    const int pod08 = ctl("NSA-POD-08"), pod09 = ctl("NSA-POD-09"), pod10 = ctl("NSA-POD-10");
    const int pod11 = ctl("NSA-POD-11"), pod12 = ctl("NSA-POD-12"), pod13 = ctl("NSA-POD-13");
    const int pod14 = ctl("NSA-POD-14"), pod15 = ctl("NSA-POD-15"), pod16 = ctl("NSA-POD-16");
    const int pod19 = ctl("NSA-POD-19"), pod20 = ctl("NSA-POD-20");

    int userNs = 0, sandboxed = 0;
    QSet<QString> runtimeClasses;
    for (const Workload &w : ctx.workloads()) {
        nonRoot(ctx, w, pod01);
        nonRootGroup(ctx, w, pod02);
        readOnlyRoot(ctx, w, pod04);
        images(ctx, w, pod05);
        privileged(ctx, w, pod08);
        hostNamespaces(ctx, w, pod09, pod10);
        hostPaths(ctx, w, pod11);
        hostPorts(ctx, w, pod12);
        privilegeEscalation(ctx, w, pod13);
        capabilities(ctx, w, pod14);
        seccomp(ctx, w, pod15);
        appArmor(ctx, w, pod16);
        tokenAutomount(ctx, w, pod19);
        if (userNamespace(w))
            ++userNs;
        const QString rc = w.pod.spec["runtimeClassName"].toString(QString());
        if (!rc.isEmpty()) {
            ++sandboxed;
            runtimeClasses.insert(rc);
        }
    }
    if (!ctx.workloads().empty())
        ctx.note(pod03, PodSecurityText::tr(
                            "%1 of %2 workloads run in a user namespace (hostUsers: false).")
                            .arg(userNs)
                            .arg(ctx.workloads().size()));

    // NSA-POD-06: admission control in the source.
    QStringList admission;
    for (const KubeObject &o : ctx.inventory.objects()) {
        const QString &k = o.kind();
        if (k == u"ValidatingWebhookConfiguration" || k == u"MutatingWebhookConfiguration" ||
            k == u"ValidatingAdmissionPolicy" || k == u"ValidatingAdmissionPolicyBinding" ||
            o.group() == u"kyverno.io" || o.group() == u"templates.gatekeeper.sh" ||
            o.group() == u"constraints.gatekeeper.sh")
            admission.append(o.reference());
    }
    if (!admission.isEmpty())
        ctx.note(pod06, PodSecurityText::tr("Admission control found: %1.")
                            .arg(admission.mid(0, 10).join(QStringLiteral(", ")) +
                                 (admission.size() > 10 ? QStringLiteral(", …") : QString())));

    // NSA-POD-20: runtime classes and node runtimes.
    QStringList rcs;
    for (const KubeObject *o : ctx.objects(u"RuntimeClass"))
        rcs.append(o->name() + u'=' + o->root()["handler"].toString());
    if (!rcs.isEmpty())
        ctx.note(pod20,
                 PodSecurityText::tr("RuntimeClasses: %1.").arg(rcs.join(QStringLiteral(", "))));
    if (sandboxed > 0)
        ctx.note(pod20, PodSecurityText::tr("%1 workloads set runtimeClassName (%2).")
                            .arg(sandboxed)
                            .arg(QStringList(runtimeClasses.values()).join(QStringLiteral(", "))));
    QSet<QString> runtimes;
    for (const KubeObject *n : ctx.objects(u"Node")) {
        const QString r = nodeInfoOf(*n).containerRuntimeVersion;
        if (!r.isEmpty())
            runtimes.insert(r);
    }
    if (!runtimes.isEmpty())
        ctx.note(pod20, PodSecurityText::tr("Node runtimes: %1.")
                            .arg(QStringList(runtimes.values()).join(QStringLiteral(", "))));
}

} // namespace parapet::checks::detail
