// Remediation generators: every generated manifest loads again without diagnostics, a re-scan
// of the fixed object passes the controls the fix claims and shows no new finding, the user's
// fields stay, switched-off parts stay out, and patches are strategic-merge patches keyed by
// container name.

#include "checks/scanner.h"
#include "clirun.h"
#include "command.h"
#include "fixtests.h"
#include "kube/typedviews.h"
#include "kube/yamlwriter.h"
#include "remediation/remediation.h"
#include "sources/manifestloader.h"
#include "sources/parselimits.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::remediation;
using namespace parapet::test;

namespace {

/// Control ids of the findings on \a ref (not excepted).
QSet<QString> failing(const checks::ScanResult &scan, const checks::ObjectRef &ref)
{
    QSet<QString> out;
    for (const checks::Finding &f : scan.findings)
        if (!f.excepted && f.object.toString() == ref.toString())
            out.insert(f.control);
    return out;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l;
}

/// The single object of a one-object YAML text.
const KubeObject *only(const Inventory &inv)
{
    return inv.size() == 1 ? &inv.at(0) : nullptr;
}

std::vector<std::shared_ptr<Document>> parseYaml(const QString &text, QString *error)
{
    std::vector<std::shared_ptr<Document>> docs;
    const QByteArray bytes = text.toUtf8();
    parseYamlStream(
        bytes, ParseLimits{}, [&](ParsedDocument d) { docs.push_back(d.document); },
        [&](Error e) { *error = e.toString(); });
    return docs;
}

const char *kUserDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
  labels:
    app: cart
    team: payments
  annotations:
    example.com/owner: "alice"
    kubectl.kubernetes.io/last-applied-configuration: "{}"
  uid: 1234
  resourceVersion: "99"
spec:
  replicas: 2
  strategy:
    type: RollingUpdate
  selector:
    matchLabels:
      app: cart
  template:
    metadata:
      labels:
        app: cart
    spec:
      securityContext:
        runAsUser: 1000
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 8080
        env:
        - name: MODE
          value: "on"
        securityContext:
          privileged: true
          capabilities:
            add: [NET_BIND_SERVICE, NET_ADMIN]
        volumeMounts:
        - name: tmp
          mountPath: /cache
      - name: sidecar
        image: busybox:1.36
        resources:
          requests:
            cpu: 50m
      volumes:
      - name: tmp
        configMap:
          name: cart-config
status:
  replicas: 2
)";

} // namespace

class TestRemediation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloadFixesRescan_data();
    void workloadFixesRescan();
    void preservesUserFields();
    void partsSwitchedOff_data();
    void partsSwitchedOff();
    void privilegeEscalationKeepsObjectValid();
    void patchKeyedByName();
    void podHasNoPatch();
    void patchAppliesWithKubectl();
    void namespaceFix();
    void namespaceKeepsStricterSettings();
    void namespaceDefaultDenyDoesNotWiden();
    void cloudMetadata();
    void cloudMetadataRefusesToWiden();
    void planFromScan();
    void cliFix();
    void cliUsageErrors();
    void cliControlPlaneKey();
};

void TestRemediation::workloadFixesRescan_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("demo") << QString();
    for (const char *dir : {"guestbook", "ingress-nginx", "microservices-demo", "metrics-server",
                            "dashboard", "cert-manager", "calico", "argo-cd"})
        QTest::newRow(dir) << QStringLiteral(PARAPET_CORPUS "/") + QLatin1String(dir);
}

