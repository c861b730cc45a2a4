#include "graphcommand.h"

#include "sourceoptions.h"

#include "graph/graph.h"
#include "graph/namespacegraph.h"
#include "netpol/netpolgraph.h"
#include "rbac/rbacgraph.h"

#include <QFile>
#include <QJsonDocument>

#include <functional>

namespace parapet::cli {

namespace {

struct GraphKind
{
    const char *name;
    const char *summary;
    std::function<Graph(const Inventory &, const QString &ns)> build;
};

// The graphs Parapet draws. Analyses add theirs here (one line each).
const std::vector<GraphKind> &graphKinds()
{
    static const std::vector<GraphKind> kinds = {
        {"namespaces", QT_TRANSLATE_NOOP("parapet::cli::Command", "namespaces with their workloads and services"),
         [](const Inventory &inv, const QString &ns) { return namespaceGraph(inv, ns); }},
        {"rbac", QT_TRANSLATE_NOOP("parapet::cli::Command", "risky RBAC subjects, their bindings, roles and escalation paths"),
         [](const Inventory &inv, const QString &ns) { return rbac::rbacGraph(inv, ns); }},
        {"netpol", QT_TRANSLATE_NOOP("parapet::cli::Command", "NetworkPolicy reachability: workloads by namespace, allowed connections with ports, outside address ranges"),
         [](const Inventory &inv, const QString &ns) { return netpol::netpolGraph(inv, ns); }},
    };
    return kinds;
}

} // namespace

QString GraphCommand::summary() const
{
    return tr("Export a graph (namespaces, rbac, netpol) as DOT, SVG or JSON");
}

int GraphCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("The graph: %1.").arg([] {
        QStringList names;
        for (const GraphKind &k : graphKinds())
            names.append(QString::fromLatin1(k.name));
        return names.join(QStringLiteral(", "));
    }()));
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"), tr("dot (default), svg or json."), tr("FORMAT"),
                      QStringLiteral("dot")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to FILE instead of standard output."), tr("FILE")});
    parser.addOption({QStringLiteral("layout-timeout"),
                      tr("Seconds Graphviz may take for SVG (default 30)."), tr("SECONDS"),
                      QStringLiteral("30")});
    QStringList rest = args;
    if (rest.isEmpty() || rest.front().startsWith(u'-')) {
        if (auto exit = parseArguments(parser, name(), rest, io))
            return *exit;
        io.err << tr("error: name the graph: parapet-cli graph KIND [SOURCE...]") << '\n';
        return ExitUsage;
    }
    const QString kindName = rest.takeFirst();
    const GraphKind *kind = nullptr;
    for (const GraphKind &k : graphKinds())
        if (kindName == QLatin1String(k.name))
            kind = &k;
    if (auto exit = parseArguments(parser, name(), rest, io))
        return *exit;
    if (!kind) {
        io.err << tr("error: unknown graph \"%1\"").arg(kindName) << '\n';
        return ExitUsage;
    }
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"dot" && format != u"svg" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use dot, svg or json)").arg(format) << '\n';
        return ExitUsage;
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("layout-timeout")).toInt(&ok);
    if (!ok || timeout <= 0) {
        io.err << tr("error: --layout-timeout needs a positive number of seconds") << '\n';
        return ExitUsage;
    }
    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const Graph graph = kind->build(*inventory, source.namespaceFilter());
    QByteArray bytes;
    if (format == u"dot") {
        bytes = toDot(graph);
    } else if (format == u"json") {
        bytes = QJsonDocument(toJson(graph)).toJson(QJsonDocument::Indented);
    } else {
        auto svg = runGraphviz(graph, QStringLiteral("svg"), {}, timeout * 1000);
        if (!svg) {
            io.err << tr("error: %1").arg(svg.error().message) << '\n';
            return ExitUsage;
        }
        bytes = *svg;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.out << QString::fromUtf8(bytes);
    } else {
        QFile f(output);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            io.err << tr("error: cannot write %1: %2").arg(output, f.errorString()) << '\n';
            return ExitUsage;
        }
    }
    return hadErrors ? ExitUsage : ExitOk;
}

} // namespace parapet::cli
