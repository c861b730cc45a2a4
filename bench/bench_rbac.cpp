// RBAC benchmark: a synthetic cluster of 20,000 RBAC objects (Roles, ClusterRoles, their
// bindings) and 5,000 subjects. Prints the index build time, the time per can-i and who-can
// query, and the risk analysis time; at 0.5x, 1x and 2x to show how costs grow. Not a test:
// nothing is asserted about time.

#include "rbac/rbacindex.h"
#include "rbac/rbacrisks.h"
#include "sources/manifestloader.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace parapet;
using namespace parapet::rbac;

namespace {

struct Shape
{
    int namespaces = 500;
    int clusterRoles = 1000;
    int clusterRoleBindings = 2000;
    int rolesPerNamespace = 17;
    int bindingsPerNamespace = 17;
    int users = 1500;
    int groups = 500;
    int accountsPerNamespace = 6; ///< 3,000 ServiceAccounts at 500 namespaces
};

const char *const kVerbs[] = {"get",    "list",  "watch",  "create",
                              "update", "patch", "delete", "deletecollection"};
const char *const kResources[][2] = {
    {"", "pods"},
    {"", "pods/log"},
    {"", "pods/exec"},
    {"", "configmaps"},
    {"", "secrets"},
    {"", "services"},
    {"", "endpoints"},
    {"", "serviceaccounts"},
    {"", "events"},
    {"", "nodes"},
    {"", "namespaces"},
    {"", "persistentvolumeclaims"},
    {"apps", "deployments"},
    {"apps", "statefulsets"},
    {"apps", "daemonsets"},
    {"apps", "deployments/scale"},
    {"batch", "jobs"},
    {"batch", "cronjobs"},
    {"networking.k8s.io", "ingresses"},
    {"networking.k8s.io", "networkpolicies"},
    {"coordination.k8s.io", "leases"},
    {"example.com", "widgets"},
    {"example.com", "gadgets"},
};
constexpr int kResourceCount = int(sizeof(kResources) / sizeof(kResources[0]));

struct Generated
{
    QByteArray yaml;
    int rbacObjects = 0;
    QStringList subjects; ///< subject user names and groups, for queries
    QStringList namespaces;
};

QByteArray rules(QRandomGenerator &rng, int count)
{
    QByteArray out = "rules:\n";
    for (int i = 0; i < count; ++i) {
        const auto &res = kResources[rng.bounded(kResourceCount)];
        QByteArray verbs;
        const int n = 1 + int(rng.bounded(4));
        for (int v = 0; v < n; ++v)
            verbs += (v ? ", " : "") + QByteArray(kVerbs[rng.bounded(8)]);
        out += "- apiGroups: [\"" + QByteArray(res[0]) + "\"]\n  resources: [\"" + res[1] +
               "\"]\n  verbs: [" + verbs + "]\n";
        if (rng.bounded(10) == 0)
            out += "  resourceNames: [\"n" + QByteArray::number(rng.bounded(50)) + "\"]\n";
    }
    if (rng.bounded(50) == 0)
        out += "- apiGroups: [\"*\"]\n  resources: [\"*\"]\n  verbs: [\"*\"]\n";
    if (rng.bounded(20) == 0)
        out += "- nonResourceURLs: [\"/metrics\", \"/logs/*\"]\n  verbs: [get]\n";
    return out;
}

QByteArray subjectYaml(QRandomGenerator &rng, const Shape &s, QStringList *names)
{
    const int pick = int(rng.bounded(s.users + s.groups + s.namespaces * s.accountsPerNamespace));
    QByteArray y;
    if (pick < s.users) {
        y = "- {kind: User, name: user" + QByteArray::number(pick) + "}\n";
        names->append(QStringLiteral("user%1").arg(pick));
    } else if (pick < s.users + s.groups) {
        const int g = pick - s.users;
        y = "- {kind: Group, name: group" + QByteArray::number(g) + "}\n";
    } else {
        const int a = pick - s.users - s.groups;
        const int ns = a / s.accountsPerNamespace;
        y = "- {kind: ServiceAccount, name: sa" + QByteArray::number(a % s.accountsPerNamespace) +
            ", namespace: ns" + QByteArray::number(ns) + "}\n";
    }
    return y;
}

Generated generate(const Shape &s, unsigned seed)
{
    QRandomGenerator rng(seed);
    Generated g;
    QByteArray &y = g.yaml;
    QStringList ignored;
    for (int n = 0; n < s.namespaces; ++n) {
        const QByteArray ns = "ns" + QByteArray::number(n);
        g.namespaces.append(QString::fromLatin1(ns));
        y += "apiVersion: v1\nkind: Namespace\nmetadata: {name: " + ns + "}\n---\n";
        for (int a = 0; a < s.accountsPerNamespace; ++a)
            y += "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa" +
                 QByteArray::number(a) + ", namespace: " + ns + "}\n---\n";
    }
    for (int c = 0; c < s.clusterRoles; ++c) {
        y += "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: cr" +
             QByteArray::number(c) + "\n";
        if (c % 10 == 0)
            y += "  labels: {rbac.authorization.k8s.io/aggregate-to-view: \"true\"}\n";
        if (c % 250 == 1)
            y += "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {tier: \"t" +
                 QByteArray::number(c % 3) + "\"}\n";
        y += rules(rng, 5 + int(rng.bounded(11))) + "---\n";
        ++g.rbacObjects;
    }
    for (int b = 0; b < s.clusterRoleBindings; ++b) {
        y += "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: "
             "crb" +
             QByteArray::number(b) +
             "}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: "
             "ClusterRole, name: cr" +
             QByteArray::number(rng.bounded(s.clusterRoles)) + "}\nsubjects:\n";
        const int n = 1 + int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            y += subjectYaml(rng, s, &ignored);
        y += "---\n";
        ++g.rbacObjects;
    }
    for (int n = 0; n < s.namespaces; ++n) {
        const QByteArray ns = "ns" + QByteArray::number(n);
        for (int r = 0; r < s.rolesPerNamespace; ++r) {
            y += "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r" +
                 QByteArray::number(r) + ", namespace: " + ns + "}\n" +
                 rules(rng, 3 + int(rng.bounded(6))) + "---\n";
            ++g.rbacObjects;
        }
        for (int b = 0; b < s.bindingsPerNamespace; ++b) {
            const bool cluster = rng.bounded(3) == 0;
            y +=
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: rb" +
                QByteArray::number(b) + ", namespace: " + ns +
                "}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: " +
                (cluster ? QByteArray("ClusterRole, name: cr" +
                                      QByteArray::number(rng.bounded(s.clusterRoles)))
                         : QByteArray("Role, name: r" +
                                      QByteArray::number(rng.bounded(s.rolesPerNamespace)))) +
                "}\nsubjects:\n";
            const int k = 1 + int(rng.bounded(3));
            for (int i = 0; i < k; ++i)
                y += subjectYaml(rng, s, &ignored);
            y += "---\n";
            ++g.rbacObjects;
        }
    }
    for (int u = 0; u < s.users; ++u)
        g.subjects.append(QStringLiteral("user%1").arg(u));
    for (int n = 0; n < s.namespaces; ++n)
        for (int a = 0; a < s.accountsPerNamespace; ++a)
            g.subjects.append(QStringLiteral("system:serviceaccount:ns%1:sa%2").arg(n).arg(a));
    return g;
}

template <typename F> double bestOf(int runs, F &&f)
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

Request randomRequest(QRandomGenerator &rng, const Generated &g)
{
    const auto &res = kResources[rng.bounded(kResourceCount)];
    const QString resource = QString::fromLatin1(res[1]);
    const qsizetype slash = resource.indexOf(u'/');
    const QString ns =
        rng.bounded(5) == 0 ? QString() : g.namespaces[rng.bounded(int(g.namespaces.size()))];
    return Request::forResource(
        QString::fromLatin1(kVerbs[rng.bounded(8)]), QString::fromLatin1(res[0]),
        slash < 0 ? resource : resource.left(slash),
        slash < 0 ? QString() : resource.mid(slash + 1), ns,
        rng.bounded(4) == 0 ? QStringLiteral("n%1").arg(rng.bounded(50)) : QString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("%-8s %8s %8s %9s %10s %10s %12s %12s %10s %9s\n", "scale", "rbac", "subjects",
                "load s", "index ms", "risks ms", "can-i us", "who-can us", "perms us", "findings");
    for (double factor : {0.5, 1.0, 2.0}) {
        Shape s;
        s.namespaces = int(s.namespaces * factor);
        s.clusterRoles = int(s.clusterRoles * factor);
        s.clusterRoleBindings = int(s.clusterRoleBindings * factor);
        s.users = int(s.users * factor);
        s.groups = int(s.groups * factor);
        const Generated g = generate(s, 7);
        const int subjects = s.users + s.groups + s.namespaces * s.accountsPerNamespace;

        Inventory inv;
        QElapsedTimer load;
        load.start();
        {
            ManifestLoader loader;
            loader.addData(QStringLiteral("rbac.yaml"), g.yaml);
            inv = loader.load(SourceInfo{});
        }
        const double loadSeconds = double(load.nsecsElapsed()) / 1e9;
        if (inv.hasErrors()) {
            std::fprintf(stderr, "error: the generated YAML did not load\n");
            return 1;
        }

        std::unique_ptr<RbacIndex> index;
        const double indexSeconds = bestOf(3, [&] { index = std::make_unique<RbacIndex>(inv); });

        QRandomGenerator rng(11);
        const int canIQueries = 20000;
        std::vector<std::pair<Identity, Request>> queries;
        for (int i = 0; i < canIQueries; ++i)
            queries.emplace_back(Identity::fromUser(g.subjects[rng.bounded(int(g.subjects.size()))],
                                                    rng.bounded(3) == 0
                                                        ? QStringList{QStringLiteral("group%1").arg(
                                                              rng.bounded(s.groups))}
                                                        : QStringList{}),
                                 randomRequest(rng, g));
        int allowed = 0;
        const double canISeconds = bestOf(3, [&] {
            allowed = 0;
            for (const auto &[id, req] : queries)
                allowed += index->canI(id, req).allowed ? 1 : 0;
        });

        const int whoQueries = 2000;
        std::vector<Request> whoRequests;
        for (int i = 0; i < whoQueries; ++i)
            whoRequests.push_back(randomRequest(rng, g));
        std::size_t listed = 0;
        const double whoSeconds = bestOf(3, [&] {
            listed = 0;
            for (const Request &r : whoRequests)
                listed += index->whoCan(r).subjects.size();
        });

        const int permQueries = 2000;
        std::size_t rules = 0;
        const double permSeconds = bestOf(3, [&] {
            rules = 0;
            for (int i = 0; i < permQueries; ++i)
                rules += index
                             ->permissions(
                                 Identity::fromUser(g.subjects[i % int(g.subjects.size())]), {})
                             .size();
        });

        RiskReport report;
        const double riskSeconds = bestOf(1, [&] { report = analyzeRisks(*index); });
        std::size_t paths = 0;
        const double escalationSeconds =
            bestOf(1, [&] { paths = escalationPaths(*index, {}).size(); });

        std::printf("%-8s %8d %8d %9.2f %10.1f %10.1f %12.2f %12.2f %10.2f %9zu\n",
                    qPrintable(QStringLiteral("x%1").arg(factor)), g.rbacObjects, subjects,
                    loadSeconds, indexSeconds * 1e3, riskSeconds * 1e3,
                    canISeconds / canIQueries * 1e6, whoSeconds / whoQueries * 1e6,
                    permSeconds / permQueries * 1e6, report.findings.size());
        std::fprintf(stderr,
                     "  x%.1f: %d of %d can-i allowed, %zu who-can subjects, %zu rules in "
                     "permissions, %zu escalation paths (search alone %.0f ms)\n",
                     factor, allowed, canIQueries, listed, rules, paths, escalationSeconds * 1e3);
    }
    return 0;
}