void TestRemediation::workloadFixesRescan()
{
    QFETCH(QString, source);
    if (!source.isEmpty() && !QDir(source).exists())
        QSKIP("corpus folder missing");
    const Inventory inv =
        source.isEmpty() ? ManifestLoader::loadDemo() : ManifestLoader::loadPaths({source});
    int fixed = 0;
    for (const KubeObject &o : inv.objects()) {
        if (!hasPodTemplate(o.kind()))
            continue;
        const auto r = fixWorkload(o);
        if (!r) {
            QVERIFY2(r.error().code == Error::Code::NotFound ||
                         r.error().code == Error::Code::Unsupported,
                     qPrintable(r.error().toString()));
            continue;
        }
        const QString ctx = o.reference();
        QCOMPARE(r->manifests().size(), std::size_t(1));
        QVERIFY(!r->controls().isEmpty());
        // The fixed object loads again without any diagnostic.
        const Inventory after = loadText(r->manifestsYaml());
        QVERIFY2(after.diagnostics().empty(), qPrintable(ctx + u'\n' + diagnosticsText(after)));
        const KubeObject *fixedObject = only(after);
        QVERIFY2(fixedObject, qPrintable(ctx));
        QCOMPARE(fixedObject->reference(), ctx);
        // Re-scan: the claimed controls pass; no finding appears that the original lacked.
        const Inventory before = loadText(toYaml(o.root()));
        QVERIFY(before.diagnostics().empty());
        const auto ref = checks::ObjectRef::of(*fixedObject);
        const QSet<QString> was = failing(checks::scan(before), ref);
        const QSet<QString> now = failing(checks::scan(after), ref);
        for (const QString &c : r->controls()) {
            QVERIFY2(was.contains(c), qPrintable(ctx + QStringLiteral(": claims ") + c));
            QVERIFY2(!now.contains(c), qPrintable(ctx + QStringLiteral(": still fails ") + c));
        }
        QVERIFY2(now - was == QSet<QString>(), qPrintable(ctx + QStringLiteral(": new findings ") +
                                                          sorted(now - was).join(u',')));
        // The patch is valid YAML.
        if (r->hasPatch()) {
            QString error;
            const auto docs = parseYaml(r->patch(), &error);
            QVERIFY2(error.isEmpty() && docs.size() == 1, qPrintable(ctx + u' ' + error));
        }
        ++fixed;
    }
    QVERIFY(fixed > 0);
}

void TestRemediation::preservesUserFields()
{
    const Inventory inv = loadText(QString::fromUtf8(kUserDeployment));
    QVERIFY(inv.diagnostics().empty());
    const KubeObject &original = inv.at(0);
    const auto r = fixWorkload(original);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    const Inventory after = loadText(r->manifestsYaml());
    QVERIFY(after.diagnostics().empty());
    const Node root = after.at(0).root();

    // Top-level order and metadata as written, minus what the API server sets.
    QStringList keys;
    for (const auto &[k, v] : root.children())
        keys.append(k.toString());
    QCOMPARE(keys, (QStringList{u"apiVersion"_qs, u"kind"_qs, u"metadata"_qs, u"spec"_qs}));
    QVERIFY(root["metadata"]["labels"].equals(original.labels()));
    QCOMPARE(root.path("metadata.annotations[\"example.com/owner\"]").toString(), u"alice"_qs);
    QVERIFY(!root.path("metadata.annotations[\"kubectl.kubernetes.io/last-applied-configuration\"]")
                 .isValid());
    QVERIFY(!root.path("metadata.uid").isValid());
    QVERIFY(!root.path("metadata.resourceVersion").isValid());
    QVERIFY(!root["status"].isValid());
    QVERIFY(root.path("spec.strategy").equals(original.root().path("spec.strategy")));
    QCOMPARE(root.path("spec.replicas").toInt(), std::optional<std::int64_t>(2));
    // String "on" stays a string (not the YAML 1.1 boolean).
    QVERIFY(root.path("spec.template.spec.containers[0].env[0].value").isString());
    QCOMPARE(root.path("spec.template.spec.containers[0].env[0].value").toString(), u"on"_qs);
    // Existing non-zero runAsUser kept; group set.
    const Node podSc = root.path("spec.template.spec.securityContext");
    QCOMPARE(podSc["runAsUser"].toInt(), std::optional<std::int64_t>(1000));
    QCOMPARE(podSc["runAsGroup"].toInt(), std::optional<std::int64_t>(10001));
    QVERIFY(!podSc["runAsNonRoot"].isValid()); // uid 1000 already passes NSA-POD-01
    QCOMPARE(podSc.path("seccompProfile.type").toString(), u"RuntimeDefault"_qs);
    // Container keys keep their order; securityContext is edited in place.
    QStringList cKeys;
    const Node web = root.path("spec.template.spec.containers[0]");
    for (const auto &[k, v] : web.children())
        cKeys.append(k.toString());
    QCOMPARE(cKeys.mid(0, 6), (QStringList{u"name"_qs, u"image"_qs, u"ports"_qs, u"env"_qs,
                                           u"securityContext"_qs, u"volumeMounts"_qs}));
    QVERIFY(!web.path("securityContext.privileged").isValid());
    QCOMPARE(web.path("securityContext.capabilities.add").size(), 1u);
    QCOMPARE(web.path("securityContext.capabilities.add[0]").toString(), u"NET_BIND_SERVICE"_qs);
    QCOMPARE(web.path("securityContext.capabilities.drop[0]").toString(), u"ALL"_qs);
    QCOMPARE(web.path("securityContext.allowPrivilegeEscalation").toBool(),
             std::optional<bool>(false));
    // The user's volume "tmp" (a ConfigMap) stays; /tmp gets a fresh emptyDir name.
    const Node volumes = root.path("spec.template.spec.volumes");
    QCOMPARE(volumes.size(), 2u);
    QCOMPARE(volumes.path("[0].configMap.name").toString(), u"cart-config"_qs);
    QCOMPARE(volumes.path("[1].name").toString(), u"parapet-tmp"_qs);
    QVERIFY(volumes.path("[1].emptyDir").isMap());
    QCOMPARE(web.path("volumeMounts[0].mountPath").toString(), u"/cache"_qs);
    QCOMPARE(web.path("volumeMounts[1].name").toString(), u"parapet-tmp"_qs);
    QCOMPARE(web.path("volumeMounts[1].mountPath").toString(), u"/tmp"_qs);
    // Limits: the sidecar's cpu limit equals its request (a limit below it is invalid).
    const Node side = root.path("spec.template.spec.containers[1]");
    QCOMPARE(side.path("resources.limits.cpu").toString(), u"50m"_qs);
    QCOMPARE(side.path("resources.requests.cpu").toString(), u"50m"_qs);
    QCOMPARE(side.path("resources.limits.memory").toString(), u"512Mi"_qs);
    QCOMPARE(side.path("resources.requests.memory").toString(), u"128Mi"_qs);
    QVERIFY(r->warnings().join(u'\n').contains(u"NET_ADMIN"_qs));
}

