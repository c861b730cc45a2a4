// Loading benchmark: a synthetic cluster from YAML and from a snapshot, reported as objects per
// second. Also checks linearity by loading 1x, 2x and 4x the size. Not a test: it asserts
// nothing about time; it prints numbers for the issue notes.

#include "clustergen.h"

#include "sources/manifestloader.h"
#include "sources/parselimits.h"
#include "sources/snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace parapet;

namespace {

template <typename F>
double bestOf(int runs, F &&f)
{
    double best = 1e100;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 3;
    std::printf("%-34s %10s %10s %12s %12s\n", "case", "objects", "MB", "seconds", "objects/s");
    for (int factor : {1, 2, 4}) {
        bench::ClusterShape shape;
        shape.namespaces = 350 * factor; // ~12,500 objects at factor 1 → 50,000 at 4
        int count = 0;
        const QByteArray yaml = bench::generateClusterYaml(shape, &count);

        Inventory inv;
        const double yamlSeconds = bestOf(runs, [&] {
            ManifestLoader loader;
            loader.addData(QStringLiteral("cluster.yaml"), yaml);
            inv = loader.load(SourceInfo{});
        });
        if (inv.size() != count || inv.hasErrors()) {
            std::fprintf(stderr, "error: loaded %lld of %d objects\n", static_cast<long long>(inv.size()), count);
            return 1;
        }
        std::printf("%-34s %10d %10.1f %12.3f %12.0f\n", qPrintable(QStringLiteral("YAML load (x%1)").arg(factor)),
                    count, double(yaml.size()) / 1e6, yamlSeconds, count / yamlSeconds);

        long long parsed = 0;
        const double parseSeconds = bestOf(runs, [&] {
            parsed = 0;
            parseYamlStream(yaml, ParseLimits{}, [&](ParsedDocument) { ++parsed; }, [](Error) {});
        });
        std::printf("%-34s %10lld %10.1f %12.3f %12.0f\n", qPrintable(QStringLiteral("  of which YAML parse (x%1)").arg(factor)),
                    parsed, double(yaml.size()) / 1e6, parseSeconds, double(parsed) / parseSeconds);

        QByteArray snap;
        const double writeSeconds = bestOf(runs, [&] { snap = Snapshot::write(inv); });
        std::printf("%-34s %10d %10.1f %12.3f %12.0f\n", qPrintable(QStringLiteral("snapshot write (x%1)").arg(factor)),
                    count, double(snap.size()) / 1e6, writeSeconds, count / writeSeconds);
        Inventory back;
        const double readSeconds = bestOf(runs, [&] {
            auto r = Snapshot::read(snap, QStringLiteral("bench.pps"));
            if (r)
                back = r->inventory;
        });
        if (back.size() != count) {
            std::fprintf(stderr, "error: snapshot gave %lld of %d objects\n", static_cast<long long>(back.size()), count);
            return 1;
        }
        std::printf("%-34s %10d %10.1f %12.3f %12.0f\n", qPrintable(QStringLiteral("snapshot load (x%1)").arg(factor)),
                    count, double(snap.size()) / 1e6, readSeconds, count / readSeconds);
    }
    return 0;
}
