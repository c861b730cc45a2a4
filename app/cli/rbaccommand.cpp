#include "rbaccommand.h"

#include "graph/graph.h"
#include "rbac/rbacgraph.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacrisks.h"
#include "sourceoptions.h"
#include "tableprinter.h"

#include <algorithm>
#include <functional>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace parapet::cli {

using namespace parapet::rbac;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::cli::Command", text);
}

// --- arguments ------------------------------------------------------------------------------

/// The options of one rbac sub-command, defined identically on every parser it uses.
struct Options
{
    bool identity = false; ///< --as / --as-group
    bool request = false;  ///< --subresource
    std::function<void(QCommandLineParser &)> extra;
};

/// Defines the options on \a parser; returns whether --as came from SourceOptions (another
/// meaning there: impersonation for the API connection).
bool define(QCommandLineParser &parser, SourceOptions &source, const Options &o)
{
    source.addTo(parser);
    parser.addOption({QStringLiteral("builtins"),
                      tr("Built-in roles and bindings of the API server: auto (assumed for "
                         "manifests, a live cluster's own), assume, or none."),
                      tr("MODE"), QStringLiteral("auto")});
    bool asFromSource = false;
    if (o.identity) {
        // SourceOptions may define --as/--as-group (impersonation for a live API connection);
        // then its options carry the identity asked about. A throwaway parse tells, without
        // adding a duplicate option.
        QCommandLineParser probe;
        SourceOptions probeSource;
        probeSource.addTo(probe);
        asFromSource = probe.parse({QStringLiteral("parapet-cli"), QStringLiteral("--as=x")});
        if (!asFromSource) {
            parser.addOption(
                {QStringLiteral("as"),
                 tr("The identity asked about: a user name, or system:serviceaccount:NS:NAME."),
                 tr("USER")});
            parser.addOption({QStringLiteral("as-group"),
                              tr("A group of that identity (repeatable)."), tr("GROUP")});
        }
    }
    if (o.request)
        parser.addOption({QStringLiteral("subresource"),
                          tr("Subresource, as kubectl's --subresource (or write RESOURCE/SUB)."),
                          tr("SUB")});
    if (o.extra)
        o.extra(parser);
    return asFromSource;
}

/// \a args without --as/--as-group (and their values): they name the identity asked about
/// and must not reach SourceOptions, which would take them for live impersonation.
QStringList withoutIdentity(const QStringList &args)
{
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--") {
            out += args.mid(i);
            break;
        }
        if (a == u"--as" || a == u"--as-group") {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(u"--as=") || a.startsWith(u"--as-group="))
            continue;
        out.append(a);
    }
    return out;
}

bool parses(const QStringList &args, const Options &o, QStringList *positionals)
{
    QCommandLineParser p;
    SourceOptions s;
    define(p, s, o);
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    QStringList argv = args;
    argv.prepend(QStringLiteral("parapet-cli"));
    if (!p.parse(argv))
        return false;
    *positionals = p.positionalArguments();
    return true;
}

/// Removes the first \a count positional arguments from \a args, whatever options surround
/// them: each candidate token is taken out only when a parse agrees it was positional.
QStringList dropPositionals(const QStringList &args, int count, const Options &o)
{
    QStringList rest = args;
    QStringList pos;
    if (!parses(rest, o, &pos))
        return rest;
    for (int k = 0; k < count && !pos.isEmpty(); ++k) {
        bool done = false;
        for (qsizetype i = 0; i < rest.size() && !done; ++i) {
            if (rest[i] != pos.front())
                continue;
            QStringList candidate = rest;
            candidate.removeAt(i);
            QStringList after;
            if (parses(candidate, o, &after) && after == pos.mid(1)) {
                rest = candidate;
                pos = after;
                done = true;
            }
        }
        if (!done)
            break;
    }
    return rest;
}

std::optional<BuiltinPolicy> builtinPolicy(const QString &mode)
{
    if (mode == u"auto")
        return BuiltinPolicy::Auto;
    if (mode == u"assume")
        return BuiltinPolicy::Assume;
    if (mode == u"none")
        return BuiltinPolicy::Never;
    return std::nullopt;
}

/// Parsing shared by the sub-commands: help, usage errors, --builtins, the source (reading
/// only what is left after \a leading positionals and the identity options).
struct Parsed
{
    QCommandLineParser parser;
    SourceOptions source;
    QStringList leading;
    bool asFromSource = false;
    IndexOptions index;
};

