// Pod Security Standards, field by field, as the pod-security-admission plugin decides them
// (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_*.go, read at
// release 1.37). Written from the upstream semantics; see the comment of each check for its
// versions.

#include "pss.h"

#include "checkcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace parapet::checks {

namespace {

bool isTrue(const Node &n)
{
    return n.toBool().value_or(false);
}

struct PssText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Pss)
};

struct Eval
{
    const PodTemplate &pod;
    const std::vector<ContainerRef> &containers;
    int minor;
    PssLevel level;
    bool windows;
    bool userNamespace; ///< spec.hostUsers: false
    std::vector<PssViolation> &out;

    QString specPath(const char *field) const { return pod.specPath + u'.' + QLatin1String(field); }
    QString metadataPath() const
    {
        return pod.specPath == u"spec" ? QStringLiteral("metadata")
                                       : pod.specPath.chopped(4) + QStringLiteral("metadata");
    }
    void add(const char *check, PssLevel lvl, const char *reason, const QString &field,
             const QString &value, const QString &detail)
    {
        out.push_back({QLatin1String(check), lvl, PssText::tr(reason), field, value, detail});
    }
};

QString containerWord(const ContainerRef &c)
{
    return QStringLiteral("container \"%1\"").arg(c.name());
}

// ---- baseline ----

// hostNamespaces 1.0: spec.hostNetwork, hostPID, hostIPC undefined or false.
void hostNamespaces(Eval &e)
{
    for (const char *f : {"hostNetwork", "hostPID", "hostIPC"})
        if (isTrue(e.pod.spec[f]))
            e.add("hostNamespaces", PssLevel::Baseline, "host namespaces", e.specPath(f),
                  QStringLiteral("true"), QStringLiteral("%1=true").arg(QLatin1String(f)));
}

// privileged 1.0: securityContext.privileged false or undefined.
void privileged(Eval &e)
{
    for (const ContainerRef &c : e.containers)
        if (isTrue(c.node.path("securityContext.privileged")))
            e.add("privileged", PssLevel::Baseline, "privileged",
                  c.path + QStringLiteral(".securityContext.privileged"), QStringLiteral("true"),
                  containerWord(c) +
                      QStringLiteral(" must not set securityContext.privileged=true"));
}

// capabilities_baseline 1.0: capabilities.add only from the default set (exact names).
void capabilitiesBaseline(Eval &e)
{
    static const QSet<QString> allowed = {
        QStringLiteral("AUDIT_WRITE"),  QStringLiteral("CHOWN"),
        QStringLiteral("DAC_OVERRIDE"), QStringLiteral("FOWNER"),
        QStringLiteral("FSETID"),       QStringLiteral("KILL"),
        QStringLiteral("MKNOD"),        QStringLiteral("NET_BIND_SERVICE"),
        QStringLiteral("SETFCAP"),      QStringLiteral("SETGID"),
        QStringLiteral("SETPCAP"),      QStringLiteral("SETUID"),
        QStringLiteral("SYS_CHROOT")};
    for (const ContainerRef &c : e.containers) {
        std::uint32_t i = 0;
        for (const auto &[k, cap] : c.node.path("securityContext.capabilities.add").children()) {
            const QString name = cap.toString();
            if (!allowed.contains(name))
                e.add("capabilities_baseline", PssLevel::Baseline, "non-default capabilities",
                      c.path + QStringLiteral(".securityContext.capabilities.add[%1]").arg(i), name,
                      containerWord(c) + QStringLiteral(" must not include \"%1\" in "
                                                        "securityContext.capabilities.add")
                                             .arg(name));
            ++i;
        }
    }
}

// hostPathVolumes 1.0: no hostPath volumes.
void hostPathVolumes(Eval &e)
{
    std::uint32_t i = 0;
    for (const auto &[k, v] : e.pod.spec["volumes"].children()) {
        if (v["hostPath"].isValid() && !v["hostPath"].isNull())
            e.add("hostPathVolumes", PssLevel::Baseline, "hostPath volumes",
                  e.specPath("volumes") + QStringLiteral("[%1].hostPath").arg(i),
                  v.path("hostPath.path").toString(),
                  QStringLiteral("hostPath volume \"%1\"").arg(v["name"].toString()));
        ++i;
    }
}

