// Control-plane controls read from the static pods of kube-apiserver, etcd,
// kube-controller-manager and kube-scheduler (kubeadm, RKE2 and similar; both `command` and
// `args`, `--flag=value` and `--flag value`): NSA-NET-08, NET-09, NET-12, NET-14, AUTH-01
// (anonymous auth), AUTH-05, AUTH-06, LOG-01, LOG-03, LOG-04. Kubelet settings (AUTH-02…04)
// come from KubeletConfiguration objects when the source has them. Where no static pod is
// visible (managed control planes, k3s) the answer is "not verifiable from here".

#include "checkcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace parapet::checks::detail {

namespace {

struct ControlPlaneText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::ControlPlane)
};

/// Flags that take no value (pflag booleans): `--profiling` alone means true, and the next
/// element is not its value.
bool isBoolFlag(const QString &name)
{
    static const QSet<QString> flags = {QStringLiteral("anonymous-auth"),
                                        QStringLiteral("profiling"),
                                        QStringLiteral("allow-privileged"),
                                        QStringLiteral("enable-bootstrap-token-auth"),
                                        QStringLiteral("client-cert-auth"),
                                        QStringLiteral("peer-client-cert-auth"),
                                        QStringLiteral("auto-tls"),
                                        QStringLiteral("peer-auto-tls"),
                                        QStringLiteral("use-service-account-credentials"),
                                        QStringLiteral("leader-elect"),
                                        QStringLiteral("enable-aggregator-routing"),
                                        QStringLiteral("service-account-lookup"),
                                        QStringLiteral("rotate-certificates"),
                                        QStringLiteral("enable-admission-plugins-all"),
                                        QStringLiteral("strict-transport-security-directives-all"),
                                        QStringLiteral("v-bool"),
                                        QStringLiteral("enable-priority-and-fairness"),
                                        QStringLiteral("enable-garbage-collector"),
                                        QStringLiteral("experimental-initial-corrupt-check"),
                                        QStringLiteral("enable-v2"),
                                        QStringLiteral("enable-pprof")};
    return flags.contains(name);
}

QStringList splitShell(const QString &line)
{
    QStringList out;
    QString cur;
    QChar quote;
    bool any = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                cur += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            any = true;
        } else if (c.isSpace()) {
            if (!cur.isEmpty() || any)
                out.append(cur);
            cur.clear();
            any = false;
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty() || any)
        out.append(cur);
    return out;
}

} // namespace

void parseFlags(const Node &container, const QString &containerPath, StaticPod &out)
{
    struct Token
    {
        QString text;
        QString path;
    };
    std::vector<Token> tokens;
    for (const char *list : {"command", "args"}) {
        std::uint32_t i = 0;
        const Node seq = container[list];
        for (const auto &[k, v] : seq.children()) {
            tokens.push_back({v.toString().trimmed(), containerPath + u'.' + QLatin1String(list) +
                                                          u'[' + QString::number(i) + u']'});
            ++i;
        }
    }
    // `sh -c "kube-apiserver --a=b …"`: split the command line.
    if (tokens.size() >= 3) {
        const QString exe = tokens[0].text.section(u'/', -1);
        if ((exe == u"sh" || exe == u"bash" || exe == u"ash") && tokens[1].text == u"-c") {
            std::vector<Token> split;
            for (std::size_t i = 2; i < tokens.size(); ++i)
                for (const QString &part : splitShell(tokens[i].text))
                    split.push_back({part, tokens[i].path});
            tokens = std::move(split);
        }
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        if (!t.startsWith(u'-') || t == u"-" || t == u"--")
            continue;
        const QString flagPath = tokens[i].path;
        QString body = t.mid(t.startsWith(QStringLiteral("--")) ? 2 : 1);
        QString name, value;
        const qsizetype eq = body.indexOf(u'=');
        if (eq >= 0) {
            name = body.left(eq);
            value = body.mid(eq + 1);
        } else {
            name = body;
            if (!isBoolFlag(name) && i + 1 < tokens.size() &&
                !tokens[i + 1].text.startsWith(u'-')) {
                value = tokens[i + 1].text;
                ++i;
            } else {
                value = QStringLiteral("true");
            }
        }
        out.flags.insert(name, value.trimmed());
        out.flagPaths.insert(name, flagPath);
    }
}

