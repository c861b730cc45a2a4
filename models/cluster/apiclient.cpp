#include "apiclient.h"

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <curl/curl.h>
#include <deque>
#include <map>
#include <mutex>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>
#include <vector>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::ApiClient", text);
}

void globalCurlInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct SlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist &list, const QByteArray &line)
{
    curl_slist *next = curl_slist_append(list.get(), line.constData());
    if (next) {
        (void)list.release();
        list.reset(next);
    }
}

/// An IPv4 or IPv6 literal as 16 bytes (IPv4 mapped), or nothing.
std::optional<std::array<unsigned char, 16>> ipBytes(const QString &text)
{
    const QByteArray t = text.toLatin1();
    std::array<unsigned char, 16> out{};
    unsigned char v4[4];
    if (inet_pton(AF_INET, t.constData(), v4) == 1) {
        out[10] = out[11] = 0xff;
        std::copy(v4, v4 + 4, out.begin() + 12);
        return out;
    }
    if (inet_pton(AF_INET6, t.constData(), out.data()) == 1)
        return out;
    return std::nullopt;
}

bool isLoopback(const std::array<unsigned char, 16> &ip)
{
    static const std::array<unsigned char, 16> v6loopback{0, 0, 0, 0, 0, 0, 0, 0,
                                                          0, 0, 0, 0, 0, 0, 0, 1};
    const bool mapped =
        std::all_of(ip.begin(), ip.begin() + 10, [](unsigned char c) { return c == 0; }) &&
        ip[10] == 0xff && ip[11] == 0xff;
    return ip == v6loopback || (mapped && ip[12] == 127);
}

bool inSubnet(const std::array<unsigned char, 16> &ip, const QString &cidr)
{
    const qsizetype slash = cidr.indexOf(u'/');
    const auto net = ipBytes(cidr.left(slash));
    bool ok = false;
    int bits = cidr.mid(slash + 1).toInt(&ok);
    if (!net || !ok)
        return false;
    if (!cidr.contains(u':'))
        bits += 96; // IPv4 prefixes apply to the mapped form
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const unsigned char mask =
            bits >= 8 ? 0xff : static_cast<unsigned char>(0xff << (8 - bits));
        if ((ip[std::size_t(i)] & mask) != ((*net)[std::size_t(i)] & mask))
            return false;
    }
    return true;
}

/// Go's httpproxy rules for NO_PROXY and loopback addresses (which are never proxied).
bool proxyAppliesTo(const QString &host, const QString &noProxy)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return false;
    const auto address = ipBytes(host);
    if (address && isLoopback(*address))
        return false;
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return false;
        if (entry.contains(u'/')) {
            if (address && inSubnet(*address, entry))
                return false;
            continue;
        }
        // Drop a port, but keep IPv6 literals whole.
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon > 0 && entry.count(u':') == 1)
            entry.truncate(colon);
        else if (entry.startsWith(u'[') && entry.contains(u"]:"))
            entry.truncate(entry.indexOf(u"]:") + 1);
        entry.remove(u'[').remove(u']');
        if (const auto entryAddress = ipBytes(entry)) {
            if (address && *address == *entryAddress)
                return false;
            continue;
        }
        const QString h = host.toLower();
        const QString domain = entry.startsWith(u'.') ? entry.mid(1) : entry;
        if (h == domain || h.endsWith(u'.' + domain))
            return false;
    }
    return true;
}

QString envValue(const QProcessEnvironment &env, const char *upper, const char *lower)
{
    const QString u = env.value(QLatin1String(upper));
    return u.isEmpty() ? env.value(QLatin1String(lower)) : u;
}

bool isTlsError(CURLcode code)
{
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return true;
    default:
        return false;
    }
}

bool isRetryableTransport(CURLcode code)
{
    switch (code) {
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Request Entity Too Large");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QString();
    }
}

/// Retry-After: delay-seconds or an HTTP date.
std::optional<qint64> parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(seconds, 0) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0);
    return std::nullopt;
}

