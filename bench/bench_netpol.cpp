// NetworkPolicy reachability benchmark on the synthetic cluster (bench/clustergen.h): time and
// peak memory to the full workload matrix and to one can-reach, at 1,000 / 5,000 / 10,000 pods
// (10 pods and 2 policies per namespace, as generated). Three policy mixes:
//   generated   - as the generator writes them: default deny ingress+egress, backend admits
//                 frontend/worker pods of same-team namespaces on `http` (nothing is allowed,
//                 since egress is denied everywhere);
//   ingress     - the default deny made ingress-only: egress open, so the backend rule yields
//                 real cross-namespace connections (named ports resolved per pod class);
//   none        - no policies: every pod reaches every pod (the densest matrix).
// Not a test: it prints numbers. Each case runs in a child process; peak RSS is read from
// /proc/self/status (VmHWM), reset with /proc/self/clear_refs after loading, so "peak +MB" is
// what the analysis and the matrix add on top of the loaded inventory ("base MB").

#include "clustergen.h"
#include "netpol/connectivitymatrix.h"
#include "netpol/reachability.h"
#include "sources/manifestloader.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <sys/wait.h>
#include <unistd.h>

using namespace parapet;
using namespace parapet::netpol;

namespace {

// kB from a line of /proc/self/status.
long statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').front().toLong();
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

// One measurement, in its own process so that memory numbers start from a clean heap.
int runCase(const char *mix, int pods)
{
    bench::ClusterShape shape;
    shape.namespaces = pods / (shape.deploymentsPerNamespace * shape.podsPerDeployment);
    if (QByteArray(mix) == "none")
        shape.policiesPerNamespace = 0;
    QByteArray yaml = bench::generateClusterYaml(shape);
    if (QByteArray(mix) == "ingress")
        yaml.replace("policyTypes: [Ingress, Egress]", "policyTypes: [Ingress]");

    QElapsedTimer t;
    t.start();
    Inventory inv;
    {
        ManifestLoader loader;
        loader.addData(QStringLiteral("cluster.yaml"), yaml);
        inv = loader.load(SourceInfo{});
    }
    yaml.clear();
    yaml.squeeze();
    const double loadSeconds = seconds(t);
    if (inv.hasErrors()) {
        std::fprintf(stderr, "error: the synthetic cluster did not load cleanly\n");
        return 1;
    }

    const long base = statusKb("VmRSS");
    resetPeak();
    t.restart();
    auto analysis = std::make_shared<const ReachabilityAnalysis>(inv);
    const double analyseSeconds = seconds(t);

    // The full workload matrix: every pair (streamed and counted) and the outside.
    t.restart();
    qint64 connections = 0;
    qint64 portSum = 0;
    {
        ConnectionEvaluator ev(*analysis);
        ConnectivityMatrix::forEachWorkloadPair(ev, [&](const MatrixCell &c) {
            ++connections;
            portSum += c.ports;
        });
        const ConnectivityMatrix outside = ConnectivityMatrix::build(analysis, {}, false);
        connections +=
            qint64(outside.egressToExternal().size() + outside.ingressFromExternal().size());
    }
    const double matrixSeconds = seconds(t);
    const long peak = statusKb("VmHWM");

    // One can-reach: a frontend pod of namespace 0 to a backend of namespace 50 (same
    // team), from the inventory (analysis included) as the CLI does it.
    t.restart();
    ReachabilityAnalysis fresh(inv);
    const auto src = fresh.resolve(u"team-0/deploy/app-0");
    const auto dst = fresh.resolve(shape.namespaces > 50 ? QStringView(u"team-50/deploy/app-1")
                                                         : QStringView(u"team-0/deploy/app-1"));
    if (!src || !dst) {
        std::fprintf(stderr, "error: cannot resolve the can-reach ends\n");
        return 1;
    }
    const ReachabilityAnswer answer = fresh.canReach(*src, *dst, Protocol::TCP, 8080);
    const double reachTotal = seconds(t);
    t.restart();
    const ReachabilityAnswer again = analysis->canReach(*src, *dst, Protocol::TCP, 8080);
    const double reachQuery = seconds(t);
    if (again.verdict != answer.verdict)
        return 1;

    std::printf("%-10s %7zu %6d %8zu %8zu %8.2f %9.3f %9.3f %9.3f %9.2f %11lld %10.1f %9.1f\n", mix,
                analysis->endpoints().endpoints.size(), shape.namespaces,
                analysis->policies().size(), analysis->classes().size(), loadSeconds,
                analyseSeconds, matrixSeconds, analyseSeconds + matrixSeconds, reachQuery * 1000.0,
                static_cast<long long>(connections), double(base) / 1024.0,
                double(std::max(0L, peak - base)) / 1024.0);
    std::printf("%-10s %7s can-reach team-0/app-0 -> %s :8080 = %s (with analysis: %.3f s, query "
                "alone: %.3f ms)\n",
                "", "", shape.namespaces > 50 ? "team-50/app-1" : "team-0/app-1",
                qPrintable(verdictName(answer.verdict)), reachTotal, reachQuery * 1000.0);
    std::fflush(stdout);
    (void)portSum;
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("%-10s %7s %6s %8s %8s %8s %9s %9s %9s %9s %11s %10s %9s\n", "policies", "pods",
                "ns", "netpols", "classes", "load s", "analyse s", "matrix s", "total s",
                "reach ms", "connections", "base MB", "peak +MB");
    std::fflush(stdout);
    for (const char *mix : {"generated", "ingress", "none"}) {
        for (int pods : {1000, 5000, 10000}) {
            const pid_t child = fork();
            if (child == 0) {
                const int code = runCase(mix, pods);
                std::fflush(stdout);
                _exit(code);
            }
            int status = 0;
            if (child < 0 || waitpid(child, &status, 0) < 0 || !WIFEXITED(status) ||
                WEXITSTATUS(status) != 0) {
                std::fprintf(stderr, "error: case %s/%d failed\n", mix, pods);
                return 1;
            }
        }
    }
    return 0;
}