namespace {

struct FlagCheck
{
    Context &ctx;
    int id;
    const StaticPod &pod;

    void fail(const QString &flag, const QString &message) const
    {
        if (pod.has(flag))
            ctx.fail(id, *pod.object, pod.pathOf(flag),
                     QStringLiteral("--%1=%2").arg(flag, pod.value(flag)), message);
        else
            ctx.fail(id, *pod.object, pod.containerPath + QStringLiteral(".command"),
                     QStringLiteral("--%1 %2").arg(flag, unsetValue()), message);
    }
    void check() const { ctx.check(id, *pod.object); }
};

bool isFalse(const QString &v)
{
    return v.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0;
}

void kubeletConfig(Context &ctx, int auth02, int auth03, int auth04, int net12)
{
    bool any = false;
    // Live fetches name the node each configuration was read from (its configz); nodes of the
    // inventory without one stay unverified, so a partial read is never a pass.
    QSet<QString> readNodes;
    for (const KubeObject *k : ctx.objects(u"KubeletConfiguration")) {
        any = true;
        const QString node = k->annotation("parapet.io/configz-node");
        if (!node.isEmpty())
            readNodes.insert(node);
        const Node r = k->root();
        ctx.check(auth02, *k);
        ctx.check(auth03, *k);
        ctx.check(auth04, *k);
        if (r.path("authentication.anonymous.enabled").toBool().value_or(false))
            ctx.fail(auth02, *k, QStringLiteral("authentication.anonymous.enabled"),
                     QStringLiteral("true"),
                     ControlPlaneText::tr("the kubelet accepts anonymous requests"));
        if (r.path("authentication.x509.clientCAFile").toString().isEmpty())
            ctx.fail(auth03, *k, QStringLiteral("authentication.x509.clientCAFile"), unsetValue(),
                     ControlPlaneText::tr("the kubelet does not verify client certificates"));
        if (r.path("authorization.mode").toString() == u"AlwaysAllow")
            ctx.fail(auth03, *k, QStringLiteral("authorization.mode"),
                     QStringLiteral("AlwaysAllow"),
                     ControlPlaneText::tr("the kubelet authorizes every request"));
        const auto port = r["readOnlyPort"].toInt();
        if (port && *port != 0)
            ctx.fail(auth04, *k, QStringLiteral("readOnlyPort"), QString::number(*port),
                     ControlPlaneText::tr("the kubelet serves its read-only port"));
        const QString tls = r["tlsMinVersion"].toString();
        if (!tls.isEmpty() && tls != u"VersionTLS12" && tls != u"VersionTLS13") {
            ctx.check(net12, *k);
            ctx.fail(net12, *k, QStringLiteral("tlsMinVersion"), tls,
                     ControlPlaneText::tr("the kubelet accepts TLS older than 1.2"));
        }
    }
    if (!any) {
        const QString note =
            ControlPlaneText::tr("The kubelet configuration is not visible from here.");
        ctx.incomplete(auth02, note);
        ctx.incomplete(auth03, note);
        ctx.incomplete(auth04, note);
    } else if (!readNodes.isEmpty()) {
        QStringList unread;
        for (const KubeObject *n : ctx.objects(u"Node"))
            if (!readNodes.contains(n->name()))
                unread.append(n->name());
        if (!unread.isEmpty()) {
            const QString note =
                ControlPlaneText::tr("The kubelet configuration of %n node(s) could not be read "
                                     "(e.g. %1).",
                                     nullptr, int(unread.size()))
                    .arg(unread.front());
            ctx.incomplete(auth02, note);
            ctx.incomplete(auth03, note);
            ctx.incomplete(auth04, note);
        }
    }
    ctx.incomplete(net12, ControlPlaneText::tr(
                              "Kubelet TLS settings and certificate rotation are on the nodes."));
}

} // namespace

