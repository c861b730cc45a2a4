#include "snapshotcommand.h"

#include "sourceoptions.h"

#include "sources/snapshot.h"

namespace parapet::cli {

QString SnapshotCommand::summary() const
{
    return tr("Save the objects of a source to one snapshot file for later review");
}

int SnapshotCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Snapshot file to write (required)."), tr("FILE")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.err << tr("error: -o FILE is required") << '\n';
        return ExitUsage;
    }
    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const auto written = Snapshot::writeFile(*inventory, output);
    if (!written) {
        io.err << tr("error: %1").arg(written.error().toString()) << '\n';
        return ExitUsage;
    }
    io.err << tr("Saved %n object(s) to %1", nullptr, int(inventory->size())).arg(output) << '\n';
    return hadErrors ? ExitUsage : ExitOk;
}

} // namespace parapet::cli
