#include "fakeapiserver.h"

#include <memory>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <zlib.h>

namespace parapet::test {

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(qsizetype(deflateBound(&s, uLong(data.size()))) + 32);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray status(int code, const QString &reason, const QString &message)
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("Status")},
                  {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                  {QStringLiteral("metadata"), QJsonObject()},
                  {QStringLiteral("status"), QStringLiteral("Failure")},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("code"), code}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool verifiedBy(const QSslCertificate &cert, const QByteArray &caPem)
{
    const QByteArray der = cert.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x(d2i_X509(nullptr, &p, long(der.size())),
                                                  &X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(caPem.constData(), int(caPem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> ca(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!x || !ca)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(ca.get());
    if (!key || X509_verify(x.get(), key) != 1)
        return false;
    return X509_cmp_current_time(X509_get0_notBefore(x.get())) < 0 &&
           X509_cmp_current_time(X509_get0_notAfter(x.get())) > 0;
}

struct Response
{
    int code = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace

struct FakeApiServer::Private
{
    // Configuration and data (guarded by mutex).
    mutable QMutex mutex;
    Options options;
    QHash<QString, QString> tokens;
    QHash<QString, QString> basic;
    QHash<QString, FakeAccess> access;
    QList<FakeResource> resources;
    QHash<QString, std::vector<QByteArray>> objects;       // group/resource → items
    QHash<QString, std::vector<QString>> objectNamespaces; // parallel
    QList<Fault> faults;
    int generation = 1;
    QList<RecordedRequest> recorded;
    qint64 bytesSent = 0;
    QHash<QString, QByteArray> cache; // encoded LIST pages
    QString oidcRefreshToken;
    QString oidcNewIdToken;
    QHash<QString, QByteArray> kubeletConfigs; // node → kubeletconfig JSON object

    // Thread objects.
    QThread thread;
    QTcpServer *server = nullptr;
    quint16 port = 0;

    void onConnection(QTcpSocket *socket);
    void onData(QTcpSocket *socket);
    void handle(QTcpSocket *socket, RecordedRequest request, bool gzipOk);
    Response route(const RecordedRequest &request, const QString &user);
    Response list(const FakeResource &res, const QString &ns, const RecordedRequest &request,
                  const QString &user);
    Response discovery(const RecordedRequest &request);
};

void FakeApiServer::Private::onConnection(QTcpSocket *socket)
{
    socket->setProperty("buffer", QByteArray());
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        onData(socket);
}

void FakeApiServer::Private::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (!buffer.isEmpty() && !(buffer[0] >= 'A' && buffer[0] <= 'Z')) {
        // Not HTTP (a TLS handshake on the plain port): answer as Go's server does, and close.
        socket->write(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
            "400 Bad Request");
        socket->disconnectFromHost();
        return;
    }
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.front().trimmed().split(' ');
        if (first.size() < 3) {
            socket->abort();
            return;
        }
        RecordedRequest r;
        r.method = first[0];
        const QByteArray target = first[1];
        const qsizetype q = target.indexOf('?');
        r.path = QString::fromUtf8(q < 0 ? target : target.left(q));
        r.query = q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1));
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            r.headers[name].append(value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const bool gzipOk = r.header("accept-encoding").contains("gzip");
        handle(socket, std::move(r), gzipOk);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    socket->setProperty("buffer", buffer);
}

void FakeApiServer::Private::handle(QTcpSocket *socket, RecordedRequest request, bool gzipOk)
{
    // Who is calling.
    QString user;
    std::optional<Fault> fault;
    {
        QMutexLocker lock(&mutex);
        const QByteArray auth = request.header("authorization");
        if (auth.startsWith("Bearer ")) {
            user = tokens.value(QString::fromUtf8(auth.mid(7)));
        } else if (auth.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(auth.mid(6));
            const qsizetype colon = pair.indexOf(':');
            const QString name = QString::fromUtf8(pair.left(colon));
            if (colon > 0 && basic.contains(name) &&
                basic.value(name) == QString::fromUtf8(pair.mid(colon + 1)))
                user = name;
        }
        if (user.isEmpty() && !options.clientCaPem.isEmpty()) {
            if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
                const QSslCertificate peer = ssl->peerCertificate();
                if (!peer.isNull() && verifiedBy(peer, options.clientCaPem))
                    user = peer.subjectInfo(QSslCertificate::CommonName).value(0);
            }
        }
        if (user.isEmpty() && options.allowAnonymous && auth.isEmpty())
            user = QStringLiteral("system:anonymous");
        if (!user.isEmpty() && !request.header("impersonate-user").isEmpty())
            user = QString::fromUtf8(request.header("impersonate-user"));
        request.user = user;
        recorded.append(request);
        for (Fault &f : faults) {
            if (f.times == 0 || !request.path.startsWith(f.pathPrefix))
                continue;
            if (!f.queryContains.isEmpty() && !request.query.contains(f.queryContains))
                continue;
            if (f.times > 0)
                --f.times;
            fault = f;
            break;
        }
    }
    Response resp;
    if (fault) {
        switch (fault->type) {
        case Fault::Type::Hang:
            return;
        case Fault::Type::Drop:
            socket->abort();
            return;
        case Fault::Type::Delay: {
            QTimer::singleShot(fault->delayMs, socket, [this, socket, request, gzipOk] {
                Fault none;
                Response r = route(request, request.user);
                QByteArray head = "HTTP/1.1 " + QByteArray::number(r.code) + ' ' +
                                  reasonPhrase(r.code) + "\r\nContent-Type: " + r.contentType +
                                  "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                                  "\r\n\r\n";
                Q_UNUSED(gzipOk)
                socket->write(head + r.body);
            });
            return;
        }
        case Fault::Type::Truncate: {
            const QByteArray body(4096, 'x');
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "4096\r\n\r\n" +
                          body.left(2048));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        case Fault::Type::Garbage:
            resp.body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{"
                        "\"metadata\":{\"name\":";
            resp.body += QByteArray("\x01\x02 not json at all ]]]", 22);
            break;
        case Fault::Type::Huge: {
            resp.body = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[\"";
            resp.body += QByteArray(fault->hugeBytes, 'a');
            resp.body += "\"]}";
            break;
        }
        case Fault::Type::Status:
            resp.code = fault->status;
            resp.body = status(fault->status, QString::fromLatin1(reasonPhrase(fault->status)),
                               QStringLiteral("fault injected by the test"));
            if (!fault->retryAfter.isEmpty())
                resp.headers.append({"Retry-After", fault->retryAfter});
            break;
        }
    } else if (request.path.startsWith(u"/.well-known/") || request.path.startsWith(u"/oidc/")) {
        QMutexLocker lock(&mutex);
        if (request.path == u"/.well-known/openid-configuration") {
            const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
            resp.body = QJsonDocument(QJsonObject{{QStringLiteral("issuer"), base},
                                                  {QStringLiteral("token_endpoint"),
                                                   QString(base + QStringLiteral("/oidc/token"))}})
                            .toJson(QJsonDocument::Compact);
        } else {
            const QUrlQuery form(QString::fromUtf8(request.body));
            if (!oidcRefreshToken.isEmpty() &&
                form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded) ==
                    oidcRefreshToken &&
                form.queryItemValue(QStringLiteral("grant_type")) == u"refresh_token") {
                resp.body = QJsonDocument(QJsonObject{{QStringLiteral("id_token"), oidcNewIdToken},
                                                      {QStringLiteral("token_type"),
                                                       QStringLiteral("Bearer")}})
                                .toJson(QJsonDocument::Compact);
            } else {
                resp.code = 400;
                resp.body = "{\"error\":\"invalid_grant\"}";
            }
        }
    } else if (user.isEmpty()) {
        resp.code = 401;
        resp.body = status(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
    } else {
        resp = route(request, user);
    }
    QByteArray body = resp.body;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(resp.code) + ' ' + reasonPhrase(resp.code) + "\r\n";
    head += "Content-Type: " + resp.contentType + "\r\n";
    for (const auto &[name, value] : std::as_const(resp.headers))
        head += name + ": " + value + "\r\n";
    if (gzipOk && body.size() > 1024) {
        body = gzip(body);
        head += "Content-Encoding: gzip\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    {
        QMutexLocker lock(&mutex);
        bytesSent += body.size();
    }
    socket->write(head);
    socket->write(body);
}

Response FakeApiServer::Private::discovery(const RecordedRequest &request)
{
    Response r;
    const bool aggregated = options.aggregatedDiscovery &&
                            request.header("accept").contains("as=APIGroupDiscoveryList");
    const bool core = request.path == u"/api";
    if (aggregated) {
        QMap<QString, QMap<QString, QJsonArray>> groups; // group → version → resources
        QStringList order;
        for (const FakeResource &res : std::as_const(resources)) {
            if (res.group.isEmpty() != core)
                continue;
            if (!order.contains(res.group))
                order.append(res.group);
            QJsonObject o{
                {QStringLiteral("resource"), res.resource},
                {QStringLiteral("responseKind"),
                 QJsonObject{{QStringLiteral("group"), res.group},
                             {QStringLiteral("version"), res.version},
                             {QStringLiteral("kind"), res.kind}}},
                {QStringLiteral("scope"),
                 res.namespaced ? QStringLiteral("Namespaced") : QStringLiteral("Cluster")},
                {QStringLiteral("singularResource"), res.kind.toLower()},
                {QStringLiteral("verbs"), QJsonArray{QStringLiteral("get"), QStringLiteral("list"),
                                                     QStringLiteral("watch")}}};
            groups[res.group][res.version].append(o);
        }
        QJsonArray items;
        for (const QString &g : std::as_const(order)) {
            QJsonArray versions;
            for (auto it = groups[g].constBegin(); it != groups[g].constEnd(); ++it)
                versions.append(
                    QJsonObject{{QStringLiteral("version"), it.key()},
                                {QStringLiteral("resources"), it.value()},
                                {QStringLiteral("freshness"), QStringLiteral("Current")}});
            items.append(
                QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), g}}},
                            {QStringLiteral("versions"), versions}});
        }
        QJsonObject root{{QStringLiteral("kind"), QStringLiteral("APIGroupDiscoveryList")},
                         {QStringLiteral("apiVersion"), QStringLiteral("apidiscovery.k8s.io/v2")},
                         {QStringLiteral("metadata"), QJsonObject()},
                         {QStringLiteral("items"), items}};
        r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        r.contentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
        return r;
    }
    if (core) {
        r.body =
            R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]})";
        return r;
    }
    QMap<QString, QStringList> versions;
    for (const FakeResource &res : std::as_const(resources))
        if (!res.group.isEmpty() && !versions[res.group].contains(res.version))
            versions[res.group].append(res.version);
    QJsonArray groups;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        QJsonArray vs;
        for (const QString &v : it.value())
            vs.append(QJsonObject{{QStringLiteral("groupVersion"), QString(it.key() + u'/' + v)},
                                  {QStringLiteral("version"), v}});
        groups.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                  {QStringLiteral("versions"), vs},
                                  {QStringLiteral("preferredVersion"), vs.first()}});
    }
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                       {QStringLiteral("groups"), groups}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