void TestRemediation::partsSwitchedOff_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("field");   // in containers[0] unless it starts with "pod:"
    QTest::addColumn<QString>("control"); // still failing after the fix
    QTest::newRow("non-root") << u"non-root"_qs << u"pod:securityContext.runAsNonRoot"_qs
                              << u"NSA-POD-01"_qs;
    QTest::newRow("non-root-group")
        << u"non-root-group"_qs << u"pod:securityContext.runAsGroup"_qs << u"NSA-POD-02"_qs;
    QTest::newRow("no-privileged")
        << u"no-privileged"_qs << u"securityContext.privileged"_qs << u"NSA-POD-08"_qs;
    QTest::newRow("capabilities") << u"capabilities"_qs << u"securityContext.capabilities"_qs
                                  << u"NSA-POD-14"_qs;
    QTest::newRow("read-only-root")
        << u"read-only-root"_qs << u"securityContext.readOnlyRootFilesystem"_qs << u"NSA-POD-04"_qs;
    QTest::newRow("seccomp") << u"seccomp"_qs << u"pod:securityContext.seccompProfile"_qs
                             << u"NSA-POD-15"_qs;
    QTest::newRow("no-token-automount")
        << u"no-token-automount"_qs << u"pod:automountServiceAccountToken"_qs << u"NSA-POD-19"_qs;
    QTest::newRow("resource-limits")
        << u"resource-limits"_qs << u"resources"_qs << u"NSA-NET-07"_qs;
}

void TestRemediation::partsSwitchedOff()
{
    QFETCH(QString, part);
    QFETCH(QString, field);
    QFETCH(QString, control);
    const char *yaml = R"(apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  containers:
  - name: app
    image: app:1.0
    securityContext:
      privileged: true
)";
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    FixOptions options;
    options.without.insert(part);
    const auto r = fixWorkload(inv.at(0), options);
    QVERIFY(r);
    bool listedOff = false;
    for (const Part &p : r->parts())
        if (p.name == part)
            listedOff = !p.enabled;
    QVERIFY(listedOff);
    QVERIFY(!r->controls().contains(control));
    const Inventory after = loadText(r->manifestsYaml());
    QVERIFY(after.diagnostics().empty());
    const Node spec = after.at(0).spec();
    const Node value =
        field.startsWith(u"pod:"_qs)
            ? spec.path(field.mid(4).toStdString())
            : spec.path(QString(QStringLiteral("containers[0].") + field).toStdString());
    if (part == u"no-privileged")
        QCOMPARE(value.toBool(), std::optional<bool>(true));
    else
        QVERIFY2(!value.isValid(), qPrintable(toYaml(value)));
    if (part == u"read-only-root")
        QVERIFY(!spec["volumes"].isValid());
    QVERIFY(failing(checks::scan(after), checks::ObjectRef::of(after.at(0))).contains(control));
    QVERIFY(!r->warnings().join(u'\n').startsWith(part + u':'));
}

