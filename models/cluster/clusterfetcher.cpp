#include "clusterfetcher.h"

#include "sources/manifestloader.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::ClusterFetcher", text);
}

const QByteArray kAggregatedAccept =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
const QByteArray kMetadataAccept =
    "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,"
    "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1beta1,application/json";

struct ResourceInfo
{
    QString group;
    QString version;
    QString resource;
    QString kind;
    bool namespaced = true;
    QStringList verbs;
};

QString key(const QString &group, const QString &kind)
{
    return group + u'/' + kind;
}

QString groupVersionPath(const QString &group, const QString &version)
{
    return group.isEmpty() ? QString(QStringLiteral("/api/") + version)
                           : QString(QStringLiteral("/apis/") + group + u'/' + version);
}

QString apiVersionOf(const QString &group, const QString &version)
{
    return group.isEmpty() ? version : QString(group + u'/' + version);
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

/// Reads `metadata.continue` from the list header without parsing the items. Returns
/// std::nullopt when the header is not where the API server writes it (before "items").
std::optional<QString> quickContinueToken(const QByteArray &body)
{
    const qsizetype items = body.indexOf("\"items\"");
    const QByteArray head = items >= 0 ? body.left(items) : body.left(64 * 1024);
    if (!head.contains("\"metadata\""))
        return std::nullopt;
    const qsizetype at = head.indexOf("\"continue\"");
    if (at < 0)
        return QString();
    qsizetype p = at + 10;
    while (p < head.size() && (head[p] == ' ' || head[p] == ':' || head[p] == '\n' ||
                               head[p] == '\t' || head[p] == '\r'))
        ++p;
    if (p >= head.size() || head[p] != '"')
        return std::nullopt;
    qsizetype e = p + 1;
    while (e < head.size() && head[e] != '"') {
        if (head[e] == '\\')
            ++e;
        ++e;
    }
    if (e >= head.size())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + head.mid(p, e - p + 1) + ']');
    if (!doc.isArray())
        return std::nullopt;
    return doc.array().at(0).toString();
}

bool ruleAllowsList(const QJsonObject &rule, const QString &group, const QString &resource)
{
    const auto has = [](const QJsonValue &list, const QString &value) {
        for (const QJsonValue &v : list.toArray())
            if (v.toString() == value || v.toString() == u"*")
                return true;
        return false;
    };
    return has(rule.value(QStringLiteral("verbs")), QStringLiteral("list")) &&
           has(rule.value(QStringLiteral("apiGroups")), group) &&
           has(rule.value(QStringLiteral("resources")), resource) &&
           rule.value(QStringLiteral("resourceNames")).toArray().isEmpty();
}

struct ListState
{
    int kind = 0;
    QString ns;
    int generation = 0;
    std::vector<QFuture<ParsedPage>> pages;
    bool ok = false;
    bool done = false;
};

struct KindState
{
    KindFetch info;
    ResourceInfo resource;
    bool forbiddenClusterWide = false;
    std::shared_ptr<std::atomic_int> parsed = std::make_shared<std::atomic_int>(0);
};

class Fetcher
{
public:
    Fetcher(ApiClient &client, const FetchOptions &options)
        : m_client(client)
        , m_options(options)
    {
        if (m_options.kinds.isEmpty())
            m_options.kinds = defaultKinds();
        m_sourceName = client.config().displayName();
    }

    Result<FetchResult> run();

private:
    Result<bool> version();
    Result<bool> discover();
    void startList(int list, const QString &continueToken);
    void onPage(int list, int generation, ApiResponse &&r);
    void fallback();
    void report(int kind, bool done);
    void readKubeletConfigs(std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics);
    int request(const ApiRequest &request, ApiClient::Callback done)
    {
        ++m_result.requests;
        m_client.enqueue(request, std::move(done));
        return 0;
    }

    ApiClient &m_client;
    FetchOptions m_options;
    QString m_sourceName;
    FetchResult m_result;
    QHash<QString, ResourceInfo> m_served;
    std::vector<KindState> m_kinds;
    std::vector<std::unique_ptr<ListState>> m_lists;
    int m_kindsDone = 0;
};

