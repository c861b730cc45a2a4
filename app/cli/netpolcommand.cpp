#include "netpolcommand.h"

#include "netpol/connectivitydiff.h"
#include "netpol/connectivitymatrix.h"
#include "netpol/exposure.h"
#include "netpol/reachability.h"
#include "sourceoptions.h"
#include "tableprinter.h"
#include "sources/manifestloader.h"

#include <algorithm>
#include <memory>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parapet::cli {

using namespace parapet::netpol;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return Command::tr(text, disambiguation, n);
}


QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString locationText(const SourceLocation &l)
{
    return l.isValid() ? l.toString() : l.file;
}

QJsonObject portsJson(const PortSet &ports)
{
    QJsonObject o;
    for (Protocol p : {Protocol::TCP, Protocol::UDP, Protocol::SCTP}) {
        QJsonArray ranges;
        for (const PortSet::Range &r : ports.ranges(p))
            ranges.append(QJsonArray{r.first, r.last});
        if (!ranges.isEmpty())
            o[protocolName(p)] = ranges;
    }
    return o;
}

std::shared_ptr<const ReachabilityAnalysis> analyse(const Inventory &inventory)
{
    return std::make_shared<const ReachabilityAnalysis>(inventory);
}

QString usageText()
{
    return tr(
        "Usage: parapet-cli netpol SUBCOMMAND [ARGS...] [SOURCE...] [OPTIONS]\n"
        "\n"
        "NetworkPolicy reachability with the exact networking/v1 semantics.\n"
        "\n"
        "Subcommands:\n"
        "  can-reach SRC DST --port PORT[/PROTO] [SOURCE...] [--explain] [--format text|json]\n"
        "              whether SRC may open a connection to DST (exit 0 allowed, 1 denied or\n"
        "              implementation-defined); SRC and DST are NAMESPACE/POD,\n"
        "              NAMESPACE/KIND/NAME (deploy, sts, ds...) or an IP address\n"
        "  matrix [SOURCE...] [--format table|json|csv]\n"
        "              allowed ports for every workload pair and with the outside\n"
        "  exposure [SOURCE...] [--format table|json]\n"
        "              workloads reachable from everywhere or the internet, namespaces\n"
        "              without isolation, policies and rules that never apply\n"
        "  diff OLD NEW [--format text|json]\n"
        "              connections that appear, disappear or change between two sources\n"
        "              (exit 0 none, 1 some)\n"
        "\n"
        "Run 'parapet-cli netpol SUBCOMMAND --help' for the options of a subcommand.\n");
}

// --- can-reach ---------------------------------------------------------------------------------

struct PortSpec
{
    Protocol protocol = Protocol::TCP;
    int port = 0;
    QString name; ///< a named port, resolved on the destination
};

std::optional<PortSpec> parsePortSpec(const QString &text, QString &error)
{
    PortSpec spec;
    QString portText = text;
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        portText = text.left(slash);
        const auto proto = parseProtocol(text.mid(slash + 1).toUpper());
        if (!proto) {
            error = tr("unknown protocol \"%1\" (use TCP, UDP or SCTP)").arg(text.mid(slash + 1));
            return std::nullopt;
        }
        spec.protocol = *proto;
    }
    bool ok = false;
    spec.port = portText.toInt(&ok);
    if (!ok) {
        if (portText.isEmpty() || portText.front().isDigit()) {
            error = tr("\"%1\" is not a port number (1-65535) or a port name").arg(portText);
            return std::nullopt;
        }
        spec.port = 0;
        spec.name = portText;
    } else if (spec.port < 1 || spec.port > kMaxPort) {
        error = tr("port %1 is out of range (1-65535)").arg(portText);
        return std::nullopt;
    }
    return spec;
}

