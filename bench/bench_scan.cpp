// Scan benchmark: the hardening checks over synthetic clusters of 1,000, 5,000 and 10,000 pods
// (bench/clustergen, 10 pods per namespace), to show that the cost grows linearly. Not a test:
// it asserts nothing about time; it prints numbers for the issue notes.

#include "checks/scanner.h"
#include "clustergen.h"
#include "sources/manifestloader.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace parapet;

namespace {

/// CPU time of this thread: the machine is shared, wall time alone overstates the cost.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 3;
    std::printf("%-8s %9s %9s %9s %10s %10s %12s %12s\n", "pods", "objects", "findings", "load s",
                "scan s", "scan cpu s", "cpu us/obj", "cpu us/pod");
    for (int namespaces : {100, 500, 1000}) {
        bench::ClusterShape shape; // defaults: 10 pods per namespace
        shape.namespaces = namespaces;
        int count = 0;
        const QByteArray yaml = bench::generateClusterYaml(shape, &count);
        QElapsedTimer t;
        t.start();
        ManifestLoader loader;
        loader.addData(QStringLiteral("cluster.yaml"), yaml);
        const Inventory inv = loader.load(SourceInfo{});
        const double loadSeconds = double(t.nsecsElapsed()) / 1e9;
        if (inv.hasErrors() || inv.size() != count) {
            std::fprintf(stderr, "error: loaded %lld of %d objects\n",
                         static_cast<long long>(inv.size()), count);
            return 1;
        }
        const int pods = namespaces * shape.deploymentsPerNamespace * shape.podsPerDeployment;
        double best = 1e100, bestCpu = 1e100;
        std::size_t findings = 0;
        for (int i = 0; i < runs; ++i) {
            t.restart();
            const double cpu0 = threadCpuSeconds();
            const checks::ScanResult r = checks::scan(inv);
            bestCpu = std::min(bestCpu, threadCpuSeconds() - cpu0);
            best = std::min(best, double(t.nsecsElapsed()) / 1e9);
            findings = r.findings.size();
        }
        std::printf("%-8d %9d %9zu %9.3f %10.3f %10.3f %12.2f %12.2f\n", pods, count, findings,
                    loadSeconds, best, bestCpu, bestCpu * 1e6 / count, bestCpu * 1e6 / pods);
    }
    return 0;
}