Result<bool> Fetcher::version()
{
    ApiResponse r;
    m_client.enqueue(ApiRequest{"GET", QStringLiteral("/version"), "application/json", {}, {}},
                     [&r](ApiResponse &&resp) { r = std::move(resp); });
    ++m_result.requests;
    m_client.run();
    if (r.failure != ApiResponse::Failure::None)
        return Error{Error::Code::Io, r.error, {}};
    if (r.status == 401)
        return Error{
            Error::Code::Invalid,
            tr("the server rejected the credentials of %1 (401 Unauthorized)%2")
                .arg(m_client.config().userName.isEmpty()
                         ? tr("this identity")
                         : tr("user \"%1\"").arg(m_client.config().userName),
                     statusMessage(r.body).isEmpty() ? QString() : u": " + statusMessage(r.body)),
            {}};
    if (r.ok()) {
        const QJsonObject o = jsonObject(r.body);
        m_result.serverVersion = o.value(QStringLiteral("gitVersion")).toString();
    }
    return true;
}

Result<bool> Fetcher::discover()
{
    QSet<QString> wantedGroups;
    for (const WantedKind &k : m_options.kinds)
        wantedGroups.insert(k.group);
    ApiResponse core;
    ApiResponse apis;
    request({"GET", QStringLiteral("/api"), kAggregatedAccept, {}, {}},
            [&core](ApiResponse &&r) { core = std::move(r); });
    request({"GET", QStringLiteral("/apis"), kAggregatedAccept, {}, {}},
            [&apis](ApiResponse &&r) { apis = std::move(r); });
    m_client.run();
    if (m_client.cancelled())
        return Error{Error::Code::Io, tr("cancelled"), {}};
    for (const ApiResponse *r : {&core, &apis}) {
        if (r->failure != ApiResponse::Failure::None || r->status == 401)
            return Error{Error::Code::Io, tr("discovery failed: %1").arg(r->error), {}};
    }
    if (!core.ok())
        return Error{Error::Code::Io, tr("discovery failed: %1").arg(core.error), {}};

    // Resources per group/version in preference order.
    QList<QPair<QString, QString>> order; // (group, version)
    QHash<QString, QList<ResourceInfo>> byGroupVersion;
    const auto addResource = [&](const QString &group, const QString &version,
                                 const QJsonObject &res, const QString &kindField,
                                 bool namespaced) {
        const QString name = res.value(QStringLiteral("resource")).toString().isEmpty()
                                 ? res.value(QStringLiteral("name")).toString()
                                 : res.value(QStringLiteral("resource")).toString();
        if (name.isEmpty() || name.contains(u'/'))
            return;
        ResourceInfo info;
        info.group = group;
        info.version = version;
        info.resource = name;
        info.kind = kindField;
        info.namespaced = namespaced;
        for (const QJsonValue &v : res.value(QStringLiteral("verbs")).toArray())
            info.verbs.append(v.toString());
        byGroupVersion[group + u'/' + version].append(info);
    };
    const auto aggregated = [](const ApiResponse &r) {
        return r.contentType.contains("as=APIGroupDiscoveryList");
    };
    const auto parseAggregated = [&](const QByteArray &body) {
        for (const QJsonValue &g : jsonObject(body).value(QStringLiteral("items")).toArray()) {
            const QJsonObject group = g.toObject();
            const QString groupName = group.value(QStringLiteral("metadata"))
                                          .toObject()
                                          .value(QStringLiteral("name"))
                                          .toString();
            for (const QJsonValue &v : group.value(QStringLiteral("versions")).toArray()) {
                const QJsonObject version = v.toObject();
                const QString versionName = version.value(QStringLiteral("version")).toString();
                order.append({groupName, versionName});
                for (const QJsonValue &rv : version.value(QStringLiteral("resources")).toArray()) {
                    const QJsonObject res = rv.toObject();
                    addResource(groupName, versionName, res,
                                res.value(QStringLiteral("responseKind"))
                                    .toObject()
                                    .value(QStringLiteral("kind"))
                                    .toString(),
                                res.value(QStringLiteral("scope")).toString() == u"Namespaced");
                }
            }
        }
    };
    if (aggregated(core) && aggregated(apis) && apis.ok()) {
        m_result.aggregatedDiscovery = true;
        parseAggregated(core.body);
        parseAggregated(apis.body);
    } else {
        // Legacy discovery: /api lists versions, /apis the groups; one document per version.
        QList<QPair<QString, QString>> toFetch;
        for (const QJsonValue &v :
             jsonObject(core.body).value(QStringLiteral("versions")).toArray())
            toFetch.append({QString(), v.toString()});
        if (apis.ok()) {
            for (const QJsonValue &g :
                 jsonObject(apis.body).value(QStringLiteral("groups")).toArray()) {
                const QJsonObject group = g.toObject();
                const QString name = group.value(QStringLiteral("name")).toString();
                if (!wantedGroups.contains(name))
                    continue;
                const QString preferred = group.value(QStringLiteral("preferredVersion"))
                                              .toObject()
                                              .value(QStringLiteral("version"))
                                              .toString();
                if (!preferred.isEmpty())
                    toFetch.append({name, preferred});
                for (const QJsonValue &v : group.value(QStringLiteral("versions")).toArray()) {
                    const QString version =
                        v.toObject().value(QStringLiteral("version")).toString();
                    if (version != preferred)
                        toFetch.append({name, version});
                }
            }
        }
        QHash<QString, ApiResponse> docs;
        for (const auto &[group, version] : std::as_const(toFetch)) {
            const QString gv = group + u'/' + version;
            request({"GET", groupVersionPath(group, version), "application/json", {}, {}},
                    [&docs, gv](ApiResponse &&r) { docs.insert(gv, std::move(r)); });
        }
        m_client.run();
        if (m_client.cancelled())
            return Error{Error::Code::Io, tr("cancelled"), {}};
        for (const auto &[group, version] : std::as_const(toFetch)) {
            const ApiResponse &r = docs[group + u'/' + version];
            if (!r.ok())
                continue; // an unavailable aggregated API: its kinds show as not served
            order.append({group, version});
            for (const QJsonValue &rv :
                 jsonObject(r.body).value(QStringLiteral("resources")).toArray()) {
                const QJsonObject res = rv.toObject();
                addResource(group, version, res, res.value(QStringLiteral("kind")).toString(),
                            res.value(QStringLiteral("namespaced")).toBool());
            }
        }
    }
    for (const auto &[group, version] : std::as_const(order))
        for (const ResourceInfo &info : byGroupVersion.value(group + u'/' + version))
            if (!m_served.contains(key(info.group, info.kind)))
                m_served.insert(key(info.group, info.kind), info);
    return true;
}

