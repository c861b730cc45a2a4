#pragma once

#include <memory>
#include <QString>
#include <QStringList>

namespace parapet::test {

/// A forward proxy for tests, speaking HTTP CONNECT and SOCKS5 (no authentication) on one
/// loopback port. Every target host is connected on 127.0.0.1 (so names that do not resolve,
/// such as kubernetes.default.svc, reach the fake API server only through the proxy). Records
/// the "host:port" targets it was asked for. Runs on its own thread.
class FakeProxy
{
public:
    FakeProxy();
    ~FakeProxy();
    quint16 port() const;
    QStringList targets() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace parapet::test