void TestRemediation::privilegeEscalationKeepsObjectValid()
{
    // Kubernetes rejects allowPrivilegeEscalation: false next to privileged: true or an added
    // CAP_SYS_ADMIN (ValidateSecurityContext), so with those parts off it is not set.
    const char *yaml = R"(apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  containers:
  - name: a
    image: app:1.0
    securityContext: {privileged: true}
  - name: b
    image: app:1.0
    securityContext: {capabilities: {add: [SYS_ADMIN]}}
  - name: c
    image: app:1.0
)";
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    FixOptions options;
    options.without = {u"no-privileged"_qs, u"capabilities"_qs};
    const auto r = fixWorkload(inv.at(0), options);
    QVERIFY(r);
    QVERIFY(!r->controls().contains(u"NSA-POD-13"_qs));
    const Inventory after = loadText(r->manifestsYaml());
    const Node spec = after.at(0).spec();
    QVERIFY(!spec.path("containers[0].securityContext.allowPrivilegeEscalation").isValid());
    QVERIFY(!spec.path("containers[1].securityContext.allowPrivilegeEscalation").isValid());
    QCOMPARE(spec.path("containers[2].securityContext.allowPrivilegeEscalation").toBool(),
             std::optional<bool>(false));
    QVERIFY(r->warnings().join(u'\n').contains(u"\"a\""_qs));
    QVERIFY(r->warnings().join(u'\n').contains(u"\"b\""_qs));

    // With all parts on, every container is fixed and POD-13 is claimed.
    const auto all = fixWorkload(inv.at(0));
    QVERIFY(all);
    QVERIFY(all->controls().contains(u"NSA-POD-13"_qs));
    QVERIFY(all->controls().contains(u"NSA-POD-08"_qs));
}

