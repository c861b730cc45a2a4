#pragma once

#include "testpki.h"

#include <memory>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::test {

/// One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QString path; ///< without the query
    QString query;
    QHash<QByteArray, QList<QByteArray>> headers; ///< lower-case names
    QString user;                                 ///< authenticated user, empty when anonymous
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        const auto values = headers.value(name);
        return values.isEmpty() ? QByteArray() : values.front();
    }
};

/// Something the server does instead of answering normally, for requests whose path starts with
/// pathPrefix (and, when set, whose query contains queryContains).
struct Fault
{
    enum class Type
    {
        Delay,    ///< answer after delayMs
        Hang,     ///< never answer (the connection stays open)
        Drop,     ///< close the connection without answering
        Truncate, ///< announce a body and close after half of it
        Garbage,  ///< 200 with a body that is not JSON
        Huge,     ///< 200 with hugeBytes of JSON-looking data
        Status,   ///< answer with status (and Retry-After when set)
    };
    Type type = Type::Status;
    QString pathPrefix;
    QString queryContains;
    int times = -1; ///< how many matching requests it applies to; -1: all
    int delayMs = 0;
    int status = 500;
    QByteArray retryAfter;
    qint64 hugeBytes = 0;
};

/// An object type the server serves.
struct FakeResource
{
    QString group;
    QString version = QStringLiteral("v1");
    QString resource;
    QString kind;
    bool namespaced = true;
};

/// What one user may do: everything except the resources in forbiddenClusterWide, which may
/// be listed only in the namespaces of allowedNamespaces. "nodes/proxy" in forbiddenClusterWide
/// refuses the kubelet configz (403).
struct FakeAccess
{
    QSet<QString> forbiddenClusterWide;              ///< resource names ("secrets")
    QMap<QString, QSet<QString>> allowedInNamespace; ///< namespace → resources listable there
    bool rulesReview = true;
};

/// An in-process Kubernetes API server for tests: HTTPS (QSslServer, with optional client
/// certificate checks) or plain HTTP, bearer tokens and basic auth, aggregated and legacy
/// discovery, paginated LIST with continue tokens (which can be expired to get 410), secrets
/// as PartialObjectMetadataList, SelfSubjectRulesReview, gzip, and faults on demand. It runs
/// on its own thread; all methods are thread-safe.
class FakeApiServer
{
public:
    struct Options
    {
        bool tls = true;
        TestCert serverCert;
        /// When set, client certificates signed by this CA authenticate (CN user, O groups).
        QByteArray clientCaPem;
        bool aggregatedDiscovery = true;
        QString gitVersion = QStringLiteral("v1.30.2");
        /// Serve Secrets in full even when metadata is asked for (a misbehaving server).
        bool ignoreMetadataAccept = false;
        /// Users that may call without credentials ("system:anonymous" when true).
        bool allowAnonymous = false;
    };

    explicit FakeApiServer(Options options);
    ~FakeApiServer();

    quint16 port() const;
    /// https://127.0.0.1:PORT (or http://).
    QString url() const;

    void addToken(const QString &token, const QString &user);
    void addBasicUser(const QString &user, const QString &password);
    void setAccess(const QString &user, const FakeAccess &access);

    void addResource(const FakeResource &resource);
    /// Adds objects (JSON objects without apiVersion/kind, as real LIST items are) of a served
    /// resource; namespaced ones must carry metadata.namespace.
    void addObjects(const QString &group, const QString &resource,
                    const std::vector<QByteArray> &items);
    /// Registers the standard resource types (pods, services, secrets, roles, ...).
    void addStandardResources();
    /// Serves \a kubeletConfig (a JSON object) as `{"kubeletconfig": ...}` at
    /// /api/v1/nodes/NODE/proxy/configz, as the node proxy does; nodes without one answer 404.
    void setKubeletConfig(const QString &node, const QByteArray &kubeletConfig);

    /// Acts as an OIDC provider too: /.well-known/openid-configuration and a token endpoint that
    /// trades \a refreshToken for \a newIdToken.
    void setOidc(const QString &refreshToken, const QString &newIdToken);

    void addFault(const Fault &fault);
    void clearFaults();
    /// Continue tokens issued so far become invalid (410 Gone), like an etcd compaction.
    void expireContinueTokens();

    QList<RecordedRequest> requests() const;
    void clearRequests();
    /// Bytes of response bodies sent so far.
    qint64 bytesSent() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace parapet::test