std::optional<int> parse(Parsed &p, const QString &command, const QStringList &args, int minLeading,
                         int maxLeading, const Options &o, Io &io,
                         const std::function<int(const QStringList &)> &leadingCount = {})
{
    p.asFromSource = define(p.parser, p.source, o);
    if (auto exit = parseArguments(p.parser, command, args, io))
        return exit;
    const QStringList pos = p.parser.positionalArguments();
    const int lead = leadingCount ? leadingCount(pos) : std::min<int>(maxLeading, int(pos.size()));
    if (pos.size() < minLeading || lead < minLeading) {
        io.err << tr("error: missing arguments; run 'parapet-cli %1 --help' for usage").arg(command)
               << '\n';
        return ExitUsage;
    }
    p.leading = pos.mid(0, lead);
    const auto mode = builtinPolicy(p.parser.value(QStringLiteral("builtins")));
    if (!mode) {
        io.err << tr("error: unknown --builtins \"%1\" (use auto, assume or none)")
                      .arg(p.parser.value(QStringLiteral("builtins")))
               << '\n';
        return ExitUsage;
    }
    p.index.builtins = *mode;

    // The source reads a parser that saw neither the leading arguments nor the identity.
    const QStringList sourceArgs = dropPositionals(withoutIdentity(args), lead, o);
    QCommandLineParser sp;
    SourceOptions reread;
    define(sp, reread, o);
    sp.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    QStringList argv = sourceArgs;
    argv.prepend(QStringLiteral("parapet-cli"));
    if (!sp.parse(argv)) {
        io.err << tr("error: %1").arg(sp.errorText()) << '\n';
        return ExitUsage;
    }
    if (!p.source.read(sp, io))
        return ExitUsage;
    return std::nullopt;
}

/// The identity from --as/--as-group.
std::optional<Identity> identityFrom(const QCommandLineParser &parser, Io &io)
{
    const QString user = parser.value(QStringLiteral("as"));
    const QStringList groups = parser.values(QStringLiteral("as-group"));
    if (user.isEmpty()) {
        io.err << tr("error: name the identity with --as USER (a ServiceAccount as "
                     "--as system:serviceaccount:NAMESPACE:NAME)")
               << '\n';
        return std::nullopt;
    }
    return Identity::fromUser(user, groups);
}

// --- requests -------------------------------------------------------------------------------

/// Turns kubectl's RESOURCE[/SUB] into a request's group, resource and subresource.
/// Returns an error message, or empty.
QString resolveResource(const ResourceRegistry &registry, const QString &text, Request &r,
                        QStringList &warnings)
{
    const qsizetype slash = text.indexOf(u'/');
    const QString base = slash < 0 ? text : text.left(slash);
    r.subresource = slash < 0 ? QString() : text.mid(slash + 1);
    if (base.isEmpty())
        return tr("the resource is empty");
    if (base == u"*") {
        r.resource = base;
        r.apiGroup.clear();
        return {};
    }
    const QString lower = base.toLower();
    QList<ResourceType> types = registry.resolve(lower);
    if (types.isEmpty()) {
        // `deployments.v1.apps`: resource.version.group.
        static const QRegularExpression versioned(
            QStringLiteral("^([^.]+)\\.v\\d+[a-z0-9]*\\.(.+)$"));
        const auto m = versioned.match(lower);
        if (m.hasMatch())
            types = registry.resolve(QString(m.captured(1) + u'.' + m.captured(2)));
    }
    if (!types.isEmpty()) {
        auto pick = std::find_if(types.begin(), types.end(),
                                 [](const ResourceType &t) { return t.group.isEmpty(); });
        const ResourceType &t = pick != types.end() ? *pick : types.front();
        r.apiGroup = t.group;
        r.resource = t.plural;
        return {};
    }
    // Not a type this source knows: users and groups (impersonation) exist only in
    // authorization; anything else is asked for as written, as kubectl does for types its
    // server lacks.
    const qsizetype dot = lower.indexOf(u'.');
    if (lower == u"users" || lower == u"groups") {
        r.resource = lower;
        r.apiGroup.clear();
    } else if (dot > 0) {
        r.resource = lower.left(dot);
        r.apiGroup = lower.mid(dot + 1);
        warnings.append(tr("the resource type '%1' in group '%2' is not known to this source; "
                           "asking for it as written")
                            .arg(r.resource, r.apiGroup));
    } else {
        r.resource = lower;
        r.apiGroup.clear();
        warnings.append(tr("the resource type '%1' is not known to this source; asking for it "
                           "in the core group")
                            .arg(lower));
    }
    return {};
}

