#include "command.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parapet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARAPET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    parapet::cli::Io io{out, err, [] {
                            QFile in;
                            if (!in.open(stdin, QIODevice::ReadOnly))
                                return QByteArray();
                            return in.readAll();
                        }};
    const int code = parapet::cli::runCli(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