void Fetcher::report(int kind, bool done)
{
    if (!m_options.progress)
        return;
    FetchProgress p;
    p.kind = m_kinds[std::size_t(kind)].info.groupKindName();
    p.objects = m_kinds[std::size_t(kind)].parsed->load();
    p.kindsDone = m_kindsDone;
    p.kindsTotal = int(m_kinds.size());
    p.kindDone = done;
    m_options.progress(p);
}

void Fetcher::startList(int list, const QString &continueToken)
{
    ListState &l = *m_lists[std::size_t(list)];
    const KindState &k = m_kinds[std::size_t(l.kind)];
    QString path = groupVersionPath(k.resource.group, k.resource.version);
    if (!l.ns.isEmpty())
        path += QStringLiteral("/namespaces/") + QString::fromUtf8(QUrl::toPercentEncoding(l.ns));
    path += u'/' + k.resource.resource + QStringLiteral("?limit=") +
            QString::number(m_options.pageSize);
    if (!continueToken.isEmpty())
        path += QStringLiteral("&continue=") +
                QString::fromUtf8(QUrl::toPercentEncoding(continueToken));
    const bool secrets = k.resource.group.isEmpty() && k.resource.kind == u"Secret";
    const int generation = l.generation;
    request({"GET", path, secrets ? kMetadataAccept : QByteArray("application/json"), {}, {}},
            [this, list, generation](ApiResponse &&r) { onPage(list, generation, std::move(r)); });
}

