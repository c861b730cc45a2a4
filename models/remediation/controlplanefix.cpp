// Control-plane fixes: audit logging (policy file, kube-apiserver flags, hostPath volumes) and
// encryption of Secrets at rest (EncryptionConfiguration with a fresh key, flag, mount,
// re-encryption). These are node files, not API objects: the fix carries them as files with
// instructions, and the fixed kube-apiserver static-pod manifest.

#include "fixsupport.h"

namespace parapet::remediation {

using namespace detail;

namespace {

constexpr const char *kAuditDir = "/etc/kubernetes/audit";
constexpr const char *kAuditPolicy = "/etc/kubernetes/audit/policy.yaml";
constexpr const char *kAuditLogDir = "/var/log/kubernetes/audit";
constexpr const char *kAuditLog = "/var/log/kubernetes/audit/audit.log";
constexpr const char *kEncDir = "/etc/kubernetes/enc";
constexpr const char *kEncConfig = "/etc/kubernetes/enc/encryption-config.yaml";

MutableNode str(const char *s)
{
    return MutableNode::string(std::string_view(s));
}

MutableNode resourceGroup(const char *group, std::initializer_list<const char *> resources)
{
    MutableNode g = MutableNode::mapping();
    g.set("group", str(group));
    g.set("resources", MutableNode::strings(resources));
    return g;
}

/// A tiered audit policy (audit.k8s.io/v1): first matching rule wins.
MutableNode auditPolicy()
{
    MutableNode p = MutableNode::mapping();
    p.set("apiVersion", str("audit.k8s.io/v1"));
    p.set("kind", str("Policy"));
    p.set("omitStages", MutableNode::strings({"RequestReceived"}));
    MutableNode &rules = p["rules"];
    rules = MutableNode::sequence();
    {
        // Health and discovery endpoints polled by probes and clients: noise, no risk.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("None"));
        r.set("nonResourceURLs", MutableNode::strings({"/healthz*", "/livez*", "/readyz*",
                                                       "/version", "/metrics", "/openapi/*"}));
        rules.append(r);
    }
    {
        // Reads of events and of leases (leader election, node heartbeats): very frequent.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("None"));
        r.set("verbs", MutableNode::strings({"get", "list", "watch"}));
        MutableNode &res = r["resources"];
        res = MutableNode::sequence();
        res.append(resourceGroup("", {"events"}));
        res.append(resourceGroup("events.k8s.io", {"events"}));
        res.append(resourceGroup("coordination.k8s.io", {"leases"}));
        rules.append(r);
    }
    {
        // Secrets, ConfigMaps and tokens: who touched them, never their content.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("Metadata"));
        MutableNode &res = r["resources"];
        res = MutableNode::sequence();
        res.append(resourceGroup("", {"secrets", "configmaps", "serviceaccounts/token"}));
        res.append(resourceGroup("authentication.k8s.io", {"tokenreviews"}));
        res.append(resourceGroup("certificates.k8s.io", {"certificatesigningrequests"}));
        rules.append(r);
    }
    {
        // Changes to RBAC: the full request and response.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("RequestResponse"));
        r.set("verbs",
              MutableNode::strings({"create", "update", "patch", "delete", "deletecollection"}));
        MutableNode &res = r["resources"];
        res = MutableNode::sequence();
        res.append(resourceGroup("rbac.authorization.k8s.io",
                                 {"roles", "rolebindings", "clusterroles", "clusterrolebindings"}));
        rules.append(r);
    }
    {
        // exec, attach, port-forward, proxy: who opened a session into what.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("Metadata"));
        MutableNode &res = r["resources"];
        res = MutableNode::sequence();
        res.append(resourceGroup(
            "", {"pods/exec", "pods/attach", "pods/portforward", "pods/proxy", "nodes/proxy"}));
        rules.append(r);
    }
    {
        // Other writes: the request body (what was asked for).
        MutableNode r = MutableNode::mapping();
        r.set("level", str("Request"));
        r.set("verbs",
              MutableNode::strings({"create", "update", "patch", "delete", "deletecollection"}));
        rules.append(r);
    }
    {
        // Everything else, anonymous requests included: metadata.
        MutableNode r = MutableNode::mapping();
        r.set("level", str("Metadata"));
        rules.append(r);
    }
    return p;
}

struct Flag
{
    const char *name;
    QString value;
};

struct Mount
{
    const char *name;
    const char *hostPath;
    const char *type;
    const char *mountPath;
    bool readOnly;
};

MutableNode volumeNode(const Mount &m)
{
    MutableNode v = MutableNode::mapping();
    v.set("name", str(m.name));
    MutableNode &hp = v["hostPath"];
    hp.set("path", str(m.hostPath));
    hp.set("type", str(m.type));
    return v;
}

MutableNode mountNode(const Mount &m)
{
    MutableNode v = MutableNode::mapping();
    v.set("name", str(m.name));
    v.set("mountPath", str(m.mountPath));
    if (m.readOnly)
        v.set("readOnly", MutableNode::boolean(true));
    return v;
}

/// Adds or replaces `--name=value` in the container's command (when it runs kube-apiserver)
/// or args. False when the flags are in a shell line that this cannot edit safely.
bool setFlags(MutableNode &container, const std::vector<Flag> &flags)
{
    MutableNode *command = container.find("command");
    const bool inCommand = command && command->isSequence() && !command->items().empty() &&
                           command->items()[0].toString().section(u'/', -1) == u"kube-apiserver";
    if (command && command->isSequence() && !command->items().empty()) {
        const QString exe = command->items()[0].toString().section(u'/', -1);
        if (exe == u"sh" || exe == u"bash" || exe == u"ash")
            return false;
    }
    MutableNode &list = inCommand ? *command : container["args"];
    if (!list.isSequence())
        list = MutableNode::sequence();
    for (const Flag &f : flags) {
        const QString prefix = QStringLiteral("--") + QLatin1String(f.name);
        const QString text = prefix + u'=' + f.value;
        bool done = false;
        // Flags may sit in either list: replace where written.
        for (MutableNode *l : {command, container.find("args")}) {
            if (!l || !l->isSequence())
                continue;
            for (MutableNode &item : l->items()) {
                const QString t = item.toString();
                if (t == prefix || t.startsWith(prefix + u'=')) {
                    item = MutableNode::string(text);
                    done = true;
                }
            }
        }
        if (!done)
            list.append(MutableNode::string(text));
    }
    return true;
}

void addMounts(MutableNode &podSpec, MutableNode &container, const std::vector<Mount> &mounts)
{
    MutableNode &volumes = podSpec["volumes"];
    if (!volumes.isSequence())
        volumes = MutableNode::sequence();
    MutableNode &vms = container["volumeMounts"];
    if (!vms.isSequence())
        vms = MutableNode::sequence();
    for (const Mount &m : mounts) {
        bool hasVolume = false, hasMount = false;
        for (const MutableNode &v : volumes.items())
            if (const MutableNode *n = v.find("name"); n && n->scalar() == m.name)
                hasVolume = true;
        for (const MutableNode &v : vms.items())
            if (const MutableNode *p = v.find("mountPath"); p && p->scalar() == m.mountPath)
                hasMount = true;
        if (!hasVolume)
            volumes.append(volumeNode(m));
        if (!hasMount)
            vms.append(mountNode(m));
    }
}

QString snippet(const std::vector<Flag> &flags, const std::vector<Mount> &mounts)
{
    QString s = QStringLiteral("# kube-apiserver flags (container command or args):\n");
    for (const Flag &f : flags)
        s += QStringLiteral("- --%1=%2\n").arg(QLatin1String(f.name), f.value);
    MutableNode vms = MutableNode::sequence();
    MutableNode vols = MutableNode::sequence();
    for (const Mount &m : mounts) {
        vms.append(mountNode(m));
        vols.append(volumeNode(m));
    }
    MutableNode c = MutableNode::mapping();
    c.set("volumeMounts", vms);
    MutableNode v = MutableNode::mapping();
    v.set("volumes", vols);
    s += QStringLiteral("# in the kube-apiserver container:\n") + c.toYaml();
    s += QStringLiteral("# in the pod spec:\n") + v.toYaml();
    return s;
}

} // namespace

QString detail::encryptionConfigurationYaml(const QString &provider, const QByteArray &key)
{
    MutableNode c = MutableNode::mapping();
    c.set("apiVersion", str("apiserver.config.k8s.io/v1"));
    c.set("kind", str("EncryptionConfiguration"));
    MutableNode entry = MutableNode::mapping();
    entry.set("resources", MutableNode::strings({"secrets"}));
    MutableNode providers = MutableNode::sequence();
    MutableNode p = MutableNode::mapping();
    MutableNode k = MutableNode::mapping();
    k.set("name", str("key1"));
    k.set("secret", MutableNode::string(QString::fromLatin1(key.toBase64())));
    p[provider.toStdString()]["keys"].append(k);
    providers.append(p);
    // identity last: Secrets written before the change stay readable until re-encrypted.
    MutableNode identity = MutableNode::mapping();
    identity.set("identity", MutableNode::mapping());
    providers.append(identity);
    entry.set("providers", providers);
    c["resources"].append(entry);
    return c.toYaml();
}

Result<Remediation> fixControlPlane(const KubeObject &apiServer, const FixOptions &options)
{
    const auto fail = [&](Error::Code code, const QString &why) {
        return Error{code, why, apiServer.origin()};
    };
    MutableNode fixed = applicableCopy(apiServer);
    MutableNode *spec = fixed.find("spec");
    MutableNode *containers = spec ? spec->find("containers") : nullptr;
    MutableNode *container = nullptr;
    if (containers && containers->isSequence())
        for (MutableNode &c : containers->items())
            if (const MutableNode *n = c.find("name"); n && n->scalar() == "kube-apiserver")
                container = &c;
    if (!container && containers && containers->isSequence() && !containers->items().empty())
        container = &containers->items()[0];
    if (apiServer.kind() != u"Pod" || !container)
        return fail(
            Error::Code::Unsupported,
            FixText::tr("%1 is not a kube-apiserver static pod").arg(apiServer.reference()));

    Remediation::Data data;
    data.kind = RemediationKind::ControlPlane;
    data.target = checks::ObjectRef::of(apiServer);
    std::vector<Flag> flags;
    std::vector<Mount> mounts;
    QStringList controls;
    QString instructions =
        FixText::tr(
            "# Control-plane fixes for %1\n\n"
            "These files belong on every control-plane node, not in the cluster API. Back up etcd "
            "and the current manifest first (`cp /etc/kubernetes/manifests/kube-apiserver.yaml "
            "/root/`). The kubelet restarts the API server when the manifest changes; with several "
            "control-plane nodes, change one node at a time and use the same files on all of "
            "them.\n\n")
            .arg(apiServer.reference());
    int step = 1;
    const PartInfo *audit = findPart(u"audit-logging");
    if (options.wants(*audit)) {
        const bool on = !options.without.contains(audit->nameString());
        data.parts.push_back({audit->nameString(), audit->controlIds(), on});
        if (on) {
            controls += audit->controlIds();
            flags.push_back({"audit-policy-file", QLatin1String(kAuditPolicy)});
            flags.push_back({"audit-log-path", QLatin1String(kAuditLog)});
            flags.push_back({"audit-log-maxage", QStringLiteral("30")});
            flags.push_back({"audit-log-maxbackup", QStringLiteral("10")});
            flags.push_back({"audit-log-maxsize", QStringLiteral("100")});
            mounts.push_back({"audit-policy", kAuditDir, "DirectoryOrCreate", kAuditDir, true});
            mounts.push_back({"audit-log", kAuditLogDir, "DirectoryOrCreate", kAuditLogDir, false});
            data.files.push_back({QStringLiteral("control-plane/audit-policy.yaml"),
                                  QStringLiteral("# Audit policy (NSA-LOG-01, NSA-LOG-02): install "
                                                 "as %1\n")
                                          .arg(QLatin1String(kAuditPolicy)) +
                                      auditPolicy().toYaml()});
            instructions +=
                FixText::tr(
                    "%1. Audit logging (NSA-LOG-01, LOG-02, LOG-03)\n"
                    "   sudo install -D -m 0600 audit-policy.yaml %2\n"
                    "   Then add the flags, volumes and mounts of kube-apiserver-flags.txt (or use "
                    "the fixed manifest, below). Logs go to %3, kept 30 days, 10 files of 100 MB. "
                    "The policy records Secrets, ConfigMaps and tokens at Metadata only (never "
                    "their values), RBAC changes with request and response, other writes with the "
                    "request, and skips health checks and event/lease reads.\n"
                    "   Verify: sudo tail %3 shows events a minute after the restart.\n\n")
                    .arg(step++)
                    .arg(QLatin1String(kAuditPolicy), QLatin1String(kAuditLog));
            data.warnings.append(FixText::tr(
                "audit-logging: the audit log needs disk space on the control-plane node "
                "(up to 10 x 100 MB plus the current file); ship it off the node (NSA-LOG-04)"));
        }
    }
    const PartInfo *enc = findPart(u"encryption-at-rest");
    if (options.wants(*enc)) {
        const bool on = !options.without.contains(enc->nameString());
        data.parts.push_back({enc->nameString(), enc->controlIds(), on});
        if (on) {
            controls += enc->controlIds();
            data.encryptionProvider = QStringLiteral("secretbox");
            flags.push_back({"encryption-provider-config", QLatin1String(kEncConfig)});
            mounts.push_back({"encryption-config", kEncDir, "DirectoryOrCreate", kEncDir, true});
            const QString reencrypt = QStringLiteral(
                "kubectl get secrets --all-namespaces -o json | kubectl replace -f -");
            data.commands.append(QStringLiteral("# after the API servers restarted with "
                                                "--encryption-provider-config:"));
            data.commands.append(reencrypt);
            instructions +=
                FixText::tr(
                    "%1. Encryption of Secrets at rest (NSA-NET-14)\n"
                    "   encryption-config.yaml holds a fresh 32-byte key (secretbox, with identity "
                    "last so that existing Secrets stay readable). It is the only copy: keep it "
                    "like a root password, never commit it to Git.\n"
                    "   sudo install -D -m 0600 encryption-config.yaml %2\n"
                    "   Add --encryption-provider-config=%2 and its mount "
                    "(kube-apiserver-flags.txt). "
                    "After every API server restarted, rewrite the existing Secrets so that they "
                    "are "
                    "stored encrypted:\n"
                    "   %3\n"
                    "   Verify: `sudo ETCDCTL_API=3 etcdctl get /registry/secrets/default/NAME | "
                    "hexdump -C` starts with k8s:enc:secretbox:v1:key1.\n\n")
                    .arg(step++)
                    .arg(QLatin1String(kEncConfig), reencrypt);
            data.warnings.append(FixText::tr(
                "encryption-at-rest: losing the key loses every Secret written after the "
                "change; back it up safely. A KMS provider keeps the key off the node "
                "(NSA-NET-15)"));
        }
    }
    if (flags.empty())
        return fail(Error::Code::NotFound,
                    FixText::tr("%1: nothing to change with the selected parts")
                        .arg(apiServer.reference()));
    if (!setFlags(*container, flags))
        return fail(Error::Code::Unsupported,
                    FixText::tr("%1 runs kube-apiserver through a shell: add the flags by hand")
                        .arg(apiServer.reference()));
    addMounts(*spec, *container, mounts);
    const QString manifestName =
        QStringLiteral("control-plane/") + fileStem(data.target) + QStringLiteral(".manifest.yaml");
    data.files.push_back(
        {QStringLiteral("control-plane/kube-apiserver-flags.txt"), snippet(flags, mounts)});
    data.files.push_back(
        {manifestName,
         QStringLiteral("# The fixed static-pod manifest of %1: compare it with "
                        "/etc/kubernetes/manifests/kube-apiserver.yaml on its node, then "
                        "replace that file.\n")
                 .arg(apiServer.reference()) +
             fixed.toYaml()});
    instructions += FixText::tr("%1. The whole fixed manifest is %2: diff it against the node's "
                                "/etc/kubernetes/manifests/kube-apiserver.yaml before you copy "
                                "it there (the kubelet picks it up within seconds).\n")
                        .arg(step)
                        .arg(manifestName.section(u'/', -1));
    data.files.push_back({QStringLiteral("control-plane/INSTRUCTIONS.md"), instructions});
    data.controls = sortedControls(controls);
    data.warnings.append(FixText::tr(
        "control plane: a typo in the kube-apiserver manifest stops the API server; keep a "
        "copy of the old manifest and console access to the node"));
    return Remediation(std::move(data));
}

} // namespace parapet::remediation
