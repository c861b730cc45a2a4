// Detection hints for the informational logging controls: log agents and metrics (NSA-LOG-05),
// seccomp Localhost profiles (LOG-06), runtime threat detection (LOG-08), service meshes
// (LOG-09). Audit flags (LOG-01/03/04) are read in controlplane.cpp; deleting events (LOG-07)
// in authn.cpp.

#include "checkcontext.h"

#include <QCoreApplication>

namespace parapet::checks::detail {

namespace {

struct LoggingText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Logging)
};

QStringList imagesMatching(const Context &ctx, const QStringList &needles)
{
    QStringList found;
    for (const Workload &w : ctx.workloads()) {
        for (const ContainerRef &c : w.containers) {
            const QString image = c.image().toLower();
            for (const QString &n : needles) {
                if (image.contains(n)) {
                    const QString what = QStringLiteral("%1 (%2)").arg(n, w.object->reference());
                    if (!found.contains(what))
                        found.append(what);
                }
            }
        }
    }
    return found;
}

} // namespace

void checkLogging(Context &ctx)
{
    const int log05 = ctl("NSA-LOG-05"), log06 = ctl("NSA-LOG-06"), log08 = ctl("NSA-LOG-08");
    const int log09 = ctl("NSA-LOG-09");

    const QStringList agents = imagesMatching(
        ctx, {QStringLiteral("fluent-bit"), QStringLiteral("fluentd"), QStringLiteral("vector"),
              QStringLiteral("promtail"), QStringLiteral("filebeat"),
              QStringLiteral("grafana/alloy"), QStringLiteral("otel/opentelemetry-collector")});
    if (!agents.isEmpty())
        ctx.note(
            log05,
            LoggingText::tr("Log agents: %1.").arg(agents.mid(0, 8).join(QStringLiteral(", "))));
    for (const KubeObject *o : ctx.objects(u"APIService"))
        if (o->name() == u"v1beta1.metrics.k8s.io")
            ctx.note(log05,
                     LoggingText::tr("The metrics API (v1beta1.metrics.k8s.io) is registered."));
    for (const KubeObject &o : ctx.inventory.objects())
        if (o.group() == u"monitoring.coreos.com" &&
            (o.kind() == u"Prometheus" || o.kind() == u"Alertmanager")) {
            ctx.note(
                log05,
                LoggingText::tr("Prometheus Operator resources found (%1).").arg(o.reference()));
            break;
        }

    int localhost = 0;
    for (const Workload &w : ctx.workloads()) {
        bool uses =
            w.pod.spec.path("securityContext.seccompProfile.type").toString() == u"Localhost";
        for (const ContainerRef &c : w.containers)
            uses = uses ||
                   c.node.path("securityContext.seccompProfile.type").toString() == u"Localhost";
        localhost += uses ? 1 : 0;
    }
    if (!ctx.workloads().empty())
        ctx.note(log06, LoggingText::tr("%1 of %2 workloads use a Localhost seccomp profile.")
                            .arg(localhost)
                            .arg(ctx.workloads().size()));

    const QStringList detectors =
        imagesMatching(ctx, {QStringLiteral("falco"), QStringLiteral("tetragon"),
                             QStringLiteral("kubearmor"), QStringLiteral("tracee")});
    if (!detectors.isEmpty())
        ctx.note(log08, LoggingText::tr("Runtime detection: %1.")
                            .arg(detectors.mid(0, 8).join(QStringLiteral(", "))));

    int strict = 0, peerAuth = 0;
    bool mesh = false;
    for (const KubeObject &o : ctx.inventory.objects()) {
        if (o.group() == u"security.istio.io" && o.kind() == u"PeerAuthentication") {
            ++peerAuth;
            if (o.spec().path("mtls.mode").toString() == u"STRICT")
                ++strict;
        }
        mesh = mesh || o.group().endsWith(QStringLiteral("istio.io")) ||
               o.group().endsWith(QStringLiteral("linkerd.io"));
    }
    if (mesh)
        ctx.note(log09,
                 LoggingText::tr(
                     "Service mesh resources found; %1 of %2 PeerAuthentications are STRICT.")
                     .arg(strict)
                     .arg(peerAuth));
}

} // namespace parapet::checks::detail