// hostPorts 1.0: ports[*].hostPort undefined or 0.
void hostPorts(Eval &e)
{
    for (const ContainerRef &c : e.containers) {
        std::uint32_t i = 0;
        for (const auto &[k, p] : c.node["ports"].children()) {
            const auto hp = p["hostPort"].toInt();
            if (hp && *hp != 0)
                e.add("hostPorts", PssLevel::Baseline, "hostPort",
                      c.path + QStringLiteral(".ports[%1].hostPort").arg(i), QString::number(*hp),
                      containerWord(c) + QStringLiteral(" uses hostPort %1").arg(*hp));
            ++i;
        }
    }
}

// appArmorProfile 1.0: the field type RuntimeDefault or Localhost (pod and containers); the
// beta annotation empty, runtime/default or localhost/*.
void appArmor(Eval &e)
{
    auto checkField = [&](const Node &sc, const QString &path, const QString &who) {
        const Node t = sc.path("appArmorProfile.type");
        if (!t.isValid())
            return;
        const QString v = t.toString();
        if (v != u"RuntimeDefault" && v != u"Localhost")
            e.add("appArmorProfile", PssLevel::Baseline, "forbidden AppArmor profile",
                  path + QStringLiteral(".appArmorProfile.type"), v,
                  who + QStringLiteral(" must not set appArmorProfile.type to \"%1\"").arg(v));
    };
    checkField(e.pod.spec["securityContext"], e.specPath("securityContext"), QStringLiteral("pod"));
    for (const ContainerRef &c : e.containers)
        checkField(c.node["securityContext"], c.path + QStringLiteral(".securityContext"),
                   containerWord(c));
    const QString prefix = QStringLiteral("container.apparmor.security.beta.kubernetes.io/");
    for (const auto &[k, v] : e.pod.metadata["annotations"].children()) {
        const QString key = k.toString();
        if (!key.startsWith(prefix))
            continue;
        const QString value = v.toString();
        if (value.isEmpty() || value == u"runtime/default" || value.startsWith(u"localhost/"))
            continue;
        e.add("appArmorProfile", PssLevel::Baseline, "forbidden AppArmor profile",
              e.metadataPath() + QStringLiteral(".annotations[\"%1\"]").arg(key), value,
              QStringLiteral("%1=\"%2\"").arg(key, value));
    }
}

// seLinuxOptions 1.0 (container_engine_t allowed from 1.31): type in the container types,
// user and role unset.
void seLinux(Eval &e)
{
    auto check = [&](const Node &opts, const QString &path, const QString &who) {
        if (!opts.isMap())
            return;
        const QString type = opts["type"].toString(QString());
        const bool typeOk = type.isEmpty() || type == u"container_t" ||
                            type == u"container_init_t" || type == u"container_kvm_t" ||
                            (e.minor >= 31 && type == u"container_engine_t");
        if (!typeOk)
            e.add("seLinuxOptions", PssLevel::Baseline, "seLinuxOptions",
                  path + QStringLiteral(".type"), type,
                  who + QStringLiteral(" set forbidden securityContext.seLinuxOptions type \"%1\"")
                            .arg(type));
        for (const char *f : {"user", "role"}) {
            const QString v = opts[f].toString(QString());
            if (!v.isEmpty())
                e.add("seLinuxOptions", PssLevel::Baseline, "seLinuxOptions",
                      path + u'.' + QLatin1String(f), v,
                      who + QStringLiteral(
                                " set forbidden securityContext.seLinuxOptions: %1 may not be set")
                                .arg(QLatin1String(f)));
        }
    };
    check(e.pod.spec.path("securityContext.seLinuxOptions"),
          e.specPath("securityContext.seLinuxOptions"), QStringLiteral("pod"));
    for (const ContainerRef &c : e.containers)
        check(c.node.path("securityContext.seLinuxOptions"),
              c.path + QStringLiteral(".securityContext.seLinuxOptions"), containerWord(c));
}