Response FakeApiServer::Private::route(const RecordedRequest &request, const QString &user)
{
    QMutexLocker lock(&mutex);
    Response r;
    const QString &path = request.path;
    if (path == u"/version") {
        const QStringList parts = options.gitVersion.mid(1).split(u'.');
        r.body =
            QJsonDocument(QJsonObject{{QStringLiteral("major"), parts.value(0)},
                                      {QStringLiteral("minor"), parts.value(1)},
                                      {QStringLiteral("gitVersion"), options.gitVersion},
                                      {QStringLiteral("platform"), QStringLiteral("linux/amd64")}})
                .toJson(QJsonDocument::Compact);
        return r;
    }
    if (path == u"/api" || path == u"/apis")
        return discovery(request);
    if (request.method == "POST" &&
        path == u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews") {
        const FakeAccess a = access.value(user);
        const QString resource = QJsonDocument::fromJson(request.body)
                                     .object()
                                     .value(QStringLiteral("spec"))
                                     .toObject()
                                     .value(QStringLiteral("resourceAttributes"))
                                     .toObject()
                                     .value(QStringLiteral("resource"))
                                     .toString();
        const bool allowed = !a.forbiddenClusterWide.contains(resource);
        QJsonObject st{{QStringLiteral("allowed"), allowed}};
        if (!allowed)
            st[QStringLiteral("reason")] =
                QStringLiteral("no RBAC rule grants list on %1").arg(resource);
        r.code = 201;
        r.body = QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                         {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                         {QStringLiteral("status"), st}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    if (request.method == "POST" &&
        path == u"/apis/authorization.k8s.io/v1/selfsubjectrulesreviews") {
        const FakeAccess a = access.value(user);
        if (!a.rulesReview) {
            r.code = 403;
            r.body =
                status(403, QStringLiteral("Forbidden"), QStringLiteral("rules review refused"));
            return r;
        }
        const QString ns = QJsonDocument::fromJson(request.body)
                               .object()
                               .value(QStringLiteral("spec"))
                               .toObject()
                               .value(QStringLiteral("namespace"))
                               .toString();
        QJsonArray rules;
        QJsonArray allowed;
        for (const FakeResource &res : std::as_const(resources))
            if (!a.forbiddenClusterWide.contains(res.resource) ||
                a.allowedInNamespace.value(ns).contains(res.resource))
                allowed.append(res.resource);
        rules.append(QJsonObject{
            {QStringLiteral("verbs"), QJsonArray{QStringLiteral("get"), QStringLiteral("list")}},
            {QStringLiteral("apiGroups"), QJsonArray{QStringLiteral("*")}},
            {QStringLiteral("resources"), allowed}});
        QJsonArray names;
        for (auto it = a.allowedInNamespace.constBegin(); it != a.allowedInNamespace.constEnd();
             ++it)
            names.append(it.key());
        if (!names.isEmpty())
            rules.append(
                QJsonObject{{QStringLiteral("verbs"), QJsonArray{QStringLiteral("get")}},
                            {QStringLiteral("apiGroups"), QJsonArray{QString()}},
                            {QStringLiteral("resources"), QJsonArray{QStringLiteral("namespaces")}},
                            {QStringLiteral("resourceNames"), names}});
        r.code = 201;
        r.body = QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview")},
                         {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                         {QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("resourceRules"), rules},
                                      {QStringLiteral("nonResourceRules"), QJsonArray()},
                                      {QStringLiteral("incomplete"), false}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    // /api/v1[/namespaces/NS]/RES  or  /apis/G/V[/namespaces/NS]/RES
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (parts.value(0) == u"api" && parts.size() >= 2) {
        version = parts[1];
        parts = parts.mid(2);
    } else if (parts.value(0) == u"apis" && parts.size() >= 3) {
        group = parts[1];
        version = parts[2];
        parts = parts.mid(3);
    } else {
        r.code = 404;
        r.body = status(404, QStringLiteral("NotFound"),
                        QStringLiteral("the server could not find the requested resource"));
        return r;
    }
    if (parts.isEmpty()) {
        QJsonArray list;
        for (const FakeResource &res : std::as_const(resources))
            if (res.group == group && res.version == version)
                list.append(
                    QJsonObject{{QStringLiteral("name"), res.resource},
                                {QStringLiteral("singularName"), res.kind.toLower()},
                                {QStringLiteral("namespaced"), res.namespaced},
                                {QStringLiteral("kind"), res.kind},
                                {QStringLiteral("verbs"),
                                 QJsonArray{QStringLiteral("get"), QStringLiteral("list")}}});
        if (list.isEmpty()) {
            r.code = 404;
            r.body = status(404, QStringLiteral("NotFound"),
                            QStringLiteral("the server could not find the requested resource"));
            return r;
        }
        r.body =
            QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                                      {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                      {QStringLiteral("groupVersion"),
                                       group.isEmpty() ? version : QString(group + u'/' + version)},
                                      {QStringLiteral("resources"), list}})
                .toJson(QJsonDocument::Compact);
        return r;
    }
    // The node proxy to the kubelet's /configz.
    if (group.isEmpty() && parts.size() == 4 && parts[0] == u"nodes" && parts[2] == u"proxy" &&
        parts[3] == u"configz") {
        if (access.value(user).forbiddenClusterWide.contains(QStringLiteral("nodes/proxy"))) {
            r.code = 403;
            r.body = status(403, QStringLiteral("Forbidden"),
                            QStringLiteral("nodes \"%1\" is forbidden: User \"%2\" cannot get "
                                           "resource \"nodes/proxy\" in API group \"\" at the "
                                           "cluster scope")
                                .arg(parts[1], user));
            return r;
        }
        const auto it = kubeletConfigs.constFind(parts[1]);
        if (it == kubeletConfigs.constEnd()) {
            r.code = 404;
            r.body = status(404, QStringLiteral("NotFound"),
                            QStringLiteral("nodes \"%1\" not found").arg(parts[1]));
            return r;
        }
        r.body = "{\"kubeletconfig\":" + *it + '}';
        return r;
    }
    QString ns;
    if (parts.size() == 3 && parts[0] == u"namespaces") {
        ns = parts[1];
        parts = parts.mid(2);
    }
    if (parts.size() != 1) {
        r.code = 404;
        r.body = status(404, QStringLiteral("NotFound"),
                        QStringLiteral("the server could not find the requested resource"));
        return r;
    }
    for (const FakeResource &res : std::as_const(resources))
        if (res.group == group && res.version == version && res.resource == parts[0])
            return list(res, ns, request, user);
    r.code = 404;
    r.body = status(404, QStringLiteral("NotFound"),
                    QStringLiteral("the server could not find the requested resource"));
    return r;
}

Response FakeApiServer::Private::list(const FakeResource &res, const QString &ns,
                                      const RecordedRequest &request, const QString &user)
{
    Response r;
    const FakeAccess a = access.value(user);
    if (a.forbiddenClusterWide.contains(res.resource) &&
        (ns.isEmpty() || !a.allowedInNamespace.value(ns).contains(res.resource))) {
        r.code = 403;
        const QString where = ns.isEmpty() ? QStringLiteral("at the cluster scope")
                                           : QStringLiteral("in the namespace \"%1\"").arg(ns);
        r.body = status(
            403, QStringLiteral("Forbidden"),
            QStringLiteral(
                "%1 is forbidden: User \"%2\" cannot list resource \"%1\" in API group \"%3\" %4")
                .arg(res.resource, user, res.group, where));
        return r;
    }
    const QUrlQuery query(request.query);
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    int offset = 0;
    const QString cont = query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
    if (!cont.isEmpty()) {
        const QList<QByteArray> token = QByteArray::fromBase64(cont.toLatin1()).split(':');
        if (token.size() != 2 || token[0].toInt() != generation) {
            r.code = 410;
            r.body = status(
                410, QStringLiteral("Expired"),
                QStringLiteral(
                    "The provided continue parameter is too old to display a consistent "
                    "list result. You can start a new list without the continue parameter."));
            return r;
        }
        offset = token[1].toInt();
    }
    const bool metadataOnly = res.kind == u"Secret" && !options.ignoreMetadataAccept &&
                              request.header("accept").contains("as=PartialObjectMetadataList");
    const QString cacheKey =
        QStringLiteral("%1|%2|%3|%4|%5").arg(res.group, res.resource, ns).arg(offset).arg(limit) +
        (metadataOnly ? QStringLiteral("|m") : QString());
    const QString key = res.group + u'/' + res.resource;
    const auto &items = objects[key];
    const auto &namespaces = objectNamespaces[key];
    QByteArray body;
    body.reserve(1 << 20);
    const QString listKind = metadataOnly ? QStringLiteral("PartialObjectMetadataList")
                                          : res.kind + QStringLiteral("List");
    const QString apiVersion =
        metadataOnly
            ? QStringLiteral("meta.k8s.io/v1")
            : (res.group.isEmpty() ? res.version : QString(res.group + u'/' + res.version));
    int taken = 0;
    int index = 0;
    int next = -1;
    QByteArray itemsJson;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!ns.isEmpty() && namespaces[i] != ns)
            continue;
        if (index++ < offset)
            continue;
        if (limit > 0 && taken == limit) {
            next = index - 1;
            break;
        }
        if (taken > 0)
            itemsJson += ',';
        if (metadataOnly) {
            const QJsonObject o = QJsonDocument::fromJson(items[i]).object();
            itemsJson +=
                QJsonDocument(
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                                {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                                {QStringLiteral("metadata"), o.value(QStringLiteral("metadata"))}})
                    .toJson(QJsonDocument::Compact);
        } else {
            itemsJson += items[i];
        }
        ++taken;
    }
    body = "{\"kind\":\"" + listKind.toUtf8() + "\",\"apiVersion\":\"" + apiVersion.toUtf8() +
           "\",\"metadata\":{\"resourceVersion\":\"" + QByteArray::number(1000 + generation) + '"';
    if (next >= 0)
        body +=
            ",\"continue\":\"" +
            QByteArray(QByteArray::number(generation) + ':' + QByteArray::number(next)).toBase64() +
            '"';
    body += "},\"items\":[" + itemsJson + "]}";
    Q_UNUSED(cacheKey)
    r.body = std::move(body);
    if (metadataOnly)
        r.contentType = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
    return r;
}

FakeApiServer::FakeApiServer(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->thread.setObjectName(QStringLiteral("fake-apiserver"));
    d->thread.start();
    QSemaphore ready;
    QObject starter;
    starter.moveToThread(&d->thread);
    QMetaObject::invokeMethod(&starter, [this, &ready] {
        Private &p = *d;
        if (p.options.tls) {
            auto *server = new QSslServer();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(p.options.serverCert.certPem));
            config.setPrivateKey(QSslKey(p.options.serverCert.keyPem, QSsl::Ec));
            config.setPeerVerifyMode(p.options.clientCaPem.isEmpty() ? QSslSocket::VerifyNone
                                                                     : QSslSocket::QueryPeer);
            config.setProtocol(QSsl::TlsV1_2OrLater);
            server->setSslConfiguration(config);
            QObject::connect(server, &QSslServer::pendingConnectionAvailable, server,
                             [this, server] {
                                 while (QTcpSocket *s = server->nextPendingConnection())
                                     d->onConnection(s);
                             });
            p.server = server;
        } else {
            auto *server = new QTcpServer();
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server,
                             [this, server] {
                                 while (QTcpSocket *s = server->nextPendingConnection())
                                     d->onConnection(s);
                             });
            p.server = server;
        }
        p.server->listen(QHostAddress::LocalHost, 0);
        p.port = p.server->serverPort();
        ready.release();
    });
    ready.acquire();
}

