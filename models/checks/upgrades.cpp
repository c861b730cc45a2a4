// Upgrades: Kubernetes versions against the release table (NSA-UPG-01), add-ons with known
// flaws or past end of life (UPG-02), removed API versions and dangling Services (UPG-03).

#include "checkcontext.h"
#include "releases.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace parapet::checks::detail {

namespace {

struct UpgradesText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Upgrades)
};

/// Judges one version; returns the failure message, or empty when supported and patched.
QString judgeVersion(const QString &version, const QDate &today, QString *note)
{
    const auto v = parseKubernetesVersion(version);
    if (!v)
        return QString();
    const auto releases = kubernetesReleases();
    const int newest = releases.front().minor;
    const int oldest = releases.back().minor;
    if (v->first > newest) {
        *note = UpgradesText::tr("Version %1 is newer than Parapet's release table (%2).")
                    .arg(version, kubernetesReleasesAsOf().toString(Qt::ISODate));
        return QString();
    }
    if (v->first < oldest)
        return UpgradesText::tr("Kubernetes 1.%1 is long out of support").arg(v->first);
    const auto r = kubernetesRelease(v->first);
    if (!r)
        return QString();
    if (r->endOfLife < today)
        return UpgradesText::tr("Kubernetes 1.%1 reached end of life on %2")
            .arg(v->first)
            .arg(r->endOfLife.toString(Qt::ISODate));
    if (v->second < r->latestPatch)
        return UpgradesText::tr("patch 1.%1.%2 is behind 1.%1.%3 (published by %4)")
            .arg(v->first)
            .arg(v->second)
            .arg(r->latestPatch)
            .arg(kubernetesReleasesAsOf().toString(Qt::ISODate));
    if (r->endOfLife < today.addDays(90))
        *note = UpgradesText::tr("Kubernetes 1.%1 reaches end of life on %2.")
                    .arg(v->first)
                    .arg(r->endOfLife.toString(Qt::ISODate));
    return QString();
}

std::optional<std::pair<int, int>> minorPatch(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(tag);
    if (!m.hasMatch() || m.captured(1) != u"1")
        return std::nullopt;
    return std::make_pair(m.captured(2).toInt(), m.captured(3).toInt());
}

QString imageTag(const QString &image)
{
    const QString noDigest = image.section(u'@', 0, 0);
    const qsizetype slash = noDigest.lastIndexOf(u'/');
    const qsizetype colon = noDigest.lastIndexOf(u':');
    return colon > slash ? noDigest.mid(colon + 1) : QString();
}

/// Known flawed or end-of-life add-on images; empty when the image is not one of them.
QString knownBadImage(const QString &image)
{
    const QString lower = image.toLower();
    if (lower.contains(QStringLiteral("kubernetes-helm/tiller")) ||
        lower.contains(QStringLiteral("/tiller:")))
        return UpgradesText::tr(
            "Helm 2 Tiller is end of life since 2020-11-13 and grants cluster-admin to anyone who "
            "reaches it");
    if (lower.contains(QStringLiteral("ingress-nginx/controller"))) {
        const auto v = minorPatch(imageTag(image));
        if (v && (v->first < 11 || (v->first == 11 && v->second < 5) ||
                  (v->first == 12 && v->second < 1)))
            return UpgradesText::tr("ingress-nginx controller %1 is vulnerable to CVE-2025-1974 "
                                    "(IngressNightmare, "
                                    "fixed in 1.11.5 and 1.12.1)")
                .arg(imageTag(image));
    }
    if ((lower.contains(QStringLiteral("kubernetes-dashboard")) ||
         lower.contains(QStringLiteral("kubernetesui/dashboard")))) {
        const auto v = minorPatch(imageTag(image));
        const QString tag = imageTag(image);
        if (tag.startsWith(QStringLiteral("v1.")) && v && v->first < 10)
            return UpgradesText::tr(
                       "Kubernetes Dashboard %1 is vulnerable to CVE-2018-18264 (fixed in 1.10.1)")
                .arg(tag);
    }
    return QString();
}