void TestRemediation::patchKeyedByName()
{
    const Inventory inv = loadText(QString::fromUtf8(kUserDeployment));
    const auto r = fixWorkload(inv.at(0));
    QVERIFY(r && r->hasPatch());
    QCOMPARE(r->patchCommand(),
             u"kubectl patch deployment cart -n shop --type strategic --patch-file "
             "deployment-shop-cart.patch.yaml"_qs);
    QString error;
    const auto docs = parseYaml(r->patch(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(docs.size(), std::size_t(1));
    const Node patch(docs[0].get(), 0);
    // Only the changed fields: no metadata, no image.
    QStringList top;
    for (const auto &[k, v] : patch.children())
        top.append(k.toString());
    QCOMPARE(top, QStringList{u"spec"_qs});
    const Node spec = patch.path("spec.template.spec");
    QCOMPARE(spec["containers"].size(), 2u);
    for (const auto &[k, c] : spec["containers"].children()) {
        QVERIFY(c["name"].isString());
        QVERIFY(!c["image"].isValid());
    }
    QCOMPARE(spec.path("containers[0].name").toString(), u"web"_qs);
    // privileged deleted with null, capabilities list replaced as a whole.
    QVERIFY(spec.path("containers[0].securityContext.privileged").isValid());
    QVERIFY(spec.path("containers[0].securityContext.privileged").isNull());
    QCOMPARE(spec.path("containers[0].securityContext.capabilities.add").size(), 1u);
    QCOMPARE(spec.path("containers[0].volumeMounts[0].mountPath").toString(), u"/tmp"_qs);
    QCOMPARE(spec.path("volumes[0].name").toString(), u"parapet-tmp"_qs);
    QCOMPARE(spec.path("volumes").size(), 1u);
    QCOMPARE(spec.path("automountServiceAccountToken").toBool(), std::optional<bool>(false));
    QCOMPARE(spec.path("securityContext.runAsGroup").toInt(), std::optional<std::int64_t>(10001));
    QVERIFY(!spec.path("securityContext.runAsUser").isValid()); // already 1000: untouched
}

void TestRemediation::podHasNoPatch()
{
    const Inventory inv = loadText(u"apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
                                   "  containers:\n  - {name: a, image: 'a:1'}\n"_qs);
    const auto r = fixWorkload(inv.at(0));
    QVERIFY(r);
    QVERIFY(!r->hasPatch());
    QVERIFY(r->warnings().join(u'\n').contains(u"delete the Pod"_qs));
}

void TestRemediation::patchAppliesWithKubectl()
{
    // The patch, applied by kubectl's own strategic merge to the original object, gives the
    // fixed manifest (up to the order of merged lists).
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_qs);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: the patch is not checked against kubectl's merge");
    QTemporaryDir dir;
    const Inventory inv = ManifestLoader::loadDemo();
    int checked = 0;
    for (const KubeObject &o : inv.objects()) {
        if (!hasPodTemplate(o.kind()) || o.kind() == u"Pod")
            continue;
        const auto r = fixWorkload(o);
        if (!r)
            continue;
        QVERIFY(r->hasPatch());
        const QString original = dir.filePath(u"original.yaml"_qs);
        const QString patch = dir.filePath(u"patch.yaml"_qs);
        for (const auto &[path, text] :
             {std::pair{original, toYaml(o.root())}, std::pair{patch, r->patch()}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
        }
        QProcess p;
        p.start(kubectl, {u"patch"_qs, u"-f"_qs, original, u"--local"_qs, u"--type"_qs,
                          u"strategic"_qs, u"--patch-file"_qs, patch, u"-o"_qs, u"yaml"_qs});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Inventory patched = loadText(QString::fromUtf8(p.readAllStandardOutput()));
        const Inventory full = loadText(r->manifestsYaml());
        QVERIFY(patched.size() == 1 && full.size() == 1);
        // The fixed manifest drops server-set fields that kubectl keeps: compare the specs.
        QVERIFY2(canonical(patched.at(0).spec(), ListOrder::SortedAll) ==
                     canonical(full.at(0).spec(), ListOrder::SortedAll),
                 qPrintable(o.reference() + u'\n' + toYaml(patched.at(0).spec()) + u"\n---\n"_qs +
                            toYaml(full.at(0).spec())));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestRemediation::namespaceFix()
{
    const char *yaml = R"(apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    team: payments
  annotations:
    owner: bob
)";
    for (const QString &version : {u"v1.30.4"_qs, QString()}) {
        const Inventory inv =
            loadText(QString::fromUtf8(yaml), QStringLiteral("fix.yaml"), version);
        const auto r = fixNamespace(inv, u"shop"_qs);
        QVERIFY(r);
        QCOMPARE(r->controls(), (QStringList{u"NSA-POD-07"_qs, u"NSA-NET-04"_qs, u"NSA-NET-05"_qs,
                                             u"NSA-NET-06"_qs}));
        QCOMPARE(r->manifests().size(), std::size_t(5));
        const Inventory after = loadText(r->manifestsYaml(), QStringLiteral("fix.yaml"), version);
        QVERIFY2(after.diagnostics().empty(), qPrintable(diagnosticsText(after)));
        QCOMPARE(after.size(), 5);
        const KubeObject *ns = after.find(u"Namespace", QString(), u"shop");
        QVERIFY(ns);
        QCOMPARE(ns->label("team"), u"payments"_qs);
        QCOMPARE(ns->annotation("owner"), u"bob"_qs);
        QCOMPARE(ns->label("pod-security.kubernetes.io/enforce"), u"baseline"_qs);
        QCOMPARE(ns->label("pod-security.kubernetes.io/audit"), u"restricted"_qs);
        QCOMPARE(ns->label("pod-security.kubernetes.io/warn"), u"restricted"_qs);
        const QString pinned = version.isEmpty() ? u"latest"_qs : u"v1.30"_qs;
        for (const char *mode : {"enforce", "audit", "warn"})
            QCOMPARE(
                ns->label(QByteArray(QByteArray("pod-security.kubernetes.io/") + mode + "-version")
                              .toStdString()),
                pinned);
        const KubeObject *dns = after.find(u"NetworkPolicy", u"shop", u"allow-dns-egress");
        QVERIFY(dns);
        const Node rule = dns->spec().path("egress[0]");
        QCOMPARE(rule.path("to[0].namespaceSelector.matchLabels[\"kubernetes.io/metadata.name\"]")
                     .toString(),
                 u"kube-system"_qs);
        QCOMPARE(rule.path("to[0].podSelector.matchLabels.k8s-app").toString(), u"kube-dns"_qs);
        QCOMPARE(rule.path("ports[0].protocol").toString(), u"UDP"_qs);
        QCOMPARE(rule.path("ports[1].protocol").toString(), u"TCP"_qs);
        QCOMPARE(rule.path("ports[1].port").toInt(), std::optional<std::int64_t>(53));
        // Re-scan: the namespace passes what the fix claims.
        const auto scan = checks::scan(after);
        const QSet<QString> now = failing(scan, checks::ObjectRef::of(*ns));
        for (const QString &c : r->controls())
            QVERIFY2(!now.contains(c), qPrintable(c));
        const QSet<QString> before = failing(checks::scan(inv), checks::ObjectRef::of(inv.at(0)));
        for (const QString &c : r->controls())
            QVERIFY2(before.contains(c), qPrintable(c));
        // The label patch only carries labels.
        QString error;
        const auto docs = parseYaml(r->patch(), &error);
        QVERIFY(error.isEmpty() && docs.size() == 1);
        QCOMPARE(Node(docs[0].get(), 0).path("metadata.labels").size(), 6u);
    }
}

void TestRemediation::namespaceKeepsStricterSettings()
{
    const char *yaml = R"(apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.29
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/audit-version: latest
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/warn-version: latest
)";
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    const auto r = fixNamespace(inv, u"shop"_qs);
    QVERIFY(r);
    QVERIFY(!r->controls().contains(u"NSA-POD-07"_qs));
    for (const GeneratedManifest &m : r->manifests())
        QVERIFY(m.object.kind != u"Namespace");
    // Without a Namespace object, a new one is written.
    const Inventory bare =
        loadText(u"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: web}\n"_qs);
    const auto n = fixNamespace(bare, u"web"_qs, FixOptions{{}, {u"NSA-POD-07"_qs}});
    QVERIFY(n);
    QCOMPARE(n->manifests().size(), std::size_t(1));
    QVERIFY(n->manifests()[0].isNew);
    QCOMPARE(n->manifests()[0].object.kind, u"Namespace"_qs);
}

void TestRemediation::namespaceDefaultDenyDoesNotWiden()
{
    // Egress already denied: only ingress is added, and no DNS allowance (it would widen).
    const char *yaml = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
)";
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    const auto r = fixNamespace(inv, u"shop"_qs, FixOptions{{}, {u"NSA-NET-04"_qs}});
    QVERIFY(r);
    QCOMPARE(r->manifests().size(), std::size_t(1));
    const Inventory after = loadText(r->manifestsYaml());
    const Node types = after.at(0).spec()["policyTypes"];
    QCOMPARE(types.size(), 1u);
    QCOMPARE(types.path("[0]").toString(), u"Ingress"_qs);
}

void TestRemediation::cloudMetadata()
{
    const char *yaml = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: 'web:1'}]
)";
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    const auto ref = checks::ObjectRef::of(inv.at(0));
    QVERIFY(failing(checks::scan(inv), ref).contains(u"NSA-NET-17"_qs));
    const auto r = fixCloudMetadata(inv, u"shop"_qs);
    QVERIFY(r);
    QCOMPARE(r->controls(), QStringList{u"NSA-NET-17"_qs});
    QVERIFY(r->warnings().join(u'\n').contains(u"additive"_qs));
    const Inventory after = loadText(QString::fromUtf8(yaml) + u"---\n"_qs + r->manifestsYaml());
    QVERIFY2(after.diagnostics().empty(), qPrintable(diagnosticsText(after)));
    const KubeObject *policy = after.find(u"NetworkPolicy", u"shop", u"block-cloud-metadata");
    QVERIFY(policy);
    QCOMPARE(policy->spec().path("egress[0].to[0].ipBlock.cidr").toString(), u"0.0.0.0/0"_qs);
    QCOMPARE(policy->spec().path("egress[0].to[0].ipBlock.except[0]").toString(),
             u"169.254.169.254/32"_qs);
    QVERIFY(!failing(checks::scan(after), ref).contains(u"NSA-NET-17"_qs));
    QVERIFY(!failing(checks::scan(after), ref).contains(u"NSA-NET-03"_qs) ||
            failing(checks::scan(inv), ref).contains(u"NSA-NET-03"_qs));
}