void Fetcher::onPage(int list, int generation, ApiResponse &&r)
{
    ListState &l = *m_lists[std::size_t(list)];
    if (generation != l.generation)
        return;
    KindState &k = m_kinds[std::size_t(l.kind)];
    const bool clusterWide = l.ns.isEmpty();
    const auto fail = [&](KindFetch::Status status, const QString &reason) {
        l.done = true;
        l.ok = false;
        l.pages.clear();
        if (clusterWide || !l.ns.isEmpty()) {
            if (status == KindFetch::Status::Forbidden && clusterWide && k.resource.namespaced) {
                k.forbiddenClusterWide = true;
                k.info.reason = reason;
                return;
            }
            if (clusterWide || k.info.status == KindFetch::Status::Complete) {
                k.info.status = status;
                k.info.reason = reason;
            }
        }
    };
    if (r.failure == ApiResponse::Failure::Cancelled) {
        fail(KindFetch::Status::Cancelled, r.error);
        return;
    }
    if (!r.ok()) {
        switch (r.status) {
        case 410:
            if (k.info.restarts < m_options.maxRestarts) {
                // The continue token expired: that list starts again from the beginning.
                ++k.info.restarts;
                ++l.generation;
                l.pages.clear();
                startList(list, QString());
                return;
            }
            fail(KindFetch::Status::Failed,
                 tr("the list expired (410 Gone) %1 times").arg(k.info.restarts + 1));
            return;
        case 403:
            fail(KindFetch::Status::Forbidden,
                 statusMessage(r.body).isEmpty() ? r.error : statusMessage(r.body));
            return;
        case 401:
            fail(KindFetch::Status::Unauthorized, r.error);
            return;
        case 404:
            fail(KindFetch::Status::NotServed, r.error);
            return;
        default:
            fail(KindFetch::Status::Failed, r.error);
            return;
        }
    }
    ++k.info.pages;
    const QString apiVersion = apiVersionOf(k.resource.group, k.resource.version);
    const QString kindName = k.resource.kind;
    const QString source = m_sourceName;
    const ParseLimits limits = m_options.limits;
    const auto counter = k.parsed;
    const std::optional<QString> token = quickContinueToken(r.body);
    if (!token) {
        // Unusual layout: parse here to learn the continue token.
        ParsedPage page = parseListPage(r.body, apiVersion, kindName, source, limits);
        counter->fetch_add(int(page.objects.size()));
        const QString next = page.continueToken;
        l.pages.push_back(QtFuture::makeReadyFuture(std::move(page)));
        if (!next.isEmpty())
            startList(list, next);
        else
            l.done = l.ok = true;
        report(l.kind, false);
        return;
    }
    QByteArray body = std::move(r.body);
    l.pages.push_back(
        QtConcurrent::run([body = std::move(body), apiVersion, kindName, source, limits, counter] {
            ParsedPage page = parseListPage(body, apiVersion, kindName, source, limits);
            counter->fetch_add(int(page.objects.size()));
            return page;
        }));
    if (!token->isEmpty())
        startList(list, *token);
    else
        l.done = l.ok = true;
    report(l.kind, false);
}

