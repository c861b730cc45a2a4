// parapet-gencluster: writes a synthetic cluster as multi-document YAML, for benchmarks and
// for trying Parapet at scale (`parapet-cli inventory cluster.yaml --counts`).

#include "clustergen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic Kubernetes cluster as YAML."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("namespaces"), QStringLiteral("Namespaces (default 1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pods"), QStringLiteral("Pods per deployment (default 2)."), QStringLiteral("N")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file (default stdout)."), QStringLiteral("FILE")});
    parser.process(app);
    parapet::bench::ClusterShape shape;
    if (parser.isSet(QStringLiteral("namespaces")))
        shape.namespaces = parser.value(QStringLiteral("namespaces")).toInt();
    if (parser.isSet(QStringLiteral("pods")))
        shape.podsPerDeployment = parser.value(QStringLiteral("pods")).toInt();
    int count = 0;
    const QByteArray yaml = parapet::bench::generateClusterYaml(shape, &count);
    QFile out;
    if (parser.isSet(QStringLiteral("output"))) {
        out.setFileName(parser.value(QStringLiteral("output")));
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "error: cannot write %s\n", qPrintable(out.fileName()));
            return 2;
        }
    } else if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    out.write(yaml);
    std::fprintf(stderr, "%d objects, %.1f MB\n", count, double(yaml.size()) / 1e6);
    return 0;
}