QString matchText(const ReachabilityAnalysis &a, const RuleMatch &m)
{
    const NetworkPolicy &p = a.policies()[std::size_t(m.policy)];
    const PolicyRule &r = p.rules(m.direction)[std::size_t(m.rule)];
    QString peer;
    if (m.peer >= 0)
        peer = r.peers[std::size_t(m.peer)].toString(p.ns);
    else
        peer = m.direction == Direction::Ingress ? tr("from anywhere") : tr("to anywhere");
    QString where = m.peer >= 0 ? r.peers[std::size_t(m.peer)].path : r.path;
    QString s = tr("NetworkPolicy %1 %2 (%3; ports: %4)")
                    .arg(p.reference(), where, peer, r.allPorts ? tr("all") : m.ports.toString());
    if (m.viaIpBlock)
        s += u' ' + tr("[ipBlock matched the pod IP]");
    const SourceLocation loc = p.locate(where);
    if (loc.isValid())
        s += QStringLiteral("  ") + loc.toString();
    return s;
}

QJsonObject matchJson(const ReachabilityAnalysis &a, const RuleMatch &m)
{
    const NetworkPolicy &p = a.policies()[std::size_t(m.policy)];
    const PolicyRule &r = p.rules(m.direction)[std::size_t(m.rule)];
    QJsonObject o;
    o[QStringLiteral("policy")] = p.reference();
    o[QStringLiteral("rule")] = r.path;
    if (m.peer >= 0) {
        o[QStringLiteral("peer")] = r.peers[std::size_t(m.peer)].path;
        o[QStringLiteral("peerDescription")] = r.peers[std::size_t(m.peer)].toString(p.ns);
    } else {
        o[QStringLiteral("peer")] = QJsonValue();
    }
    o[QStringLiteral("ports")] = m.ports.toString();
    o[QStringLiteral("viaIpBlock")] = m.viaIpBlock;
    o[QStringLiteral("location")] =
        locationText(p.locate(m.peer >= 0 ? r.peers[std::size_t(m.peer)].path : r.path));
    return o;
}

QJsonObject sideJson(const ReachabilityAnalysis &a, const SideExplanation &s)
{
    QJsonObject o;
    o[QStringLiteral("applies")] = s.applies;
    o[QStringLiteral("isolated")] = s.isolated;
    o[QStringLiteral("allowed")] = s.allowed;
    QJsonArray by;
    for (int pi : s.isolatingPolicies) {
        const NetworkPolicy &p = a.policies()[std::size_t(pi)];
        QJsonObject j;
        j[QStringLiteral("policy")] = p.reference();
        j[QStringLiteral("policyTypes")] = p.typesText();
        j[QStringLiteral("location")] = locationText(p.object->origin());
        by.append(j);
    }
    o[QStringLiteral("isolatedBy")] = by;
    QJsonArray allowing;
    for (const RuleMatch &m : s.allowing)
        allowing.append(matchJson(a, m));
    o[QStringLiteral("allowedBy")] = allowing;
    QJsonArray peerOnly;
    for (const RuleMatch &m : s.peerOnly)
        peerOnly.append(matchJson(a, m));
    o[QStringLiteral("matchingPeerNotPort")] = peerOnly;
    return o;
}

void printSide(QTextStream &out, const ReachabilityAnalysis &a, const SideExplanation &s,
               const QString &title, Direction dir, const QString &portText)
{
    out << title << '\n';
    if (!s.applies) {
        out << "  " << tr("outside the cluster: no NetworkPolicy applies on this side") << '\n';
        return;
    }
    if (!s.isolated) {
        out << "  "
            << (dir == Direction::Egress
                    ? tr("not isolated for egress: no NetworkPolicy selects it with policyType "
                         "Egress, so every destination is allowed")
                    : tr("not isolated for ingress: no NetworkPolicy selects it with policyType "
                         "Ingress, so every source is allowed"))
            << '\n';
        return;
    }
    QStringList by;
    for (int pi : s.isolatingPolicies)
        by.append(a.policies()[std::size_t(pi)].reference());
    out << "  " << tr("isolated by NetworkPolicy %1").arg(by.join(QStringLiteral(", "))) << '\n';
    for (const RuleMatch &m : s.allowing)
        out << "  " << tr("allowed by %1").arg(matchText(a, m)) << '\n';
    if (s.allowing.empty()) {
        if (s.peerOnly.empty()) {
            out << "  "
                << (dir == Direction::Egress
                        ? tr("denied: no egress rule of these policies matches the destination")
                        : tr("denied: no ingress rule of these policies matches the source"))
                << '\n';
        } else {
            out << "  " << tr("denied: rules match the peer but not %1:").arg(portText) << '\n';
            for (const RuleMatch &m : s.peerOnly)
                out << "    " << matchText(a, m) << '\n';
        }
    }
}

} // namespace

