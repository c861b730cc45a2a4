// Fix sets: RBAC narrowing (subset per models/rbac, re-scan clean), binding subjects and
// deletion, control-plane files (re-scan of the fixed kube-apiserver manifest, key handling),
// the unified diff against diff(1) and patch(1), and the kustomize overlay built by the real
// `kubectl kustomize` into exactly the fixed objects, for the demo cluster and corpus files.

#include "checks/scanner.h"
#include "fixtests.h"
#include "kube/typedviews.h"
#include "kube/yamlwriter.h"
#include "remediation/fixset.h"
#include "remediation/remediation.h"
#include "sources/manifestloader.h"
#include "sources/parselimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::remediation;
using namespace parapet::test;

namespace {

QString refKey(const KubeObject &o)
{
    return o.kind() + u' ' + o.ns() + u'/' + o.name();
}

/// The inventory after applying \a fixes: rewritten objects replaced, deleted ones gone, new
/// ones added; control-plane fixes replace the API server pod with their fixed manifest.
Inventory applyFixes(const Inventory &inv, const std::vector<Remediation> &fixes)
{
    QHash<QString, QString> replaced; // refKey -> yaml
    QSet<QString> deleted;
    QStringList added;
    for (const Remediation &r : fixes) {
        for (const GeneratedManifest &m : r.manifests()) {
            if (m.isNew) {
                added.append(m.yaml);
                continue;
            }
            const KubeObject *o = inv.find(
                m.object.kind, m.object.ns.isEmpty() ? r.target().ns : m.object.ns, m.object.name);
            if (!o)
                o = inv.find(m.object.kind, m.object.ns, m.object.name);
            if (o)
                replaced.insert(refKey(*o), m.yaml);
        }
        for (const checks::ObjectRef &d : r.deletions())
            deleted.insert(d.kind + u' ' + d.ns + u'/' + d.name);
        for (const ConfigFile &f : r.files())
            if (f.relativePath.endsWith(u".manifest.yaml"))
                if (const KubeObject *o = inv.find(r.target().kind, r.target().ns, r.target().name))
                    replaced.insert(refKey(*o), f.content);
    }
    QString all;
    for (const KubeObject &o : inv.objects()) {
        const QString key = refKey(o);
        if (deleted.contains(key))
            continue;
        QString yaml = replaced.value(key, toYaml(o.root()));
        // Keep the effective namespace of objects whose namespace was defaulted.
        all += QStringLiteral("---\n") + yaml;
        if (!all.endsWith(u'\n'))
            all += u'\n';
    }
    for (const QString &y : added)
        all += QStringLiteral("---\n") + y;
    ManifestLoader loader;
    loader.addData(QStringLiteral("fixed.yaml"), all.toUtf8());
    SourceInfo info = inv.source();
    return loader.load(info);
}

QString run(const QString &program, const QStringList &args, const QByteArray &input = {},
            int *exitCode = nullptr, QString *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

const char *kRiskyRole = R"(apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-admin
  namespace: shop
  labels:
    team: payments
  annotations:
    example.com/owner: alice
rules:
# keeps
- apiGroups: ["apps"]
  resources: ["deployments", "replicasets"]
  verbs: ["get", "list", "watch", "update"]
# secrets read goes, configmaps stay
- apiGroups: [""]
  resources: ["configmaps", "secrets"]
  verbs: ["get", "list", "create"]
# exec goes, logs stay
- apiGroups: [""]
  resources: ["pods/exec", "pods/log", "pods/attach"]
  verbs: ["get", "create"]
# named secret read is not flagged: stays
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: ["app-tls"]
  verbs: ["get"]
# verbs wildcard on services: standard verbs
- apiGroups: [""]
  resources: ["services"]
  verbs: ["*"]
# escalate and bind go
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["roles", "rolebindings"]
  verbs: ["get", "bind", "escalate"]
# every resource: removed
- apiGroups: ["batch"]
  resources: ["*"]
  verbs: ["get"]
# create pods goes, delete stays; events delete goes
- apiGroups: [""]
  resources: ["pods", "events"]
  verbs: ["create", "delete"]
)";

const char *kBindings = R"(apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-view
subjects:
- kind: Group
  name: system:unauthenticated
  apiGroup: rbac.authorization.k8s.io
- kind: Group
  name: ops
  apiGroup: rbac.authorization.k8s.io
- kind: User
  name: system:anonymous
  apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: view
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: anonymous-only
  namespace: shop
subjects:
- kind: User
  name: system:anonymous
  apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: reader
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get"]
)";