/// Builds the request of can-i / who-can, with the namespace the API server would see.
/// \a nsMode: the namespace from -n (empty when not given); \a all: -A.
std::optional<Request> buildRequest(const RbacIndex &index, const QString &verb,
                                    const QString &resource, const QString &name,
                                    const QString &subresourceOption, const QString &ns,
                                    bool namespaceGiven, bool all, QStringList &warnings, Io &io)
{
    if (resource.startsWith(u'/')) {
        if (!name.isEmpty() || !subresourceOption.isEmpty()) {
            io.err << tr("error: a non-resource URL takes neither NAME nor --subresource") << '\n';
            return std::nullopt;
        }
        return Request::forPath(verb, resource);
    }
    Request r;
    r.verb = verb;
    r.name = name;
    if (const QString e = resolveResource(index.inventory().registry(), resource, r, warnings);
        !e.isEmpty()) {
        io.err << tr("error: %1").arg(e) << '\n';
        return std::nullopt;
    }
    if (!subresourceOption.isEmpty()) {
        if (!r.subresource.isEmpty()) {
            io.err << tr("error: give the subresource once: RESOURCE/SUB or --subresource") << '\n';
            return std::nullopt;
        }
        r.subresource = subresourceOption;
    }
    if (r.apiGroup.isEmpty() && r.resource == u"namespaces") {
        // /api/v1/namespaces/NAME carries namespace NAME (RequestInfoFactory).
        r.ns = name;
        if (namespaceGiven && ns != name)
            warnings.append(
                tr("a request on a namespace is in that namespace: -n %1 is not used").arg(ns));
    } else if (!index.isNamespacedResource(r.apiGroup, r.resource)) {
        if (namespaceGiven)
            warnings.append(r.apiGroup.isEmpty()
                                ? tr("resource '%1' is not namespace scoped").arg(r.resource)
                                : tr("resource '%1' is not namespace scoped in group '%2'")
                                      .arg(r.resource, r.apiGroup));
    } else if (!all) {
        r.ns = namespaceGiven ? ns : QStringLiteral("default");
    }
    return r;
}

QString listText(const QStringList &l)
{
    QStringList quoted;
    for (const QString &s : l)
        quoted.append(s.isEmpty() ? QStringLiteral("\"\"") : s);
    return u'[' + quoted.join(u' ') + u']';
}

// --- JSON -----------------------------------------------------------------------------------

QJsonArray jsonList(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QJsonObject requestJson(const Request &r)
{
    QJsonObject o;
    o[QStringLiteral("verb")] = r.verb;
    if (r.resourceRequest) {
        o[QStringLiteral("namespace")] = r.ns;
        o[QStringLiteral("apiGroup")] = r.apiGroup;
        o[QStringLiteral("resource")] = r.resource;
        o[QStringLiteral("subresource")] = r.subresource;
        o[QStringLiteral("name")] = r.name;
    } else {
        o[QStringLiteral("path")] = r.path;
    }
    return o;
}

QJsonObject identityJson(const Identity &id)
{
    QJsonObject o;
    o[QStringLiteral("user")] = id.user;
    o[QStringLiteral("groups")] = jsonList(id.groups);
    return o;
}

void putLocation(QJsonObject &o, const SourceLocation &l)
{
    o[QStringLiteral("file")] = l.file;
    o[QStringLiteral("line")] = qint64(l.line);
}

QJsonObject subjectJson(const SubjectEntry &s)
{
    QJsonObject o;
    o[QStringLiteral("kind")] = s.kind;
    o[QStringLiteral("name")] = s.name;
    o[QStringLiteral("namespace")] = s.ns;
    return o;
}

QJsonObject grantJson(const RbacIndex &index, const Grant &g)
{
    QJsonObject o;
    if (g.binding >= 0) {
        const BindingEntry &b = index.bindings()[std::size_t(g.binding)];
        QJsonObject bj;
        bj[QStringLiteral("kind")] = b.kindName();
        bj[QStringLiteral("namespace")] = b.ns;
        bj[QStringLiteral("name")] = b.name;
        bj[QStringLiteral("builtin")] = b.builtin;
        if (g.subject >= 0)
            bj[QStringLiteral("subject")] = b.subjects[std::size_t(g.subject)].path;
        putLocation(bj, index.bindingLocation(g.binding));
        o[QStringLiteral("binding")] = bj;
        o[QStringLiteral("scope")] = b.cluster ? QString() : b.ns;
    }
    if (g.role >= 0) {
        const RoleEntry &r = index.roles()[std::size_t(g.role)];
        QJsonObject rj;
        rj[QStringLiteral("kind")] = r.kindName();
        rj[QStringLiteral("namespace")] = r.ns;
        rj[QStringLiteral("name")] = r.name;
        rj[QStringLiteral("builtin")] = r.builtin;
        rj[QStringLiteral("aggregated")] = r.aggregated;
        o[QStringLiteral("role")] = rj;
    }
    if (g.role >= 0 && g.rule >= 0) {
        const Rule &rule = index.rule(g);
        QJsonObject uj;
        uj[QStringLiteral("index")] = g.rule;
        uj[QStringLiteral("path")] = index.rulePath(g);
        uj[QStringLiteral("verbs")] = jsonList(rule.verbs);
        uj[QStringLiteral("apiGroups")] = jsonList(rule.apiGroups);
        uj[QStringLiteral("resources")] = jsonList(rule.resources);
        uj[QStringLiteral("resourceNames")] = jsonList(rule.resourceNames);
        uj[QStringLiteral("nonResourceURLs")] = jsonList(rule.nonResourceURLs);
        putLocation(uj, index.ruleLocation(g));
        o[QStringLiteral("rule")] = uj;
    }
    return o;
}

QJsonArray diagnosticsJson(const RbacIndex &index)
{
    QJsonArray out;
    for (const RbacDiagnostic &d : index.diagnostics()) {
        QJsonObject o;
        o[QStringLiteral("message")] = d.message;
        putLocation(o, d.location);
        out.append(o);
    }
    return out;
}

QString where(const SourceLocation &l)
{
    return l.isValid() ? l.toString() : l.file;
}


bool checkFormat(const QString &format, const QStringList &allowed, Io &io)
{
    if (allowed.contains(format))
        return true;
    io.err << tr("error: unknown --format \"%1\" (use %2)")
                  .arg(format, allowed.join(QStringLiteral(", ")))
           << '\n';
    return false;
}

void printWarnings(const QStringList &warnings, Io &io)
{
    for (const QString &w : warnings)
        io.err << tr("Warning: %1").arg(w) << '\n';
    io.err.flush();
}

QString identityText(const Identity &id)
{
    return tr("user %1, groups %2").arg(id.user, id.groups.join(QStringLiteral(", ")));
}

const QString kUsage =
    QStringLiteral("Usage: parapet-cli rbac COMMAND ...\n"
                   "\n"
                   "RBAC answers as the API server's authorizer gives them.\n"
                   "\n"
                   "Commands:\n"
                   "  can-i VERB RESOURCE[/SUB] [NAME] --as USER [--as-group G]... [SOURCE...]\n"
                   "                 yes (exit 0) or no (exit 1), --explain for the grant path\n"
                   "  who-can VERB RESOURCE[/SUB] [NAME] [-n NS] [SOURCE...]\n"
                   "                 subjects that are allowed, with binding -> role -> rule\n"
                   "  permissions --as USER [--as-group G]... [-n NS] [SOURCE...]\n"
                   "                 every rule an identity holds, per namespace\n"
                   "  risks [SOURCE...] [--fail-on SEVERITY]\n"
                   "                 dangerous rights and escalation paths\n"
                   "  graph [SOURCE...] [--all] [--format dot|svg|json]\n"
                   "                 subjects, bindings, roles and risky permissions as a graph\n"
                   "\n"
                   "Run 'parapet-cli rbac COMMAND --help' for the options of a command.\n");

} // namespace