// procMount (baseline 1.0; from 1.35 any value when hostUsers: false) and procMount_restricted
// (1.35, no user-namespace relaxation): undefined or Default.
void procMount(Eval &e, bool restricted)
{
    if (!restricted && e.minor >= 35 && e.userNamespace)
        return;
    for (const ContainerRef &c : e.containers) {
        const Node pm = c.node.path("securityContext.procMount");
        if (!pm.isValid() || pm.isNull())
            continue;
        const QString v = pm.toString();
        if (v != u"Default")
            e.add(restricted ? "procMount_restricted" : "procMount",
                  restricted ? PssLevel::Restricted : PssLevel::Baseline, "procMount",
                  c.path + QStringLiteral(".securityContext.procMount"), v,
                  containerWord(c) +
                      QStringLiteral(" must not set securityContext.procMount to \"%1\"").arg(v));
    }
}

bool validSeccompType(const QString &t)
{
    return t == u"RuntimeDefault" || t == u"Localhost";
}

// seccompProfile_baseline: before 1.19 the alpha annotations (runtime/default, docker/default,
// localhost/*); from 1.19 the fields (RuntimeDefault, Localhost or undefined).
void seccompBaseline(Eval &e)
{
    if (e.minor < 19) {
        const Node ann = e.pod.metadata["annotations"];
        auto valid = [](const QString &v) {
            return v == u"runtime/default" || v == u"docker/default" || v.startsWith(u"localhost/");
        };
        const Node podAnn = ann["seccomp.security.alpha.kubernetes.io/pod"];
        if (podAnn.isValid() && !valid(podAnn.toString()))
            e.add("seccompProfile_baseline", PssLevel::Baseline, "seccompProfile",
                  e.metadataPath() +
                      QStringLiteral(".annotations[\"seccomp.security.alpha.kubernetes.io/pod\"]"),
                  podAnn.toString(),
                  QStringLiteral("forbidden annotation seccomp.security.alpha.kubernetes.io/pod"));
        for (const ContainerRef &c : e.containers) {
            const QString key =
                QStringLiteral("container.seccomp.security.alpha.kubernetes.io/") + c.name();
            const QByteArray k = key.toUtf8();
            const Node v = ann[std::string_view(k.constData(), std::size_t(k.size()))];
            if (v.isValid() && !valid(v.toString()))
                e.add("seccompProfile_baseline", PssLevel::Baseline, "seccompProfile",
                      e.metadataPath() + QStringLiteral(".annotations[\"%1\"]").arg(key),
                      v.toString(), QStringLiteral("forbidden annotation %1").arg(key));
        }
        return;
    }
    const Node podType = e.pod.spec.path("securityContext.seccompProfile.type");
    if (podType.isValid() && !validSeccompType(podType.toString()))
        e.add("seccompProfile_baseline", PssLevel::Baseline, "seccompProfile",
              e.specPath("securityContext.seccompProfile.type"), podType.toString(),
              QStringLiteral("pod must not set securityContext.seccompProfile.type to \"%1\"")
                  .arg(podType.toString()));
    for (const ContainerRef &c : e.containers) {
        const Node t = c.node.path("securityContext.seccompProfile.type");
        if (t.isValid() && !validSeccompType(t.toString()))
            e.add("seccompProfile_baseline", PssLevel::Baseline, "seccompProfile",
                  c.path + QStringLiteral(".securityContext.seccompProfile.type"), t.toString(),
                  containerWord(c) +
                      QStringLiteral(" must not set securityContext.seccompProfile.type to \"%1\"")
                          .arg(t.toString()));
    }
}

// sysctls: the safe set grows at 1.27, 1.29, 1.32 and 1.37.
bool sysctlAllowed(const QString &name, int minor)
{
    static const QSet<QString> v10 = {
        QStringLiteral("kernel.shm_rmid_forced"), QStringLiteral("net.ipv4.ip_local_port_range"),
        QStringLiteral("net.ipv4.tcp_syncookies"), QStringLiteral("net.ipv4.ping_group_range"),
        QStringLiteral("net.ipv4.ip_unprivileged_port_start")};
    static const QSet<QString> v127 = {QStringLiteral("net.ipv4.ip_local_reserved_ports")};
    static const QSet<QString> v129 = {QStringLiteral("net.ipv4.tcp_keepalive_time"),
                                       QStringLiteral("net.ipv4.tcp_fin_timeout"),
                                       QStringLiteral("net.ipv4.tcp_keepalive_intvl"),
                                       QStringLiteral("net.ipv4.tcp_keepalive_probes")};
    static const QSet<QString> v132 = {QStringLiteral("net.ipv4.tcp_rmem"),
                                       QStringLiteral("net.ipv4.tcp_wmem")};
    static const QSet<QString> v137 = {QStringLiteral("net.ipv4.tcp_slow_start_after_idle"),
                                       QStringLiteral("net.ipv4.tcp_notsent_lowat")};
    return v10.contains(name) || (minor >= 27 && v127.contains(name)) ||
           (minor >= 29 && v129.contains(name)) || (minor >= 32 && v132.contains(name)) ||
           (minor >= 37 && v137.contains(name));
}