/// The one YAML document of \a text (configuration files have no metadata.name: not objects).
std::shared_ptr<const Document> parseOne(const QString &text)
{
    std::vector<std::shared_ptr<const Document>> docs;
    bool failed = false;
    const QByteArray bytes = text.toUtf8();
    parseYamlStream(
        bytes, ParseLimits{}, [&](ParsedDocument d) { docs.push_back(d.document); },
        [&](Error) { failed = true; });
    return !failed && docs.size() == 1 ? docs[0] : nullptr;
}

std::vector<rbac::Rule> rulesOfText(const KubeObject &o)
{
    std::vector<rbac::Rule> out;
    for (const PolicyRule &r : rulesOf(o))
        out.push_back({r.verbs, r.apiGroups, r.resources, r.resourceNames, r.nonResourceURLs});
    return out;
}

} // namespace

class TestFixSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleNarrowedIsSubsetAndRescansClean();
    void subsetCheckDetectsWidening();
    void bindingSubjectsAndDeletion();
    void controlPlaneFilesRescanClean();
    void encryptionKeyOnlyInSecretFile();
    void unifiedDiffMatchesDiffAndPatch();
    void remediationDiffAppliesToSourceFile();
    void writeRefusesNonEmptyDir();
    void overlayBuildsWithKubectlKustomize_data();
    void overlayBuildsWithKubectlKustomize();
    void fixableControlsHaveGenerators();
};

void TestFixSet::roleNarrowedIsSubsetAndRescansClean()
{
    const Inventory inv = loadText(QString::fromUtf8(kRiskyRole));
    QVERIFY2(!inv.hasErrors(), qPrintable(diagnosticsText(inv)));
    const KubeObject &role = inv.at(0);
    const QSet<QString> before = findingKeys(checks::scan(inv));
    for (const char *c :
         {"NSA-NET-16", "NSA-AUTH-07", "NSA-AUTH-08", "NSA-AUTH-09", "NSA-AUTH-10", "NSA-LOG-07"})
        QVERIFY2(before.contains(QLatin1String(c) + QStringLiteral(" Role shop/app-admin")), c);

    auto fix = fixRole(role);
    QVERIFY2(fix.ok(), fix.ok() ? "" : qPrintable(fix.error().message));
    QCOMPARE(fix->manifests().size(), std::size_t(1));
    const Inventory fixed = loadText(fix->manifests()[0].yaml);
    QVERIFY2(!fixed.hasErrors(), qPrintable(diagnosticsText(fixed)));
    // Only the namespace's own findings (no NetworkPolicy etc. in this one-object source) stay.
    QSet<QString> after = findingKeys(checks::scan(fixed));
    after.removeIf(
        [&](const QString &k) { return k.endsWith(u" Namespace shop"_qs) && before.contains(k); });
    QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.begin(), after.end()).join(u'\n')));

    // Never widens, per models/rbac: every narrowed grant is an original grant.
    const auto oldRules = rulesOfText(role), newRules = rulesOfText(fixed.at(0));
    QVERIFY(grantsSubset(newRules, oldRules));
    QVERIFY(!grantsSubset(oldRules, newRules)); // and it did remove something
    const auto allows = [](const std::vector<rbac::Rule> &rules, const rbac::Request &r) {
        return std::any_of(rules.begin(), rules.end(),
                           [&](const rbac::Rule &x) { return rbac::ruleAllows(r, x); });
    };
    using R = rbac::Request;
    // Kept rights.
    for (const R &r :
         {R::forResource(u"update"_qs, u"apps"_qs, u"deployments"_qs),
          R::forResource(u"create"_qs, QString(), u"configmaps"_qs),
          R::forResource(u"get"_qs, QString(), u"configmaps"_qs),
          R::forResource(u"get"_qs, QString(), u"pods"_qs, u"log"_qs),
          R::forResource(u"get"_qs, QString(), u"secrets"_qs, {}, u"shop"_qs, u"app-tls"_qs),
          R::forResource(u"deletecollection"_qs, QString(), u"services"_qs),
          R::forResource(u"get"_qs, u"rbac.authorization.k8s.io"_qs, u"roles"_qs),
          R::forResource(u"delete"_qs, QString(), u"pods"_qs),
          R::forResource(u"create"_qs, QString(), u"secrets"_qs)})
        QVERIFY2(allows(newRules, r), qPrintable(r.toString()));
    // Removed rights.
    for (const R &r : {R::forResource(u"get"_qs, QString(), u"secrets"_qs),
                       R::forResource(u"create"_qs, QString(), u"pods"_qs, u"exec"_qs),
                       R::forResource(u"create"_qs, QString(), u"pods"_qs, u"attach"_qs),
                       R::forResource(u"bind"_qs, u"rbac.authorization.k8s.io"_qs, u"roles"_qs),
                       R::forResource(u"get"_qs, u"batch"_qs, u"jobs"_qs),
                       R::forResource(u"create"_qs, QString(), u"pods"_qs),
                       R::forResource(u"delete"_qs, QString(), u"events"_qs),
                       R::forResource(u"use"_qs, QString(), u"services"_qs)})
        QVERIFY2(!allows(newRules, r), qPrintable(r.toString()));

    // The object's other fields stay, in order; the warnings say what went.
    const Node meta = fixed.at(0).metadata();
    QCOMPARE(meta["labels"]["team"].toString(), u"payments"_qs);
    QCOMPARE(meta["annotations"]["example.com/owner"].toString(), u"alice"_qs);
    QStringList keys;
    for (const auto &[k, v] : fixed.at(0).root().children())
        keys.append(k.toString());
    QCOMPARE(keys, (QStringList{u"apiVersion"_qs, u"kind"_qs, u"metadata"_qs, u"rules"_qs}));
    QCOMPARE(rulesOfText(fixed.at(0))[0], oldRules[0]); // untouched rule identical
    const QString warnings = fix->warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"removed the rule"_qs) && warnings.contains(u"get secrets"_qs),
             qPrintable(warnings));
    QVERIFY(fix->patchCommand().startsWith(u"kubectl patch role app-admin -n shop"_qs));

    // Only the controls asked for: secrets read goes, exec stays.
    FixOptions only;
    only.onlyControls = {u"NSA-NET-16"_qs};
    auto partial = fixRole(role, only);
    QVERIFY(partial.ok());
    const auto partialRules = rulesOfText(loadText(partial->manifests()[0].yaml).at(0));
    QVERIFY(grantsSubset(partialRules, oldRules));
    QVERIFY(allows(partialRules, R::forResource(u"create"_qs, QString(), u"pods"_qs, u"exec"_qs)));
    QVERIFY(!allows(partialRules, R::forResource(u"list"_qs, QString(), u"secrets"_qs)));
    QCOMPARE(partial->controls(), QStringList{u"NSA-NET-16"_qs});
}