QString RbacCommand::summary() const
{
    return tr("RBAC: can-i, who-can, permissions, risks and escalation paths");
}

int RbacCommand::run(const QStringList &args, Io &io)
{
    if (args.isEmpty() || args.front() == u"--help" || args.front() == u"-h") {
        (args.isEmpty() ? io.err : io.out) << kUsage;
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString sub = args.front();
    const QStringList rest = args.mid(1);
    if (sub == u"can-i")
        return canI(rest, io);
    if (sub == u"who-can")
        return whoCan(rest, io);
    if (sub == u"permissions")
        return permissions(rest, io);
    if (sub == u"risks")
        return risks(rest, io);
    if (sub == u"graph")
        return graph(rest, io);
    io.err << tr("error: unknown rbac command \"%1\"").arg(sub) << '\n' << kUsage;
    return ExitUsage;
}

int RbacCommand::canI(const QStringList &args, Io &io)
{
    Options o;
    o.identity = true;
    o.request = true;
    o.extra = [](QCommandLineParser &p) {
        p.addPositionalArgument(QStringLiteral("VERB"), tr("get, list, create, impersonate, ..."));
        p.addPositionalArgument(QStringLiteral("RESOURCE"),
                                tr("A resource as kubectl names it (pods, deploy, "
                                   "deployments.apps, pods/exec) or a URL path (/healthz)."));
        p.addPositionalArgument(QStringLiteral("NAME"), tr("The object's name (optional)."),
                                QStringLiteral("[NAME]"));
        p.addOption({QStringLiteral("explain"), tr("Print the bindings and rules that decide.")});
        p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")},
                     tr("Print nothing; only the exit code answers.")});
        p.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT"),
                     QStringLiteral("text")});
    };
    Parsed p;
    // VERB RESOURCE [NAME] [SOURCE...]: a third positional is the NAME unless it names an
    // existing file or stdin, or is the only source left.
    const auto leading = [&p](const QStringList &pos) {
        if (pos.size() < 3)
            return int(pos.size());
        const bool demo = p.parser.isSet(QStringLiteral("demo"));
        const bool path = pos[2] == u"-" || QFileInfo::exists(pos[2]);
        if (demo || (pos.size() >= 4 && !path))
            return 3;
        return 2;
    };
    if (auto exit = parse(p, QStringLiteral("rbac can-i"), args, 2, 3, o, io, leading))
        return *exit;
    const QString format = p.parser.value(QStringLiteral("format"));
    if (!checkFormat(format, {QStringLiteral("text"), QStringLiteral("json")}, io))
        return ExitUsage;
    const auto identity = identityFrom(p.parser, io);
    if (!identity)
        return ExitUsage;
    bool hadErrors = false;
    const auto inventory = p.source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const RbacIndex index(*inventory, p.index);
    QStringList warnings;
    const bool all = p.parser.isSet(QStringLiteral("all-namespaces"));
    const auto request = buildRequest(
        index, p.leading[0], p.leading[1], p.leading.value(2),
        p.parser.value(QStringLiteral("subresource")), p.parser.value(QStringLiteral("namespace")),
        p.parser.isSet(QStringLiteral("namespace")), all, warnings, io);
    if (!request)
        return ExitUsage;
    const Decision d = index.canI(*identity, *request);
    if (d.allowed && request->resourceRequest && !request->name.isEmpty() &&
        request->subresource.isEmpty() &&
        (request->verb == u"create" || request->verb == u"deletecollection"))
        warnings.append(tr("a real %1 request carries no name, so rules limited by resourceNames "
                           "never allow it; asked with a name, as kubectl would send it")
                            .arg(request->verb));
    if (!p.parser.isSet(QStringLiteral("quiet")))
        printWarnings(warnings, io);
    const bool quiet = p.parser.isSet(QStringLiteral("quiet"));

    if (format == u"json" && !quiet) {
        QJsonObject root;
        root[QStringLiteral("allowed")] = d.allowed;
        root[QStringLiteral("bypass")] = d.bypass;
        root[QStringLiteral("identity")] = identityJson(d.identity);
        root[QStringLiteral("request")] = requestJson(d.request);
        QJsonArray grants;
        for (const Grant &g : d.grants)
            grants.append(grantJson(index, g));
        root[QStringLiteral("grants")] = grants;
        root[QStringLiteral("errors")] = jsonList(d.errors);
        root[QStringLiteral("warnings")] = jsonList(warnings);
        root[QStringLiteral("builtinsAssumed")] = index.builtinsAssumed();
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (!quiet) {
        io.out << (d.allowed ? "yes" : "no") << '\n';
        if (p.parser.isSet(QStringLiteral("explain"))) {
            io.out << tr("  identity: %1").arg(identityText(d.identity)) << '\n'
                   << tr("  request:  %1").arg(d.request.toString()) << '\n';
            if (d.bypass)
                io.out << tr("  allowed:  group system:masters is authorized before RBAC") << '\n';
            if (!d.grants.empty())
                io.out << tr("  allowed by:") << '\n';
            for (const Grant &g : d.grants) {
                io.out << "    " << index.describe(g) << '\n'
                       << "      " << index.rule(g).toString() << '\n'
                       << "      " << where(index.ruleLocation(g)) << '\n';
            }
            if (!d.allowed) {
                const auto bindings = index.bindingsOf(d.identity);
                int inScope = 0;
                for (const auto &[bi, si] : bindings) {
                    const BindingEntry &b = index.bindings()[std::size_t(bi)];
                    if (b.cluster || (!d.request.ns.isEmpty() && b.ns == d.request.ns))
                        ++inScope;
                }
                io.out << tr("  no rule allows it: %1 binding(s) apply to this identity here, "
                             "%2 in other namespaces")
                              .arg(inScope)
                              .arg(int(bindings.size()) - inScope)
                       << '\n';
            }
            for (const QString &e : d.errors)
                io.out << tr("  grants nothing: %1").arg(e) << '\n';
            if (index.builtinsAssumed())
                io.out << tr("  (built-in roles and bindings of the API server assumed present)")
                       << '\n';
        }
    }
    if (hadErrors)
        return ExitUsage;
    return d.allowed ? ExitOk : ExitFindings;
}