void Fetcher::fallback()
{
    std::vector<int> forbidden;
    for (int i = 0; i < int(m_kinds.size()); ++i)
        if (m_kinds[std::size_t(i)].forbiddenClusterWide)
            forbidden.push_back(i);
    if (forbidden.empty())
        return;
    QStringList candidates;
    const auto addCandidate = [&](const QString &ns) {
        if (!ns.isEmpty() && !candidates.contains(ns))
            candidates.append(ns);
    };
    addCandidate(m_options.onlyNamespace);
    for (const QString &ns : m_options.fallbackNamespaces)
        addCandidate(ns);
    addCandidate(m_client.config().ns);
    addCandidate(QStringLiteral("kube-system"));

    // What may this identity list, per namespace? Rules naming namespaces reveal more of them.
    QHash<QString, QJsonArray> rules;
    QHash<QString, bool> reviewed;
    if (m_options.reviewRules) {
        for (int round = 0; round < 2; ++round) {
            QStringList ask;
            for (const QString &ns : std::as_const(candidates))
                if (!reviewed.contains(ns))
                    ask.append(ns);
            for (const QString &ns : std::as_const(ask)) {
                QJsonObject spec{{QStringLiteral("namespace"), ns}};
                QJsonObject body{
                    {QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview")},
                    {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                    {QStringLiteral("spec"), spec}};
                request({"POST",
                         QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"),
                         "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                         "application/json"},
                        [&, ns](ApiResponse &&r) {
                            const QJsonObject status =
                                jsonObject(r.body).value(QStringLiteral("status")).toObject();
                            const bool usable =
                                r.ok() && !status.value(QStringLiteral("incomplete")).toBool();
                            reviewed.insert(ns, usable);
                            if (r.ok())
                                rules.insert(
                                    ns, status.value(QStringLiteral("resourceRules")).toArray());
                        });
            }
            m_client.run();
            for (const QString &ns : std::as_const(ask)) {
                for (const QJsonValue &v : rules.value(ns)) {
                    const QJsonObject rule = v.toObject();
                    bool namespacesRule = false;
                    for (const QJsonValue &res : rule.value(QStringLiteral("resources")).toArray())
                        namespacesRule = namespacesRule || res.toString() == u"namespaces";
                    if (namespacesRule)
                        for (const QJsonValue &n :
                             rule.value(QStringLiteral("resourceNames")).toArray())
                            addCandidate(n.toString());
                }
            }
        }
        for (const QString &ns : std::as_const(candidates)) {
            if (!reviewed.value(ns))
                continue;
            QStringList listable;
            for (int i : forbidden) {
                const ResourceInfo &res = m_kinds[std::size_t(i)].resource;
                for (const QJsonValue &v : rules.value(ns))
                    if (ruleAllowsList(v.toObject(), res.group, res.resource)) {
                        listable.append(res.resource);
                        break;
                    }
            }
            m_result.accessNotes.append(
                listable.isEmpty()
                    ? tr("namespace %1: the rules review allows listing none of the refused kinds")
                          .arg(ns)
                    : tr("namespace %1: may list %2").arg(ns, listable.join(QStringLiteral(", "))));
        }
    }
    std::vector<int> started;
    for (int i : forbidden) {
        const ResourceInfo &res = m_kinds[std::size_t(i)].resource;
        for (const QString &ns : std::as_const(candidates)) {
            if (reviewed.value(ns)) {
                bool allowed = false;
                for (const QJsonValue &v : rules.value(ns))
                    allowed = allowed || ruleAllowsList(v.toObject(), res.group, res.resource);
                if (!allowed)
                    continue;
            }
            auto l = std::make_unique<ListState>();
            l->kind = i;
            l->ns = ns;
            m_lists.push_back(std::move(l));
            started.push_back(int(m_lists.size()) - 1);
            startList(int(m_lists.size()) - 1, QString());
        }
    }
    // SelfSubjectAccessReview: what the server says about listing each refused kind
    // cluster-wide (its reason names the RBAC decision when the authorizer gives one).
    QHash<int, QString> reviews;
    for (int i : forbidden) {
        const ResourceInfo &res = m_kinds[std::size_t(i)].resource;
        const QJsonObject attributes{{QStringLiteral("verb"), QStringLiteral("list")},
                                     {QStringLiteral("group"), res.group},
                                     {QStringLiteral("resource"), res.resource}};
        const QJsonObject body{
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
            {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("resourceAttributes"), attributes}}}};
        request({"POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
                 "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                 "application/json"},
                [&reviews, i](ApiResponse &&r) {
                    if (!r.ok())
                        return;
                    const QJsonObject status =
                        jsonObject(r.body).value(QStringLiteral("status")).toObject();
                    const QString reason = status.value(QStringLiteral("reason")).toString();
                    reviews.insert(
                        i, status.value(QStringLiteral("allowed")).toBool()
                               ? tr("allowed")
                               : (reason.isEmpty() ? tr("denied") : tr("denied (%1)").arg(reason)));
                });
    }
    m_client.run();
    for (int i : forbidden) {
        KindState &k = m_kinds[std::size_t(i)];
        if (reviews.contains(i))
            m_result.accessNotes.append(
                tr("list %1 in all namespaces: %2").arg(k.info.groupKindName(), reviews.value(i)));
        QStringList listed;
        for (int li : started) {
            const ListState &l = *m_lists[std::size_t(li)];
            if (l.kind == i && l.ok)
                listed.append(l.ns);
        }
        if (listed.isEmpty()) {
            k.info.status = KindFetch::Status::Forbidden;
        } else {
            k.info.status = KindFetch::Status::Partial;
            k.info.namespaces = listed;
        }
    }
}

void Fetcher::readKubeletConfigs(std::vector<KubeObject> &objects,
                                 std::vector<Diagnostic> &diagnostics)
{
    QStringList nodes;
    for (const KubeObject &o : objects)
        if (o.kind() == u"Node" && o.apiVersion() == u"v1" && !o.name().isEmpty())
            nodes.append(o.name());
    if (nodes.isEmpty())
        return;
    nodes.sort();
    nodes.removeDuplicates();
    const SourceLocation where{m_sourceName, 0, 0};
    const qsizetype total = nodes.size();
    if (total > std::max(0, m_options.maxKubeletConfigs)) {
        nodes = nodes.mid(0, std::max(0, m_options.maxKubeletConfigs));
        diagnostics.push_back(Diagnostic{
            Diagnostic::Severity::Warning, where,
            tr("kubelet configuration read on a sample of %1 of %2 nodes (the first by name): "
               "the kubelet controls are not verified for the others")
                .arg(nodes.size())
                .arg(total)});
    }
    if (nodes.isEmpty())
        return;
    // configz is the kubelet's effective configuration, proxied by the API server to each node;
    // the requests share the client's parallel limit with everything else.
    std::vector<ApiResponse> answers(std::size_t(nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i)
        request({"GET",
                 QStringLiteral("/api/v1/nodes/") +
                     QString::fromUtf8(QUrl::toPercentEncoding(nodes[i])) +
                     QStringLiteral("/proxy/configz"),
                 "application/json",
                 {},
                 {}},
                [&answers, i](ApiResponse &&r) { answers[std::size_t(i)] = std::move(r); });
    m_client.run();
    m_result.kubeletConfigsAsked = int(nodes.size());
    if (m_client.cancelled())
        return;
    QStringList reasons;
    QStringList unread;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const ApiResponse &r = answers[std::size_t(i)];
        const QString &node = nodes[i];
        QString reason;
        if (r.ok()) {
            const QJsonValue config =
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("kubeletconfig"));
            if (config.isObject()) {
                QJsonObject o = config.toObject();
                if (!o.value(QStringLiteral("apiVersion")).isString())
                    o.insert(QStringLiteral("apiVersion"),
                             QStringLiteral("kubelet.config.k8s.io/v1beta1"));
                o.insert(QStringLiteral("kind"), QStringLiteral("KubeletConfiguration"));
                o.insert(QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("name"), node},
                                     {QStringLiteral("annotations"),
                                      QJsonObject{{QLatin1String(kConfigzNodeAnnotation), node}}}});
                const std::size_t before = objects.size();
                parseJsonStream(
                    QJsonDocument(o).toJson(QJsonDocument::Compact), m_options.limits,
                    [&](ParsedDocument p) {
                        collectObjects(p, m_sourceName, objects, diagnostics);
                    },
                    [&](Error e) { reason = e.message; });
                if (objects.size() > before) {
                    ++m_result.kubeletConfigsRead;
                    continue;
                }
                if (reason.isEmpty())
                    reason = tr("the kubelet configuration could not be read");
            } else {
                reason = tr("the answer holds no kubeletconfig object");
            }
        } else if (r.failure != ApiResponse::Failure::None) {
            reason = r.error;
        } else if (r.status == 401 || r.status == 403) {
            reason = tr("%1 on nodes/proxy").arg(r.status);
        } else {
            reason = tr("%1 from the node proxy").arg(r.status);
        }
        unread.append(node);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    if (unread.isEmpty())
        return;
    if (reasons.size() > 3)
        reasons = reasons.mid(0, 3) << QStringLiteral("…");
    const QString why = reasons.join(QStringLiteral("; "));
    diagnostics.push_back(Diagnostic{
        Diagnostic::Severity::Warning, where,
        unread.size() == nodes.size()
            ? tr("kubelet configuration not readable (%1): kubelet controls are not verifiable "
                 "from here")
                  .arg(why)
            : tr("kubelet configuration not readable on %1 of %2 nodes (%3; e.g. %4): their "
                 "kubelet settings are not verifiable from here")
                  .arg(unread.size())
                  .arg(nodes.size())
                  .arg(why, unread.front())});
}