void TestFixSet::subsetCheckDetectsWidening()
{
    const std::vector<rbac::Rule> original{
        {{u"get"_qs}, {QString()}, {u"pods"_qs}, {}, {}},
        {{u"get"_qs}, {QString()}, {u"secrets"_qs}, {u"one"_qs}, {}},
    };
    QVERIFY(grantsSubset(original, original));
    QVERIFY(!grantsSubset({{{u"list"_qs}, {QString()}, {u"pods"_qs}, {}, {}}}, original));
    QVERIFY(!grantsSubset({{{u"get"_qs}, {QString()}, {u"secrets"_qs}, {}, {}}}, original));
    QVERIFY(!grantsSubset({{{u"get"_qs}, {u"*"_qs}, {u"pods"_qs}, {}, {}}}, original));
    QVERIFY(!grantsSubset({{{u"get"_qs}, {QString()}, {u"pods/log"_qs}, {}, {}}}, original));
    QVERIFY(!grantsSubset({{{u"get"_qs}, {}, {}, {}, {u"/metrics"_qs}}}, original));
    QVERIFY(grantsSubset({{{u"get"_qs}, {QString()}, {u"secrets"_qs}, {u"one"_qs}, {}}}, original));
}

void TestFixSet::bindingSubjectsAndDeletion()
{
    const Inventory inv = loadText(QString::fromUtf8(kBindings));
    QVERIFY2(!inv.hasErrors(), qPrintable(diagnosticsText(inv)));
    const checks::ScanResult scan = checks::scan(inv);
    const QSet<QString> before = findingKeys(scan);
    QVERIFY(before.contains(u"NSA-AUTH-01 ClusterRoleBinding public-view"_qs));
    QVERIFY(before.contains(u"NSA-AUTH-01 RoleBinding shop/anonymous-only"_qs));

    PlanOptions rbacOnly;
    rbacOnly.fix.onlyControls = {u"NSA-AUTH-01"_qs, u"NSA-AUTH-07"_qs};
    const Plan plan = planFixes(inv, scan, rbacOnly);
    QCOMPARE(plan.remediations.size(), std::size_t(2));
    const Remediation *keep = nullptr, *gone = nullptr;
    for (const Remediation &r : plan.remediations)
        (r.deletions().empty() ? keep : gone) = &r;
    QVERIFY(keep && gone);
    QCOMPARE(keep->kind(), RemediationKind::Rbac);
    const Inventory kept = loadText(keep->manifests()[0].yaml);
    const std::vector<Subject> subjects = subjectsOf(kept.at(0));
    QCOMPARE(subjects.size(), std::size_t(1));
    QCOMPARE(subjects[0].name, u"ops"_qs);
    QVERIFY(gone->manifests().empty());
    QCOMPARE(gone->commands(),
             QStringList{u"kubectl delete rolebinding anonymous-only -n shop"_qs});

    const Inventory after = applyFixes(inv, plan.remediations);
    QVERIFY2(!after.hasErrors(), qPrintable(diagnosticsText(after)));
    QSet<QString> left = findingKeys(checks::scan(after));
    left.removeIf(
        [&](const QString &k) { return k.endsWith(u" Namespace shop"_qs) && before.contains(k); });
    QVERIFY2(left.isEmpty(), qPrintable(QStringList(left.begin(), left.end()).join(u'\n')));

    // Every format says what to delete.
    for (FixSetFormat f : {FixSetFormat::Overlay, FixSetFormat::Yaml, FixSetFormat::Patch}) {
        auto files = renderFixSet(inv, plan.remediations, f);
        QVERIFY(files.ok());
        bool listed = false;
        for (const FixFile &ff : *files)
            listed = listed || (ff.relativePath.endsWith(u".sh"_qs) &&
                                ff.content.contains("kubectl delete rolebinding anonymous-only"));
        QVERIFY(listed);
    }
}