void sysctls(Eval &e)
{
    std::uint32_t i = 0;
    for (const auto &[k, s] : e.pod.spec.path("securityContext.sysctls").children()) {
        const QString name = s["name"].toString();
        if (!sysctlAllowed(name, e.minor))
            e.add("sysctls", PssLevel::Baseline, "forbidden sysctls",
                  e.specPath("securityContext.sysctls") + QStringLiteral("[%1].name").arg(i), name,
                  QStringLiteral("sysctl %1 is not in the safe set of policy v1.%2")
                      .arg(name)
                      .arg(e.minor));
        ++i;
    }
}

// windowsHostProcess 1.0: windowsOptions.hostProcess undefined or false (pod and containers).
void windowsHostProcess(Eval &e)
{
    if (isTrue(e.pod.spec.path("securityContext.windowsOptions.hostProcess")))
        e.add("windowsHostProcess", PssLevel::Baseline, "hostProcess",
              e.specPath("securityContext.windowsOptions.hostProcess"), QStringLiteral("true"),
              QStringLiteral("pod must not set securityContext.windowsOptions.hostProcess=true"));
    for (const ContainerRef &c : e.containers)
        if (isTrue(c.node.path("securityContext.windowsOptions.hostProcess")))
            e.add("windowsHostProcess", PssLevel::Baseline, "hostProcess",
                  c.path + QStringLiteral(".securityContext.windowsOptions.hostProcess"),
                  QStringLiteral("true"),
                  containerWord(c) +
                      QStringLiteral(
                          " must not set securityContext.windowsOptions.hostProcess=true"));
}

// hostProbesAndHostLifecycle 1.34: probes' and lifecycle handlers' httpGet.host / tcpSocket.host
// empty or undefined.
void probeHosts(Eval &e)
{
    if (e.minor < 34)
        return;
    for (const ContainerRef &c : e.containers) {
        for (const char *probe : {"livenessProbe", "readinessProbe", "startupProbe",
                                  "lifecycle.postStart", "lifecycle.preStop"}) {
            const Node handler = c.node.path(probe);
            for (const char *kind : {"httpGet", "tcpSocket"}) {
                const Node host = handler[kind]["host"];
                const QString v = host.toString(QString());
                if (!v.isEmpty())
                    e.add("hostProbesAndHostLifecycle", PssLevel::Baseline,
                          "probe or lifecycle host",
                          c.path + u'.' + QLatin1String(probe) + u'.' + QLatin1String(kind) +
                              QStringLiteral(".host"),
                          v,
                          containerWord(c) + QStringLiteral(" must not set %1.%2.host")
                                                 .arg(QLatin1String(probe), QLatin1String(kind)));
            }
        }
    }
}

// ---- restricted ----

// restrictedVolumes 1.0: only configMap, csi, downwardAPI, emptyDir, ephemeral, image,
// persistentVolumeClaim, projected, secret. A volume with no source is defaulted to emptyDir.
void restrictedVolumes(Eval &e)
{
    static const QSet<QString> allowed = {QStringLiteral("configMap"),
                                          QStringLiteral("csi"),
                                          QStringLiteral("downwardAPI"),
                                          QStringLiteral("emptyDir"),
                                          QStringLiteral("ephemeral"),
                                          QStringLiteral("image"),
                                          QStringLiteral("persistentVolumeClaim"),
                                          QStringLiteral("projected"),
                                          QStringLiteral("secret")};
    std::uint32_t i = 0;
    for (const auto &[k, v] : e.pod.spec["volumes"].children()) {
        for (const auto &[key, val] : v.children()) {
            const QString type = key.toString();
            if (type == u"name" || allowed.contains(type) || val.isNull())
                continue;
            e.add("restrictedVolumes", PssLevel::Restricted, "restricted volume types",
                  e.specPath("volumes") + QStringLiteral("[%1].%2").arg(i).arg(type), type,
                  QStringLiteral("volume \"%1\" uses restricted volume type \"%2\"")
                      .arg(v["name"].toString(), type));
        }
        ++i;
    }
}