int RbacCommand::whoCan(const QStringList &args, Io &io)
{
    Options o;
    o.request = true;
    o.extra = [](QCommandLineParser &p) {
        p.addPositionalArgument(QStringLiteral("VERB"), tr("get, list, create, impersonate, ..."));
        p.addPositionalArgument(QStringLiteral("RESOURCE"),
                                tr("A resource as kubectl names it, or a URL path."));
        p.addPositionalArgument(QStringLiteral("NAME"), tr("The object's name (optional)."),
                                QStringLiteral("[NAME]"));
        p.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"),
                     QStringLiteral("table")});
    };
    Parsed p;
    const auto leading = [&p](const QStringList &pos) {
        if (pos.size() < 3)
            return int(pos.size());
        const bool demo = p.parser.isSet(QStringLiteral("demo"));
        const bool path = pos[2] == u"-" || QFileInfo::exists(pos[2]);
        return (demo || (pos.size() >= 4 && !path)) ? 3 : 2;
    };
    if (auto exit = parse(p, QStringLiteral("rbac who-can"), args, 2, 3, o, io, leading))
        return *exit;
    const QString format = p.parser.value(QStringLiteral("format"));
    if (!checkFormat(format, {QStringLiteral("table"), QStringLiteral("json")}, io))
        return ExitUsage;
    bool hadErrors = false;
    const auto inventory = p.source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const RbacIndex index(*inventory, p.index);
    QStringList warnings;
    const bool nsGiven = p.parser.isSet(QStringLiteral("namespace")) &&
                         !p.parser.isSet(QStringLiteral("all-namespaces"));
    const auto request =
        buildRequest(index, p.leading[0], p.leading[1], p.leading.value(2),
                     p.parser.value(QStringLiteral("subresource")),
                     p.parser.value(QStringLiteral("namespace")), nsGiven, !nsGiven, warnings, io);
    if (!request)
        return ExitUsage;
    printWarnings(warnings, io);
    const WhoCanResult res = index.whoCan(*request, !nsGiven && request->ns.isEmpty());

    if (format == u"json") {
        QJsonObject root;
        root[QStringLiteral("request")] = requestJson(res.request);
        root[QStringLiteral("allNamespaces")] = res.anyNamespace;
        QJsonArray subjects;
        for (const WhoCanEntry &e : res.subjects) {
            QJsonObject s = subjectJson(e.subject);
            s[QStringLiteral("bypass")] = e.bypass;
            QJsonArray grants;
            for (const Grant &g : e.grants)
                grants.append(grantJson(index, g));
            s[QStringLiteral("grants")] = grants;
            subjects.append(s);
        }
        root[QStringLiteral("subjects")] = subjects;
        root[QStringLiteral("errors")] = jsonList(res.errors);
        root[QStringLiteral("warnings")] = jsonList(warnings);
        root[QStringLiteral("builtinsAssumed")] = index.builtinsAssumed();
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.err << tr("Who can %1:").arg(res.request.toString()) << '\n';
        QList<QStringList> rows{{tr("KIND"), tr("NAMESPACE"), tr("NAME"), tr("WHERE"), tr("VIA")}};
        for (const WhoCanEntry &e : res.subjects) {
            const QString ns = e.subject.ns.isEmpty() ? QStringLiteral("-") : e.subject.ns;
            if (e.bypass)
                rows.append({e.subject.kind, ns, e.subject.name, tr("cluster-wide"),
                             tr("authorized before RBAC (system:masters)")});
            for (const Grant &g : e.grants) {
                const BindingEntry &b = index.bindings()[std::size_t(g.binding)];
                rows.append({e.subject.kind, ns, e.subject.name,
                             b.cluster ? tr("cluster-wide") : b.ns, index.describe(g)});
            }
        }
        printTable(io.out, rows);
        for (const QString &e : res.errors)
            io.err << tr("note: %1 (grants nothing)").arg(e) << '\n';
    }
    return hadErrors ? ExitUsage : ExitOk;
}