void TestFixSet::controlPlaneFilesRescanClean()
{
    const QString file = QStringLiteral(PARAPET_CORPUS "/control-plane/"
                                                       "kube-apiserver-minikube-mirror-pod.yaml");
    if (!QFileInfo::exists(file))
        QSKIP("the shared corpus is not beside the checkout");
    const Inventory inv = ManifestLoader::loadPaths({file});
    const checks::ScanResult scan = checks::scan(inv);
    const QSet<QString> before = findingKeys(scan);
    PlanOptions options;
    options.fix.onlyControls = {u"NSA-LOG-01"_qs, u"NSA-LOG-03"_qs, u"NSA-NET-14"_qs};
    const Plan plan = planFixes(inv, scan, options);
    QCOMPARE(plan.remediations.size(), std::size_t(1));
    const Remediation &r = plan.remediations[0];
    QCOMPARE(r.kind(), RemediationKind::ControlPlane);
    QCOMPARE(r.controls(),
             (QStringList{u"NSA-NET-14"_qs, u"NSA-LOG-01"_qs, u"NSA-LOG-02"_qs, u"NSA-LOG-03"_qs}));
    QStringList paths;
    for (const ConfigFile &f : r.files())
        paths.append(f.relativePath);
    QVERIFY(paths.contains(u"control-plane/audit-policy.yaml"_qs));
    QVERIFY(paths.contains(u"control-plane/INSTRUCTIONS.md"_qs));
    QVERIFY(r.commands().contains(
        u"kubectl get secrets --all-namespaces -o json | kubectl replace -f -"_qs));

    // The audit policy is a valid audit.k8s.io/v1 Policy with the tiers.
    for (const ConfigFile &f : r.files()) {
        if (f.relativePath != u"control-plane/audit-policy.yaml")
            continue;
        const auto doc = parseOne(f.content);
        QVERIFY(doc);
        const Node p(doc.get(), 0);
        QCOMPARE(p["kind"].toString(), u"Policy"_qs);
        QCOMPARE(p["apiVersion"].toString(), u"audit.k8s.io/v1"_qs);
        QStringList levels;
        for (const auto &[k, rule] : p["rules"].children())
            levels.append(rule["level"].toString());
        QVERIFY(levels.contains(u"None"_qs) && levels.contains(u"RequestResponse"_qs));
        QCOMPARE(levels.last(), u"Metadata"_qs);
    }

    // The fixed static-pod manifest passes the controls; nothing new fails.
    const Inventory after = applyFixes(inv, plan.remediations);
    QVERIFY2(!after.hasErrors(), qPrintable(diagnosticsText(after)));
    const QSet<QString> left = findingKeys(checks::scan(after));
    for (const QString &k : left) {
        QVERIFY2(before.contains(k), qPrintable(u"new finding: "_qs + k));
        QVERIFY2(!k.startsWith(u"NSA-LOG-01"_qs) && !k.startsWith(u"NSA-LOG-03"_qs) &&
                     !k.startsWith(u"NSA-NET-14"_qs),
                 qPrintable(u"not fixed: "_qs + k));
    }
}

