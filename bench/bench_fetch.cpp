// Live fetch benchmark: a 10,000-pod, 1,000-namespace cluster served by the in-process fake API
// server over real TLS (gzip, pages of 500), fetched by Parapet's ApiClient and, in the same
// run, by `kubectl get pods,services,namespaces -A -o json` with the same kubeconfig. Prints
// wall times and the ratio; asserts nothing about time.

#include "cluster/apiclient.h"
#include "cluster/clusterfetcher.h"
#include "cluster/kubeconfig.h"
#include "fakeapiserver.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace parapet;
using namespace parapet::test;

namespace {

QByteArray pod(int ns, int i)
{
    const QString name =
        QStringLiteral("web-%1-%2-7d9f8c6b5-x%3").arg(ns).arg(i).arg(i * 7919 % 100000);
    const QString nsName = QStringLiteral("team-%1").arg(ns);
    QJsonArray env;
    for (int e = 0; e < 46; ++e)
        env.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("SETTING_%1").arg(e)},
                        {QStringLiteral("value"),
                         QStringLiteral("value-%1-%2-some-configuration-text").arg(i).arg(e)}});
    QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("app")},
        {QStringLiteral("image"),
         QStringLiteral("registry.example.com/team-%1/web:1.%2.3").arg(ns).arg(i % 10)},
        {QStringLiteral("ports"),
         QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 8080},
                                {QStringLiteral("protocol"), QStringLiteral("TCP")}}}},
        {QStringLiteral("env"), env},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("limits"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("500m")},
                                  {QStringLiteral("memory"), QStringLiteral("256Mi")}}},
                     {QStringLiteral("requests"),
                      QJsonObject{{QStringLiteral("cpu"), QStringLiteral("100m")},
                                  {QStringLiteral("memory"), QStringLiteral("128Mi")}}}}},
        {QStringLiteral("securityContext"),
         QJsonObject{{QStringLiteral("runAsNonRoot"), true},
                     {QStringLiteral("allowPrivilegeEscalation"), false},
                     {QStringLiteral("capabilities"),
                      QJsonObject{{QStringLiteral("drop"), QJsonArray{QStringLiteral("ALL")}}}}}},
        {QStringLiteral("volumeMounts"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("kube-api-access")},
                                {QStringLiteral("mountPath"),
                                 QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount")},
                                {QStringLiteral("readOnly"), true}}}}};
    QJsonArray managed;
    managed.append(QJsonObject{
        {QStringLiteral("manager"), QStringLiteral("kube-controller-manager")},
        {QStringLiteral("operation"), QStringLiteral("Update")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
        {QStringLiteral("fieldsV1"),
         QJsonObject{
             {QStringLiteral("f:metadata"),
              QJsonObject{{QStringLiteral("f:labels"),
                           QJsonObject{{QStringLiteral("f:app"), QJsonObject()}}}}},
             {QStringLiteral("f:spec"),
              QJsonObject{
                  {QStringLiteral("f:containers"),
                   QJsonObject{{QStringLiteral("k:{\"name\":\"app\"}"),
                                QJsonObject{{QStringLiteral("f:image"), QJsonObject()},
                                            {QStringLiteral("f:env"), QJsonObject()}}}}}}}}}});
    QJsonObject o{
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), nsName},
             {QStringLiteral("uid"), QStringLiteral("0b6f%1-%2-4c1e-9a7d-%3")
                                         .arg(ns, 4, 10, QLatin1Char('0'))
                                         .arg(i, 4, 10, QLatin1Char('0'))
                                         .arg(ns * 100 + i, 12, 10, QLatin1Char('0'))},
             {QStringLiteral("resourceVersion"), QString::number(100000 + ns * 10 + i)},
             {QStringLiteral("creationTimestamp"), QStringLiteral("2024-05-01T10:00:00Z")},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("app"), QStringLiteral("web")},
                          {QStringLiteral("pod-template-hash"), QStringLiteral("7d9f8c6b5")},
                          {QStringLiteral("team"), nsName}}},
             {QStringLiteral("ownerReferences"),
              QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                     {QStringLiteral("kind"), QStringLiteral("ReplicaSet")},
                                     {QStringLiteral("name"), QStringLiteral("web-7d9f8c6b5")},
                                     {QStringLiteral("uid"), QStringLiteral("rs-uid")},
                                     {QStringLiteral("controller"), true}}}},
             {QStringLiteral("managedFields"), managed}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("containers"), QJsonArray{container}},
             {QStringLiteral("serviceAccountName"), QStringLiteral("default")},
             {QStringLiteral("nodeName"), QStringLiteral("node-%1").arg(i % 50)},
             {QStringLiteral("restartPolicy"), QStringLiteral("Always")},
             {QStringLiteral("volumes"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("kube-api-access")},
                                     {QStringLiteral("projected"),
                                      QJsonObject{{QStringLiteral("defaultMode"), 420}}}}}}}},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"), QStringLiteral("Running")},
             {QStringLiteral("podIP"),
              QStringLiteral("10.%1.%2.%3").arg(ns / 250).arg(ns % 250).arg(i)},
             {QStringLiteral("conditions"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                     {QStringLiteral("status"), QStringLiteral("True")}}}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int namespaces = 1000;
    const int podsPerNamespace = 10;
    QTemporaryDir dir;
    const TestCert ca = TestPki::makeCa(QStringLiteral("bench-ca"));
    FakeApiServer::Options o;
    o.serverCert = TestPki::makeLocalServer(ca);
    FakeApiServer server(o);
    server.addStandardResources();
    server.addToken(QStringLiteral("bench-token"), QStringLiteral("bench"));
    std::vector<QByteArray> pods;
    std::vector<QByteArray> services;
    std::vector<QByteArray> nsItems;
    qint64 podBytes = 0;
    for (int n = 0; n < namespaces; ++n) {
        nsItems.push_back(QStringLiteral("{\"metadata\":{\"name\":\"team-%1\"}}").arg(n).toUtf8());
        services.push_back(
            QStringLiteral(
                "{\"metadata\":{\"name\":\"web\",\"namespace\":\"team-%1\"},\"spec\":{\"selector\":"
                "{\"app\":\"web\"},\"ports\":[{\"port\":80,\"targetPort\":8080}]}}")
                .arg(n)
                .toUtf8());
        for (int i = 0; i < podsPerNamespace; ++i) {
            pods.push_back(pod(n, i));
            podBytes += pods.back().size();
        }
    }
    server.addObjects(QString(), QStringLiteral("pods"), pods);
    server.addObjects(QString(), QStringLiteral("services"), services);
    server.addObjects(QString(), QStringLiteral("namespaces"), nsItems);
    const QString kubeconfigPath = dir.filePath(QStringLiteral("config"));
    {
        QFile f(kubeconfigPath);
        f.open(QIODevice::WriteOnly);
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: bench\n  cluster:\n    server: " +
                server.url().toUtf8() +
                "\n    certificate-authority-data: " + ca.certPem.toBase64() +
                "\nusers:\n- name: bench\n  user:\n    token: bench-token\ncontexts:\n- name: "
                "bench\n  context: {cluster: bench, user: bench}\n"
                "current-context: bench\n");
    }
    std::printf("cluster: %d pods (%.1f MB of pod JSON), %d namespaces, %d services\n",
                int(pods.size()), double(podBytes) / 1e6, namespaces, int(services.size()));

    KubeconfigLoadingRules rules;
    rules.explicitPath = kubeconfigPath;
    const auto config = loadClientConfig(rules, {}, {});
    if (!config) {
        std::fprintf(stderr, "error: %s\n", qPrintable(config.error().message));
        return 1;
    }
    FetchOptions fetch;
    fetch.kinds = {{QString(), QStringLiteral("Pod")},
                   {QString(), QStringLiteral("Service")},
                   {QString(), QStringLiteral("Namespace")}};
    const int runs = 3;
    double best = 1e100;
    qsizetype objects = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto client = ApiClient::create(*config);
        auto result = fetchInventory(**client, fetch);
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!result) {
            std::fprintf(stderr, "error: %s\n", qPrintable(result.error().message));
            return 1;
        }
        objects = result->inventory.size();
        best = std::min(best, s);
        std::printf("parapet fetch run %d: %.3f s, %lld objects, %d requests\n", r + 1, s,
                    static_cast<long long>(objects), result->requests);
    }
    std::printf("%-44s %10.3f s  (%lld objects, %.0f objects/s)\n", "parapet: best of 3", best,
                static_cast<long long>(objects), double(objects) / best);

    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty()) {
        std::printf("kubectl: not installed, no comparison\n");
        return 0;
    }
    double kbest = 1e100;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(kubectl,
                {QStringLiteral("--kubeconfig"), kubeconfigPath, QStringLiteral("--cache-dir"),
                 dir.filePath(QStringLiteral("kubectl-cache")), QStringLiteral("get"),
                 QStringLiteral("pods,services,namespaces"), QStringLiteral("-A"),
                 QStringLiteral("-o"), QStringLiteral("json")});
        p.waitForFinished(300'000);
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (p.exitCode() != 0) {
            std::printf("kubectl failed: %s\n", p.readAllStandardError().constData());
            return 0;
        }
        kbest = std::min(kbest, s);
        std::printf("kubectl run %d: %.3f s\n", r + 1, s);
    }
    std::printf("%-44s %10.3f s\n", "kubectl get pods,services,namespaces -A -o json: best of 3",
                kbest);
    std::printf("ratio kubectl/parapet: %.2fx\n", kbest / best);
    return 0;
}