struct Transfer
{
    ApiRequest request;
    ApiClient::Callback done;
    CURL *easy = nullptr;
    Slist headers;
    QByteArray url;
    QByteArray body;
    QByteArray retryAfter;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    int attempts = 0;
    bool authRetried = false;
    qint64 dueMs = 0;
    qint64 lastActivityMs = 0;
    curl_off_t lastBytes = 0;
    bool idleAbort = false;
    bool tooLarge = false;
    bool cancelledAbort = false;
    void *owner = nullptr; // the ApiClient::Private running it
};

} // namespace

struct ApiClient::Private
{
    ClientConfig config;
    ApiClientOptions options;
    std::shared_ptr<CredentialSource> credentials;
    std::optional<Error> credentialError;
    CURLM *multi = nullptr;
    QElapsedTimer clock;
    QByteArray caPem;
    QString base; // URL prefix requests go to (host may be the tls-server-name)
    QByteArray hostHeader;
    Slist connectTo;
    QByteArray proxy; // empty: no proxy
    std::deque<std::unique_ptr<Transfer>> queue;
    std::vector<std::unique_ptr<Transfer>> delayed;
    std::map<CURL *, std::unique_ptr<Transfer>> active;
    ApiClient::Stats stats;

    bool isCancelled() const { return options.cancel && options.cancel->load(); }
    bool start(std::unique_ptr<Transfer> t);
    void finish(Transfer &t, CURLcode code);
    void complete(std::unique_ptr<Transfer> t, ApiResponse &&r);
    void retryLater(std::unique_ptr<Transfer> t, qint64 delayMs);
    void abortAll();

    static size_t onWrite(char *data, size_t size, size_t count, void *user);
    static size_t onHeader(char *data, size_t size, size_t count, void *user);
    static int onProgress(void *user, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow);
};

size_t ApiClient::Private::onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const Private *owner = static_cast<const Private *>(t->owner);
    if (t->body.size() + qint64(n) > owner->options.maxResponseBytes) {
        t->tooLarge = true;
        return 0;
    }
    if (t->body.isEmpty()) {
        curl_off_t length = -1;
        if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK &&
            length > 0 && length <= owner->options.maxResponseBytes)
            t->body.reserve(qsizetype(length));
    }
    t->body.append(data, qsizetype(n));
    return n;
}

size_t ApiClient::Private::onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line(data, qsizetype(n));
    if (line.startsWith("HTTP/"))
        t->retryAfter.clear();
    else if (line.toLower().startsWith("retry-after:"))
        t->retryAfter = line.mid(12).trimmed();
    return n;
}

int ApiClient::Private::onProgress(void *user, curl_off_t, curl_off_t dlnow, curl_off_t,
                                   curl_off_t ulnow)
{
    auto *t = static_cast<Transfer *>(user);
    Private *p = static_cast<Private *>(t->owner);
    if (p->isCancelled()) {
        t->cancelledAbort = true;
        return 1;
    }
    const qint64 now = p->clock.elapsed();
    if (dlnow + ulnow != t->lastBytes) {
        t->lastBytes = dlnow + ulnow;
        t->lastActivityMs = now;
    } else if (p->options.idleTimeoutMs > 0 && now - t->lastActivityMs > p->options.idleTimeoutMs) {
        t->idleAbort = true;
        return 1;
    }
    return 0;
}