QString NetpolCommand::summary() const
{
    return tr("NetworkPolicy reachability: can-reach, matrix, exposure, diff");
}

int NetpolCommand::run(const QStringList &args, Io &io)
{
    if (args.isEmpty() || args.front() == u"--help" || args.front() == u"-h" ||
        args.front() == u"help") {
        (args.isEmpty() ? io.err : io.out) << usageText();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString sub = args.front();
    const QStringList rest = args.mid(1);
    if (sub == u"can-reach")
        return canReach(rest, io);
    if (sub == u"matrix")
        return matrix(rest, io);
    if (sub == u"exposure")
        return exposure(rest, io);
    if (sub == u"diff")
        return diff(rest, io);
    io.err << tr("error: unknown netpol subcommand \"%1\" (can-reach, matrix, exposure, diff)")
                  .arg(sub)
           << '\n';
    return ExitUsage;
}

int NetpolCommand::canReach(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    parser.setApplicationDescription(
        tr("Whether SRC may open a connection to DST on PORT: prints allowed, denied or "
           "implementation-defined (exit 0 when allowed, 1 otherwise, 2 on usage or input "
           "errors). SRC and DST come first: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP "
           "address."));
    // SRC and DST are taken off the front before parsing; declared here for the usage line.
    parser.addPositionalArgument(QStringLiteral("SRC"),
                                 tr("The client: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP."));
    parser.addPositionalArgument(QStringLiteral("DST"),
                                 tr("The server: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP."));
    source.addTo(parser);
    parser.addOption({QStringLiteral("port"),
                      tr("Destination port, number or container port name, with an optional "
                         "protocol: 443, 53/UDP, http/TCP (TCP when not given)."),
                      tr("PORT[/PROTO]")});
    parser.addOption({QStringLiteral("explain"),
                      tr("Explain the verdict: isolation and the rules that allow or fail, on "
                         "both sides.")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT"),
                      QStringLiteral("text")});
    QStringList rest = args;
    QStringList ends;
    while (ends.size() < 2 && !rest.isEmpty() && !rest.front().startsWith(u'-'))
        ends.append(rest.takeFirst());
    const QString command = name() + QStringLiteral(" can-reach");
    if (auto exit = parseArguments(parser, command, rest, io))
        return *exit;
    if (ends.size() < 2) {
        io.err << tr("error: name the source and the destination: parapet-cli netpol can-reach "
                     "SRC DST --port PORT[/PROTO] [SOURCE...]")
               << '\n';
        return ExitUsage;
    }
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use text or json)").arg(format) << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("port"))) {
        io.err << tr("error: --port is required (e.g. --port 443 or --port 53/UDP)") << '\n';
        return ExitUsage;
    }
    QString portError;
    auto spec = parsePortSpec(parser.value(QStringLiteral("port")), portError);
    if (!spec) {
        io.err << tr("error: --port: %1").arg(portError) << '\n';
        return ExitUsage;
    }

    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const auto analysis = analyse(*inventory);
    const ReachabilityAnalysis &a = *analysis;
    std::array<ConnectionEnd, 2> resolved;
    for (int i = 0; i < 2; ++i) {
        auto r = a.resolve(ends[i]);
        if (!r) {
            io.err << tr("error: %1: %2")
                          .arg(i == 0 ? tr("source") : tr("destination"), r.error().message)
                   << '\n';
            return ExitUsage;
        }
        resolved[std::size_t(i)] = *r;
    }
    const ConnectionEnd &src = resolved[0];
    const ConnectionEnd &dst = resolved[1];
    if (src.kind == ConnectionEnd::Kind::Address && dst.kind == ConnectionEnd::Kind::Address) {
        io.err << tr("error: neither end is a pod of this source: NetworkPolicies only apply to "
                     "pods")
               << '\n';
        return ExitUsage;
    }
    if (!spec->name.isEmpty()) {
        // A named port means the destination's container port of that name and protocol.
        if (dst.kind == ConnectionEnd::Kind::Address) {
            io.err << tr("error: --port %1 is a name, but the destination is an address")
                          .arg(spec->name)
                   << '\n';
            return ExitUsage;
        }
        const int ep = dst.kind == ConnectionEnd::Kind::Pod
                           ? dst.index
                           : a.endpoints().workloads[std::size_t(dst.index)].endpoints.front();
        for (const NamedPort &p : a.endpoints().endpoints[std::size_t(ep)].ports)
            if (p.name == spec->name && p.protocol == spec->protocol)
                spec->port = p.port;
        if (spec->port == 0) {
            io.err << tr("error: the destination has no %1 container port named \"%2\"")
                          .arg(protocolName(spec->protocol), spec->name)
                   << '\n';
            return ExitUsage;
        }
    }

    const ReachabilityAnswer answer = a.canReach(src, dst, spec->protocol, spec->port);
    const QString portText =
        protocolName(spec->protocol) + u' ' + QString::number(spec->port) +
        (spec->name.isEmpty() ? QString() : QStringLiteral(" (") + spec->name + u')');
    if (format == u"json") {
        auto endJson = [&](const QString &text, const ConnectionEnd &e) {
            QJsonObject o;
            o[QStringLiteral("spec")] = text;
            o[QStringLiteral("description")] = a.describe(e);
            o[QStringLiteral("kind")] = e.kind == ConnectionEnd::Kind::Pod ? QStringLiteral("pod")
                                        : e.kind == ConnectionEnd::Kind::Workload
                                            ? QStringLiteral("workload")
                                        : e.nodeAddress ? QStringLiteral("node")
                                                        : QStringLiteral("address");
            return o;
        };
        QJsonObject root;
        root[QStringLiteral("source")] = endJson(ends[0], src);
        root[QStringLiteral("destination")] = endJson(ends[1], dst);
        root[QStringLiteral("port")] = spec->port;
        root[QStringLiteral("protocol")] = protocolName(spec->protocol);
        root[QStringLiteral("verdict")] = verdictName(answer.verdict);
        root[QStringLiteral("policiesAllow")] = answer.policiesAllow;
        root[QStringLiteral("egress")] = sideJson(a, answer.egress);
        root[QStringLiteral("ingress")] = sideJson(a, answer.ingress);
        root[QStringLiteral("warnings")] = QJsonArray::fromStringList(answer.warnings);
        QJsonObject pairs;
        pairs[QStringLiteral("evaluated")] = answer.pairs;
        pairs[QStringLiteral("allowed")] = answer.allowedPairs;
        root[QStringLiteral("podGroups")] = pairs;
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.out << verdictName(answer.verdict);
        if (parser.isSet(QStringLiteral("explain")))
            io.out << ": " << a.describe(src) << " → " << a.describe(dst) << ", " << portText;
        io.out << '\n';
        for (const QString &w : answer.warnings)
            io.out << tr("warning: %1").arg(w) << '\n';
        if (parser.isSet(QStringLiteral("explain"))) {
            if (answer.verdict == Verdict::ImplementationDefined)
                io.out << tr("the policies alone would give: %1")
                              .arg(answer.policiesAllow ? verdictName(Verdict::Allowed)
                                                        : verdictName(Verdict::Denied))
                       << '\n';
            io.out << '\n';
            printSide(io.out, a, answer.egress, tr("egress from %1:").arg(a.describe(src)),
                      Direction::Egress, portText);
            printSide(io.out, a, answer.ingress, tr("ingress to %1:").arg(a.describe(dst)),
                      Direction::Ingress, portText);
        }
    }
    if (hadErrors)
        return ExitUsage;
    return answer.verdict == Verdict::Allowed ? ExitOk : ExitFindings;
}

