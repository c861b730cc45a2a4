#include "contextscommand.h"

#include "cluster/kubeconfig.h"
#include "sourceoptions.h"
#include "tableprinter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parapet::cli {

QString ContextsCommand::summary() const
{
    return tr("List the kubeconfig contexts with cluster, user, auth kind and namespace");
}

int ContextsCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Only these contexts."),
                                 QStringLiteral("[NAME...]"));
    // The live-cluster options every command accepts; --kubeconfig and --context matter here.
    parser.addOption({QStringLiteral("kubeconfig"),
                      tr("Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config)."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("context"), tr("Mark this context as the current one."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("cluster"), tr("Accepted for symmetry; not used here."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("user"), tr("Accepted for symmetry; not used here."), tr("NAME")});
    parser.addOption({{QStringLiteral("n"), QStringLiteral("namespace")},
                      tr("Accepted for symmetry; not used here."),
                      tr("NAMESPACE")});
    parser.addOption(
        {QStringLiteral("as"), tr("Accepted for symmetry; not used here."), tr("USER")});
    parser.addOption(
        {QStringLiteral("as-group"), tr("Accepted for symmetry; not used here."), tr("GROUP")});
    parser.addOption({QStringLiteral("request-timeout"),
                      tr("Accepted for symmetry; not used here."), tr("DURATION")});
    parser.addOption({QStringLiteral("format"), tr("Output format: table (default) or json."),
                      tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("\"name\" prints only the context names (as kubectl -o name)."),
                      tr("OUTPUT")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use table or json)").arg(format) << '\n';
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty() && output != u"name") {
        io.err << tr("error: unknown --output \"%1\" (only \"name\")").arg(output) << '\n';
        return ExitUsage;
    }
    SourceOptions env; // for the process environment only
    const auto rules = KubeconfigLoadingRules::fromEnvironment(
        parser.value(QStringLiteral("kubeconfig")), env.environment());
    const auto config = rules.load();
    if (!config) {
        io.err << tr("error: %1").arg(config.error().message) << '\n';
        return ExitUsage;
    }
    const QString current = parser.isSet(QStringLiteral("context"))
                                ? parser.value(QStringLiteral("context"))
                                : config->currentContext;
    QStringList names = parser.positionalArguments();
    for (const QString &n : std::as_const(names)) {
        if (!config->contexts.contains(n)) {
            io.err << tr("error: context %1 not found").arg(n) << '\n';
            return ExitUsage;
        }
    }
    if (names.isEmpty())
        names = config->contexts.keys(); // QMap: sorted by name, as kubectl sorts them

    if (output == u"name") {
        for (const QString &n : std::as_const(names))
            io.out << n << '\n';
        return ExitOk;
    }
    if (format == u"json") {
        QJsonArray list;
        for (const QString &n : std::as_const(names)) {
            const KubeContext &c = config->contexts[n];
            QJsonObject o;
            o[QStringLiteral("name")] = n;
            o[QStringLiteral("current")] = n == current;
            o[QStringLiteral("cluster")] = c.cluster;
            o[QStringLiteral("user")] = c.user;
            o[QStringLiteral("authKind")] = config->users.contains(c.user)
                                                ? config->users[c.user].authKindName()
                                                : QStringLiteral("none");
            o[QStringLiteral("namespace")] = c.ns;
            o[QStringLiteral("server")] = config->clusters.value(c.cluster).server;
            o[QStringLiteral("file")] = c.origin;
            list.append(o);
        }
        QJsonObject root;
        root[QStringLiteral("currentContext")] = current;
        root[QStringLiteral("contexts")] = list;
        root[QStringLiteral("files")] = QJsonArray::fromStringList(config->files);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("AUTHINFO"), tr("AUTH"), tr("NAMESPACE")}};
    for (const QString &n : std::as_const(names)) {
        const KubeContext &c = config->contexts[n];
        rows.append({n == current ? QStringLiteral("*") : QString(), n, c.cluster, c.user,
                     config->users.contains(c.user) ? config->users[c.user].authKindName()
                                                    : QStringLiteral("none"),
                     c.ns});
    }
    printTable(io.out, rows);
    return ExitOk;
}

} // namespace parapet::cli