bool ApiClient::Private::start(std::unique_ptr<Transfer> t)
{
    Credential cred;
    if (credentialError) {
        ApiResponse r;
        r.failure = ApiResponse::Failure::Credentials;
        r.error = credentialError->message;
        complete(std::move(t), std::move(r));
        return false;
    }
    if (config.isHttps()) {
        auto c = credentials->current();
        if (!c) {
            credentialError = c.error();
            ApiResponse r;
            r.failure = ApiResponse::Failure::Credentials;
            r.error = c.error().message;
            complete(std::move(t), std::move(r));
            return false;
        }
        cred = *c;
    }
    CURL *h = curl_easy_init();
    if (!h) {
        ApiResponse r;
        r.failure = ApiResponse::Failure::Transport;
        r.error = tr("cannot create an HTTP handle");
        complete(std::move(t), std::move(r));
        return false;
    }
    t->easy = h;
    t->owner = this;
    t->body.clear();
    t->retryAfter.clear();
    t->errorBuffer[0] = 0;
    t->idleAbort = t->tooLarge = t->cancelledAbort = false;
    t->lastBytes = 0;
    t->lastActivityMs = clock.elapsed();
    ++t->attempts;
    ++stats.requests;
    t->url = (base + t->request.path).toUtf8();

    curl_easy_setopt(h, CURLOPT_URL, t->url.constData());
    curl_easy_setopt(h, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
    qint64 connectTimeout = options.connectTimeoutMs;
    if (config.timeoutMs > 0) {
        connectTimeout = std::min(connectTimeout, config.timeoutMs);
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(config.timeoutMs));
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(connectTimeout));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Private::onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &Private::onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &Private::onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, t.get());
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxResponseBytes));
    if (!config.disableCompression)
        curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(h, CURLOPT_PROXY, proxy.constData());
    if (proxy.startsWith("https://")) {
        // The proxy's own certificate is checked against the system store.
        curl_easy_setopt(h, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
    }
    if (connectTo)
        curl_easy_setopt(h, CURLOPT_CONNECT_TO, connectTo.get());

    if (config.isHttps()) {
        if (config.insecure) {
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
        } else {
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
            curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        }
        if (!caPem.isEmpty()) {
            // Only the configured CA is trusted, as client-go does.
            curl_blob ca{const_cast<char *>(caPem.constData()), size_t(caPem.size()),
                         CURL_BLOB_COPY};
            curl_easy_setopt(h, CURLOPT_CAINFO_BLOB, &ca);
            curl_easy_setopt(h, CURLOPT_CAINFO, nullptr);
            curl_easy_setopt(h, CURLOPT_CAPATH, nullptr);
        }
        if (cred.hasClientCertificate()) {
            // In memory: the key is handed to OpenSSL as a blob and never touches the disk.
            curl_blob cert{const_cast<char *>(cred.clientCertificatePem.constData()),
                           size_t(cred.clientCertificatePem.size()), CURL_BLOB_COPY};
            curl_blob key{const_cast<char *>(cred.clientKeyPem.constData()),
                          size_t(cred.clientKeyPem.size()), CURL_BLOB_COPY};
            curl_easy_setopt(h, CURLOPT_SSLCERT_BLOB, &cert);
            curl_easy_setopt(h, CURLOPT_SSLCERTTYPE, "PEM");
            curl_easy_setopt(h, CURLOPT_SSLKEY_BLOB, &key);
            curl_easy_setopt(h, CURLOPT_SSLKEYTYPE, "PEM");
        }
    }

    Slist headers;
    append(headers, "Accept: " + t->request.accept);
    append(headers, "User-Agent: " + options.userAgent.toUtf8());
    append(headers, "Expect:");
    if (!hostHeader.isEmpty())
        append(headers, "Host: " + hostHeader);
    if (!cred.bearerToken.isEmpty())
        append(headers, "Authorization: Bearer " + cred.bearerToken.toUtf8());
    else if (!cred.basicUser.isEmpty() || !cred.basicPassword.isEmpty())
        append(
            headers,
            "Authorization: Basic " +
                QByteArray(cred.basicUser.toUtf8() + ':' + cred.basicPassword.toUtf8()).toBase64());
    if (!config.impersonate.isEmpty()) {
        append(headers, "Impersonate-User: " + config.impersonate.toUtf8());
        if (!config.impersonateUid.isEmpty())
            append(headers, "Impersonate-Uid: " + config.impersonateUid.toUtf8());
        for (const QString &g : config.impersonateGroups)
            append(headers, "Impersonate-Group: " + g.toUtf8());
        for (auto it = config.impersonateUserExtra.constBegin();
             it != config.impersonateUserExtra.constEnd(); ++it)
            for (const QString &v : it.value())
                append(headers, "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key()) + ": " +
                                    v.toUtf8());
    }
    if (t->request.method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        if (t->request.method != "POST")
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, t->request.method.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, t->request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->request.body.size()));
        append(headers, "Content-Type: " + t->request.contentType);
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    t->headers = std::move(headers);
    curl_multi_add_handle(multi, h);
    active.emplace(h, std::move(t));
    return true;
}