int NetpolCommand::matrix(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    parser.setApplicationDescription(
        tr("Allowed connections between every pair of workloads, and between workloads and "
           "addresses outside (grouped in ranges that all policies treat alike). A * marks "
           "ports that only some of the pods of the two workloads get."));
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"), tr("table (default), json or csv."), tr("FORMAT"),
                      QStringLiteral("table")});
    if (auto exit = parseArguments(parser, name() + QStringLiteral(" matrix"), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json" && format != u"csv") {
        io.err << tr("error: unknown --format \"%1\" (use table, json or csv)").arg(format) << '\n';
        return ExitUsage;
    }
    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const auto analysis = analyse(*inventory);
    const ReachabilityAnalysis &a = *analysis;
    const auto &workloads = a.endpoints().workloads;
    const QString ns = source.namespaceFilter();
    const int nsIndex = a.endpoints().findNamespace(ns);
    auto shown = [&](int w) { return ns.isEmpty() || workloads[std::size_t(w)].ns == nsIndex; };
    // The outside first (small), then the pairs streamed: a matrix can have 10^8 cells.
    const ConnectivityMatrix outside = ConnectivityMatrix::build(analysis, ns, false);
    const auto &regions = outside.regions();
    auto regionText = [&](int r) { return tr("outside: %1").arg(regions[std::size_t(r)].label); };
    auto notes = [&](const MatrixCell &c) {
        QStringList n;
        if (c.partial)
            n.append(tr("some pods only"));
        if (c.viaIpBlock)
            n.append(tr("ipBlock matched pod IPs"));
        if (c.implementationDefined)
            n.append(tr("host network: plugin-dependent"));
        return n.join(QStringLiteral("; "));
    };
    auto portsText = [](const PortSet &p, const MatrixCell &c) -> QString {
        return p.toString() + (c.partial ? QStringLiteral("*") : QString());
    };
    ConnectionEvaluator ev(a);
    qint64 connections = 0;

    if (format == u"json") {
        QJsonArray wl;
        for (std::size_t w = 0; w < workloads.size(); ++w) {
            if (!shown(int(w)))
                continue;
            const WorkloadInfo &x = workloads[w];
            QJsonObject o;
            o[QStringLiteral("key")] = x.key();
            o[QStringLiteral("namespace")] = x.namespaceName;
            o[QStringLiteral("kind")] = x.kind;
            o[QStringLiteral("name")] = x.name;
            o[QStringLiteral("pods")] = x.replicas;
            o[QStringLiteral("podsFrom")] = x.inferred       ? QStringLiteral("operator")
                                            : x.fromTemplate ? QStringLiteral("template")
                                                             : QStringLiteral("pods");
            bool in = true;
            bool eg = true;
            for (int c : a.classesOfWorkload(int(w))) {
                in = in && a.isolated(c, Direction::Ingress);
                eg = eg && a.isolated(c, Direction::Egress);
            }
            o[QStringLiteral("ingressIsolated")] = in;
            o[QStringLiteral("egressIsolated")] = eg;
            o[QStringLiteral("hostNetwork")] = x.hostNetwork;
            wl.append(o);
        }
        QJsonArray rg;
        for (std::size_t r = 0; r < regions.size(); ++r) {
            QJsonObject o;
            o[QStringLiteral("id")] = int(r);
            o[QStringLiteral("addresses")] = regions[r].label;
            QJsonArray cidrs;
            for (const Cidr &c : regions[r].addresses.toCidrs())
                cidrs.append(c.toString());
            o[QStringLiteral("cidrs")] = cidrs;
            o[QStringLiteral("public")] = regions[r].isPublic;
            rg.append(o);
        }
        auto cellJson = [&](const QJsonValue &from, const QJsonValue &to, const PortSet &ports,
                            const MatrixCell &c) {
            QJsonObject o;
            o[QStringLiteral("from")] = from;
            o[QStringLiteral("to")] = to;
            o[QStringLiteral("ports")] = ports.toString();
            o[QStringLiteral("portRanges")] = portsJson(ports);
            o[QStringLiteral("partial")] = c.partial;
            o[QStringLiteral("viaIpBlock")] = c.viaIpBlock;
            o[QStringLiteral("implementationDefined")] = c.implementationDefined;
            return o;
        };
        QString head = compactJson(
            QJsonObject{{QStringLiteral("workloads"), wl}, {QStringLiteral("outside"), rg}});
        head.chop(1); // reopen the object to stream the connections into it
        io.out << head << ",\"connections\":[";
        bool first = true;
        ConnectivityMatrix::forEachWorkloadPair(ev, [&](const MatrixCell &c) {
            if (!shown(c.src) && !shown(c.dst))
                return;
            ++connections;
            io.out << (first ? "\n" : ",\n")
                   << compactJson(cellJson(workloads[std::size_t(c.src)].key(),
                                           workloads[std::size_t(c.dst)].key(),
                                           ev.table().at(c.ports), c));
            first = false;
        });
        QJsonArray egress;
        for (const MatrixCell &c : outside.egressToExternal())
            egress.append(
                cellJson(workloads[std::size_t(c.src)].key(), c.dst, outside.ports(c), c));
        QJsonArray ingress;
        for (const MatrixCell &c : outside.ingressFromExternal())
            ingress.append(
                cellJson(c.src, workloads[std::size_t(c.dst)].key(), outside.ports(c), c));
        QJsonObject summary;
        summary[QStringLiteral("workloads")] = wl.size();
        summary[QStringLiteral("pods")] = qint64(a.endpoints().endpoints.size());
        summary[QStringLiteral("podClasses")] = qint64(a.classes().size());
        summary[QStringLiteral("policies")] = qint64(a.policies().size());
        summary[QStringLiteral("connections")] = connections;
        io.out << "\n],\"egressToOutside\":"
               << QString::fromUtf8(QJsonDocument(egress).toJson(QJsonDocument::Compact))
               << ",\"ingressFromOutside\":"
               << QString::fromUtf8(QJsonDocument(ingress).toJson(QJsonDocument::Compact))
               << ",\"summary\":" << compactJson(summary) << "}\n";
    } else if (format == u"csv") {
        io.out << "from,to,ports,partial,viaIpBlock,implementationDefined\n";
        auto row = [&](const QString &from, const QString &to, const PortSet &ports,
                       const MatrixCell &c) {
            io.out << csvField(from) << ',' << csvField(to) << ',' << csvField(ports.toString())
                   << ',' << (c.partial ? "true" : "false") << ','
                   << (c.viaIpBlock ? "true" : "false") << ','
                   << (c.implementationDefined ? "true" : "false") << '\n';
        };
        ConnectivityMatrix::forEachWorkloadPair(ev, [&](const MatrixCell &c) {
            if (!shown(c.src) && !shown(c.dst))
                return;
            row(workloads[std::size_t(c.src)].key(), workloads[std::size_t(c.dst)].key(),
                ev.table().at(c.ports), c);
        });
        for (const MatrixCell &c : outside.egressToExternal())
            row(workloads[std::size_t(c.src)].key(), regionText(c.dst), outside.ports(c), c);
        for (const MatrixCell &c : outside.ingressFromExternal())
            row(regionText(c.src), workloads[std::size_t(c.dst)].key(), outside.ports(c), c);
    } else {
        // Column widths are known up front (workload keys, region labels), so rows stream.
        // Every workload of a shown pair is shown or a peer of one: measure all workloads, but
        // only the regions that appear.
        qsizetype width = tr("DESTINATION").size();
        for (std::size_t w = 0; w < workloads.size(); ++w)
            width = std::max(width, workloads[w].key().size());
        for (const MatrixCell &c : outside.egressToExternal())
            width = std::max(width, regionText(c.dst).size());
        for (const MatrixCell &c : outside.ingressFromExternal())
            width = std::max(width, regionText(c.src).size());
        auto row = [&](const QString &from, const QString &to, const QString &ports,
                       const QString &note) {
            QString line = from.leftJustified(width + 3) + to.leftJustified(width + 3) + ports;
            if (!note.isEmpty())
                line += QStringLiteral("   (") + note + u')';
            io.out << line << '\n';
        };
        row(tr("SOURCE"), tr("DESTINATION"), tr("PORTS"), {});
        ConnectivityMatrix::forEachWorkloadPair(ev, [&](const MatrixCell &c) {
            if (!shown(c.src) && !shown(c.dst))
                return;
            ++connections;
            row(workloads[std::size_t(c.src)].key(), workloads[std::size_t(c.dst)].key(),
                portsText(ev.table().at(c.ports), c), notes(c));
        });
        for (const MatrixCell &c : outside.egressToExternal())
            row(workloads[std::size_t(c.src)].key(), regionText(c.dst),
                portsText(outside.ports(c), c), notes(c));
        for (const MatrixCell &c : outside.ingressFromExternal())
            row(regionText(c.src), workloads[std::size_t(c.dst)].key(),
                portsText(outside.ports(c), c), notes(c));
        io.out << '\n'
               << tr("%1 workloads (%2 pods in %3 groups), %4 NetworkPolicies: %5 allowed "
                     "workload connections%6")
                      .arg(workloads.size())
                      .arg(a.endpoints().endpoints.size())
                      .arg(a.classes().size())
                      .arg(a.policies().size())
                      .arg(connections)
                      .arg(ns.isEmpty() ? QString() : u' ' + tr("to or from namespace %1").arg(ns))
               << '\n';
        for (const QString &n : a.endpoints().notes)
            io.out << tr("note: %1").arg(n) << '\n';
    }
    return hadErrors ? ExitUsage : ExitOk;
}