void checkControlPlane(Context &ctx)
{
    const int net08 = ctl("NSA-NET-08"), net09 = ctl("NSA-NET-09"), net12 = ctl("NSA-NET-12");
    const int net14 = ctl("NSA-NET-14"), auth01 = ctl("NSA-AUTH-01"), auth02 = ctl("NSA-AUTH-02");
    const int auth03 = ctl("NSA-AUTH-03"), auth04 = ctl("NSA-AUTH-04"), auth05 = ctl("NSA-AUTH-05");
    const int auth06 = ctl("NSA-AUTH-06"), log01 = ctl("NSA-LOG-01"), log03 = ctl("NSA-LOG-03");
    const int log04 = ctl("NSA-LOG-04");

    kubeletConfig(ctx, auth02, auth03, auth04, net12);

    // NET-12: Ingresses terminate TLS.
    for (const KubeObject *ing : ctx.objects(u"Ingress")) {
        ctx.check(net12, *ing);
        if (ing->spec()["tls"].size() == 0)
            ctx.fail(net12, *ing, QStringLiteral("spec.tls"), unsetValue(),
                     ControlPlaneText::tr("the Ingress serves its hosts without TLS"));
    }

    const auto apis = ctx.staticPods(u"kube-apiserver");
    const auto etcds = ctx.staticPods(u"etcd");
    const auto kcms = ctx.staticPods(u"kube-controller-manager");
    const auto scheds = ctx.staticPods(u"kube-scheduler");

    if (apis.empty()) {
        const QString note = ControlPlaneText::tr(
            "No kube-apiserver static pod in the source (managed control plane, "
            "k3s, or not captured): its flags cannot be read.");
        for (int id : {net08, net09, net12, net14, auth01, auth05, auth06, log01, log03, log04})
            ctx.incomplete(id, note);
    }
    for (const StaticPod *api : apis) {
        // NET-08
        FlagCheck c08{ctx, net08, *api};
        c08.check();
        if (api->has(QStringLiteral("insecure-port")) &&
            api->value(QStringLiteral("insecure-port")) != u"0")
            c08.fail(
                QStringLiteral("insecure-port"),
                ControlPlaneText::tr("the API server serves an unauthenticated insecure port"));
        if (api->has(QStringLiteral("insecure-bind-address")))
            c08.fail(QStringLiteral("insecure-bind-address"),
                     ControlPlaneText::tr("the API server binds an insecure address"));
        if (api->value(QStringLiteral("secure-port")) == u"0")
            c08.fail(QStringLiteral("secure-port"),
                     ControlPlaneText::tr("the API server's secure port is disabled"));
        if (!isFalse(api->value(QStringLiteral("profiling"))))
            c08.fail(QStringLiteral("profiling"),
                     ControlPlaneText::tr("the API server exposes profiling (it defaults to on)"));

        // NET-09 (API server side)
        FlagCheck c09{ctx, net09, *api};
        c09.check();
        for (const char *flag : {"etcd-cafile", "etcd-certfile", "etcd-keyfile"})
            if (api->value(QLatin1String(flag)).isEmpty())
                c09.fail(QLatin1String(flag),
                         ControlPlaneText::tr(
                             "the API server does not authenticate to etcd with TLS (--%1 unset)")
                             .arg(QLatin1String(flag)));
        for (const QString &server :
             api->value(QStringLiteral("etcd-servers")).split(u',', Qt::SkipEmptyParts))
            if (!server.trimmed().startsWith(QStringLiteral("https://")))
                c09.fail(
                    QStringLiteral("etcd-servers"),
                    ControlPlaneText::tr("etcd is reached without TLS: %1").arg(server.trimmed()));

        // NET-12
        FlagCheck c12{ctx, net12, *api};
        c12.check();
        const QString tlsMin = api->value(QStringLiteral("tls-min-version"));
        if (tlsMin != u"VersionTLS12" && tlsMin != u"VersionTLS13")
            c12.fail(QStringLiteral("tls-min-version"),
                     tlsMin.isEmpty()
                         ? ControlPlaneText::tr("the minimum TLS version is not set to 1.2 or 1.3")
                         : ControlPlaneText::tr("the API server accepts TLS older than 1.2"));
        const QString ciphers = api->value(QStringLiteral("tls-cipher-suites"));
        if (ciphers.contains(QStringLiteral("RC4")) || ciphers.contains(QStringLiteral("3DES")))
            c12.fail(QStringLiteral("tls-cipher-suites"),
                     ControlPlaneText::tr("weak cipher suites (RC4 or 3DES) are allowed"));
        for (const char *flag : {"tls-cert-file", "tls-private-key-file"})
            if (api->value(QLatin1String(flag)).isEmpty())
                c12.fail(QLatin1String(flag),
                         ControlPlaneText::tr(
                             "the API server serves a self-generated certificate (--%1 unset)")
                             .arg(QLatin1String(flag)));

        // NET-14
        FlagCheck c14{ctx, net14, *api};
        c14.check();
        if (api->value(QStringLiteral("encryption-provider-config")).isEmpty())
            c14.fail(QStringLiteral("encryption-provider-config"),
                     ControlPlaneText::tr("Secrets are stored in etcd without encryption at rest"));
        else
            ctx.note(
                net14,
                ControlPlaneText::tr(
                    "--encryption-provider-config is set; check by hand that its first provider "
                    "is not identity (the file is on the control-plane node)."));

        // AUTH-01 (API server side)
        FlagCheck c01{ctx, auth01, *api};
        c01.check();
        const QString anon = api->value(QStringLiteral("anonymous-auth"));
        if (anon.isEmpty() && api->has(QStringLiteral("authentication-config")))
            ctx.incomplete(
                auth01,
                ControlPlaneText::tr(
                    "Anonymous access is configured in the AuthenticationConfiguration file."));
        else if (!isFalse(anon))
            c01.fail(QStringLiteral("anonymous-auth"),
                     anon.isEmpty()
                         ? ControlPlaneText::tr(
                               "anonymous requests are allowed (--anonymous-auth defaults to true)")
                         : ControlPlaneText::tr("anonymous requests are allowed"));

        // AUTH-05
        FlagCheck c05{ctx, auth05, *api};
        c05.check();
        for (const char *flag : {"token-auth-file", "basic-auth-file"})
            if (api->has(QLatin1String(flag)))
                c05.fail(QLatin1String(flag),
                         ControlPlaneText::tr("users authenticate with a static file (--%1)")
                             .arg(QLatin1String(flag)));

        // AUTH-06
        FlagCheck c06{ctx, auth06, *api};
        c06.check();
        const QStringList modes =
            api->value(QStringLiteral("authorization-mode")).split(u',', Qt::SkipEmptyParts);
        if (modes.isEmpty() && api->has(QStringLiteral("authorization-config")))
            ctx.incomplete(
                auth06, ControlPlaneText::tr(
                            "Authorization is configured in the AuthorizationConfiguration file."));
        else if (modes.isEmpty())
            c06.fail(QStringLiteral("authorization-mode"),
                     ControlPlaneText::tr(
                         "no authorization mode: the API server defaults to AlwaysAllow"));
        else if (modes.contains(QStringLiteral("AlwaysAllow")))
            c06.fail(QStringLiteral("authorization-mode"),
                     ControlPlaneText::tr("AlwaysAllow authorizes every request"));
        else if (!modes.contains(QStringLiteral("RBAC")))
            c06.fail(QStringLiteral("authorization-mode"),
                     ControlPlaneText::tr("RBAC is not enabled"));

        // LOG-01, LOG-03, LOG-04
        const bool policy = !api->value(QStringLiteral("audit-policy-file")).isEmpty();
        const bool logPath = !api->value(QStringLiteral("audit-log-path")).isEmpty();
        const bool webhook = !api->value(QStringLiteral("audit-webhook-config-file")).isEmpty();
        FlagCheck l01{ctx, log01, *api};
        l01.check();
        if (!policy)
            l01.fail(
                QStringLiteral("audit-policy-file"),
                ControlPlaneText::tr("no audit policy: the API server records no audit events"));
        else if (!logPath && !webhook)
            l01.fail(QStringLiteral("audit-log-path"),
                     ControlPlaneText::tr("an audit policy is set but no log or webhook backend"));
        FlagCheck l03{ctx, log03, *api};
        l03.check();
        if (!policy || (!logPath && !webhook)) {
            l03.fail(QStringLiteral("audit-log-path"),
                     ControlPlaneText::tr("audit logging is off: nothing is retained"));
        } else if (logPath) {
            const std::pair<const char *, int> minimum[] = {
                {"audit-log-maxage", 30}, {"audit-log-maxbackup", 10}, {"audit-log-maxsize", 100}};
            for (const auto &[flag, min] : minimum) {
                bool ok = false;
                const int v = api->value(QLatin1String(flag)).toInt(&ok);
                if (!ok || v < min)
                    l03.fail(QLatin1String(flag), ControlPlaneText::tr("--%1 should be at least %2")
                                                      .arg(QLatin1String(flag))
                                                      .arg(min));
            }
        }
        FlagCheck l04{ctx, log04, *api};
        l04.check();
        if (!webhook)
            l04.fail(QStringLiteral("audit-webhook-config-file"),
                     ControlPlaneText::tr("audit logs are not streamed off the node"));
    }

    // NET-08: scheduler and controller-manager.
    std::vector<const StaticPod *> others = kcms;
    others.insert(others.end(), scheds.begin(), scheds.end());
    for (const StaticPod *sp : others) {
        FlagCheck c{ctx, net08, *sp};
        c.check();
        if (sp->value(QStringLiteral("bind-address")) != u"127.0.0.1")
            c.fail(QStringLiteral("bind-address"),
                   ControlPlaneText::tr(
                       "%1 listens on all interfaces (--bind-address defaults to 0.0.0.0)")
                       .arg(sp->object->name()));
        if (!isFalse(sp->value(QStringLiteral("profiling"))))
            c.fail(QStringLiteral("profiling"),
                   ControlPlaneText::tr("%1 exposes profiling (it defaults to on)")
                       .arg(sp->object->name()));
    }
    if (!apis.empty() && (kcms.empty() || scheds.empty()))
        ctx.incomplete(
            net08,
            ControlPlaneText::tr(
                "The kube-scheduler or kube-controller-manager static pod is not in the source."));

    // NET-09: etcd.
    for (const StaticPod *etcd : etcds) {
        FlagCheck c{ctx, net09, *etcd};
        c.check();
        for (const char *flag : {"client-cert-auth", "peer-client-cert-auth"})
            if (etcd->value(QLatin1String(flag)) != u"true")
                c.fail(QLatin1String(flag),
                       ControlPlaneText::tr("etcd does not require client certificates (--%1)")
                           .arg(QLatin1String(flag)));
        for (const char *flag : {"trusted-ca-file", "cert-file", "key-file"})
            if (etcd->value(QLatin1String(flag)).isEmpty())
                c.fail(QLatin1String(flag),
                       ControlPlaneText::tr("etcd TLS is incomplete (--%1 unset)")
                           .arg(QLatin1String(flag)));
        for (const char *flag : {"auto-tls", "peer-auto-tls"})
            if (etcd->value(QLatin1String(flag)) == u"true")
                c.fail(QLatin1String(flag),
                       ControlPlaneText::tr("etcd uses self-signed certificates (--%1)")
                           .arg(QLatin1String(flag)));
    }
    if (etcds.empty() && !apis.empty()) {
        ctx.incomplete(net09,
                       ControlPlaneText::tr(
                           "The etcd static pod is not in the source: its flags cannot be read."));
    }
}

} // namespace parapet::checks::detail