int RbacCommand::permissions(const QStringList &args, Io &io)
{
    Options o;
    o.identity = true;
    o.extra = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"),
                     QStringLiteral("table")});
    };
    Parsed p;
    if (auto exit = parse(p, QStringLiteral("rbac permissions"), args, 0, 0, o, io))
        return *exit;
    const QString format = p.parser.value(QStringLiteral("format"));
    if (!checkFormat(format, {QStringLiteral("table"), QStringLiteral("json")}, io))
        return ExitUsage;
    const auto identity = identityFrom(p.parser, io);
    if (!identity)
        return ExitUsage;
    bool hadErrors = false;
    const auto inventory = p.source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const RbacIndex index(*inventory, p.index);
    const QString ns = p.parser.isSet(QStringLiteral("all-namespaces"))
                           ? QString()
                           : p.parser.value(QStringLiteral("namespace"));
    const std::vector<PermissionEntry> entries = index.permissions(*identity, ns);

    if (format == u"json") {
        QJsonObject root;
        root[QStringLiteral("identity")] = identityJson(*identity);
        root[QStringLiteral("namespace")] = ns;
        QJsonArray list;
        for (const PermissionEntry &e : entries) {
            QJsonObject j = grantJson(index, e.grant);
            j[QStringLiteral("effective")] = e.effective;
            j[QStringLiteral("note")] = e.note;
            list.append(j);
        }
        root[QStringLiteral("permissions")] = list;
        root[QStringLiteral("builtinsAssumed")] = index.builtinsAssumed();
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.err << tr("Permissions of %1:").arg(identityText(*identity)) << '\n';
        QList<QStringList> rows{{tr("WHERE"), tr("RESOURCES"), tr("NON-RESOURCE URLS"),
                                 tr("RESOURCE NAMES"), tr("VERBS"), tr("VIA")}};
        for (const PermissionEntry &e : entries) {
            const Rule &r = index.rule(e.grant);
            QStringList resources;
            for (const QString &res : r.resources)
                for (const QString &g : r.apiGroups)
                    resources.append(g.isEmpty() ? res : QString(res + u'.' + g));
            QString via = index.describe(e.grant);
            if (!e.note.isEmpty())
                via += QStringLiteral("  [") + e.note + u']';
            rows.append({e.ns.isEmpty() ? tr("cluster-wide") : e.ns, listText(resources),
                         listText(r.nonResourceURLs), listText(r.resourceNames), listText(r.verbs),
                         via});
        }
        if (entries.empty())
            io.err << tr("No permissions.") << '\n';
        else
            printTable(io.out, rows);
    }
    return hadErrors ? ExitUsage : ExitOk;
}