int NetpolCommand::exposure(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    parser.setApplicationDescription(
        tr("Workloads reachable from everywhere or from the internet, namespaces without "
           "isolation, policies that select no pod, rules that can never match, invalid "
           "policies."));
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"),
                      QStringLiteral("table")});
    if (auto exit = parseArguments(parser, name() + QStringLiteral(" exposure"), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use table or json)").arg(format) << '\n';
        return ExitUsage;
    }
    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const auto analysis = analyse(*inventory);
    std::vector<ExposureFinding> findings = findExposures(*analysis);
    const QString ns = source.namespaceFilter();
    if (!ns.isEmpty()) {
        // Keep the findings about this namespace: its workloads, itself and its policies.
        std::erase_if(findings, [&](const ExposureFinding &f) {
            return !f.subject.startsWith(ns + u'/') && f.subject != tr("namespace %1").arg(ns) &&
                   !f.subject.startsWith(QStringLiteral("NetworkPolicy ") + ns + u'/');
        });
    }
    if (format == u"json") {
        QJsonArray list;
        QJsonObject counts;
        for (const ExposureFinding &f : findings) {
            QJsonObject o;
            o[QStringLiteral("severity")] = severityName(f.severity);
            o[QStringLiteral("kind")] = f.kind;
            o[QStringLiteral("subject")] = f.subject;
            o[QStringLiteral("message")] = f.message;
            if (!f.ports.isEmpty())
                o[QStringLiteral("ports")] = f.ports;
            o[QStringLiteral("file")] = f.location.file;
            o[QStringLiteral("line")] = qint64(f.location.line);
            o[QStringLiteral("column")] = qint64(f.location.column);
            if (!f.path.isEmpty())
                o[QStringLiteral("path")] = f.path;
            list.append(o);
            const QString sev = severityName(f.severity);
            counts[sev] = counts[sev].toInt() + 1;
        }
        QJsonObject root;
        root[QStringLiteral("findings")] = list;
        root[QStringLiteral("counts")] = counts;
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (findings.empty()) {
        io.out << tr("No exposure findings.") << '\n';
    } else {
        QList<QStringList> rows{
            {tr("SEVERITY"), tr("KIND"), tr("SUBJECT"), tr("FINDING"), tr("WHERE")}};
        for (const ExposureFinding &f : findings)
            rows.append(
                {severityName(f.severity), f.kind, f.subject, f.message, locationText(f.location)});
        printTable(io.out, rows);
    }
    return hadErrors ? ExitUsage : ExitOk;
}