// allowPrivilegeEscalation 1.8 (Windows pods exempt from 1.25): must be false.
void allowPrivilegeEscalation(Eval &e)
{
    if (e.minor < 8 || (e.minor >= 25 && e.windows))
        return;
    for (const ContainerRef &c : e.containers) {
        const Node ape = c.node.path("securityContext.allowPrivilegeEscalation");
        if (ape.toBool() == std::optional<bool>(false))
            continue;
        e.add("allowPrivilegeEscalation", PssLevel::Restricted, "allowPrivilegeEscalation != false",
              c.path + QStringLiteral(".securityContext.allowPrivilegeEscalation"),
              ape.isValid() ? ape.toString() : detail::unsetValue(),
              containerWord(c) +
                  QStringLiteral(" must set securityContext.allowPrivilegeEscalation=false"));
    }
}

// runAsNonRoot 1.0 (skipped for hostUsers: false from 1.35): true on the pod, or on every
// container; no explicit false anywhere.
void runAsNonRoot(Eval &e)
{
    if (e.minor >= 35 && e.userNamespace)
        return;
    const Node podValue = e.pod.spec.path("securityContext.runAsNonRoot");
    bool podTrue = false;
    if (podValue.toBool() == std::optional<bool>(false))
        e.add("runAsNonRoot", PssLevel::Restricted, "runAsNonRoot != true",
              e.specPath("securityContext.runAsNonRoot"), QStringLiteral("false"),
              QStringLiteral("pod must not set securityContext.runAsNonRoot=false"));
    else
        podTrue = isTrue(podValue);
    for (const ContainerRef &c : e.containers) {
        const Node v = c.node.path("securityContext.runAsNonRoot");
        if (v.toBool().has_value()) {
            if (!*v.toBool())
                e.add("runAsNonRoot", PssLevel::Restricted, "runAsNonRoot != true",
                      c.path + QStringLiteral(".securityContext.runAsNonRoot"),
                      QStringLiteral("false"),
                      containerWord(c) +
                          QStringLiteral(" must not set securityContext.runAsNonRoot=false"));
        } else if (!podTrue) {
            e.add("runAsNonRoot", PssLevel::Restricted, "runAsNonRoot != true",
                  c.path + QStringLiteral(".securityContext.runAsNonRoot"), detail::unsetValue(),
                  QStringLiteral("pod or ") + containerWord(c) +
                      QStringLiteral(" must set securityContext.runAsNonRoot=true"));
        }
    }
}

// runAsUser 1.23 (skipped for hostUsers: false from 1.35): not 0 on the pod or any container.
void runAsUser(Eval &e)
{
    if (e.minor < 23 || (e.minor >= 35 && e.userNamespace))
        return;
    if (e.pod.spec.path("securityContext.runAsUser").toInt() == std::optional<std::int64_t>(0))
        e.add("runAsUser", PssLevel::Restricted, "runAsUser=0",
              e.specPath("securityContext.runAsUser"), QStringLiteral("0"),
              QStringLiteral("pod must not set runAsUser=0"));
    for (const ContainerRef &c : e.containers)
        if (c.node.path("securityContext.runAsUser").toInt() == std::optional<std::int64_t>(0))
            e.add("runAsUser", PssLevel::Restricted, "runAsUser=0",
                  c.path + QStringLiteral(".securityContext.runAsUser"), QStringLiteral("0"),
                  containerWord(c) + QStringLiteral(" must not set runAsUser=0"));
}