FakeApiServer::~FakeApiServer()
{
    QObject stopper;
    stopper.moveToThread(&d->thread);
    QSemaphore done;
    QMetaObject::invokeMethod(&stopper, [this, &done] {
        for (QTcpSocket *s : d->server->findChildren<QTcpSocket *>())
            s->abort();
        delete d->server;
        d->server = nullptr;
        done.release();
    });
    done.acquire();
    d->thread.quit();
    d->thread.wait();
}

quint16 FakeApiServer::port() const
{
    return d->port;
}

QString FakeApiServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(d->port);
}

void FakeApiServer::addToken(const QString &token, const QString &user)
{
    QMutexLocker lock(&d->mutex);
    d->tokens.insert(token, user);
}

void FakeApiServer::addBasicUser(const QString &user, const QString &password)
{
    QMutexLocker lock(&d->mutex);
    d->basic.insert(user, password);
}

void FakeApiServer::setAccess(const QString &user, const FakeAccess &access)
{
    QMutexLocker lock(&d->mutex);
    d->access.insert(user, access);
}

void FakeApiServer::addResource(const FakeResource &resource)
{
    QMutexLocker lock(&d->mutex);
    d->resources.append(resource);
}

void FakeApiServer::addObjects(const QString &group, const QString &resource,
                               const std::vector<QByteArray> &items)
{
    QMutexLocker lock(&d->mutex);
    const QString key = group + u'/' + resource;
    for (const QByteArray &item : items) {
        const QJsonObject o = QJsonDocument::fromJson(item).object();
        d->objects[key].push_back(QJsonDocument(o).toJson(QJsonDocument::Compact));
        d->objectNamespaces[key].push_back(o.value(QStringLiteral("metadata"))
                                               .toObject()
                                               .value(QStringLiteral("namespace"))
                                               .toString());
    }
}