int RbacCommand::risks(const QStringList &args, Io &io)
{
    Options o;
    o.extra = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT"),
                     QStringLiteral("table")});
        p.addOption({QStringLiteral("include-defaults"),
                     tr("Also report the API server's default bindings (control plane, "
                        "controllers), which are expected.")});
        p.addOption({QStringLiteral("fail-on"),
                     tr("Exit 1 when a finding of this severity or higher exists (critical, high, "
                        "medium, low, info)."),
                     tr("SEVERITY")});
    };
    Parsed p;
    if (auto exit = parse(p, QStringLiteral("rbac risks"), args, 0, 0, o, io))
        return *exit;
    const QString format = p.parser.value(QStringLiteral("format"));
    if (!checkFormat(format, {QStringLiteral("table"), QStringLiteral("json")}, io))
        return ExitUsage;
    std::optional<Severity> failOn;
    if (p.parser.isSet(QStringLiteral("fail-on"))) {
        failOn = severityFromName(p.parser.value(QStringLiteral("fail-on")));
        if (!failOn) {
            io.err << tr("error: unknown --fail-on \"%1\"")
                          .arg(p.parser.value(QStringLiteral("fail-on")))
                   << '\n';
            return ExitUsage;
        }
    }
    bool hadErrors = false;
    const auto inventory = p.source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const RbacIndex index(*inventory, p.index);
    RiskOptions options;
    options.includeDefaults = p.parser.isSet(QStringLiteral("include-defaults"));
    RiskReport report = analyzeRisks(index, options);
    const QString ns = p.source.namespaceFilter();
    if (!ns.isEmpty() && p.parser.isSet(QStringLiteral("namespace"))) {
        // Only findings that reach into this namespace: its RoleBindings, cluster-wide grants,
        // and subjects living in it.
        std::erase_if(report.findings,
                      [&](const RiskFinding &f) { return !(f.scope.isEmpty() || f.scope == ns); });
    }

    int worstCount = 0;
    for (const RiskFinding &f : report.findings)
        if (failOn && f.severity >= *failOn)
            ++worstCount;

    if (format == u"json") {
        QJsonObject root;
        QJsonArray findings;
        QJsonObject counts;
        for (const RiskFinding &f : report.findings) {
            QJsonObject j;
            j[QStringLiteral("check")] = f.check;
            j[QStringLiteral("severity")] = severityName(f.severity);
            j[QStringLiteral("title")] = f.title;
            j[QStringLiteral("detail")] = f.detail;
            j[QStringLiteral("subject")] =
                f.subject.kind.isEmpty() ? QJsonValue() : QJsonValue(subjectJson(f.subject));
            j[QStringLiteral("scope")] = f.scope;
            const QJsonObject g = grantJson(index, f.grant);
            for (const char *k : {"binding", "role", "rule"})
                j[QLatin1String(k)] = g.value(QLatin1String(k));
            putLocation(j, f.location);
            findings.append(j);
            const QString s = severityName(f.severity);
            counts[s] = counts.value(s).toInt() + 1;
        }
        root[QStringLiteral("findings")] = findings;
        root[QStringLiteral("counts")] = counts;
        QJsonArray paths;
        for (const EscalationPath &e : report.escalations) {
            QJsonObject j;
            j[QStringLiteral("from")] = e.start;
            j[QStringLiteral("fromLabel")] = e.startLabel;
            QJsonArray steps;
            for (const EscalationStep &s : e.steps) {
                QJsonObject sj;
                sj[QStringLiteral("from")] = s.from;
                sj[QStringLiteral("to")] = s.to;
                sj[QStringLiteral("fromLabel")] = s.fromLabel;
                sj[QStringLiteral("toLabel")] = s.toLabel;
                sj[QStringLiteral("how")] = s.how;
                sj[QStringLiteral("via")] =
                    s.grant.binding >= 0 ? index.describe(s.grant) : QString();
                steps.append(sj);
            }
            j[QStringLiteral("steps")] = steps;
            j[QStringLiteral("target")] = e.targetReason;
            paths.append(j);
        }
        root[QStringLiteral("escalations")] = paths;
        root[QStringLiteral("notes")] = jsonList(report.notes);
        root[QStringLiteral("diagnostics")] = diagnosticsJson(index);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        if (report.findings.empty())
            io.out << tr("No risky RBAC grants found.") << '\n';
        QList<QStringList> rows{{tr("SEVERITY"), tr("CHECK"), tr("SUBJECT"), tr("WHERE")}};
        for (const RiskFinding &f : report.findings) {
            const QString subject = f.subject.kind.isEmpty()
                                        ? index.roles()[std::size_t(f.grant.role)].reference()
                                        : f.subject.toString();
            rows.append({severityName(f.severity).toUpper(), f.title, subject,
                         f.scope.isEmpty() ? tr("cluster-wide") : f.scope});
        }
        // A table row per finding, its detail and path indented below it.
        QList<qsizetype> widths(4, 0);
        for (const QStringList &r : rows)
            for (qsizetype i = 0; i < r.size(); ++i)
                widths[i] = std::max(widths[i], r[i].size());
        for (qsizetype ri = 0; ri < rows.size(); ++ri) {
            QString line;
            for (qsizetype i = 0; i < 4; ++i)
                line += i == 3 ? rows[ri][i] : rows[ri][i].leftJustified(widths[i] + 3);
            if (ri == 0 && report.findings.empty())
                break;
            io.out << line << '\n';
            if (ri == 0)
                continue;
            const RiskFinding &f = report.findings[std::size_t(ri - 1)];
            io.out << "    " << f.detail << '\n';
            if (f.grant.binding >= 0)
                io.out << "    " << tr("via %1").arg(index.describe(f.grant)) << "  ("
                       << where(f.location) << ")\n";
            else
                io.out << "    " << where(f.location) << '\n';
        }
        if (!report.escalations.empty()) {
            io.out << '\n' << tr("Escalation paths to cluster-admin (shortest first):") << '\n';
            int n = 0;
            for (const EscalationPath &e : report.escalations) {
                io.out << QStringLiteral("%1. ").arg(++n) << e.startLabel
                       << QCoreApplication::translate("parapet::cli::Command",
                                                      " -> cluster-admin in %n step(s)", nullptr,
                                                      int(e.steps.size()))
                       << '\n';
                int k = 0;
                for (const EscalationStep &s : e.steps) {
                    io.out << QStringLiteral("   %1) ").arg(++k) << s.fromLabel << ' ' << s.how;
                    if (s.to != u"cluster-admin")
                        io.out << ' ' << s.toLabel;
                    io.out << '\n';
                    if (s.grant.binding >= 0)
                        io.out << "      " << tr("via %1").arg(index.describe(s.grant)) << '\n';
                }
                if (e.steps.back().to != u"cluster-admin")
                    io.out << "   "
                           << tr("%1 holds cluster-admin: %2")
                                  .arg(e.steps.back().toLabel, e.targetReason)
                           << '\n';
            }
        }
        if (!report.notes.isEmpty()) {
            io.out << '\n';
            for (const QString &n : report.notes)
                io.out << tr("Note: %1").arg(n) << '\n';
        }
        for (const RbacDiagnostic &d : index.diagnostics())
            io.err << where(d.location) << ": " << d.message << '\n';
    }
    if (hadErrors)
        return ExitUsage;
    return worstCount > 0 ? ExitFindings : ExitOk;
}