bool removedApiVersion(const QString &apiVersion, const QString &kind)
{
    static const QSet<QString> removed = {QStringLiteral("extensions/v1beta1"),
                                          QStringLiteral("apps/v1beta1"),
                                          QStringLiteral("apps/v1beta2"),
                                          QStringLiteral("policy/v1beta1"),
                                          QStringLiteral("batch/v1beta1"),
                                          QStringLiteral("batch/v2alpha1"),
                                          QStringLiteral("networking.k8s.io/v1beta1"),
                                          QStringLiteral("rbac.authorization.k8s.io/v1beta1"),
                                          QStringLiteral("rbac.authorization.k8s.io/v1alpha1"),
                                          QStringLiteral("admissionregistration.k8s.io/v1beta1"),
                                          QStringLiteral("apiextensions.k8s.io/v1beta1"),
                                          QStringLiteral("apiregistration.k8s.io/v1beta1"),
                                          QStringLiteral("authentication.k8s.io/v1beta1"),
                                          QStringLiteral("authorization.k8s.io/v1beta1"),
                                          QStringLiteral("certificates.k8s.io/v1beta1"),
                                          QStringLiteral("coordination.k8s.io/v1beta1"),
                                          QStringLiteral("scheduling.k8s.io/v1beta1"),
                                          QStringLiteral("scheduling.k8s.io/v1alpha1"),
                                          QStringLiteral("storage.k8s.io/v1beta1"),
                                          QStringLiteral("autoscaling/v2beta1"),
                                          QStringLiteral("autoscaling/v2beta2"),
                                          QStringLiteral("discovery.k8s.io/v1beta1"),
                                          QStringLiteral("events.k8s.io/v1beta1"),
                                          QStringLiteral("node.k8s.io/v1beta1"),
                                          QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta1"),
                                          QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta2"),
                                          QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta3")};
    return removed.contains(apiVersion) || kind == u"PodSecurityPolicy";
}

} // namespace