void TestFixSet::encryptionKeyOnlyInSecretFile()
{
    const QString file = QStringLiteral(PARAPET_CORPUS "/control-plane/"
                                                       "kube-apiserver-minikube-mirror-pod.yaml");
    if (!QFileInfo::exists(file))
        QSKIP("the shared corpus is not beside the checkout");
    const Inventory inv = ManifestLoader::loadPaths({file});
    const KubeObject *api = nullptr;
    for (const KubeObject &o : inv.objects())
        if (o.kind() == u"Pod")
            api = &o;
    QVERIFY(api);
    FixOptions opts;
    opts.onlyControls = {u"NSA-NET-14"_qs};
    auto fix = fixControlPlane(*api, opts);
    QVERIFY(fix.ok());
    QCOMPARE(fix->encryptionProvider(), u"secretbox"_qs);
    std::vector<Remediation> fixes{*fix};

    auto key = generateEncryptionKey();
    QVERIFY(key.ok());
    QCOMPARE(key->size(), 32);
    RenderOptions ro;
    ro.encryptionKey = *key;
    auto files = renderFixSet(inv, fixes, FixSetFormat::Yaml, ro);
    QVERIFY(files.ok());
    const QByteArray b64 = key->toBase64();
    int secrets = 0;
    for (const FixFile &f : *files) {
        if (f.secret) {
            ++secrets;
            QCOMPARE(f.relativePath, u"control-plane/encryption-config.yaml"_qs);
            const auto doc = parseOne(QString::fromUtf8(f.content));
            QVERIFY(doc);
            const Node enc(doc.get(), 0);
            QCOMPARE(enc["apiVersion"].toString(), u"apiserver.config.k8s.io/v1"_qs);
            const Node providers = enc["resources"].at(0)["providers"];
            QCOMPARE(
                QByteArray::fromBase64(
                    providers.at(0)["secretbox"]["keys"].at(0)["secret"].toString().toLatin1()),
                *key);
            QVERIFY(providers.at(1)["identity"].isMap());
        } else {
            QVERIFY2(!f.content.contains(b64), qPrintable(f.relativePath));
        }
    }
    QCOMPARE(secrets, 1);
    // Two renders without a given key: two different fresh keys.
    auto a = renderFixSet(inv, fixes, FixSetFormat::Yaml);
    auto b = renderFixSet(inv, fixes, FixSetFormat::Yaml);
    QByteArray ka, kb;
    for (const FixFile &f : *a)
        if (f.secret)
            ka = f.content;
    for (const FixFile &f : *b)
        if (f.secret)
            kb = f.content;
    QVERIFY(!ka.isEmpty() && ka != kb);

    // Written 0600.
    QTemporaryDir dir;
    auto written = writeFixSet(dir.path(), *files);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    const QFileInfo info(dir.filePath(u"control-plane/encryption-config.yaml"_qs));
    QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                   QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(info.permissions() & QFileDevice::ReadOwner);
}