void ApiClient::Private::complete(std::unique_ptr<Transfer> t, ApiResponse &&r)
{
    r.attempts = t->attempts;
    if (t->done)
        t->done(std::move(r));
}

void ApiClient::Private::retryLater(std::unique_ptr<Transfer> t, qint64 delayMs)
{
    ++stats.retries;
    t->dueMs = clock.elapsed() + delayMs;
    delayed.push_back(std::move(t));
}

void ApiClient::Private::finish(Transfer &done, CURLcode code)
{
    auto it = active.find(done.easy);
    std::unique_ptr<Transfer> t = std::move(it->second);
    active.erase(it);
    curl_multi_remove_handle(multi, t->easy);
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    const char *contentType = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &contentType);
    ApiResponse r;
    r.status = int(status);
    if (contentType)
        r.contentType = contentType;
    long version = 0;
    curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &version);
    r.httpVersion = version == CURL_HTTP_VERSION_2_0 ? 2 : (version != 0 ? 1 : 0);
    long connects = 0;
    curl_easy_getinfo(t->easy, CURLINFO_NUM_CONNECTS, &connects);
    stats.connections += int(connects);
    if (r.status == 429)
        ++stats.throttled;
    curl_easy_cleanup(t->easy);
    t->easy = nullptr;
    t->headers.reset();
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(t->request.method),
                                                      QString::fromUtf8(t->url));
    const bool idempotent = t->request.method == "GET";

    if (code != CURLE_OK) {
        r.status = 0;
        const QString detail =
            QString::fromUtf8(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(code));
        if (t->cancelledAbort || isCancelled()) {
            r.failure = ApiResponse::Failure::Cancelled;
            r.error = tr("%1: cancelled").arg(where);
        } else if (t->tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
            r.failure = ApiResponse::Failure::TooLarge;
            r.error = tr("%1: the response is larger than the limit of %2 MiB")
                          .arg(where)
                          .arg(options.maxResponseBytes / (1024 * 1024));
        } else if (t->idleAbort) {
            r.failure = ApiResponse::Failure::Timeout;
            r.error = tr("%1: the server sent nothing for %2 s")
                          .arg(where)
                          .arg(double(options.idleTimeoutMs) / 1000.0);
        } else if (code == CURLE_OPERATION_TIMEDOUT) {
            r.failure = ApiResponse::Failure::Timeout;
            r.error = tr("%1: timed out (%2)").arg(where, detail);
        } else if (isTlsError(code)) {
            r.failure = ApiResponse::Failure::Tls;
            QString hint;
            if (detail.contains(u"wrong version number") ||
                detail.contains(u"packet length too long"))
                hint = tr(" (the server does not speak TLS: is it plain HTTP?)");
            r.error = tr("%1: TLS error: %2%3").arg(where, detail, hint);
        } else {
            r.failure = ApiResponse::Failure::Transport;
            r.error = QStringLiteral("%1: %2").arg(where, detail);
            if (idempotent && isRetryableTransport(code) && t->attempts <= options.maxRetries) {
                const qint64 delay = options.backoffMs << std::min(t->attempts - 1, 6);
                retryLater(std::move(t), delay);
                return;
            }
        }
        complete(std::move(t), std::move(r));
        return;
    }

    if (r.status == 401 && !t->authRetried && credentials && credentials->refreshable()) {
        // A plugin token may have expired early or been revoked: one refresh, one retry.
        t->authRetried = true;
        credentials->invalidate();
        credentialError.reset();
        retryLater(std::move(t), 0);
        return;
    }
    const bool retryStatus = r.status == 429 || r.status == 502 || r.status == 503 ||
                             r.status == 504 || (r.status >= 500 && !t->retryAfter.isEmpty());
    if (retryStatus && t->attempts <= options.maxRetries) {
        qint64 delay = options.backoffMs << std::min(t->attempts - 1, 6);
        if (const auto after = parseRetryAfter(t->retryAfter))
            delay = std::min(*after, options.maxRetryAfterMs);
        retryLater(std::move(t), delay);
        return;
    }
    r.body = std::move(t->body);
    if (r.status < 200 || r.status >= 300) {
        QString message = statusMessage(r.body);
        const QString reason = reasonPhrase(r.status);
        r.error =
            QStringLiteral("%1: %2%3%4")
                .arg(where, QString::number(r.status), reason.isEmpty() ? QString() : u' ' + reason,
                     message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    }
    complete(std::move(t), std::move(r));
}