Result<FetchResult> Fetcher::run()
{
    if (auto v = version(); !v)
        return v.error();
    if (auto d = discover(); !d)
        return d.error();
    for (const WantedKind &w : std::as_const(m_options.kinds)) {
        KindState k;
        k.info.group = w.group;
        k.info.kind = w.kind;
        const auto it = m_served.constFind(key(w.group, w.kind));
        if (it == m_served.constEnd() || (!it->verbs.isEmpty() && !it->verbs.contains(u"list"))) {
            k.info.status = KindFetch::Status::NotServed;
            m_kinds.push_back(std::move(k));
            continue;
        }
        k.resource = *it;
        k.info.version = it->version;
        k.info.resource = it->resource;
        k.info.namespaced = it->namespaced;
        m_kinds.push_back(std::move(k));
    }
    for (int i = 0; i < int(m_kinds.size()); ++i) {
        if (m_kinds[std::size_t(i)].info.status == KindFetch::Status::NotServed)
            continue;
        auto l = std::make_unique<ListState>();
        l->kind = i;
        if (m_kinds[std::size_t(i)].resource.namespaced)
            l->ns = m_options.onlyNamespace;
        m_lists.push_back(std::move(l));
        startList(int(m_lists.size()) - 1, QString());
    }
    m_client.run();
    if (!m_client.cancelled())
        fallback();

    // Collect the parsed pages (parsing ran while the other lists were transferred).
    std::vector<KubeObject> objects;
    std::vector<Diagnostic> diagnostics;
    std::optional<Error> garbage;
    std::vector<int> counts(m_kinds.size(), 0);
    for (auto &l : m_lists) {
        for (QFuture<ParsedPage> &f : l->pages) {
            ParsedPage page = f.takeResult();
            if (page.error) {
                KindState &k = m_kinds[std::size_t(l->kind)];
                k.info.status = KindFetch::Status::Failed;
                k.info.reason = page.error->message;
                continue;
            }
            counts[std::size_t(l->kind)] += int(page.objects.size());
            std::move(page.objects.begin(), page.objects.end(), std::back_inserter(objects));
            std::move(page.diagnostics.begin(), page.diagnostics.end(),
                      std::back_inserter(diagnostics));
        }
    }
    if (m_client.cancelled())
        return Error{Error::Code::Io, tr("cancelled"), {}};
    if (m_options.kubeletConfigs) {
        readKubeletConfigs(objects, diagnostics);
        if (m_client.cancelled())
            return Error{Error::Code::Io, tr("cancelled"), {}};
    }

    InventoryBuilder builder;
    SourceInfo source;
    source.kind = SourceInfo::Kind::Live;
    source.name = m_sourceName;
    source.serverVersion = m_result.serverVersion;
    source.capturedAt = QDateTime::currentDateTimeUtc();
    builder.setSource(source);
    for (KubeObject &o : objects)
        builder.add(std::move(o));
    for (Diagnostic &dgn : diagnostics)
        builder.addDiagnostic(std::move(dgn));
    for (std::size_t i = 0; i < m_kinds.size(); ++i) {
        KindFetch &info = m_kinds[i].info;
        info.objects = counts[i];
        using S = KindFetch::Status;
        QString message;
        switch (info.status) {
        case S::Complete:
        case S::NotServed:
            break;
        case S::Partial:
            message =
                tr("%1: listed only in namespace(s) %2; the cluster-wide list was refused: %3")
                    .arg(info.groupKindName(), info.namespaces.join(QStringLiteral(", ")),
                         info.reason);
            break;
        case S::Forbidden:
            message =
                tr("%1: not listed, access refused: %2").arg(info.groupKindName(), info.reason);
            break;
        case S::Unauthorized:
            message = tr("%1: not listed, credentials rejected: %2")
                          .arg(info.groupKindName(), info.reason);
            break;
        case S::Failed:
            message = tr("%1: not listed: %2").arg(info.groupKindName(), info.reason);
            break;
        case S::Cancelled:
            message = tr("%1: cancelled").arg(info.groupKindName());
            break;
        }
        if (!message.isEmpty())
            builder.addDiagnostic(Diagnostic{info.status == S::Failed
                                                 ? Diagnostic::Severity::Error
                                                 : Diagnostic::Severity::Warning,
                                             SourceLocation{m_sourceName, 0, 0}, message});
        m_result.kinds.append(info);
        ++m_kindsDone;
        report(int(i), true);
    }
    m_result.inventory = builder.build();
    return std::move(m_result);
}

} // namespace