void TestFixSet::unifiedDiffMatchesDiffAndPatch()
{
    const QString diffTool = QStandardPaths::findExecutable(u"diff"_qs);
    const QString patchTool = QStandardPaths::findExecutable(u"patch"_qs);
    if (diffTool.isEmpty() || patchTool.isEmpty())
        QSKIP("diff or patch is not installed");
    QCOMPARE(unifiedDiff(u"a\n"_qs, u"a\n"_qs, u"x"_qs, u"y"_qs), QString());

    struct Case
    {
        QString a, b;
    };
    std::vector<Case> cases = {
        {u"a\nb\nc\n"_qs, u"a\nB\nc\n"_qs},
        {u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"_qs,
         u"1\n2\nx\n4\n5\n6\n7\n8\n9\n10\ny\n12\n"_qs},
        {QString(), u"new\nfile\n"_qs},
        {u"old\nfile\n"_qs, QString()},
        {u"a\nb"_qs, u"a\nb\n"_qs},
        {u"a\nb\n"_qs, u"a\nc"_qs},
        {u"k: 1\nl: 2\n"_qs, u"j: 0\nk: 1\nl: 2\nm: 3\n"_qs},
    };
    // Random edits of a 60-line text.
    QRandomGenerator rng(7);
    for (int n = 0; n < 40; ++n) {
        QStringList a, b;
        for (int i = 0; i < 60; ++i)
            a.append(QStringLiteral("line %1").arg(rng.bounded(20)));
        b = a;
        for (int e = 0; e < 1 + int(rng.bounded(8)); ++e) {
            const int at = int(rng.bounded(int(b.size()) + 1));
            switch (rng.bounded(3)) {
            case 0:
                b.insert(at, QStringLiteral("new %1").arg(rng.bounded(5)));
                break;
            case 1:
                if (at < b.size())
                    b.removeAt(at);
                break;
            default:
                if (at < b.size())
                    b[at] = QStringLiteral("changed %1").arg(rng.bounded(5));
            }
        }
        cases.push_back({a.join(u'\n') + u'\n', b.join(u'\n') + u'\n'});
    }
    QTemporaryDir dir;
    int identical = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        const QString oldPath = dir.filePath(u"old.txt"_qs), newPath = dir.filePath(u"new.txt"_qs);
        for (const auto &[path, text] : {std::pair(oldPath, c.a), std::pair(newPath, c.b)}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
        }
        const QString ours = unifiedDiff(c.a, c.b, oldPath, newPath);
        // patch(1) turns the old text into the new one with our diff.
        const QString outPath = dir.filePath(u"out.txt"_qs);
        QFile::remove(outPath);
        int code = -1;
        QString errors;
        run(patchTool, {u"-s"_qs, u"-o"_qs, outPath, oldPath}, ours.toUtf8(), &code, &errors);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("case %1: %2\n%3").arg(i).arg(errors, ours)));
        QFile out(outPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(out.readAll()), c.b);
        // Same hunks as diff -u, headers aside (timestamps), where the minimal diff is unique.
        const QString theirs = run(diffTool, {u"-u"_qs, oldPath, newPath});
        const auto body = [](const QString &d) { return d.section(u'\n', 2); };
        if (i < 7) {
            QCOMPARE(body(ours), body(theirs));
            ++identical;
        } else if (body(ours) == body(theirs)) {
            ++identical;
        }
    }
    qInfo("%d of %zu diffs byte-identical to diff -u (all applied by patch)", identical,
          cases.size());
}

