#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace parapet::test {

/// A certificate and its private key, PEM. Made at run time: no key material is checked in.
struct TestCert
{
    QByteArray certPem;
    QByteArray keyPem;
};

/// A tiny certificate authority for tests (OpenSSL, ECDSA P-256, fast).
class TestPki
{
public:
    struct LeafOptions
    {
        QString commonName;
        QStringList organizations; ///< become the user's groups for client certificates
        QStringList dnsNames;
        QStringList ipAddresses;
        bool server = true;
        /// Validity relative to now, in seconds (negative: in the past).
        qint64 notBefore = -3600;
        qint64 notAfter = 24 * 3600;
    };
    static TestCert makeCa(const QString &commonName);
    static TestCert makeLeaf(const TestCert &ca, const LeafOptions &options);
    /// A server certificate for 127.0.0.1, ::1 and localhost.
    static TestCert makeLocalServer(const TestCert &ca);
    static TestCert makeClient(const TestCert &ca, const QString &user,
                               const QStringList &groups = {});
};

} // namespace parapet::test