QString KindFetch::statusName(Status s)
{
    switch (s) {
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::Forbidden:
        return QStringLiteral("forbidden");
    case Status::Unauthorized:
        return QStringLiteral("unauthorized");
    case Status::NotServed:
        return QStringLiteral("not-served");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool FetchResult::partial() const
{
    for (const KindFetch &k : kinds)
        if (k.status != KindFetch::Status::Complete && k.status != KindFetch::Status::NotServed)
            return true;
    return false;
}

QList<WantedKind> defaultKinds()
{
    const QString core;
    const QString apps = QStringLiteral("apps");
    const QString batch = QStringLiteral("batch");
    const QString net = QStringLiteral("networking.k8s.io");
    const QString rbac = QStringLiteral("rbac.authorization.k8s.io");
    const QString policy = QStringLiteral("policy");
    const QString admission = QStringLiteral("admissionregistration.k8s.io");
    return {
        {core, QStringLiteral("Namespace")},
        {core, QStringLiteral("Node")},
        {core, QStringLiteral("Pod")},
        {core, QStringLiteral("Service")},
        {core, QStringLiteral("ServiceAccount")},
        {core, QStringLiteral("Secret")},
        {core, QStringLiteral("ConfigMap")},
        {core, QStringLiteral("ReplicationController")},
        {core, QStringLiteral("LimitRange")},
        {core, QStringLiteral("ResourceQuota")},
        {core, QStringLiteral("PersistentVolume")},
        {apps, QStringLiteral("Deployment")},
        {apps, QStringLiteral("DaemonSet")},
        {apps, QStringLiteral("StatefulSet")},
        {apps, QStringLiteral("ReplicaSet")},
        {batch, QStringLiteral("Job")},
        {batch, QStringLiteral("CronJob")},
        {net, QStringLiteral("NetworkPolicy")},
        {net, QStringLiteral("Ingress")},
        {rbac, QStringLiteral("Role")},
        {rbac, QStringLiteral("RoleBinding")},
        {rbac, QStringLiteral("ClusterRole")},
        {rbac, QStringLiteral("ClusterRoleBinding")},
        {policy, QStringLiteral("PodSecurityPolicy")},
        {policy, QStringLiteral("PodDisruptionBudget")},
        {admission, QStringLiteral("ValidatingWebhookConfiguration")},
        {admission, QStringLiteral("MutatingWebhookConfiguration")},
        {admission, QStringLiteral("ValidatingAdmissionPolicy")},
        {admission, QStringLiteral("ValidatingAdmissionPolicyBinding")},
        {QStringLiteral("apiextensions.k8s.io"), QStringLiteral("CustomResourceDefinition")},
        {QStringLiteral("node.k8s.io"), QStringLiteral("RuntimeClass")},
    };
}

ParsedPage parseListPage(const QByteArray &body, const QString &apiVersion, const QString &kind,
                         const QString &sourceName, const ParseLimits &limits)
{
    ParsedPage out;
    std::shared_ptr<Document> doc;
    int documents = 0;
    std::optional<Error> error;
    parseJsonStream(
        body, limits,
        [&](ParsedDocument p) {
            if (++documents == 1)
                doc = std::move(p.document);
        },
        [&](Error e) { error = std::move(e); });
    if (error) {
        out.error = Error{Error::Code::Syntax,
                          tr("the server sent invalid JSON (line %1, column %2): %3")
                              .arg(error->location.line)
                              .arg(error->location.column)
                              .arg(error->message),
                          {}};
        return out;
    }
    if (!doc || documents != 1) {
        out.error =
            Error{Error::Code::Syntax, tr("the server's response is not one JSON object"), {}};
        return out;
    }
    const Node root(doc.get(), 0);
    const QString listKind = root["kind"].toString();
    const Node items = root["items"];
    if (!root.isMap() || !listKind.endsWith(u"List") || !(items.isSequence() || items.isNull())) {
        out.error = Error{Error::Code::Syntax,
                          tr("the server's response is not a list (kind \"%1\")").arg(listKind),
                          {}};
        return out;
    }
    out.continueToken = root["metadata"]["continue"].toString();
    out.resourceVersion = root["metadata"]["resourceVersion"].toString();
    const QByteArray apiVersionUtf8 = apiVersion.toUtf8();
    const QByteArray kindUtf8 = kind.toUtf8();
    const std::string_view apiVersionText(apiVersionUtf8.constData(),
                                          std::size_t(apiVersionUtf8.size()));
    const std::string_view kindText(kindUtf8.constData(), std::size_t(kindUtf8.size()));
    out.objects.reserve(items.size());
    for (const auto &[unused, item] : items.children()) {
        if (!item.isMap()) {
            out.diagnostics.push_back(
                Diagnostic{Diagnostic::Severity::Error, SourceLocation{sourceName, 0, 0},
                           tr("an item of a %1 list is not an object").arg(kind)});
            continue;
        }
        const Node itemKind = item["kind"];
        const bool metadataOnly = itemKind.text() == "PartialObjectMetadata";
        const bool setApiVersion = metadataOnly || !item["apiVersion"].isValid();
        const bool setKind = metadataOnly || !itemKind.isValid();
        const bool secret = (setKind ? kindText : itemKind.text()) == "Secret";
        DocumentBuilder b;
        b.beginMapping(0, 0);
        if (setApiVersion) {
            b.addScalar(NodeType::String, "apiVersion", 0, 0);
            b.addScalar(NodeType::String, apiVersionText, 0, 0, Document::Quoted);
        }
        if (setKind) {
            b.addScalar(NodeType::String, "kind", 0, 0);
            b.addScalar(NodeType::String, kindText, 0, 0, Document::Quoted);
        }
        for (const auto &[k, value] : item.children()) {
            const std::string_view name = k.text();
            if (metadataOnly && (name == "apiVersion" || name == "kind"))
                continue;
            // Secret values never enter the inventory, even when the server sent them.
            if (secret && (name == "data" || name == "stringData"))
                continue;
            b.appendCopy(k);
            if (name == "metadata" && value.isMap())
                b.appendCopy(value,
                             [](std::string_view field) { return field == "managedFields"; });
            else
                b.appendCopy(value);
        }
        b.endContainer();
        collectObjects(ParsedDocument{b.take(), 0, 0}, sourceName, out.objects, out.diagnostics);
    }
    return out;
}

Result<FetchResult> fetchInventory(ApiClient &client, const FetchOptions &options)
{
    Fetcher f(client, options);
    return f.run();
}

} // namespace parapet