void TestFixSet::remediationDiffAppliesToSourceFile()
{
    const QString patchTool = QStandardPaths::findExecutable(u"patch"_qs);
    if (patchTool.isEmpty())
        QSKIP("patch is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rbac.yaml"_qs);
    const QString text = u"# leading comment\n---\n"_qs + QString::fromUtf8(kBindings) +
                         u"---\n# trailing comment\n"_qs + QString::fromUtf8(kRiskyRole);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    const Inventory inv = ManifestLoader::loadPaths({path});
    QVERIFY2(!inv.hasErrors(), qPrintable(diagnosticsText(inv)));
    PlanOptions rbacOnly;
    rbacOnly.fix.onlyControls = {u"NSA-AUTH-01"_qs, u"NSA-AUTH-07"_qs, u"NSA-AUTH-08"_qs,
                                 u"NSA-AUTH-09"_qs, u"NSA-AUTH-10"_qs, u"NSA-NET-16"_qs,
                                 u"NSA-LOG-07"_qs};
    const checks::ScanResult before = checks::scan(inv);
    const Plan plan = planFixes(inv, before, rbacOnly);
    QCOMPARE(plan.remediations.size(), std::size_t(3));
    QString all;
    int diffs = 0;
    for (const Remediation &r : plan.remediations) {
        const QString d = remediationDiff(inv, r);
        const bool rewrites = !r.deletions().empty() ||
                              std::any_of(r.manifests().begin(), r.manifests().end(),
                                          [](const GeneratedManifest &m) { return !m.isNew; });
        QCOMPARE(d.isEmpty(), !rewrites); // new objects have no original text
        if (!rewrites)
            continue;
        ++diffs;
        QVERIFY(d.startsWith(u"--- "_qs + path + u"\n+++ "_qs + path + u'\n'));
        QVERIFY(d.contains(u"\n@@ -"_qs));
        all += d;
        // The document's own text.
        const KubeObject *o = inv.find(r.target().kind, r.target().ns, r.target().name);
        QVERIFY(o);
        auto original = originalText(*o);
        QVERIFY(original.ok());
        QVERIFY(text.contains(*original));
    }
    QCOMPARE(diffs, 3);
    // All the diffs, applied to the file at once.
    {
        int code = -1;
        QString errors;
        run(patchTool, {u"-s"_qs, path}, all.toUtf8(), &code, &errors);
        QVERIFY2(code == 0, qPrintable(errors + all));
    }
    const Inventory patched = ManifestLoader::loadPaths({path});
    QVERIFY2(!patched.hasErrors(), qPrintable(diagnosticsText(patched)));
    QVERIFY(patched.find(u"RoleBinding"_qs, u"shop"_qs, u"anonymous-only"_qs) == nullptr);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString patchedText = QString::fromUtf8(f.readAll());
    QVERIFY(patchedText.startsWith(u"# leading comment\n"_qs));
    QVERIFY(patchedText.contains(u"# trailing comment\n"_qs));
    // The patched file is the fixed set: same objects as applying the fixes.
    const Inventory expected = applyFixes(inv, plan.remediations);
    QCOMPARE(patched.size(), expected.size());
    for (const KubeObject &o : expected.objects()) {
        const KubeObject *p = patched.find(o.kind(), o.ns(), o.name());
        QVERIFY2(p, qPrintable(o.reference()));
        QCOMPARE(canonical(p->root(), ListOrder::SortedKeyed),
                 canonical(o.root(), ListOrder::SortedKeyed));
    }
    QSet<QString> left = findingKeys(checks::scan(patched));
    const QSet<QString> old = findingKeys(before);
    left.removeIf(
        [&](const QString &k) { return k.endsWith(u" Namespace shop"_qs) && old.contains(k); });
    QVERIFY2(left.isEmpty(), qPrintable(QStringList(left.begin(), left.end()).join(u'\n')));
}

void TestFixSet::writeRefusesNonEmptyDir()
{
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(u"mine.txt"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const std::vector<FixFile> files{{u"a.yaml"_qs, "a: 1\n", false},
                                     {u"sub/b.yaml"_qs, "b: 2\n", false}};
    auto refused = writeFixSet(dir.path(), files);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"not empty"_qs));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"a.yaml"_qs)));
    auto written = writeFixSet(dir.path(), files, true);
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 2);
    QVERIFY(QFileInfo::exists(dir.filePath(u"sub/b.yaml"_qs)));
    QFile mine(dir.filePath(u"mine.txt"_qs));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("keep me"));
    // Nothing outside the directory.
    QVERIFY(!writeFixSet(dir.filePath(u"new"_qs), {{u"../escape.yaml"_qs, "x", false}}).ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"escape.yaml"_qs)));
    // A new directory is created.
    QVERIFY(writeFixSet(dir.filePath(u"fresh/deeper"_qs), files).ok());
}

void TestFixSet::overlayBuildsWithKubectlKustomize_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("demo") << QString();
    for (const char *p :
         {"guestbook", "ingress-nginx", "metrics-server", "kube-prometheus", "argo-cd"})
        QTest::newRow(p) << QStringLiteral(PARAPET_CORPUS "/") + QLatin1String(p);
    QTest::newRow("rbac-text") << u"rbac-text"_qs;
}