void checkUpgrades(Context &ctx)
{
    const int upg01 = ctl("NSA-UPG-01"), upg02 = ctl("NSA-UPG-02"), upg03 = ctl("NSA-UPG-03");
    const QDate today = ctx.options.today;

    // UPG-01: the server version and every kubelet.
    if (kubernetesReleasesAsOf().addDays(180) < today)
        ctx.note(upg01, UpgradesText::tr(
                            "Parapet's release table dates from %1; newer releases may exist.")
                            .arg(kubernetesReleasesAsOf().toString(Qt::ISODate)));
    const QString server = ctx.inventory.source().serverVersion;
    if (!server.isEmpty()) {
        QString note;
        const QString problem = judgeVersion(server, today, &note);
        if (!note.isEmpty())
            ctx.note(upg01, note);
        const StaticPod *api = ctx.staticPod(u"kube-apiserver");
        if (api) {
            ctx.check(upg01, *api->object);
            if (!problem.isEmpty())
                ctx.fail(upg01, *api->object, api->containerPath + QStringLiteral(".image"), server,
                         problem);
        } else {
            const ObjectRef cluster{QString(), QStringLiteral("Cluster"), QString(),
                                    ctx.inventory.source().name.isEmpty()
                                        ? QStringLiteral("cluster")
                                        : ctx.inventory.source().name};
            ctx.checkRef(upg01, cluster);
            if (!problem.isEmpty())
                ctx.failRef(upg01, cluster, QStringLiteral("serverVersion"), server, problem);
        }
    }
    bool anyNode = false;
    for (const KubeObject *n : ctx.objects(u"Node")) {
        const QString kubelet = nodeInfoOf(*n).kubeletVersion;
        if (kubelet.isEmpty())
            continue;
        anyNode = true;
        ctx.check(upg01, *n);
        QString note;
        const QString problem = judgeVersion(kubelet, today, &note);
        if (!problem.isEmpty())
            ctx.fail(upg01, *n, QStringLiteral("status.nodeInfo.kubeletVersion"), kubelet,
                     UpgradesText::tr("kubelet: %1").arg(problem));
    }
    if (server.isEmpty() && !anyNode)
        ctx.incomplete(
            upg01,
            UpgradesText::tr("Neither the server version nor node versions are in the source."));

    // UPG-02: known flawed or end-of-life add-ons.
    ctx.note(upg02,
             UpgradesText::tr(
                 "Parapet knows a short list (Helm 2 Tiller, ingress-nginx before 1.11.5/1.12.1 "
                 "and its snippet annotations, Dashboard before 1.10.1); an image "
                 "vulnerability scanner finds more."));
    for (const Workload &w : ctx.workloads()) {
        ctx.check(upg02, w);
        for (const ContainerRef &c : w.containers) {
            const QString problem = knownBadImage(c.image());
            if (!problem.isEmpty())
                ctx.fail(upg02, w, c.path + QStringLiteral(".image"), c.image(), problem);
        }
    }
    for (const KubeObject *cm : ctx.objects(u"ConfigMap")) {
        const Node v = cm->root()["data"]["allow-snippet-annotations"];
        if (!v.isValid())
            continue;
        ctx.check(upg02, *cm);
        if (v.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
            ctx.fail(
                upg02, *cm, QStringLiteral("data[\"allow-snippet-annotations\"]"), v.toString(),
                UpgradesText::tr(
                    "ingress-nginx snippet annotations let Ingress authors read the controller's "
                    "secrets (CVE-2021-25742)"));
    }

    // UPG-03: removed API versions, dangling Services.
    for (const KubeObject &o : ctx.inventory.objects()) {
        if (!ctx.inScope(o))
            continue;
        ctx.check(upg03, o);
        if (removedApiVersion(o.apiVersion(), o.kind())) {
            ctx.fail(
                upg03, o, QStringLiteral("apiVersion"), o.apiVersion(),
                o.kind() == u"PodSecurityPolicy"
                    ? UpgradesText::tr(
                          "PodSecurityPolicy was removed in Kubernetes 1.25; use Pod Security "
                          "admission")
                    : UpgradesText::tr("%1 %2 is no longer served by current Kubernetes releases")
                          .arg(o.apiVersion(), o.kind()));
        }
    }
    QHash<QString, std::vector<const Workload *>> byNamespace;
    for (const Workload &w : ctx.workloads())
        byNamespace[w.object->ns()].push_back(&w);
    for (const KubeObject *s : ctx.objects(u"Service")) {
        const Node selector = s->spec()["selector"];
        if (!selector.isMap() || selector.size() == 0)
            continue;
        auto sel = LabelSelector::fromMap(selector);
        if (!sel)
            continue;
        ctx.check(upg03, *s);
        bool any = false;
        for (const Workload *w : byNamespace.value(s->ns()))
            any = any || sel->matches(w->pod.metadata["labels"]);
        if (!any)
            ctx.fail(upg03, *s, QStringLiteral("spec.selector"), sel->toString(),
                     UpgradesText::tr(
                         "the Service selects no pod of this source (dangling or mislabelled)"));
    }

    // NetworkPolicies that select no pod of a namespace that has pods.
    for (const KubeObject *np : ctx.objects(u"NetworkPolicy")) {
        const auto workloads = byNamespace.value(np->ns());
        if (workloads.empty() || np->group() != u"networking.k8s.io")
            continue;
        const Node selNode = np->spec()["podSelector"];
        if (!selNode.isValid() || selNode.isNull() || selNode.size() == 0)
            continue; // {} selects every pod
        auto sel = LabelSelector::fromNode(selNode);
        if (!sel)
            continue;
        bool any = false;
        for (const Workload *w : workloads)
            any = any || sel->matches(w->pod.metadata["labels"]);
        if (!any)
            ctx.fail(
                upg03, *np, QStringLiteral("spec.podSelector"), sel->toString(),
                UpgradesText::tr("the NetworkPolicy selects no pod of its namespace (dangling)"));
    }

    // Ingresses whose backend Service is missing (judged where the namespace's Services are in
    // the source).
    QHash<QString, QSet<QString>> services;
    for (const KubeObject *s : ctx.objects(u"Service"))
        services[s->ns()].insert(s->name());
    for (const KubeObject *ing : ctx.objects(u"Ingress")) {
        if (!services.contains(ing->ns()))
            continue;
        const QSet<QString> known = services.value(ing->ns());
        auto checkBackend = [&](const Node &backend, const QString &path) {
            QString name = backend.path("service.name").toString(QString());
            if (name.isEmpty())
                name = backend["serviceName"].toString(QString()); // extensions/v1beta1
            if (!name.isEmpty() && !known.contains(name))
                ctx.fail(upg03, *ing, path, name,
                         UpgradesText::tr("the Ingress routes to Service %1, which does not exist")
                             .arg(name));
        };
        checkBackend(ing->spec()["defaultBackend"], QStringLiteral("spec.defaultBackend"));
        std::uint32_t r = 0;
        for (const auto &[k, rule] : ing->spec()["rules"].children()) {
            std::uint32_t p = 0;
            for (const auto &[pk, path] : rule.path("http.paths").children()) {
                checkBackend(path["backend"],
                             QStringLiteral("spec.rules[%1].http.paths[%2].backend").arg(r).arg(p));
                ++p;
            }
            ++r;
        }
    }

    // ReplicationControllers: superseded by Deployments and ReplicaSets.
    for (const KubeObject *rc : ctx.objects(u"ReplicationController"))
        ctx.fail(
            upg03, *rc, QStringLiteral("kind"), rc->kind(),
            UpgradesText::tr(
                "ReplicationController is superseded by Deployment (rolling updates, history)"));
}

} // namespace parapet::checks::detail