void FakeApiServer::setKubeletConfig(const QString &node, const QByteArray &kubeletConfig)
{
    QMutexLocker lock(&d->mutex);
    d->kubeletConfigs.insert(node, kubeletConfig);
}

void FakeApiServer::addStandardResources()
{
    const QString apps = QStringLiteral("apps");
    const QString rbac = QStringLiteral("rbac.authorization.k8s.io");
    const QString net = QStringLiteral("networking.k8s.io");
    const QList<FakeResource> list = {
        {QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), QStringLiteral("Namespace"),
         false},
        {QString(), QStringLiteral("v1"), QStringLiteral("nodes"), QStringLiteral("Node"), false},
        {QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("services"), QStringLiteral("Service"),
         true},
        {QString(), QStringLiteral("v1"), QStringLiteral("serviceaccounts"),
         QStringLiteral("ServiceAccount"), true},
        {QString(), QStringLiteral("v1"), QStringLiteral("secrets"), QStringLiteral("Secret"),
         true},
        {QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), QStringLiteral("ConfigMap"),
         true},
        {apps, QStringLiteral("v1"), QStringLiteral("deployments"), QStringLiteral("Deployment"),
         true},
        {apps, QStringLiteral("v1"), QStringLiteral("daemonsets"), QStringLiteral("DaemonSet"),
         true},
        {apps, QStringLiteral("v1"), QStringLiteral("statefulsets"), QStringLiteral("StatefulSet"),
         true},
        {apps, QStringLiteral("v1"), QStringLiteral("replicasets"), QStringLiteral("ReplicaSet"),
         true},
        {net, QStringLiteral("v1"), QStringLiteral("networkpolicies"),
         QStringLiteral("NetworkPolicy"), true},
        {rbac, QStringLiteral("v1"), QStringLiteral("roles"), QStringLiteral("Role"), true},
        {rbac, QStringLiteral("v1"), QStringLiteral("rolebindings"), QStringLiteral("RoleBinding"),
         true},
        {rbac, QStringLiteral("v1"), QStringLiteral("clusterroles"), QStringLiteral("ClusterRole"),
         false},
        {rbac, QStringLiteral("v1"), QStringLiteral("clusterrolebindings"),
         QStringLiteral("ClusterRoleBinding"), false},
    };
    for (const FakeResource &r : list)
        addResource(r);
}

void FakeApiServer::setOidc(const QString &refreshToken, const QString &newIdToken)
{
    QMutexLocker lock(&d->mutex);
    d->oidcRefreshToken = refreshToken;
    d->oidcNewIdToken = newIdToken;
}

void FakeApiServer::addFault(const Fault &fault)
{
    QMutexLocker lock(&d->mutex);
    d->faults.append(fault);
}

void FakeApiServer::clearFaults()
{
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

void FakeApiServer::expireContinueTokens()
{
    QMutexLocker lock(&d->mutex);
    ++d->generation;
}

QList<RecordedRequest> FakeApiServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->recorded;
}

void FakeApiServer::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->recorded.clear();
}

qint64 FakeApiServer::bytesSent() const
{
    QMutexLocker lock(&d->mutex);
    return d->bytesSent;
}

} // namespace parapet::test