int NetpolCommand::diff(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connections that appear, disappear or change ports between OLD and NEW (each a "
           "manifest file or folder, or a snapshot). Exit 0 when nothing changes, 1 when "
           "something does, 2 on usage or input errors."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The source before the change."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The source after the change."));
    parser.addOption({{QStringLiteral("n"), QStringLiteral("namespace")},
                      tr("Namespace for objects that have none."),
                      tr("NAMESPACE")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT"),
                      QStringLiteral("text")});
    if (auto exit = parseArguments(parser, name() + QStringLiteral(" diff"), args, io))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 2) {
        io.err << tr("error: name exactly two sources: parapet-cli netpol diff OLD NEW") << '\n';
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use text or json)").arg(format) << '\n';
        return ExitUsage;
    }
    LoadOptions options;
    if (parser.isSet(QStringLiteral("namespace")))
        options.defaultNamespace = parser.value(QStringLiteral("namespace"));
    bool hadErrors = false;
    std::array<std::shared_ptr<const ReachabilityAnalysis>, 2> analyses;
    for (int i = 0; i < 2; ++i) {
        ManifestLoader loader(options);
        if (paths[i] == u"-")
            loader.addData(QStringLiteral("<stdin>"), io.readStdin ? io.readStdin() : QByteArray());
        else
            loader.addPath(paths[i]);
        const Inventory inv = loader.load(SourceInfo{});
        for (const Diagnostic &d : inv.diagnostics()) {
            io.err << d.toString() << '\n';
            hadErrors = hadErrors || d.severity == Diagnostic::Severity::Error;
        }
        analyses[std::size_t(i)] = analyse(inv);
    }
    io.err.flush();
    const auto changes = diffConnectivity(ConnectivityMatrix::build(analyses[0]),
                                          ConnectivityMatrix::build(analyses[1]));
    int counts[3] = {0, 0, 0};
    for (const ConnectivityChange &c : changes)
        ++counts[int(c.kind)];
    if (format == u"json") {
        QJsonArray list;
        for (const ConnectivityChange &c : changes) {
            QJsonObject o;
            o[QStringLiteral("change")] = changeKindName(c.kind);
            o[QStringLiteral("from")] = c.from;
            o[QStringLiteral("to")] = c.to;
            o[QStringLiteral("fromOutside")] = c.fromOutside;
            o[QStringLiteral("toOutside")] = c.toOutside;
            o[QStringLiteral("before")] = c.before.toString();
            o[QStringLiteral("after")] = c.after.toString();
            o[QStringLiteral("opened")] = c.opened().toString();
            o[QStringLiteral("closed")] = c.closed().toString();
            list.append(o);
        }
        QJsonObject summary;
        summary[QStringLiteral("added")] = counts[0];
        summary[QStringLiteral("removed")] = counts[1];
        summary[QStringLiteral("changed")] = counts[2];
        QJsonObject root;
        root[QStringLiteral("changes")] = list;
        root[QStringLiteral("summary")] = summary;
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const ConnectivityChange &c : changes) {
            const QString from = c.fromOutside ? tr("outside: %1").arg(c.from) : c.from;
            const QString to = c.toOutside ? tr("outside: %1").arg(c.to) : c.to;
            switch (c.kind) {
            case ConnectivityChange::Kind::Added:
                io.out << "+ " << from << " → " << to << ": " << c.after.toString() << '\n';
                break;
            case ConnectivityChange::Kind::Removed:
                io.out << "- " << from << " → " << to << ": " << c.before.toString() << '\n';
                break;
            case ConnectivityChange::Kind::Changed: {
                QStringList what;
                if (!c.opened().isEmpty())
                    what.append(tr("opened %1").arg(c.opened().toString()));
                if (!c.closed().isEmpty())
                    what.append(tr("closed %1").arg(c.closed().toString()));
                io.out << "~ " << from << " → " << to << ": " << c.before.toString() << " → "
                       << c.after.toString() << " (" << what.join(QStringLiteral(", ")) << ")\n";
                break;
            }
            }
        }
        io.out << tr("%1 connections added, %2 removed, %3 changed")
                      .arg(counts[0])
                      .arg(counts[1])
                      .arg(counts[2])
               << '\n';
    }
    if (hadErrors)
        return ExitUsage;
    return changes.empty() ? ExitOk : ExitFindings;
}

} // namespace parapet::cli