// seccompProfile_restricted 1.19 (Windows pods exempt from 1.25): RuntimeDefault or Localhost,
// on the pod or on every container.
void seccompRestricted(Eval &e)
{
    if (e.minor < 19 || (e.minor >= 25 && e.windows))
        return;
    const Node podType = e.pod.spec.path("securityContext.seccompProfile.type");
    bool podSet = false;
    if (e.pod.spec.path("securityContext.seccompProfile").isMap()) {
        if (validSeccompType(podType.toString()))
            podSet = true;
        else
            e.add("seccompProfile_restricted", PssLevel::Restricted, "seccompProfile",
                  e.specPath("securityContext.seccompProfile.type"),
                  podType.isValid() ? podType.toString() : detail::unsetValue(),
                  QStringLiteral("pod must not set securityContext.seccompProfile.type to \"%1\"")
                      .arg(podType.toString()));
    }
    for (const ContainerRef &c : e.containers) {
        const Node sp = c.node.path("securityContext.seccompProfile");
        if (sp.isMap()) {
            const QString t = sp["type"].toString();
            if (!validSeccompType(t))
                e.add("seccompProfile_restricted", PssLevel::Restricted, "seccompProfile",
                      c.path + QStringLiteral(".securityContext.seccompProfile.type"),
                      t.isEmpty() ? detail::unsetValue() : t,
                      containerWord(c) +
                          QStringLiteral(
                              " must not set securityContext.seccompProfile.type to \"%1\"")
                              .arg(t));
        } else if (!podSet) {
            e.add("seccompProfile_restricted", PssLevel::Restricted, "seccompProfile",
                  c.path + QStringLiteral(".securityContext.seccompProfile.type"),
                  detail::unsetValue(),
                  QStringLiteral("pod or ") + containerWord(c) +
                      QStringLiteral(" must set securityContext.seccompProfile.type to "
                                     "\"RuntimeDefault\" or \"Localhost\""));
        }
    }
}

// capabilities_restricted 1.22 (Windows pods exempt from 1.25): drop contains "ALL" (exactly);
// add only "NET_BIND_SERVICE" (exactly).
void capabilitiesRestricted(Eval &e)
{
    if (e.minor < 22 || (e.minor >= 25 && e.windows))
        return;
    for (const ContainerRef &c : e.containers) {
        const Node caps = c.node.path("securityContext.capabilities");
        bool dropAll = false;
        for (const auto &[k, d] : caps["drop"].children())
            dropAll = dropAll || d.toString() == u"ALL";
        if (!dropAll)
            e.add("capabilities_restricted", PssLevel::Restricted, "unrestricted capabilities",
                  c.path + QStringLiteral(".securityContext.capabilities.drop"),
                  caps["drop"].isValid() ? stringList(caps["drop"]).join(u',')
                                         : detail::unsetValue(),
                  containerWord(c) +
                      QStringLiteral(" must set securityContext.capabilities.drop=[\"ALL\"]"));
        std::uint32_t i = 0;
        for (const auto &[k, a] : caps["add"].children()) {
            const QString name = a.toString();
            if (name != u"NET_BIND_SERVICE")
                e.add("capabilities_restricted", PssLevel::Restricted, "unrestricted capabilities",
                      c.path + QStringLiteral(".securityContext.capabilities.add[%1]").arg(i), name,
                      containerWord(c) +
                          QStringLiteral(
                              " must not include \"%1\" in securityContext.capabilities.add")
                              .arg(name));
            ++i;
        }
    }
}

} // namespace

std::vector<PssViolation> evaluatePodSecurity(const PodTemplate &pod, PssLevel level, int minor)
{
    std::vector<PssViolation> out;
    if (level == PssLevel::Privileged)
        return out;
    if (minor > kPssLatestMinor)
        minor = kPssLatestMinor;
    const std::vector<ContainerRef> containers = containersOf(pod);
    Eval e{pod,
           containers,
           minor,
           level,
           pod.spec.path("os.name").toString() == u"windows",
           pod.spec["hostUsers"].toBool() == std::optional<bool>(false),
           out};
    const bool restricted = level == PssLevel::Restricted;
    // Baseline checks; at the restricted level those overridden by an active restricted check
    // are skipped (OverrideCheckIDs in the upstream registry).
    hostNamespaces(e);
    privileged(e);
    if (!(restricted && minor >= 22))
        capabilitiesBaseline(e);
    if (!restricted)
        hostPathVolumes(e);
    hostPorts(e);
    appArmor(e);
    seLinux(e);
    if (!(restricted && minor >= 35))
        procMount(e, false);
    if (!(restricted && minor >= 19))
        seccompBaseline(e);
    sysctls(e);
    windowsHostProcess(e);
    probeHosts(e);
    if (restricted) {
        restrictedVolumes(e);
        allowPrivilegeEscalation(e);
        runAsNonRoot(e);
        runAsUser(e);
        seccompRestricted(e);
        capabilitiesRestricted(e);
        if (minor >= 35)
            procMount(e, true);
    }
    return out;
}