void ApiClient::Private::abortAll()
{
    std::vector<std::unique_ptr<Transfer>> all;
    for (auto &[easy, t] : active) {
        curl_multi_remove_handle(multi, easy);
        curl_easy_cleanup(easy);
        t->easy = nullptr;
        all.push_back(std::move(t));
    }
    active.clear();
    for (auto &t : queue)
        all.push_back(std::move(t));
    queue.clear();
    for (auto &t : delayed)
        all.push_back(std::move(t));
    delayed.clear();
    for (auto &t : all) {
        ApiResponse r;
        r.failure = ApiResponse::Failure::Cancelled;
        r.error = tr("%1 %2: cancelled")
                      .arg(QString::fromLatin1(t->request.method), base + t->request.path);
        complete(std::move(t), std::move(r));
    }
    // Callbacks of cancelled requests must not start new work.
    queue.clear();
    delayed.clear();
}

ApiClient::ApiClient()
    : d(std::make_unique<Private>())
{}

ApiClient::~ApiClient()
{
    for (auto &[easy, t] : d->active) {
        curl_multi_remove_handle(d->multi, easy);
        curl_easy_cleanup(easy);
    }
    if (d->multi)
        curl_multi_cleanup(d->multi);
}

Result<std::unique_ptr<ApiClient>> ApiClient::create(const ClientConfig &config,
                                                     ApiClientOptions options)
{
    globalCurlInit();
    std::unique_ptr<ApiClient> c(new ApiClient());
    Private &p = *c->d;
    p.config = config;
    p.options = std::move(options);
    p.clock.start();

    QString server = config.server;
    if (!server.contains(QStringLiteral("://")))
        server.prepend(QStringLiteral("http://")); // kubectl: no scheme and no TLS settings → http
    while (server.endsWith(u'/'))
        server.chop(1);
    const QUrl url(server);
    if (!url.isValid() || url.host().isEmpty())
        return Error{
            Error::Code::Invalid, tr("the server URL \"%1\" is not valid").arg(config.server), {}};
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    if (!https && url.scheme().compare(u"http", Qt::CaseInsensitive) != 0)
        return Error{Error::Code::Invalid,
                     tr("the server URL \"%1\" has an unsupported scheme").arg(config.server),
                     {}};
    p.base = server;
    const int port = url.port(https ? 443 : 80);
    const QString host = url.host();
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    if (https && !config.tlsServerName.isEmpty() && config.tlsServerName != host) {
        // Verify (and send SNI for) the tls-server-name while connecting to the real address.
        QUrl rewritten = url;
        rewritten.setHost(config.tlsServerName);
        p.base = rewritten.toString();
        while (p.base.endsWith(u'/'))
            p.base.chop(1);
        append(p.connectTo, QStringLiteral("%1:%2:%3:%2")
                                .arg(config.tlsServerName)
                                .arg(port)
                                .arg(bracketed)
                                .toUtf8());
        p.hostHeader =
            (url.port() > 0 ? QStringLiteral("%1:%2").arg(bracketed).arg(port) : bracketed)
                .toUtf8();
    }

    if (https) {
        if (!config.caData.isEmpty()) {
            p.caPem = config.caData;
        } else if (!config.caFile.isEmpty()) {
            QFile f(config.caFile);
            if (!f.open(QIODevice::ReadOnly))
                return Error{Error::Code::Io,
                             tr("unable to read certificate-authority %1: %2")
                                 .arg(config.caFile, f.errorString()),
                             {config.caFile}};
            p.caPem = f.read(16 * 1024 * 1024);
        }
        if (!p.caPem.isEmpty() && !p.caPem.contains("-----BEGIN CERTIFICATE-----"))
            return Error{
                Error::Code::Invalid,
                tr("the certificate authority of cluster \"%1\" contains no PEM certificate")
                    .arg(config.clusterName),
                {}};
    }

    // Proxy: proxy-url wins; else the environment as Go reads it.
    if (!config.proxyUrl.isEmpty()) {
        const auto ok = checkProxyUrl(config.proxyUrl);
        if (!ok)
            return Error{
                Error::Code::Invalid,
                tr("invalid 'proxy-url' \"%1\": %2").arg(config.proxyUrl, ok.error().message),
                {}};
        QString proxy = config.proxyUrl;
        if (proxy.startsWith(u"socks5://"))
            proxy.replace(0, 9, QStringLiteral("socks5h://")); // Go resolves names at the proxy
        p.proxy = proxy.toUtf8();
    } else {
        const QProcessEnvironment &env = p.options.credentials.environment;
        QString proxy = https ? envValue(env, "HTTPS_PROXY", "https_proxy")
                              : envValue(env, "HTTP_PROXY", "http_proxy");
        if (!proxy.isEmpty() && proxyAppliesTo(host, envValue(env, "NO_PROXY", "no_proxy"))) {
            if (!proxy.contains(QStringLiteral("://")))
                proxy.prepend(QStringLiteral("http://"));
            p.proxy = proxy.toUtf8();
        }
    }

    if (https) {
        auto source = CredentialSource::create(config, p.options.credentials);
        if (!source)
            return source.error();
        p.credentials = *source;
    }
    p.multi = curl_multi_init();
    if (!p.multi)
        return Error{Error::Code::Io, tr("cannot create an HTTP handle"), {}};
    curl_multi_setopt(p.multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(p.multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                      long(std::max(1, p.options.maxParallel)));
    return c;
}

void ApiClient::enqueue(ApiRequest request, Callback done)
{
    auto t = std::make_unique<Transfer>();
    t->request = std::move(request);
    t->done = std::move(done);
    d->queue.push_back(std::move(t));
}

void ApiClient::run()
{
    for (;;) {
        if (d->isCancelled()) {
            d->abortAll();
            return;
        }
        const qint64 now = d->clock.elapsed();
        for (auto it = d->delayed.begin(); it != d->delayed.end();) {
            if ((*it)->dueMs <= now) {
                d->queue.push_front(std::move(*it));
                it = d->delayed.erase(it);
            } else {
                ++it;
            }
        }
        while (!d->queue.empty() && int(d->active.size()) < std::max(1, d->options.maxParallel)) {
            std::unique_ptr<Transfer> t = std::move(d->queue.front());
            d->queue.pop_front();
            d->start(std::move(t));
        }
        if (d->active.empty() && d->queue.empty() && d->delayed.empty())
            return;
        int running = 0;
        curl_multi_perform(d->multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            const CURLcode code = msg->data.result;
            if (t)
                d->finish(*t, code);
        }
        qint64 wait = 100;
        for (const auto &t : d->delayed)
            wait = std::min(wait, std::max<qint64>(t->dueMs - d->clock.elapsed(), 0));
        if (!d->queue.empty() && int(d->active.size()) < d->options.maxParallel)
            wait = 0;
        if (!d->active.empty())
            curl_multi_poll(d->multi, nullptr, 0, int(wait), nullptr);
        else if (wait > 0)
            QThread::msleep(ulong(wait));
    }
}

ApiResponse ApiClient::request(const ApiRequest &request)
{
    ApiResponse out;
    enqueue(request, [&out](ApiResponse &&r) { out = std::move(r); });
    run();
    return out;
}

ApiClient::Stats ApiClient::stats() const
{
    return d->stats;
}

bool ApiClient::cancelled() const
{
    return d->isCancelled();
}

const ClientConfig &ApiClient::config() const
{
    return d->config;
}

QString ApiClient::urlOf(const QString &path) const
{
    return d->base + path;
}

QString statusMessage(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > 1024 * 1024 || !body.trimmed().startsWith('{'))
        return QString();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("kind")).toString() != u"Status")
        return QString();
    return o.value(QStringLiteral("message")).toString();
}

} // namespace parapet