int RbacCommand::graph(const QStringList &args, Io &io)
{
    Options o;
    o.extra = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("format"), tr("dot (default), svg or json."), tr("FORMAT"),
                     QStringLiteral("dot")});
        p.addOption({QStringLiteral("all"),
                     tr("Every subject and rule, not only risky subjects and escalation paths.")});
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                     tr("Write to FILE instead of standard output."),
                     tr("FILE")});
    };
    Parsed p;
    if (auto exit = parse(p, QStringLiteral("rbac graph"), args, 0, 0, o, io))
        return *exit;
    const QString format = p.parser.value(QStringLiteral("format"));
    if (!checkFormat(format, {QStringLiteral("dot"), QStringLiteral("svg"), QStringLiteral("json")},
                     io))
        return ExitUsage;
    bool hadErrors = false;
    const auto inventory = p.source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const RbacIndex index(*inventory, p.index);
    const RiskReport report = analyzeRisks(index);
    RbacGraphOptions options;
    options.ns = p.source.namespaceFilter();
    options.all = p.parser.isSet(QStringLiteral("all"));
    const Graph g = rbacGraph(index, report, options);
    QByteArray bytes;
    if (format == u"dot") {
        bytes = toDot(g);
    } else if (format == u"json") {
        bytes = QJsonDocument(toJson(g)).toJson(QJsonDocument::Indented);
    } else {
        auto svg = runGraphviz(g, QStringLiteral("svg"));
        if (!svg) {
            io.err << tr("error: %1").arg(svg.error().message) << '\n';
            return ExitUsage;
        }
        bytes = *svg;
    }
    const QString output = p.parser.value(QStringLiteral("output"));
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