PssLevel podSecurityLevelOf(const PodTemplate &pod, int minor)
{
    if (evaluatePodSecurity(pod, PssLevel::Restricted, minor).empty())
        return PssLevel::Restricted;
    if (evaluatePodSecurity(pod, PssLevel::Baseline, minor).empty())
        return PssLevel::Baseline;
    return PssLevel::Privileged;
}

QString pssLevelName(PssLevel level)
{
    switch (level) {
    case PssLevel::Privileged:
        return QStringLiteral("privileged");
    case PssLevel::Baseline:
        return QStringLiteral("baseline");
    case PssLevel::Restricted:
        return QStringLiteral("restricted");
    }
    return {};
}

std::optional<PssLevel> parsePssLevel(QStringView text)
{
    for (PssLevel l : {PssLevel::Privileged, PssLevel::Baseline, PssLevel::Restricted})
        if (text == pssLevelName(l))
            return l;
    return std::nullopt;
}

std::optional<int> parsePssVersion(QStringView text)
{
    if (text == u"latest")
        return kPssLatestMinor;
    if (!text.startsWith(u"v1."))
        return std::nullopt;
    bool ok = false;
    const int minor = text.mid(3).toInt(&ok);
    if (!ok || minor < 0)
        return std::nullopt;
    return minor;
}