void TestRemediation::cloudMetadataRefusesToWiden()
{
    const char *yaml = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{ports: [{port: 443}]}]
)";
    // No new policy (it would add allowed traffic): the existing one is edited instead (more
    // cases in tst_metadatafix).
    const Inventory inv = loadText(QString::fromUtf8(yaml));
    const auto r = fixCloudMetadata(inv, u"shop"_qs);
    QVERIFY(r);
    QCOMPARE(r->manifests().size(), std::size_t(1));
    QVERIFY(!r->manifests()[0].isNew);
    QCOMPARE(r->manifests()[0].object.name, u"egress-web"_qs);
    const Inventory after = loadText(r->manifestsYaml());
    QCOMPARE(after.at(0).spec().path("egress[0].to[0].ipBlock.except[0]").toString(),
             u"169.254.169.254/32"_qs);
    QCOMPARE(after.at(0).spec().path("egress[0].ports[0].port").toString(), u"443"_qs);
}

void TestRemediation::planFromScan()
{
    const Inventory inv = ManifestLoader::loadDemo();
    const auto scan = checks::scan(inv);
    const Plan plan = planFixes(inv, scan);
    QVERIFY(!plan.remediations.empty());
    QSet<QString> targets;
    QString all;
    for (const Remediation &r : plan.remediations) {
        const QString key = QString::number(int(r.kind())) + r.target().toString();
        QVERIFY2(!targets.contains(key), qPrintable(key));
        targets.insert(key);
        all += r.manifestsYaml() + u"---\n"_qs;
        // Namespaces with a default-deny fix get no separate metadata policy (edits of their
        // existing egress policies stay).
        if (r.kind() == RemediationKind::CloudMetadata && !r.manifests().empty() &&
            r.manifests()[0].isNew)
            for (const Remediation &o : plan.remediations)
                if (o.kind() == RemediationKind::Namespace && o.target().name == r.target().name)
                    for (const Part &p : o.parts())
                        QVERIFY(!(p.name == u"default-deny" && p.enabled));
    }
    const Inventory reloaded = loadText(all);
    QVERIFY2(reloaded.diagnostics().empty(), qPrintable(diagnosticsText(reloaded)));
    // Only controls with findings drive parts: filter to one control.
    PlanOptions only;
    only.fix.onlyControls = {u"NSA-POD-04"_qs};
    const Plan one = planFixes(inv, scan, only);
    QVERIFY(!one.remediations.empty());
    for (const Remediation &r : one.remediations) {
        QCOMPARE(r.controls(), QStringList{u"NSA-POD-04"_qs});
        QVERIFY(!r.patch().contains(u"runAsUser"_qs));
    }
}

