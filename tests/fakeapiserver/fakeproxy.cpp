#include "fakeproxy.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace parapet::test {

struct FakeProxy::Private
{
    mutable QMutex mutex;
    QStringList targets;
    QThread thread;
    QTcpServer *server = nullptr;
    quint16 port = 0;

    void onConnection(QTcpSocket *client);
    void onData(QTcpSocket *client);
    void connectTo(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &reply,
                   const QByteArray &rest);
};

void FakeProxy::Private::onConnection(QTcpSocket *client)
{
    QObject::connect(client, &QTcpSocket::readyRead, client, [this, client] { onData(client); });
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

void FakeProxy::Private::connectTo(QTcpSocket *client, const QString &host, quint16 targetPort,
                                   const QByteArray &reply, const QByteArray &rest)
{
    {
        QMutexLocker lock(&mutex);
        targets.append(QStringLiteral("%1:%2").arg(host).arg(targetPort));
    }
    client->setProperty("tunnel", true);
    auto *upstream = new QTcpSocket(client);
    QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, reply, rest] {
        client->write(reply);
        if (!rest.isEmpty())
            upstream->write(rest);
    });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(client, &QTcpSocket::readyRead, upstream,
                     [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client,
                     [client] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream,
                     [upstream] { upstream->disconnectFromHost(); });
    upstream->connectToHost(QHostAddress::LocalHost, targetPort);
}

void FakeProxy::Private::onData(QTcpSocket *client)
{
    if (client->property("tunnel").toBool())
        return; // the tunnel's own handler forwards
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    client->setProperty("buffer", buffer);
    if (buffer.isEmpty())
        return;
    if (buffer[0] == 0x05) {
        // SOCKS5: greeting (VER NMETHODS METHODS...), then CONNECT (VER CMD RSV ATYP ADDR PORT).
        int state = client->property("socks").toInt();
        if (state == 0) {
            if (buffer.size() < 2 || buffer.size() < 2 + uchar(buffer[1]))
                return;
            client->write(QByteArray("\x05\x00", 2));
            buffer.remove(0, 2 + uchar(buffer[1]));
            client->setProperty("socks", 1);
            client->setProperty("buffer", buffer);
            state = 1;
        }
        if (buffer.size() < 5)
            return;
        QString host;
        qsizetype at = 4;
        if (buffer[3] == 0x01) {
            if (buffer.size() < 10)
                return;
            host = QStringLiteral("%1.%2.%3.%4")
                       .arg(uchar(buffer[4]))
                       .arg(uchar(buffer[5]))
                       .arg(uchar(buffer[6]))
                       .arg(uchar(buffer[7]));
            at = 8;
        } else if (buffer[3] == 0x03) {
            const int len = uchar(buffer[4]);
            if (buffer.size() < 5 + len + 2)
                return;
            host = QString::fromLatin1(buffer.mid(5, len));
            at = 5 + len;
        } else {
            client->abort();
            return;
        }
        const quint16 p = quint16((uchar(buffer[at]) << 8) | uchar(buffer[at + 1]));
        connectTo(client, host, p, QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10),
                  buffer.mid(at + 2));
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (first.size() < 2 || first[0] != "CONNECT") {
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    const QByteArray target = first[1];
    const qsizetype colon = target.lastIndexOf(':');
    connectTo(client, QString::fromLatin1(target.left(colon)).remove(u'[').remove(u']'),
              target.mid(colon + 1).toUShort(), "HTTP/1.1 200 Connection established\r\n\r\n",
              buffer.mid(end + 4));
}

FakeProxy::FakeProxy()
    : d(std::make_unique<Private>())
{
    d->thread.start();
    QObject starter;
    starter.moveToThread(&d->thread);
    QSemaphore ready;
    QMetaObject::invokeMethod(&starter, [this, &ready] {
        d->server = new QTcpServer();
        QObject::connect(d->server, &QTcpServer::pendingConnectionAvailable, d->server, [this] {
            while (QTcpSocket *s = d->server->nextPendingConnection())
                d->onConnection(s);
        });
        d->server->listen(QHostAddress::LocalHost, 0);
        d->port = d->server->serverPort();
        ready.release();
    });
    ready.acquire();
}

FakeProxy::~FakeProxy()
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

quint16 FakeProxy::port() const
{
    return d->port;
}

QStringList FakeProxy::targets() const
{
    QMutexLocker lock(&d->mutex);
    return d->targets;
}

} // namespace parapet::test