void TestFixSet::overlayBuildsWithKubectlKustomize()
{
    QFETCH(QString, source);
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_qs);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: the overlay cannot be built here");
    Inventory inv;
    QTemporaryDir srcDir;
    if (source.isEmpty()) {
        inv = ManifestLoader::loadDemo();
    } else if (source == u"rbac-text") {
        const QString path = srcDir.filePath(u"rbac.yaml"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kBindings);
        f.write("---\n");
        f.write(kRiskyRole);
        f.close();
        inv = ManifestLoader::loadPaths({path});
    } else {
        if (!QFileInfo::exists(source))
            QSKIP("the shared corpus is not beside the checkout");
        inv = ManifestLoader::loadPaths({source});
    }
    const checks::ScanResult scan = checks::scan(inv);
    const Plan plan = planFixes(inv, scan);
    QVERIFY(!plan.remediations.empty());
    auto files = renderFixSet(inv, plan.remediations, FixSetFormat::Overlay);
    QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().toString()));
    QTemporaryDir out;
    QVERIFY(writeFixSet(out.path(), *files).ok());

    int code = -1;
    QString errors;
    const QString built = run(kubectl, {u"kustomize"_qs, out.path()}, {}, &code, &errors);
    QVERIFY2(code == 0, qPrintable(errors));
    const Inventory result = loadText(built, u"kustomize-output.yaml"_qs);
    QVERIFY2(!result.hasErrors(), qPrintable(diagnosticsText(result)));

    // Exactly the fixed and the new objects.
    QHash<QString, QString> expected;
    int rewritten = 0, created = 0;
    for (const Remediation &r : plan.remediations)
        for (const GeneratedManifest &m : r.manifests()) {
            const Inventory one = loadText(m.yaml);
            QCOMPARE(one.size(), 1);
            expected.insert(refKey(one.at(0)), canonical(one.at(0).root(), ListOrder::SortedKeyed));
            (m.isNew ? created : rewritten) += 1;
        }
    QCOMPARE(result.size(), qsizetype(expected.size()));
    for (const KubeObject &o : result.objects()) {
        QVERIFY2(expected.contains(refKey(o)), qPrintable(refKey(o)));
        const QString got = canonical(o.root(), ListOrder::SortedKeyed),
                      want = expected.value(refKey(o));
        if (got != want) {
            qsizetype i = 0;
            while (i < got.size() && i < want.size() && got[i] == want[i])
                ++i;
            QFAIL(qPrintable(refKey(o) + u"\n got: "_qs +
                             got.mid(std::max<qsizetype>(0, i - 200), 400) + u"\nwant: "_qs +
                             want.mid(std::max<qsizetype>(0, i - 200), 400)));
        }
    }
    qInfo("%s: %zu fixes, %d rewritten and %d new objects built by kubectl kustomize",
          qPrintable(source.isEmpty() ? u"demo"_qs : source.section(u'/', -1)),
          plan.remediations.size(), rewritten, created);

    // Re-scan: the fixed findings are gone and nothing new fails.
    const Inventory after = applyFixes(inv, plan.remediations);
    QVERIFY2(!after.hasErrors(), qPrintable(diagnosticsText(after)));
    const QSet<QString> before = findingKeys(scan);
    const QSet<QString> left = findingKeys(checks::scan(after));
    for (const QString &k : left) {
        if (before.contains(k))
            continue;
        // The one expected newcomer: a workload that breaks the baseline level, in a namespace
        // whose fix starts enforcing it, is reported as rejected (NSA-POD-07), as the
        // namespace fix's warning says.
        const QString ns = k.section(u' ', 2).section(u'/', 0, 0);
        const bool announced =
            k.startsWith(u"NSA-POD-07 "_qs) &&
            std::any_of(
                plan.remediations.begin(), plan.remediations.end(), [&](const Remediation &r) {
                    return r.kind() == RemediationKind::Namespace && r.target().name == ns &&
                           r.warnings().join(u' ').contains(u"are rejected"_qs);
                });
        QVERIFY2(announced, qPrintable(u"new finding: "_qs + k));
    }
    for (const Remediation &r : plan.remediations)
        for (const QString &c : r.controls())
            QVERIFY2(!left.contains(c + u' ' + r.target().toString()),
                     qPrintable(u"still failing: "_qs + c + u' ' + r.target().toString()));
}

void TestFixSet::fixableControlsHaveGenerators()
{
    const QStringList fixable = fixableControls();
    for (const char *c : {"NSA-POD-01", "NSA-POD-04", "NSA-NET-04", "NSA-NET-14", "NSA-NET-16",
                          "NSA-NET-17", "NSA-AUTH-01", "NSA-AUTH-07", "NSA-AUTH-08", "NSA-AUTH-09",
                          "NSA-AUTH-10", "NSA-LOG-01", "NSA-LOG-03", "NSA-LOG-07"})
        QVERIFY2(fixable.contains(QLatin1String(c)), c);
    // Each fixable control has a part, and each guidance-only control has a reason.
    for (const QString &c : fixable) {
        bool part = false;
        for (const PartInfo &p : partCatalogue())
            part = part || p.controlIds().contains(c);
        QVERIFY(part);
    }
    for (const GuidanceOnly &g : guidanceOnlyControls()) {
        QVERIFY2(!fixable.contains(QLatin1String(g.control)), g.control);
        QVERIFY(!g.reason().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFixSet)
#include "tst_fixset.moc"