namespace {
using Run = parapet::test::CliRun;
Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    return parapet::test::runCommand(args, stdinData);
}
} // namespace

void TestRemediation::cliFix()
{
    const QString guestbook = QStringLiteral(PARAPET_CORPUS "/guestbook");
    if (!QDir(guestbook).exists())
        QSKIP("corpus folder missing");
    // yaml to stdout: loads again as the fixed objects.
    Run r = runCli({u"fix"_qs, guestbook});
    QCOMPARE(r.code, 0);
    Inventory out = loadText(r.out);
    QVERIFY2(out.diagnostics().empty(), qPrintable(diagnosticsText(out)));
    QVERIFY(out.find(u"Deployment", u"default", u"frontend"));
    QVERIFY(out.find(u"NetworkPolicy", u"default", u"default-deny"));
    // The guestbook names no namespace: neither do the new objects.
    QVERIFY(!out.find(u"NetworkPolicy", u"default", u"default-deny")
                 ->root()
                 .path("metadata.namespace")
                 .isValid());
    QVERIFY(r.out.contains(u"# WARNING: read-only-root"_qs));

    // One object, one control, a part off.
    r = runCli({u"fix"_qs, guestbook, u"--object"_qs, u"deploy default/frontend"_qs,
                u"--control"_qs, u"NSA-POD-01,NSA-POD-13"_qs, u"--without"_qs, u"non-root"_qs});
    QCOMPARE(r.code, 0);
    out = loadText(r.out);
    QCOMPARE(out.size(), 1);
    const Node spec = out.at(0).root().path("spec.template.spec");
    QVERIFY(!spec.path("securityContext.runAsNonRoot").isValid());
    QCOMPARE(spec.path("containers[0].securityContext.allowPrivilegeEscalation").toBool(),
             std::optional<bool>(false));
    QVERIFY(!spec.path("containers[0].securityContext.readOnlyRootFilesystem").isValid());

    // patch format: strategic-merge patches with their kubectl command.
    r = runCli({u"fix"_qs, guestbook, u"--format"_qs, u"patch"_qs, u"--object"_qs,
                u"Deployment default/redis-master"_qs, u"--control"_qs, u"NSA-POD-04"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"# apply: kubectl patch deployment redis-master -n default --type "
                           "strategic --patch-file deployment-default-redis-master.patch.yaml"_qs));
    QString error;
    QCOMPARE(parseYaml(r.out, &error).size(), std::size_t(1));
    QVERIFY(error.isEmpty());

    // json
    r = runCli({u"fix"_qs, guestbook, u"--format"_qs, u"json"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"\"remediations\""_qs));
    QVERIFY(r.out.contains(u"\"patchCommand\""_qs));

    // -o DIR: one file per object, each loading cleanly.
    QTemporaryDir dir;
    r = runCli({u"fix"_qs, guestbook, u"-o"_qs, dir.path()});
    QCOMPARE(r.code, 0);
    const QStringList files = QDir(dir.path()).entryList({u"*.yaml"_qs}, QDir::Files);
    QVERIFY(files.contains(u"deployment-frontend.yaml"_qs));
    QVERIFY(files.contains(u"networkpolicy-default-deny.yaml"_qs));
    for (const QString &f : files) {
        const Inventory one = ManifestLoader::loadPaths({QDir(dir.path()).filePath(f)});
        QVERIFY2(one.diagnostics().empty() && one.size() == 1, qPrintable(f));
    }
    QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(u"README.txt"_qs)));
    // The directory is not empty now: refused without --force, rewritten with it.
    r = runCli({u"fix"_qs, guestbook, u"-o"_qs, dir.path()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"not empty"_qs));
    r = runCli({u"fix"_qs, guestbook, u"-o"_qs, dir.path(), u"--force"_qs});
    QCOMPARE(r.code, 0);

    // overlay: a kustomize directory.
    QTemporaryDir overlay;
    r = runCli({u"fix"_qs, guestbook, u"--format"_qs, u"overlay"_qs, u"-o"_qs,
                overlay.filePath(u"fix"_qs)});
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo::exists(overlay.filePath(u"fix/kustomization.yaml"_qs)));
    QVERIFY(QFileInfo::exists(overlay.filePath(u"fix/base/deployment-frontend.yaml"_qs)));
    QVERIFY(QFileInfo::exists(overlay.filePath(u"fix/patches/deployment-frontend.yaml"_qs)));

    // diff: unified diffs against the source file.
    r = runCli({u"fix"_qs, guestbook, u"--format"_qs, u"diff"_qs, u"--object"_qs,
                u"deploy default/frontend"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"--- "_qs));
    QVERIFY(r.out.contains(u"guestbook-all-in-one.yaml\n@@ -"_qs));
    QVERIFY(r.out.contains(u"\n+          readOnlyRootFilesystem: true\n"_qs));
}

