#pragma once

// Runs parapet-cli in-process for the CLI test suites: the command's streams are captured as
// strings, standard input is the given bytes.

#include "command.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace parapet::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    int stdinReads = 0;
};

inline CliRun runCommand(const QStringList &args, const QByteArray &stdinData = {})
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err, [&] {
                   ++r.stdinReads;
                   return stdinData;
               }};
    r.code = cli::runCli(args, io);
    out.flush();
    err.flush();
    return r;
}

/// The standard output as a JSON object; empty (with a warning naming the output) if it is not.
inline QJsonObject jsonOutput(const CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()),
                 qPrintable(r.out.left(2000)));
        return {};
    }
    return doc.object();
}

} // namespace parapet::test
