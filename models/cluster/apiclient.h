#pragma once

#include "credentials.h"
#include "kubeconfig.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QByteArray>
#include <QString>

namespace parapet {

/// Limits and behaviour of an ApiClient.
struct ApiClientOptions
{
    qint64 connectTimeoutMs = 30'000;
    /// A response that sends nothing for this long is abandoned (a hung server).
    qint64 idleTimeoutMs = 60'000;
    /// A response larger than this is refused.
    qint64 maxResponseBytes = 512LL * 1024 * 1024;
    /// Retries of one request after 429, 5xx or a dropped connection.
    int maxRetries = 5;
    /// Longest wait honoured from a Retry-After header.
    qint64 maxRetryAfterMs = 30'000;
    /// First backoff when the server gives no Retry-After (doubles per retry).
    qint64 backoffMs = 250;
    /// Transfers in flight at once.
    int maxParallel = 8;
    /// Set to stop: transfers are aborted and callbacks get a "cancelled" response.
    const std::atomic_bool *cancel = nullptr;
    CredentialOptions credentials;
    QString userAgent = QStringLiteral("parapet/" PARAPET_VERSION);
};

/// One request to the API server. \a path is appended to the server URL (so a path prefix in
/// the kubeconfig server is kept) and includes the query.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QByteArray accept = "application/json";
    QByteArray body;
    QByteArray contentType = "application/json";
};

/// What came back. Error texts never contain credentials or response bodies (only the
/// `message` of a Kubernetes Status).
struct ApiResponse
{
    enum class Failure
    {
        None,
        Transport,
        Timeout,
        TooLarge,
        Tls,
        Cancelled,
        Credentials
    };
    /// HTTP status; 0 when no response was received.
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    Failure failure = Failure::None;
    /// For failures and non-2xx statuses: what went wrong, naming the URL.
    QString error;
    int attempts = 0;
    /// 1 (HTTP/1.x) or 2, as negotiated.
    int httpVersion = 0;

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
};

/// A Kubernetes API client on libcurl: TLS with OpenSSL (CA and client keys handed over in
/// memory, never written to disk), HTTP/2 where offered, connection reuse, gzip, proxies
/// (proxy-url or the environment, as Go does it), impersonation, retries honouring
/// Retry-After, a refresh of plugin credentials after 401, size limits, idle and overall
/// timeouts, and cancellation. Requests run in parallel on one curl multi handle. Use from one
/// thread at a time.
class ApiClient
{
public:
    static Result<std::unique_ptr<ApiClient>> create(const ClientConfig &config,
                                                     ApiClientOptions options = {});
    ~ApiClient();

    using Callback = std::function<void(ApiResponse &&)>;
    /// Queues \a request; \a done runs inside run() on its thread and may queue more.
    void enqueue(ApiRequest request, Callback done);
    /// Runs queued requests (up to maxParallel at once) until none is left or cancelled.
    void run();
    /// Runs one request on its own.
    ApiResponse request(const ApiRequest &request);

    bool cancelled() const;
    const ClientConfig &config() const;

    /// Counters since creation, for tests and benchmarks.
    struct Stats
    {
        int requests = 0;    ///< transfers started (retries included)
        int retries = 0;     ///< after 429, 5xx or a dropped connection
        int throttled = 0;   ///< 429 responses seen
        int connections = 0; ///< new connections opened (the rest reused one)
    };
    Stats stats() const;
    /// The full URL of \a path (for messages).
    QString urlOf(const QString &path) const;

private:
    ApiClient();
    struct Private;
    std::unique_ptr<Private> d;
};

/// Message of a Kubernetes Status body (`{"kind":"Status","message":...}`), or empty.
QString statusMessage(const QByteArray &body);

} // namespace parapet