namespace detail {

// NSA-POD-07 (Pod Security Admission labels and the pods they would reject), NSA-POD-17
// (SELinux options) and NSA-POD-18 (volume types), plus each workload's PSS level.
void checkPodSecurityStandards(Context &ctx)
{
    const int pod07 = ctl("NSA-POD-07");
    const int pod17 = ctl("NSA-POD-17");
    const int pod18 = ctl("NSA-POD-18");

    struct NsPolicy
    {
        bool known = false;
        std::optional<PssLevel> enforce;
        int minor = kPssLatestMinor;
        QString label;
    };
    QHash<QString, NsPolicy> policies;
    const QString enforceKey = QStringLiteral("pod-security.kubernetes.io/enforce");
    for (const QString &ns : ctx.namespaces()) {
        NsPolicy p;
        const KubeObject *nsObject = ctx.inventory.find(u"Namespace", QString(), ns);
        if (!nsObject) {
            bool defaultedOnly = true;
            for (const KubeObject *o : ctx.inventory.inNamespace(ns))
                defaultedOnly = defaultedOnly && o->namespaceDefaulted();
            ctx.incomplete(
                pod07,
                defaultedOnly
                    ? PssText::tr("The objects carry no namespace: check the "
                                  "pod-security labels of the namespace they are applied to.")
                    : PssText::tr("Namespace %1 is not in the source: its pod-security "
                                  "labels cannot be checked.")
                          .arg(ns));
            policies.insert(ns, p);
            continue;
        }
        p.known = true;
        ctx.check(pod07, *nsObject);
        const Node labels = nsObject->labels();
        const Node enforce = labels["pod-security.kubernetes.io/enforce"];
        const QString field = QStringLiteral("metadata.labels[\"%1\"]").arg(enforceKey);
        const Node version = labels["pod-security.kubernetes.io/enforce-version"];
        std::optional<int> minor = kPssLatestMinor;
        if (version.isValid()) {
            minor = parsePssVersion(version.toString());
            if (!minor) {
                ctx.fail(
                    pod07, *nsObject,
                    QStringLiteral(
                        "metadata.labels[\"pod-security.kubernetes.io/enforce-version\"]"),
                    version.toString(),
                    PssText::tr(
                        "invalid enforce-version; Pod Security admission falls back to latest"));
                minor = kPssLatestMinor;
            }
        }
        p.minor = *minor;
        if (!enforce.isValid()) {
            QString extra;
            if (labels["pod-security.kubernetes.io/warn"].isValid() ||
                labels["pod-security.kubernetes.io/audit"].isValid())
                extra = PssText::tr(" (warn/audit labels only report, they do not block)");
            ctx.fail(pod07, *nsObject, QStringLiteral("metadata.labels"), unsetValue(),
                     PssText::tr(
                         "namespace %1 enforces no pod security level%2; label it %3=baseline or "
                         "restricted")
                         .arg(ns, extra, enforceKey));
        } else {
            p.label = enforce.toString();
            p.enforce = parsePssLevel(p.label);
            if (!p.enforce) {
                // PSA evaluates an invalid level as restricted:latest.
                ctx.fail(
                    pod07, *nsObject, field, p.label,
                    PssText::tr("invalid pod security level; Pod Security admission treats it as "
                                "restricted:latest"));
                p.enforce = PssLevel::Restricted;
                p.minor = kPssLatestMinor;
            } else if (*p.enforce == PssLevel::Privileged) {
                ctx.fail(pod07, *nsObject, field, p.label,
                         PssText::tr(
                             "namespace %1 enforces the privileged level, which allows everything")
                             .arg(ns));
            }
        }
        policies.insert(ns, p);
    }

    for (const Workload &w : ctx.workloads()) {
        // Per workload level at the latest policy version. Baseline is evaluated at most once:
        // a restricted check that overrides a baseline one may hide a baseline violation.
        const auto restrictedViolations = evaluatePodSecurity(w.pod, PssLevel::Restricted);
        std::optional<std::vector<PssViolation>> baselineViolations;
        auto baseline = [&]() -> const std::vector<PssViolation> & {
            if (!baselineViolations)
                baselineViolations = evaluatePodSecurity(w.pod, PssLevel::Baseline);
            return *baselineViolations;
        };
        PssLevel level = PssLevel::Restricted;
        if (!restrictedViolations.empty()) {
            bool baselineViolated = false;
            for (const PssViolation &v : restrictedViolations)
                baselineViolated = baselineViolated || v.level == PssLevel::Baseline;
            if (!baselineViolated)
                baselineViolated = !baseline().empty();
            level = baselineViolated ? PssLevel::Privileged : PssLevel::Baseline;
        }
        ctx.podSecurityLevels.push_back({ObjectRef::of(*w.object), pssLevelName(level)});

        // NSA-POD-17: the PSS SELinux rule; NSA-POD-18: the restricted volume rule.
        ctx.check(pod17, w);
        ctx.check(pod18, w);
        for (const PssViolation &v : restrictedViolations) {
            if (v.check == u"seLinuxOptions")
                ctx.fail(pod17, w, v.field, v.value, v.detail);
            else if (v.check == u"restrictedVolumes")
                ctx.fail(pod18, w, v.field, v.value, v.detail);
        }

        // NSA-POD-07: pods the namespace's enforce level would reject.
        const NsPolicy p = policies.value(w.object->ns());
        if (!p.known || !p.enforce || *p.enforce == PssLevel::Privileged)
            continue;
        ctx.check(pod07, w);
        const bool latest = p.minor == kPssLatestMinor;
        const std::vector<PssViolation> violations =
            latest && *p.enforce == PssLevel::Restricted ? restrictedViolations
            : latest                                     ? baseline()
                     : evaluatePodSecurity(w.pod, *p.enforce, p.minor);
        const QString policy = pssLevelName(*p.enforce) + u':' +
                               (p.minor == kPssLatestMinor ? QStringLiteral("latest")
                                                           : QStringLiteral("v1.%1").arg(p.minor));
        for (const PssViolation &v : violations)
            ctx.fail(pod07, w, v.field, v.value,
                     (w.isPod
                          ? PssText::tr("rejected by Pod Security admission (enforce=%1): %2: %3")
                          : PssText::tr("its pods would be rejected by Pod Security admission "
                                        "(enforce=%1): %2: %3"))
                         .arg(policy, v.reason, v.detail));
    }
}

} // namespace detail
} // namespace parapet::checks