void TestRemediation::cliControlPlaneKey()
{
    const QString api =
        QStringLiteral(PARAPET_CORPUS "/control-plane/kube-apiserver-minikube-mirror-pod.yaml");
    if (!QFileInfo::exists(api))
        QSKIP("corpus folder missing");
    QTemporaryDir dir;
    Run r = runCli({u"fix"_qs, api, u"--control"_qs, u"NSA-NET-14"_qs, u"-o"_qs, dir.path()});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(u"encryption key"_qs)); // not shown unless asked
    const QString cfg = QDir(dir.path()).filePath(u"control-plane/encryption-config.yaml"_qs);
    QVERIFY(QFileInfo::exists(cfg));
    QCOMPARE(QFileInfo(cfg).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // json (a plan) never holds a key.
    r = runCli({u"fix"_qs, api, u"--control"_qs, u"NSA-NET-14"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(u"secret:"_qs));
    QVERIFY(r.out.contains(u"\"encryption-at-rest\""_qs));

    QTemporaryDir shown;
    r = runCli({u"fix"_qs, api, u"--control"_qs, u"NSA-NET-14"_qs, u"-o"_qs, shown.path(),
                u"--show-key"_qs});
    QCOMPARE(r.code, 0);
    const QString line =
        r.out.section(u"shown this once"_qs, 1).section(u": "_qs, 1).section(u'\n', 0, 0);
    QCOMPARE(QByteArray::fromBase64(line.toLatin1()).size(), 32);
    QFile f(QDir(shown.path()).filePath(u"control-plane/encryption-config.yaml"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(line.toLatin1()));
    QVERIFY(!r.err.contains(line)); // not in diagnostics
}

void TestRemediation::cliUsageErrors()
{
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--without"_qs, u"bogus"_qs}).code, 2);
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--control"_qs, u"NSA-XYZ-01"_qs}).code, 2);
    // A control with a remediation in CONTROLS.md that is guidance only.
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--control"_qs, u"NSA-POD-10"_qs}).code, 2);
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--format"_qs, u"overlay"_qs}).code, 2);
    QCOMPARE(
        runCli({u"fix"_qs, u"--demo"_qs, u"--format"_qs, u"diff"_qs, u"-o"_qs, u"/tmp/x"_qs}).code,
        2);
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--force"_qs}).code, 2);
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--format"_qs, u"xml"_qs}).code, 2);
    QCOMPARE(runCli({u"fix"_qs, u"--demo"_qs, u"--object"_qs, u"nonsense"_qs}).code, 2);
    QCOMPARE(
        runCli({u"fix"_qs, u"--demo"_qs, u"--format"_qs, u"json"_qs, u"-o"_qs, u"/tmp/x"_qs}).code,
        2);
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
