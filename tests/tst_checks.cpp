// Hardening checks: every control with passing and failing inputs (the tricky ones included),
// Pod Security Standards by version, exceptions, scores and the output formats.

#include "checks/checkcontext.h"
#include "checks/pss.h"
#include "checks/releases.h"
#include "checks/scanformats.h"
#include "checks/scanner.h"
#include "sources/manifestloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace parapet;
using namespace parapet::checks;

namespace {

const QDate kToday(2026, 11, 26);

Inventory load(const QByteArray &yaml, const QString &file = QStringLiteral("test.yaml"))
{
    ManifestLoader loader;
    loader.addData(file, yaml);
    return loader.load(SourceInfo{});
}

ScanResult scanYaml(const QByteArray &yaml, ScanOptions options = {})
{
    options.today = options.today == QDate::currentDate() ? kToday : options.today;
    const Inventory inv = load(yaml);
    if (inv.hasErrors()) {
        for (const Diagnostic &d : inv.diagnostics())
            qWarning("%s", qPrintable(d.toString()));
    }
    return scan(inv, options);
}

QByteArray pod(const QByteArray &spec, const QByteArray &ns = "app",
               const QByteArray &metadata = "")
{
    return "{apiVersion: v1, kind: Pod, metadata: {name: p, namespace: " + ns +
           (metadata.isEmpty() ? QByteArray() : ", " + metadata) + "}, spec: " + spec + "}\n";
}

/// Findings of \a id that are not excepted.
std::vector<const Finding *> failing(const ScanResult &r, const char *id)
{
    std::vector<const Finding *> out;
    for (const Finding *f : r.findingsOf(QString::fromLatin1(id)))
        if (!f->excepted)
            out.push_back(f);
    return out;
}

QString describe(const ScanResult &r, const char *id)
{
    QStringList lines;
    for (const Finding *f : r.findingsOf(QString::fromLatin1(id)))
        lines.append(f->object.toString() + u' ' + f->field + u'=' + f->value +
                     QStringLiteral(": ") + f->message);
    return lines.join(u'\n');
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data();
    void catalogue();
    void controls_data();
    void controls();
    void secretValuesNeverPrinted();
    void ownerOfPods();
    void pss_data();
    void pss();
    void podSecurityAdmission();
    void controlPlaneFlags();
    void controlPlaneNotVerifiable();
    void controlPlaneCorpus();
    void kubernetesVersions();
    void exceptionsFile();
    void exceptionsInvalid();
    void exceptionsApplied();
    void scores();
    void jsonContract();
    void sarif();
    void junit();
    void corpus_data();
    void corpus();
};

void TestChecks::catalogue_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("count");
    QTest::newRow("pod") << "NSA-POD-" << 20;
    QTest::newRow("net") << "NSA-NET-" << 17;
    QTest::newRow("auth") << "NSA-AUTH-" << 12;
    QTest::newRow("log") << "NSA-LOG-" << 9;
    QTest::newRow("upg") << "NSA-UPG-" << 4;
}

void TestChecks::catalogue()
{
    QFETCH(QString, prefix);
    QFETCH(int, count);
    QCOMPARE(int(checks::catalogue().size()), 62);
    int n = 0;
    for (const Control &c : checks::catalogue()) {
        if (!c.idString().startsWith(prefix))
            continue;
        ++n;
        QCOMPARE(c.idString(), prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')));
        QVERIFY2(!c.title().isEmpty() && !c.rationale().isEmpty() && !c.remediation().isEmpty(),
                 c.id);
        QVERIFY(findControl(c.idString()) == &c);
        if (!c.isCheckable())
            QVERIFY2(!c.manualCheck().isEmpty(), c.id);
    }
    QCOMPARE(n, count);
    // Every control has a result, in catalogue order; node-only ones are never a pass.
    const ScanResult r = scanYaml(pod("{containers: [{name: a, image: x:1}]}"));
    QCOMPARE(r.controls.size(), checks::catalogue().size());
    for (std::size_t i = 0; i < r.controls.size(); ++i) {
        const Control &c = checks::catalogue()[i];
        QCOMPARE(r.controls[i].control, &c);
        if (c.sources == FromNodes)
            QCOMPARE(r.controls[i].status, Status::NotVerifiable);
        if (c.sources & Informational)
            QCOMPARE(r.controls[i].status, Status::Info);
    }
}

void TestChecks::controls_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QString>("field"); // part of a failing finding's field path

    const QByteArray ok = "{name: a, image: reg/app:1.0}";
    // NSA-POD-01 non-root, with pod-level inheritance
    QTest::newRow("POD-01 pod runAsNonRoot inherited")
        << "NSA-POD-01" << pod("{securityContext: {runAsNonRoot: true}, containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-01 container runAsUser 1000")
        << "NSA-POD-01"
        << pod("{containers: [{name: a, image: x:1, securityContext: {runAsUser: 1000}}]}") << false
        << "";
    QTest::newRow("POD-01 nothing set") << "NSA-POD-01" << pod("{containers: [" + ok + "]}") << true
                                        << "containers[0].securityContext.runAsNonRoot";
    QTest::newRow("POD-01 runAsUser 0 with runAsNonRoot true")
        << "NSA-POD-01"
        << pod("{securityContext: {runAsNonRoot: true}, containers: [{name: a, image: x:1, "
               "securityContext: {runAsUser: 0}}]}")
        << true << "containers[0].securityContext.runAsUser";
    QTest::newRow("POD-01 pod runAsUser 0 inherited")
        << "NSA-POD-01"
        << pod("{securityContext: {runAsUser: 0, runAsNonRoot: true}, containers: [" + ok + "]}")
        << true << "spec.securityContext.runAsUser";
    QTest::newRow("POD-01 container overrides pod with false")
        << "NSA-POD-01"
        << pod("{securityContext: {runAsNonRoot: true}, containers: [{name: a, image: x:1, "
               "securityContext: {runAsNonRoot: false}}]}")
        << true << "containers[0].securityContext.runAsNonRoot";
    QTest::newRow("POD-01 pod runAsUser wins over container false")
        << "NSA-POD-01"
        << pod("{securityContext: {runAsUser: 1000}, containers: [{name: a, image: x:1, "
               "securityContext: {runAsNonRoot: false}}]}")
        << false << "";
    QTest::newRow("POD-01 init container root")
        << "NSA-POD-01"
        << pod("{initContainers: [{name: i, image: x:1}], containers: [{name: a, image: x:1, "
               "securityContext: {runAsUser: 1000}}]}")
        << true << "initContainers[0]";
    QTest::newRow("POD-01 user namespace")
        << "NSA-POD-01" << pod("{hostUsers: false, containers: [" + ok + "]}") << false << "";
    // NSA-POD-02 groups
    QTest::newRow("POD-02 pod runAsGroup")
        << "NSA-POD-02"
        << pod("{securityContext: {runAsGroup: 1000, fsGroup: 1000}, containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-02 unset") << "NSA-POD-02" << pod("{containers: [" + ok + "]}") << true
                                  << "runAsGroup";
    QTest::newRow("POD-02 fsGroup 0")
        << "NSA-POD-02"
        << pod("{securityContext: {runAsGroup: 1000, fsGroup: 0}, containers: [" + ok + "]}")
        << true << "spec.securityContext.fsGroup";
    QTest::newRow("POD-02 supplementalGroups 0")
        << "NSA-POD-02"
        << pod("{securityContext: {runAsGroup: 1, supplementalGroups: [5, 0]}, containers: [" + ok +
               "]}")
        << true << "supplementalGroups[1]";
    // NSA-POD-04 read-only root
    QTest::newRow("POD-04 read-only") << "NSA-POD-04"
                                      << pod("{containers: [{name: a, image: x:1, securityContext: "
                                             "{readOnlyRootFilesystem: true}}]}")
                                      << false << "";
    QTest::newRow("POD-04 writable")
        << "NSA-POD-04" << pod("{containers: [" + ok + "]}") << true << "readOnlyRootFilesystem";
    QTest::newRow("POD-04 ephemeral container")
        << "NSA-POD-04"
        << pod("{containers: [{name: a, image: x:1, securityContext: {readOnlyRootFilesystem: "
               "true}}], ephemeralContainers: [{name: dbg, image: busybox:1}]}")
        << true << "ephemeralContainers[0]";
    // NSA-POD-05 images
    QTest::newRow("POD-05 tag") << "NSA-POD-05"
                                << pod("{containers: [{name: a, image: 'reg:5000/app:1.2'}]}")
                                << false << "";
    QTest::newRow("POD-05 digest")
        << "NSA-POD-05" << pod("{containers: [{name: a, image: 'app@sha256:0123456789abcdef'}]}")
        << false << "";
    QTest::newRow("POD-05 no tag (registry port)")
        << "NSA-POD-05" << pod("{containers: [{name: a, image: 'reg:5000/app'}]}") << true
        << "containers[0].image";
    QTest::newRow("POD-05 latest")
        << "NSA-POD-05" << pod("{containers: [{name: a, image: 'nginx:latest'}]}") << true
        << "containers[0].image";
    QTest::newRow("POD-05 alpine floats")
        << "NSA-POD-05" << pod("{containers: [{name: a, image: 'redis:alpine'}]}") << true
        << "containers[0].image";
    QTest::newRow("POD-05 version with suffix")
        << "NSA-POD-05" << pod("{containers: [{name: a, image: 'redis:7.2-alpine'}]}") << false
        << "";
    // NSA-POD-08 privileged
    QTest::newRow("POD-08 not privileged")
        << "NSA-POD-08"
        << pod("{containers: [{name: a, image: x:1, securityContext: {privileged: false}}]}")
        << false << "";
    QTest::newRow("POD-08 privileged init container")
        << "NSA-POD-08"
        << pod("{initContainers: [{name: i, image: x:1, securityContext: {privileged: true}}], "
               "containers: [" +
               ok + "]}")
        << true << "initContainers[0].securityContext.privileged";
    // NSA-POD-09/10 host namespaces
    QTest::newRow("POD-09 none") << "NSA-POD-09"
                                 << pod("{hostNetwork: true, containers: [" + ok + "]}") << false
                                 << "";
    QTest::newRow("POD-09 hostPID")
        << "NSA-POD-09" << pod("{hostPID: true, containers: [" + ok + "]}") << true
        << "spec.hostPID";
    QTest::newRow("POD-09 hostIPC")
        << "NSA-POD-09" << pod("{hostIPC: true, containers: [" + ok + "]}") << true
        << "spec.hostIPC";
    QTest::newRow("POD-10 hostNetwork")
        << "NSA-POD-10" << pod("{hostNetwork: true, containers: [" + ok + "]}") << true
        << "spec.hostNetwork";
    QTest::newRow("POD-10 false") << "NSA-POD-10"
                                  << pod("{hostNetwork: false, containers: [" + ok + "]}") << false
                                  << "";
    // NSA-POD-11 hostPath (also when only an init container mounts it)
    QTest::newRow("POD-11 emptyDir")
        << "NSA-POD-11" << pod("{volumes: [{name: t, emptyDir: {}}], containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-11 hostPath in initContainer")
        << "NSA-POD-11"
        << pod("{volumes: [{name: h, hostPath: {path: /var/run/docker.sock}}], initContainers: "
               "[{name: i, image: x:1, volumeMounts: [{name: h, mountPath: /s}]}], containers: [" +
               ok + "]}")
        << true << "spec.volumes[0].hostPath.path";
    // NSA-POD-12 hostPort
    QTest::newRow("POD-12 hostPort") << "NSA-POD-12"
                                     << pod("{containers: [{name: a, image: x:1, ports: "
                                            "[{containerPort: 80, hostPort: 8080}]}]}")
                                     << true << "ports[0].hostPort";
    QTest::newRow("POD-12 hostPort 0")
        << "NSA-POD-12"
        << pod("{containers: [{name: a, image: x:1, ports: [{containerPort: 80, hostPort: 0}]}]}")
        << false << "";
    // NSA-POD-13 privilege escalation, implied by privileged and CAP_SYS_ADMIN
    QTest::newRow("POD-13 false") << "NSA-POD-13"
                                  << pod("{containers: [{name: a, image: x:1, securityContext: "
                                         "{allowPrivilegeEscalation: false}}]}")
                                  << false << "";
    QTest::newRow("POD-13 unset") << "NSA-POD-13" << pod("{containers: [" + ok + "]}") << true
                                  << "allowPrivilegeEscalation";
    QTest::newRow("POD-13 privileged implies true")
        << "NSA-POD-13"
        << pod("{containers: [{name: a, image: x:1, securityContext: {allowPrivilegeEscalation: "
               "false, privileged: true}}]}")
        << true << "securityContext.privileged";
    QTest::newRow("POD-13 SYS_ADMIN implies true")
        << "NSA-POD-13"
        << pod("{containers: [{name: a, image: x:1, securityContext: {allowPrivilegeEscalation: "
               "false, capabilities: {add: [SYS_ADMIN]}}}]}")
        << true << "capabilities.add";
    QTest::newRow("POD-13 cap_sys_admin lower case")
        << "NSA-POD-13"
        << pod("{containers: [{name: a, image: x:1, securityContext: {allowPrivilegeEscalation: "
               "false, capabilities: {add: [cap_sys_admin]}}}]}")
        << true << "capabilities.add";
    // NSA-POD-14 capabilities, as the runtimes read them (case, CAP_ prefix)
    QTest::newRow("POD-14 drop ALL") << "NSA-POD-14"
                                     << pod("{containers: [{name: a, image: x:1, securityContext: "
                                            "{capabilities: {drop: [ALL]}}}]}")
                                     << false << "";
    QTest::newRow("POD-14 drop all lower case")
        << "NSA-POD-14"
        << pod("{containers: [{name: a, image: x:1, securityContext: {capabilities: {drop: "
               "[all]}}}]}")
        << false << "";
    QTest::newRow("POD-14 no drop")
        << "NSA-POD-14" << pod("{containers: [" + ok + "]}") << true << "capabilities.drop";
    QTest::newRow("POD-14 add CAP_SYS_ADMIN")
        << "NSA-POD-14"
        << pod("{containers: [{name: a, image: x:1, securityContext: {capabilities: {drop: [ALL], "
               "add: [CAP_SYS_ADMIN]}}}]}")
        << true << "capabilities.add[0]";
    QTest::newRow("POD-14 add net_raw lower case")
        << "NSA-POD-14"
        << pod("{containers: [{name: a, image: x:1, securityContext: {capabilities: {drop: [ALL], "
               "add: [net_raw]}}}]}")
        << true << "capabilities.add[0]";
    QTest::newRow("POD-14 add cap_net_bind_service")
        << "NSA-POD-14"
        << pod("{containers: [{name: a, image: x:1, securityContext: {capabilities: {drop: [ALL], "
               "add: [cap_net_bind_service]}}}]}")
        << false << "";
    // NSA-POD-15 seccomp, inherited from the pod
    QTest::newRow("POD-15 pod RuntimeDefault")
        << "NSA-POD-15"
        << pod("{securityContext: {seccompProfile: {type: RuntimeDefault}}, containers: [" + ok +
               "]}")
        << false << "";
    QTest::newRow("POD-15 container Unconfined overrides")
        << "NSA-POD-15"
        << pod("{securityContext: {seccompProfile: {type: RuntimeDefault}}, containers: [{name: a, "
               "image: x:1, securityContext: {seccompProfile: {type: Unconfined}}}]}")
        << true << "containers[0].securityContext.seccompProfile.type";
    QTest::newRow("POD-15 unset") << "NSA-POD-15" << pod("{containers: [" + ok + "]}") << true
                                  << "seccompProfile";
    // NSA-POD-16 AppArmor: field or annotation
    QTest::newRow("POD-16 annotation")
        << "NSA-POD-16"
        << pod("{containers: [" + ok + "]}", "app",
               "annotations: {container.apparmor.security.beta.kubernetes.io/a: runtime/default}")
        << false << "";
    QTest::newRow("POD-16 field")
        << "NSA-POD-16"
        << pod("{securityContext: {appArmorProfile: {type: RuntimeDefault}}, containers: [" + ok +
               "]}")
        << false << "";
    QTest::newRow("POD-16 unconfined")
        << "NSA-POD-16"
        << pod("{containers: [{name: a, image: x:1, securityContext: {appArmorProfile: {type: "
               "Unconfined}}}]}")
        << true << "appArmorProfile.type";
    // NSA-POD-17 SELinux
    QTest::newRow("POD-17 container_t")
        << "NSA-POD-17"
        << pod("{securityContext: {seLinuxOptions: {type: container_t}}, containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-17 custom user")
        << "NSA-POD-17"
        << pod("{containers: [{name: a, image: x:1, securityContext: {seLinuxOptions: {user: "
               "system_u}}}]}")
        << true << "seLinuxOptions.user";
    QTest::newRow("POD-17 spc_t")
        << "NSA-POD-17"
        << pod("{securityContext: {seLinuxOptions: {type: spc_t}}, containers: [" + ok + "]}")
        << true << "spec.securityContext.seLinuxOptions.type";
    // NSA-POD-18 volume types
    QTest::newRow("POD-18 safe volumes")
        << "NSA-POD-18"
        << pod("{volumes: [{name: c, configMap: {name: x}}, {name: d}], containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-18 nfs")
        << "NSA-POD-18"
        << pod("{volumes: [{name: n, nfs: {server: s, path: /}}], containers: [" + ok + "]}")
        << true << "spec.volumes[0].nfs";
    // NSA-POD-19 token automount: pod setting wins over the ServiceAccount
    QTest::newRow("POD-19 pod false")
        << "NSA-POD-19" << pod("{automountServiceAccountToken: false, containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-19 SA not in source") << "NSA-POD-19" << pod("{containers: [" + ok + "]}")
                                             << true << "automountServiceAccountToken";
    QTest::newRow("POD-19 SA false")
        << "NSA-POD-19"
        << "{apiVersion: v1, kind: ServiceAccount, metadata: {name: s, namespace: app}, "
           "automountServiceAccountToken: false}\n---\n" +
               pod("{serviceAccountName: s, containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("POD-19 pod true beats SA false")
        << "NSA-POD-19"
        << "{apiVersion: v1, kind: ServiceAccount, metadata: {name: s, namespace: app}, "
           "automountServiceAccountToken: false}\n---\n" +
               pod("{serviceAccountName: s, automountServiceAccountToken: true, containers: [" +
                   ok + "]}")
        << true << "automountServiceAccountToken";
    // NSA-NET-01 namespaces
    QTest::newRow("NET-01 default") << "NSA-NET-01" << pod("{containers: [" + ok + "]}", "default")
                                    << true << "metadata.namespace";
    QTest::newRow("NET-01 own namespace")
        << "NSA-NET-01" << pod("{containers: [" + ok + "]}", "shop") << false << "";
    // NSA-NET-03/04 NetworkPolicy
    const QByteArray denyAll =
        "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: deny, namespace: "
        "app}, spec: {podSelector: {}, policyTypes: [Ingress, Egress]}}\n---\n";
    QTest::newRow("NET-03 default deny selects")
        << "NSA-NET-03" << denyAll + pod("{containers: [" + ok + "]}") << false << "";
    QTest::newRow("NET-03 no policy")
        << "NSA-NET-03" << pod("{containers: [" + ok + "]}") << true << "metadata.labels";
    QTest::newRow("NET-03 ingress only")
        << "NSA-NET-03"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: i, namespace: "
           "app}, spec: {podSelector: {}}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << true << "metadata.labels";
    QTest::newRow("NET-04 deny both")
        << "NSA-NET-04" << denyAll + pod("{containers: [" + ok + "]}") << false << "";
    QTest::newRow("NET-04 no policyTypes, empty egress list: ingress only")
        << "NSA-NET-04"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: d, namespace: "
           "app}, spec: {podSelector: {}, egress: []}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << true << "";
    QTest::newRow("NET-04 ingress [{}] allows all")
        << "NSA-NET-04"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: d, namespace: "
           "app}, spec: {podSelector: {}, policyTypes: [Ingress, Egress], ingress: [{}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << true << "";
    QTest::newRow("NET-04 two policies")
        << "NSA-NET-04"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: i, namespace: "
           "app}, spec: {podSelector: {}, policyTypes: [Ingress]}}\n---\n{apiVersion: "
           "networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: e, namespace: app}, spec: "
           "{podSelector: {}, policyTypes: [Egress]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << false << "";
    // NSA-NET-05/06/07
    QTest::newRow("NET-05 LimitRange")
        << "NSA-NET-05"
        << "{apiVersion: v1, kind: LimitRange, metadata: {name: l, namespace: app}, spec: {limits: "
           "[{type: Container}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("NET-05 none") << "NSA-NET-05" << pod("{containers: [" + ok + "]}") << true << "";
    QTest::newRow("NET-06 none") << "NSA-NET-06" << pod("{containers: [" + ok + "]}") << true << "";
    QTest::newRow("NET-07 limits")
        << "NSA-NET-07"
        << pod("{containers: [{name: a, image: x:1, resources: {limits: {cpu: 1, memory: 1Gi}}}]}")
        << false << "";
    QTest::newRow("NET-07 no memory")
        << "NSA-NET-07"
        << pod("{containers: [{name: a, image: x:1, resources: {limits: {cpu: 1}}}]}") << true
        << "resources.limits.memory";
    QTest::newRow("NET-07 LimitRange default")
        << "NSA-NET-07"
        << "{apiVersion: v1, kind: LimitRange, metadata: {name: l, namespace: app}, spec: {limits: "
           "[{type: Container, default: {cpu: 1, memory: 1Gi}}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << false << "";
    // NSA-NET-11 Services
    QTest::newRow("NET-11 ClusterIP")
        << "NSA-NET-11"
        << QByteArray("{apiVersion: v1, kind: Service, metadata: {name: s, namespace: app}, spec: "
                      "{ports: [{port: 80}]}}")
        << false << "";
    QTest::newRow("NET-11 NodePort")
        << "NSA-NET-11"
        << QByteArray("{apiVersion: v1, kind: Service, metadata: {name: s, namespace: app}, spec: "
                      "{type: NodePort, ports: [{port: 80}]}}")
        << true << "spec.type";
    QTest::newRow("NET-11 externalIPs")
        << "NSA-NET-11"
        << QByteArray("{apiVersion: v1, kind: Service, metadata: {name: s, namespace: app}, spec: "
                      "{externalIPs: [1.2.3.4], ports: [{port: 80}]}}")
        << true << "spec.externalIPs";
    // NSA-NET-13 credentials
    QTest::newRow("NET-13 password literal")
        << "NSA-NET-13"
        << pod("{containers: [{name: a, image: x:1, env: [{name: DB_PASSWORD, value: "
               "hunter2hunter2}]}]}")
        << true << "env[0].value";
    QTest::newRow("NET-13 password file path")
        << "NSA-NET-13"
        << pod("{containers: [{name: a, image: x:1, env: [{name: DB_PASSWORD_FILE, value: "
               "/run/secrets/db}, {name: LOG_LEVEL, value: debug}]}]}")
        << false << "";
    QTest::newRow("NET-13 secretKeyRef")
        << "NSA-NET-13"
        << pod("{containers: [{name: a, image: x:1, env: [{name: TOKEN, valueFrom: {secretKeyRef: "
               "{name: s, key: t}}}]}]}")
        << true << "valueFrom.secretKeyRef";
    QTest::newRow("NET-13 AWS key in env") << "NSA-NET-13"
                                           << pod("{containers: [{name: a, image: x:1, env: "
                                                  "[{name: X, value: AKIAABCDEFGHIJKLMNOP}]}]}")
                                           << true << "env[0].value";
    QTest::newRow("NET-13 ConfigMap password")
        << "NSA-NET-13"
        << QByteArray("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: app}, "
                      "data: {db-password: s3cr3tpass, log-level: info}}")
        << true << "data[\"db-password\"]";
    QTest::newRow("NET-13 ConfigMap harmless")
        << "NSA-NET-13"
        << QByteArray("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: app}, "
                      "data: {token-ttl: 3600, secret-name: db}}")
        << false << "";
    // NSA-NET-16 secrets read
    QTest::newRow("NET-16 get secrets")
        << "NSA-NET-16"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: [secrets], verbs: "
                      "[get, list]}]}")
        << true << "rules[0]";
    QTest::newRow("NET-16 named secrets")
        << "NSA-NET-16"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: [secrets], "
                      "resourceNames: [mine], verbs: [get]}]}")
        << false << "";
    QTest::newRow("NET-16 wildcard resources")
        << "NSA-NET-16"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: "
                      "{name: r}, rules: [{apiGroups: ['*'], resources: ['*'], verbs: [watch]}]}")
        << true << "rules[0]";
    QTest::newRow("NET-16 pods only")
        << "NSA-NET-16"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
               "namespace: app}, rules: [{apiGroups: [''], resources: [pods], verbs: ['*']}]}")
        << false << "";
    // NSA-NET-17 metadata service
    QTest::newRow("NET-17 except IMDS")
        << "NSA-NET-17"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: e, namespace: "
           "app}, spec: {podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: "
           "0.0.0.0/0, except: [169.254.169.254/32]}}]}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("NET-17 allow all egress")
        << "NSA-NET-17"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: e, namespace: "
           "app}, spec: {podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: "
           "0.0.0.0/0}}]}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << true << "metadata.labels";
    QTest::newRow("NET-17 DNS only")
        << "NSA-NET-17"
        << "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: e, namespace: "
           "app}, spec: {podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: 53, "
           "protocol: UDP}]}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << false << "";
    QTest::newRow("NET-17 no egress policy")
        << "NSA-NET-17" << pod("{containers: [" + ok + "]}") << true << "metadata.labels";
    // Every API server of an HA control plane is read.
    QTest::newRow("AUTH-01 HA control plane")
        << "NSA-AUTH-01"
        << QByteArray(
               "{apiVersion: v1, kind: Pod, metadata: {name: kube-apiserver-cp-1, namespace: "
               "kube-system, labels: {component: kube-apiserver}}, spec: {containers: [{name: "
               "kube-apiserver, image: 'registry.k8s.io/kube-apiserver:v1.37.1', command: "
               "[kube-apiserver, --anonymous-auth=false]}]}}\n---\n"
               "{apiVersion: v1, kind: Pod, metadata: {name: kube-apiserver-cp-2, namespace: "
               "kube-system, labels: {component: kube-apiserver}}, spec: {containers: [{name: "
               "kube-apiserver, image: 'registry.k8s.io/kube-apiserver:v1.37.1', command: "
               "[kube-apiserver]}]}}\n")
        << true << "spec.containers[0].command";
    // NSA-AUTH-01/07 bindings
    QTest::newRow("AUTH-01 anonymous user")
        << "NSA-AUTH-01"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRoleBinding, metadata: "
               "{name: b}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "
               "view}, subjects: [{kind: User, name: 'system:anonymous'}]}")
        << true << "subjects[0]";
    QTest::newRow("AUTH-01 unauthenticated group")
        << "NSA-AUTH-01"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: RoleBinding, metadata: "
                      "{name: b, namespace: app}, roleRef: {apiGroup: rbac.authorization.k8s.io, "
                      "kind: Role, name: r}, subjects: [{kind: ServiceAccount, name: x}, {kind: "
                      "Group, name: 'system:unauthenticated'}]}")
        << true << "subjects[1]";
    QTest::newRow("AUTH-07 cluster-admin")
        << "NSA-AUTH-07"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRoleBinding, metadata: "
               "{name: b}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "
               "cluster-admin}, subjects: [{kind: ServiceAccount, name: x, namespace: app}]}")
        << true << "roleRef.name";
    QTest::newRow("AUTH-07 system:authenticated")
        << "NSA-AUTH-07"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRoleBinding, metadata: "
               "{name: b}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "
               "view}, subjects: [{kind: Group, name: 'system:authenticated'}]}")
        << true << "subjects[0]";
    QTest::newRow("AUTH-07 wildcard verbs")
        << "NSA-AUTH-07"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [apps], resources: [deployments], "
                      "verbs: ['*']}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-07 narrow role")
        << "NSA-AUTH-07"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [apps], resources: [deployments], "
                      "verbs: [get]}]}")
        << false << "";
    QTest::newRow("AUTH-07 bootstrap default skipped")
        << "NSA-AUTH-07"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRoleBinding, "
                      "metadata: {name: cluster-admin, labels: {kubernetes.io/bootstrapping: "
                      "rbac-defaults}}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: "
                      "ClusterRole, name: cluster-admin}, subjects: [{kind: Group, name: "
                      "'system:masters'}]}\n---\n{apiVersion: rbac.authorization.k8s.io/v1, kind: "
                      "Role, metadata: {name: r, namespace: app}, rules: []}")
        << false << "";
    // NSA-AUTH-08/09/10
    QTest::newRow("AUTH-08 pods/exec")
        << "NSA-AUTH-08"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: [pods/exec], verbs: "
                      "[create]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-08 */attach")
        << "NSA-AUTH-08"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: ['*/attach'], verbs: "
                      "[create]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-08 pods only")
        << "NSA-AUTH-08"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: [pods, pods/log], "
                      "verbs: [get, create]}]}")
        << false << "";
    QTest::newRow("AUTH-09 escalate")
        << "NSA-AUTH-09"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: "
                      "{name: r}, rules: [{apiGroups: [rbac.authorization.k8s.io], resources: "
                      "[clusterroles], verbs: [escalate]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-09 impersonate")
        << "NSA-AUTH-09"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: r}, "
               "rules: [{apiGroups: [''], resources: [users, groups], verbs: [impersonate]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-09 bind narrowed")
        << "NSA-AUTH-09"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: "
                      "{name: r}, rules: [{apiGroups: [rbac.authorization.k8s.io], resources: "
                      "[clusterroles], resourceNames: [view], verbs: [bind]}]}")
        << false << "";
    QTest::newRow("AUTH-10 create pods")
        << "NSA-AUTH-10"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
               "namespace: app}, rules: [{apiGroups: [''], resources: [pods], verbs: [create]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-10 nodes/proxy")
        << "NSA-AUTH-10"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: r}, "
               "rules: [{apiGroups: [''], resources: [nodes/proxy], verbs: [get]}]}")
        << true << "rules[0]";
    QTest::newRow("AUTH-10 read only")
        << "NSA-AUTH-10"
        << QByteArray(
               "{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: r}, "
               "rules: [{apiGroups: [''], resources: [pods, nodes], verbs: [get, list]}]}")
        << false << "";
    // NSA-AUTH-11 ServiceAccount
    QTest::newRow("AUTH-11 default")
        << "NSA-AUTH-11" << pod("{containers: [" + ok + "]}") << true << "serviceAccountName";
    QTest::newRow("AUTH-11 own") << "NSA-AUTH-11"
                                 << pod("{serviceAccountName: app, containers: [" + ok + "]}")
                                 << false << "";
    // NSA-LOG-07 events
    QTest::newRow("LOG-07 delete events")
        << "NSA-LOG-07"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [events.k8s.io], resources: [events], "
                      "verbs: [deletecollection]}]}")
        << true << "rules[0]";
    QTest::newRow("LOG-07 read events")
        << "NSA-LOG-07"
        << QByteArray("{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: r, "
                      "namespace: app}, rules: [{apiGroups: [''], resources: [events], verbs: "
                      "[get, list]}]}")
        << false << "";
    // NSA-UPG-02/03
    QTest::newRow("UPG-02 tiller")
        << "NSA-UPG-02"
        << pod("{containers: [{name: t, image: 'gcr.io/kubernetes-helm/tiller:v2.16.1'}]}") << true
        << "containers[0].image";
    QTest::newRow("UPG-02 ingress-nginx vulnerable")
        << "NSA-UPG-02"
        << pod("{containers: [{name: c, image: "
               "'registry.k8s.io/ingress-nginx/controller:v1.11.4'}]}")
        << true << "containers[0].image";
    QTest::newRow("UPG-02 ingress-nginx fixed")
        << "NSA-UPG-02"
        << pod("{containers: [{name: c, image: "
               "'registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:abc'}]}")
        << false << "";
    QTest::newRow("UPG-02 snippet annotations")
        << "NSA-UPG-02"
        << QByteArray(
               "{apiVersion: v1, kind: ConfigMap, metadata: {name: ingress-nginx-controller, "
               "namespace: app}, data: {allow-snippet-annotations: 'true'}}")
        << true << "allow-snippet-annotations";
    QTest::newRow("UPG-03 removed API")
        << "NSA-UPG-03"
        << QByteArray("{apiVersion: extensions/v1beta1, kind: Ingress, metadata: {name: i, "
                      "namespace: app}, spec: {}}")
        << true << "apiVersion";
    QTest::newRow("UPG-03 dangling Service")
        << "NSA-UPG-03"
        << "{apiVersion: v1, kind: Service, metadata: {name: s, namespace: app}, spec: {selector: "
           "{app: nothing}, ports: [{port: 80}]}}\n---\n" +
               pod("{containers: [" + ok + "]}")
        << true << "spec.selector";
    QTest::newRow("UPG-03 Service selects a pod")
        << "NSA-UPG-03"
        << "{apiVersion: v1, kind: Service, metadata: {name: s, namespace: app}, spec: {selector: "
           "{app: web}, ports: [{port: 80}]}}\n---\n" +
               pod("{containers: [" + ok + "]}", "app", "labels: {app: web}")
        << false << "";
}

void TestChecks::controls()
{
    QFETCH(QString, control);
    QFETCH(QByteArray, yaml);
    QFETCH(bool, fails);
    QFETCH(QString, field);
    const ScanResult r = scanYaml(yaml);
    const QByteArray id = control.toLatin1();
    const auto f = failing(r, id.constData());
    const ControlResult *c = r.control(control);
    QVERIFY(c);
    QVERIFY2(fails == !f.empty(),
             qPrintable(QStringLiteral("status %1\n%2")
                            .arg(statusName(c->status), describe(r, id.constData()))));
    if (fails) {
        QVERIFY(c->status == Status::Fail || c->status == Status::Partial);
        QVERIFY(c->failed > 0);
        if (!field.isEmpty()) {
            bool found = false;
            for (const Finding *x : f)
                found = found || x->field.contains(field);
            QVERIFY2(found, qPrintable(describe(r, id.constData())));
        }
        for (const Finding *x : f) {
            QVERIFY(!x->message.isEmpty());
            if (x->object.kind == u"Namespace" && x->location.file.isEmpty())
                continue; // a namespace known only from its objects
            QCOMPARE(x->location.file, QStringLiteral("test.yaml"));
            QVERIFY(x->location.line >= 1);
        }
    } else {
        QVERIFY2(c->status == Status::Pass, qPrintable(statusName(c->status) + u' ' + c->note));
        QVERIFY(c->passed > 0);
    }
}

void TestChecks::secretValuesNeverPrinted()
{
    const QByteArray yaml = pod("{containers: [{name: a, image: x:1, env: [{name: API_TOKEN, "
                                "value: 'tok-9f8e7d6c5b4a'}]}]}") +
                            "---\n{apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: "
                            "app}, data: {key.pem: \"-----BEGIN RSA PRIVATE "
                            "KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\"}}\n";
    const ScanResult r = scanYaml(yaml);
    QCOMPARE(failing(r, "NSA-NET-13").size(), std::size_t(2));
    const QByteArray json = QJsonDocument(scanToJson(r)).toJson();
    const QByteArray sarif = scanToSarif(r, QStringLiteral("test"));
    const QByteArray junit = scanToJUnit(r);
    for (const QByteArray &out : {json, sarif, junit}) {
        QVERIFY(!out.contains("tok-9f8e7d6c5b4a"));
        QVERIFY(!out.contains("MIIEowIBAAKCAQEA"));
    }
    QVERIFY(json.contains("<redacted: 16 characters>"));
}

void TestChecks::ownerOfPods()
{
    // The ReplicaSet is not captured: its name <deployment>-<pod-template-hash> leads to the
    // Deployment. A mirror pod is owned by its Node.
    const QByteArray yaml =
        "{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: app}, spec: "
        "{selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: "
        "{containers: [{name: a, image: x:1}]}}}}\n---\n"
        "{apiVersion: v1, kind: Pod, metadata: {name: web-5d8f-x, namespace: app, labels: {app: "
        "web, pod-template-hash: 5d8f}, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, "
        "name: web-5d8f, uid: u1, controller: true}]}, spec: {containers: [{name: a, image: x:1, "
        "securityContext: {privileged: true}}]}}\n---\n"
        "{apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: api-77, namespace: app, "
        "ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: api, uid: d2, controller: "
        "true}]}, spec: {template: {spec: {containers: [{name: a, image: x:1, securityContext: "
        "{privileged: true}}]}}}}\n---\n"
        "{apiVersion: apps/v1, kind: Deployment, metadata: {name: api, namespace: app, uid: d2}, "
        "spec: {template: {spec: {containers: [{name: a, image: x:1}]}}}}\n";
    const ScanResult r = scanYaml(yaml);
    const auto f = failing(r, "NSA-POD-08");
    QCOMPARE(f.size(),
             std::size_t(1)); // the ReplicaSet owned by Deployment api is not checked twice
    QCOMPARE(f[0]->object.kind, QStringLiteral("Pod"));
    QCOMPARE(f[0]->owner.kind, QStringLiteral("Deployment"));
    QCOMPARE(f[0]->owner.name, QStringLiteral("web"));
    QCOMPARE(f[0]->owner.ns, QStringLiteral("app"));
    QCOMPARE(f[0]->field, QStringLiteral("spec.containers[0].securityContext.privileged"));
    QCOMPARE(f[0]->location.line, 3u);
}

void TestChecks::pss_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("violations"); // sorted check ids, comma separated

    const QByteArray restricted =
        "{securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}, "
        "containers: [{name: a, image: x:1, securityContext: {allowPrivilegeEscalation: false, "
        "capabilities: {drop: [ALL]}}}]}";
    QTest::newRow("restricted pod") << restricted << "restricted" << 37 << "";
    QTest::newRow("empty pod baseline")
        << QByteArray("{containers: [{name: a, image: x:1}]}") << "baseline" << 37 << "";
    QTest::newRow("empty pod restricted")
        << QByteArray("{containers: [{name: a, image: x:1}]}") << "restricted" << 37
        << "allowPrivilegeEscalation,capabilities_restricted,runAsNonRoot,seccompProfile_"
           "restricted";
    QTest::newRow("runAsUser 0 allowed before 1.23")
        << QByteArray("{securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]}")
        << "restricted" << 22 << "";
    QTest::newRow("runAsUser 0 forbidden from 1.23")
        << QByteArray("{securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]}")
        << "restricted" << 23 << "runAsUser";
    QTest::newRow("drop ALL not required before 1.22")
        << QByteArray("{securityContext: {runAsNonRoot: true, seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false}}]}")
        << "restricted" << 21 << "";
    QTest::newRow("drop all lower case is not ALL")
        << QByteArray("{securityContext: {runAsNonRoot: true, seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false, capabilities: {drop: [all]}}}]}")
        << "restricted" << 37 << "capabilities_restricted";
    QTest::newRow("add CAP_NET_BIND_SERVICE is not NET_BIND_SERVICE")
        << QByteArray(
               "{securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}, "
               "containers: [{name: a, image: x:1, securityContext: {allowPrivilegeEscalation: "
               "false, capabilities: {drop: [ALL], add: [CAP_NET_BIND_SERVICE]}}}]}")
        << "restricted" << 37 << "capabilities_restricted";
    QTest::newRow("baseline lower-case cap")
        << QByteArray("{containers: [{name: a, image: x:1, securityContext: {capabilities: {add: "
                      "[chown]}}}]}")
        << "baseline" << 37 << "capabilities_baseline";
    QTest::newRow("seccomp not required before 1.19")
        << QByteArray("{securityContext: {runAsNonRoot: true}, containers: [{name: a, image: x:1, "
                      "securityContext: {allowPrivilegeEscalation: false}}]}")
        << "restricted" << 18 << "";
    QTest::newRow("seccomp annotation before 1.19")
        << QByteArray("{containers: [{name: a, image: x:1}]}") << "baseline" << 18 << "";
    QTest::newRow("windows exempt from 1.25")
        << QByteArray("{os: {name: windows}, securityContext: {runAsNonRoot: true}, containers: "
                      "[{name: a, image: x:1}]}")
        << "restricted" << 25 << "";
    QTest::newRow("windows not exempt at 1.24")
        << QByteArray("{os: {name: windows}, securityContext: {runAsNonRoot: true}, containers: "
                      "[{name: a, image: x:1}]}")
        << "restricted" << 24
        << "allowPrivilegeEscalation,capabilities_restricted,seccompProfile_restricted";
    QTest::newRow("hostUsers false relaxes runAsNonRoot from 1.35")
        << QByteArray("{hostUsers: false, securityContext: {seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]}")
        << "restricted" << 35 << "";
    QTest::newRow("hostUsers false not relaxed at 1.34")
        << QByteArray("{hostUsers: false, securityContext: {seccompProfile: {type: "
                      "RuntimeDefault}}, containers: [{name: a, image: x:1, securityContext: "
                      "{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]}")
        << "restricted" << 34 << "runAsNonRoot";
    QTest::newRow("procMount Unmasked with user namespace baseline 1.35")
        << QByteArray("{hostUsers: false, containers: [{name: a, image: x:1, securityContext: "
                      "{procMount: Unmasked}}]}")
        << "baseline" << 35 << "";
    QTest::newRow("procMount Unmasked baseline 1.34")
        << QByteArray("{hostUsers: false, containers: [{name: a, image: x:1, securityContext: "
                      "{procMount: Unmasked}}]}")
        << "baseline" << 34 << "procMount";
    QTest::newRow("sysctl tcp_rmem before 1.32")
        << QByteArray("{securityContext: {sysctls: [{name: net.ipv4.tcp_rmem, value: '4096 87380 "
                      "6291456'}]}, containers: [{name: a, image: x:1}]}")
        << "baseline" << 31 << "sysctls";
    QTest::newRow("sysctl tcp_rmem from 1.32")
        << QByteArray("{securityContext: {sysctls: [{name: net.ipv4.tcp_rmem, value: '4096 87380 "
                      "6291456'}]}, containers: [{name: a, image: x:1}]}")
        << "baseline" << 32 << "";
    QTest::newRow("SELinux container_engine_t from 1.31")
        << QByteArray("{securityContext: {seLinuxOptions: {type: container_engine_t}}, containers: "
                      "[{name: a, image: x:1}]}")
        << "baseline" << 30 << "seLinuxOptions";
    QTest::newRow("probe host from 1.34")
        << QByteArray("{containers: [{name: a, image: x:1, livenessProbe: {httpGet: {host: "
                      "10.0.0.1, port: 80}}}]}")
        << "baseline" << 34 << "hostProbesAndHostLifecycle";
    QTest::newRow("probe host before 1.34")
        << QByteArray("{containers: [{name: a, image: x:1, livenessProbe: {httpGet: {host: "
                      "10.0.0.1, port: 80}}}]}")
        << "baseline" << 33 << "";
    QTest::newRow("hostPath in init container")
        << QByteArray("{volumes: [{name: h, hostPath: {path: /}}], initContainers: [{name: i, "
                      "image: x:1}], containers: [{name: a, image: x:1}]}")
        << "baseline" << 37 << "hostPathVolumes";
    QTest::newRow("ephemeral container privileged")
        << QByteArray("{containers: [{name: a, image: x:1}], ephemeralContainers: [{name: d, "
                      "image: x:1, securityContext: {privileged: true}}]}")
        << "baseline" << 37 << "privileged";
    QTest::newRow("apparmor annotation unconfined")
        << QByteArray("{containers: [{name: a, image: x:1}]}") << "baseline" << 37 << "";
}

void TestChecks::pss()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, level);
    QFETCH(int, minor);
    QFETCH(QString, violations);
    const Inventory inv = load(pod(spec));
    QVERIFY(!inv.hasErrors());
    const auto tpl = podTemplateOf(inv.at(0));
    QVERIFY(tpl);
    QStringList ids;
    for (const PssViolation &v : evaluatePodSecurity(*tpl, *parsePssLevel(level), minor)) {
        if (!ids.contains(v.check))
            ids.append(v.check);
        QVERIFY(!v.field.isEmpty());
        QVERIFY(inv.at(0).locate(v.field.toStdString()).line > 0);
    }
    ids.sort();
    QCOMPARE(ids.join(u','), violations);
}

void TestChecks::podSecurityAdmission()
{
    const QByteArray yaml =
        "{apiVersion: v1, kind: Namespace, metadata: {name: open}}\n---\n"
        "{apiVersion: v1, kind: Namespace, metadata: {name: base, labels: "
        "{pod-security.kubernetes.io/enforce: baseline, "
        "pod-security.kubernetes.io/enforce-version: v1.30}}}\n---\n"
        "{apiVersion: v1, kind: Namespace, metadata: {name: strict, labels: "
        "{pod-security.kubernetes.io/enforce: restricted}}}\n---\n"
        "{apiVersion: v1, kind: Namespace, metadata: {name: typo, labels: "
        "{pod-security.kubernetes.io/enforce: restrictd}}}\n---\n"
        "{apiVersion: v1, kind: Pod, metadata: {name: priv, namespace: base}, spec: {containers: "
        "[{name: a, image: x:1, securityContext: {privileged: true}}]}}\n---\n"
        "{apiVersion: v1, kind: Pod, metadata: {name: fine, namespace: base}, spec: {containers: "
        "[{name: a, image: x:1}]}}\n---\n"
        "{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: strict}, spec: "
        "{template: {spec: {containers: [{name: a, image: x:1}]}}}}\n";
    const ScanResult r = scanYaml(yaml);
    QStringList objects;
    for (const Finding *f : failing(r, "NSA-POD-07"))
        if (!objects.contains(f->object.toString()))
            objects.append(f->object.toString());
    objects.sort();
    QCOMPARE(objects,
             QStringList({QStringLiteral("Deployment strict/web"), QStringLiteral("Namespace open"),
                          QStringLiteral("Namespace typo"), QStringLiteral("Pod base/priv")}));
    QCOMPARE(r.control(u"NSA-POD-07")->status, Status::Partial);
    for (const Finding *f : failing(r, "NSA-POD-07"))
        if (f->object.name == u"priv")
            QVERIFY(f->message.contains(QStringLiteral("baseline:v1.30")));
    // levels: priv is privileged, fine is baseline, web is baseline
    int privileged = 0;
    for (const PodSecurityLevel &l : r.podSecurityLevels)
        privileged += l.level == u"privileged" ? 1 : 0;
    QCOMPARE(privileged, 1);
}

void TestChecks::controlPlaneFlags()
{
    // command and args, --flag=value and --flag value, quoted and folded, sh -c.
    const QByteArray yaml = R"(apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver-cp
  namespace: kube-system
  labels: {component: kube-apiserver, tier: control-plane}
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.37.1
      command: [kube-apiserver]
      args:
        - '--anonymous-auth=false'
        - --authorization-mode
        - Node,RBAC
        - >-
          --audit-policy-file=/etc/kubernetes/audit.yaml
        - "--audit-log-path=/var/log/audit.log"
        - --audit-log-maxage=30
        - --audit-log-maxbackup=10
        - --audit-log-maxsize=100
        - --audit-webhook-config-file=/etc/kubernetes/webhook.yaml
        - --profiling=false
        - --encryption-provider-config=/etc/kubernetes/enc.yaml
        - --tls-min-version=VersionTLS13
        - --tls-cert-file=/pki/apiserver.crt
        - --tls-private-key-file=/pki/apiserver.key
        - --etcd-cafile=/pki/etcd/ca.crt
        - --etcd-certfile=/pki/etcd.crt
        - --etcd-keyfile=/pki/etcd.key
        - --etcd-servers=https://127.0.0.1:2379
---
apiVersion: v1
kind: Pod
metadata:
  name: etcd-cp
  namespace: kube-system
spec:
  containers:
    - name: etcd
      image: registry.k8s.io/etcd:3.5.12-0
      command:
        - /bin/sh
        - -c
        - "etcd --client-cert-auth=true --peer-client-cert-auth --trusted-ca-file=/pki/ca.crt --cert-file /pki/s.crt --key-file=/pki/s.key"
---
apiVersion: v1
kind: Pod
metadata:
  name: kube-scheduler-cp
  namespace: kube-system
spec:
  containers:
    - name: kube-scheduler
      image: registry.k8s.io/kube-scheduler:v1.37.1
      command: [kube-scheduler, --bind-address=127.0.0.1, --profiling=false]
---
apiVersion: v1
kind: Pod
metadata:
  name: kube-controller-manager-cp
  namespace: kube-system
spec:
  containers:
    - name: kube-controller-manager
      image: registry.k8s.io/kube-controller-manager:v1.37.1
      command: [kube-controller-manager, --bind-address=0.0.0.0, --profiling=false]
)";
    ScanOptions opts;
    opts.today = kToday;
    const ScanResult r = scan(load(yaml), opts);
    for (const char *id : {"NSA-NET-09", "NSA-NET-14", "NSA-AUTH-01", "NSA-AUTH-05", "NSA-AUTH-06",
                           "NSA-LOG-01", "NSA-LOG-03", "NSA-LOG-04", "NSA-UPG-01"})
        QVERIFY2(r.control(QString::fromLatin1(id))->status == Status::Pass,
                 qPrintable(QString::fromLatin1(id) + u' ' +
                            statusName(r.control(QString::fromLatin1(id))->status) + u' ' +
                            describe(r, id) + r.control(QString::fromLatin1(id))->note));
    // NET-08: only the controller-manager's bind address fails.
    const auto f08 = failing(r, "NSA-NET-08");
    QCOMPARE(f08.size(), std::size_t(1));
    QCOMPARE(f08[0]->object.name, QStringLiteral("kube-controller-manager-cp"));
    QCOMPARE(f08[0]->value, QStringLiteral("--bind-address=0.0.0.0"));
    QCOMPARE(f08[0]->field, QStringLiteral("spec.containers[0].command[1]"));
    // NET-12: the API server passes; kubelet TLS is on the nodes.
    QVERIFY(failing(r, "NSA-NET-12").empty());
    QCOMPARE(r.control(u"NSA-NET-12")->status, Status::NotVerifiable);
    QCOMPARE(r.kubernetesVersion, QStringLiteral("v1.37.1"));
}

void TestChecks::controlPlaneNotVerifiable()
{
    // No control-plane pods: never a pass, never a fail.
    const ScanResult r = scanYaml(pod("{containers: [{name: a, image: x:1}]}"));
    for (const char *id :
         {"NSA-NET-08", "NSA-NET-09", "NSA-NET-12", "NSA-NET-14", "NSA-AUTH-02", "NSA-AUTH-05",
          "NSA-AUTH-06", "NSA-LOG-01", "NSA-LOG-03", "NSA-LOG-04", "NSA-UPG-01"}) {
        const ControlResult *c = r.control(QString::fromLatin1(id));
        QVERIFY2(c->status == Status::NotVerifiable, id);
        QVERIFY2(!c->note.isEmpty(), id);
        QCOMPARE(c->score, -1.0);
    }
    // AUTH-01: bindings pass, the API server flag cannot be seen.
    QCOMPARE(r.control(u"NSA-AUTH-01")->status, Status::NotVerifiable);
}

void TestChecks::controlPlaneCorpus()
{
    const QString path =
        QStringLiteral(PARAPET_CORPUS "/control-plane/kube-apiserver-minikube-mirror-pod.yaml");
    if (!QFile::exists(path))
        QSKIP("corpus not available");
    ScanOptions opts;
    opts.today = kToday;
    const ScanResult r = scan(ManifestLoader::loadPaths({path}), opts);
    // Single-quoted and folded (>-) args: --anonymous-auth=false and
    // --authorization-mode=Node,RBAC.
    QCOMPARE(r.control(u"NSA-AUTH-01")->status, Status::Pass);
    QCOMPARE(r.control(u"NSA-AUTH-06")->status, Status::Pass);
    QCOMPARE(r.control(u"NSA-AUTH-05")->status, Status::Pass);
    QCOMPARE(r.control(u"NSA-LOG-01")->status, Status::Fail);
    QCOMPARE(r.control(u"NSA-NET-14")->status, Status::Fail);
    QCOMPARE(r.control(u"NSA-UPG-01")->status, Status::Fail); // v1.24.1, out of support
    const auto f = failing(r, "NSA-NET-14");
    QCOMPARE(f[0]->location.line, 28u); // the command list, where the flag belongs
    // NET-08: profiling not disabled (defaults on); the scheduler and controller-manager are
    // absent.
    QCOMPARE(r.control(u"NSA-NET-08")->status, Status::Fail);
    // NET-09: the API server side passes, etcd is not in the source.
    QVERIFY(failing(r, "NSA-NET-09").empty());
    QCOMPARE(r.control(u"NSA-NET-09")->status, Status::NotVerifiable);
    // The folded (>-) and single-quoted flags read as one argument each.
    {
        const Inventory pods = ManifestLoader::loadPaths({path});
        detail::StaticPod sp;
        detail::parseFlags(pods.at(0).spec()["containers"].at(0),
                           QStringLiteral("spec.containers[0]"), sp);
        QCOMPARE(sp.value(QStringLiteral("enable-admission-plugins")),
                 QStringLiteral("NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,"
                                "DefaultTolerationSeconds,NodeRestriction,MutatingAdmissionWebhook,"
                                "ValidatingAdmissionWebhook,ResourceQuota"));
        QCOMPARE(sp.value(QStringLiteral("kubelet-client-certificate")),
                 QStringLiteral("/var/lib/minikube/certs/apiserver-kubelet-client.crt"));
        QCOMPARE(sp.value(QStringLiteral("anonymous-auth")), QStringLiteral("false"));
        QCOMPARE(sp.pathOf(QStringLiteral("anonymous-auth")),
                 QStringLiteral("spec.containers[0].command[28]"));
        QCOMPARE(int(sp.flags.size()), 28);
    }
    // PSS baseline at the latest version rejects its probe hosts
    // (hostProbesAndHostLifecycle, 1.34).
    const Inventory inv = ManifestLoader::loadPaths({path});
    const auto tpl = podTemplateOf(inv.at(0));
    bool probeHost = false, hostPath = false;
    for (const PssViolation &v : evaluatePodSecurity(*tpl, PssLevel::Baseline)) {
        probeHost = probeHost || v.check == u"hostProbesAndHostLifecycle";
        hostPath = hostPath || v.check == u"hostPathVolumes";
    }
    QVERIFY(probeHost && hostPath);
    bool probeHost33 = false;
    for (const PssViolation &v : evaluatePodSecurity(*tpl, PssLevel::Baseline, 33))
        probeHost33 = probeHost33 || v.check == u"hostProbesAndHostLifecycle";
    QVERIFY(!probeHost33);
}

void TestChecks::kubernetesVersions()
{
    QCOMPARE(parseKubernetesVersion(u"v1.30.4-eks-1234"),
             std::make_optional(std::make_pair(30, 4)));
    QVERIFY(!parseKubernetesVersion(u"2.0.0"));
    const QByteArray nodes = "{apiVersion: v1, kind: Node, metadata: {name: old}, status: "
                             "{nodeInfo: {kubeletVersion: v1.33.10}}}\n---\n"
                             "{apiVersion: v1, kind: Node, metadata: {name: new}, status: "
                             "{nodeInfo: {kubeletVersion: v1.37.1}}}\n---\n"
                             "{apiVersion: v1, kind: Node, metadata: {name: behind}, status: "
                             "{nodeInfo: {kubeletVersion: v1.36.2}}}\n";
    const ScanResult r = scanYaml(nodes);
    QStringList failed;
    for (const Finding *f : failing(r, "NSA-UPG-01"))
        failed.append(f->object.name);
    failed.sort();
    QCOMPARE(failed, QStringList({QStringLiteral("behind"), QStringLiteral("old")}));
    QCOMPARE(r.control(u"NSA-UPG-01")->status, Status::Partial);
    // Before 1.33's end of life (2026-06-28) the old node was supported.
    ScanOptions earlier;
    earlier.today = QDate(2026, 6, 1);
    bool oldFails = false;
    const ScanResult before = scanYaml(nodes, earlier);
    for (const Finding *f : failing(before, "NSA-UPG-01"))
        oldFails = oldFails || f->object.name == u"old";
    QVERIFY(!oldFails);
}

void TestChecks::exceptionsFile()
{
    auto set = ExceptionSet::load(QStringLiteral(PARAPET_TEST_DATA "/checks/exceptions.yaml"));
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().toString()));
    QCOMPARE(int(set->items().size()), 3);
    const Exception &e = set->items()[0];
    QCOMPARE(e.controls, QStringList({QStringLiteral("NSA-POD-08"), QStringLiteral("NSA-POD-10")}));
    QCOMPARE(e.kinds, QStringList{QStringLiteral("DaemonSet")}); // "ds" resolved
    QCOMPARE(e.expires, QDate(2030, 1, 31));
    QCOMPARE(e.location.line, 4u);
    QVERIFY(e.matches(QStringLiteral("DaemonSet"), QStringLiteral("kube-system"),
                      QStringLiteral("calico-node")));
    QVERIFY(!e.matches(QStringLiteral("DaemonSet"), QStringLiteral("default"),
                       QStringLiteral("calico-node")));
    QVERIFY(!e.matches(QStringLiteral("Deployment"), QStringLiteral("kube-system"),
                       QStringLiteral("calico-node")));
    QVERIFY(!e.matches(QStringLiteral("DaemonSet"), QStringLiteral("kube-system"),
                       QStringLiteral("cilium")));
    QVERIFY(set->items()[1].isExpired(kToday));
    QVERIFY(!e.isExpired(kToday));
    QVERIFY(set->items()[2].hasLabels);
}

void TestChecks::exceptionsInvalid()
{
    auto bad = ExceptionSet::load(QStringLiteral(PARAPET_TEST_DATA "/checks/bad-exceptions.yaml"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("reason")));
    QCOMPARE(bad.error().location.line, 2u);
    // A file far larger than any list of exceptions is refused before it is parsed.
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.yaml"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line(1024 * 1024, '#');
        for (int i = 0; i < 17; ++i)
            f.write(line);
    }
    auto tooLarge = ExceptionSet::load(huge);
    QVERIFY(!tooLarge.ok());
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("larger than 16 MiB")),
             qPrintable(tooLarge.error().message));
    auto unknown = ExceptionSet::parse("exceptions: [{controls: [NSA-POD-99], reason: x}]",
                                       QStringLiteral("e.yaml"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("NSA-POD-99")));
    auto date =
        ExceptionSet::parse("exceptions: [{controls: [NSA-POD-01], reason: x, expires: soon}]",
                            QStringLiteral("e.yaml"));
    QVERIFY(!date.ok());
    auto field = ExceptionSet::parse(
        "exceptions: [{controls: [NSA-POD-01], reason: x, match: {namespace: a}}]",
        QStringLiteral("e.yaml"));
    QVERIFY(!field.ok());
    QVERIFY(field.error().message.contains(QStringLiteral("namespace")));
    auto pattern = ExceptionSet::parse("exceptions: [{controls: ['NSA-POD-*'], reason: x}]",
                                       QStringLiteral("e.yaml"));
    QVERIFY(pattern.ok());
    QVERIFY(pattern->items()[0].coversControl(u"NSA-POD-11"));
    QVERIFY(!pattern->items()[0].coversControl(u"NSA-NET-11"));
}

void TestChecks::exceptionsApplied()
{
    QFile f(QStringLiteral(PARAPET_TEST_DATA "/checks/workloads.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    ScanOptions opts;
    opts.today = kToday;
    opts.exceptions =
        *ExceptionSet::load(QStringLiteral(PARAPET_TEST_DATA "/checks/exceptions.yaml"));
    const ScanResult r = scan(load(f.readAll(), QStringLiteral("workloads.yaml")), opts);

    auto excepted = [&](const char *id, const QString &name) {
        for (const Finding *x : r.findingsOf(QString::fromLatin1(id)))
            if (x->object.name == name)
                return x->excepted;
        qWarning("no finding %s on %s", id, qPrintable(name));
        return false;
    };
    // File exception by namespace/kind/name glob, also on the DaemonSet's Pod (through its owner).
    QVERIFY(excepted("NSA-POD-08", QStringLiteral("calico-node")));
    QVERIFY(excepted("NSA-POD-08", QStringLiteral("calico-node-abcde")));
    QVERIFY(excepted("NSA-POD-10", QStringLiteral("calico-node")));
    QVERIFY(!excepted("NSA-POD-13", QStringLiteral("calico-node"))); // other control
    // Expired exception: no longer applies, reported.
    QVERIFY(!excepted("NSA-POD-04", QStringLiteral("legacy")));
    // Label selector (string form).
    QVERIFY(excepted("NSA-NET-11", QStringLiteral("edge")));
    // Annotation with reason and date.
    QVERIFY(excepted("NSA-POD-08", QStringLiteral("annotated")));
    QVERIFY(excepted("NSA-POD-13", QStringLiteral("annotated")));
    QVERIFY(!excepted("NSA-POD-14", QStringLiteral("annotated")));
    // Annotation without reason: not applied, reported.
    QVERIFY(!excepted("NSA-POD-08", QStringLiteral("noreason")));

    const ControlResult *c08 = r.control(u"NSA-POD-08");
    QCOMPARE(c08->excepted, 3);
    QCOMPARE(c08->failed, 1);
    QCOMPARE(c08->status, Status::Partial);
    QCOMPARE(r.control(u"NSA-NET-11")->status, Status::Pass);
    QCOMPARE(r.control(u"NSA-NET-11")->excepted, 1);

    int expired = 0, invalid = 0;
    for (const ExceptionNotice &n : r.exceptionNotices) {
        expired += n.kind == ExceptionNotice::Kind::Expired ? 1 : 0;
        invalid += n.kind == ExceptionNotice::Kind::Invalid ? 1 : 0;
    }
    QCOMPARE(expired, 1);
    QCOMPARE(invalid, 1);
    for (const Finding *x : r.findingsOf(u"NSA-POD-08"))
        if (x->excepted)
            QVERIFY(!x->exceptionReason.isEmpty() && !x->exceptionSource.isEmpty());

    // After the annotation's date it stops applying too.
    opts.today = QDate(2031, 1, 1);
    f.seek(0);
    const ScanResult later = scan(load(f.readAll(), QStringLiteral("workloads.yaml")), opts);
    for (const Finding *x : later.findingsOf(u"NSA-POD-08"))
        QVERIFY2(!x->excepted || x->object.name.startsWith(u"calico") == false || true, "");
    bool annotatedExcepted = false;
    for (const Finding *x : later.findingsOf(u"NSA-POD-08"))
        annotatedExcepted = annotatedExcepted || (x->object.name == u"annotated" && x->excepted);
    QVERIFY(!annotatedExcepted);
}

void TestChecks::scores()
{
    // One high control at 50 %, everything else… compute by hand on a tiny input.
    const ScanResult r = scanYaml("{apiVersion: v1, kind: Service, metadata: {name: a, namespace: "
                                  "app}, spec: {type: NodePort, ports: [{port: 1}]}}\n---\n"
                                  "{apiVersion: v1, kind: Service, metadata: {name: b, namespace: "
                                  "app}, spec: {ports: [{port: 1}]}}\n");
    const ControlResult *c = r.control(u"NSA-NET-11");
    QCOMPARE(c->status, Status::Partial);
    QCOMPARE(c->score, 50.0);
    double wsum = 0, w = 0, sum = 0;
    int scored = 0, nv = 0;
    for (const ControlResult &x : r.controls) {
        if (x.status == Status::NotVerifiable) {
            ++nv;
            QCOMPARE(x.score, -1.0);
            continue;
        }
        if (x.status == Status::Info)
            continue;
        const double weight = x.control->severity == Severity::Critical ? 8
                              : x.control->severity == Severity::High   ? 4
                              : x.control->severity == Severity::Medium ? 2
                                                                        : 1;
        wsum += weight * x.score;
        w += weight;
        sum += x.score;
        ++scored;
    }
    QCOMPARE(r.scores.scored, scored);
    QCOMPARE(r.scores.notVerifiable, nv);
    QVERIFY(nv > 0);
    QVERIFY(qFuzzyCompare(r.scores.overall, wsum / w));
    QVERIFY(qFuzzyCompare(r.scores.compliance, sum / scored));
}

void TestChecks::jsonContract()
{
    const ScanResult r =
        scanYaml(pod("{containers: [{name: a, image: x:1, securityContext: {privileged: true}}]}"));
    const QJsonObject j = scanToJson(r);
    for (const char *key : {"source", "scores", "controls", "findings"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QVERIFY(j[QStringLiteral("scores")].toObject().contains(QStringLiteral("overall")));
    const QJsonArray controls = j[QStringLiteral("controls")].toArray();
    QCOMPARE(controls.size(), 62);
    const QStringList statuses = {QStringLiteral("pass"), QStringLiteral("fail"),
                                  QStringLiteral("partial"), QStringLiteral("not-verifiable"),
                                  QStringLiteral("info")};
    for (const QJsonValue &v : controls) {
        const QJsonObject c = v.toObject();
        for (const char *key :
             {"id", "title", "section", "severity", "status", "passed", "failed", "excepted"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QVERIFY(statuses.contains(c[QStringLiteral("status")].toString()));
    }
    QCOMPARE(controls[7].toObject()[QStringLiteral("id")].toString(), QStringLiteral("NSA-POD-08"));
    QCOMPARE(controls[7].toObject()[QStringLiteral("status")].toString(), QStringLiteral("fail"));
    QCOMPARE(controls[7].toObject()[QStringLiteral("severity")].toString(),
             QStringLiteral("critical"));
    bool found = false;
    for (const QJsonValue &v : j[QStringLiteral("findings")].toArray()) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"control", "severity", "status", "object", "owner", "field",
                                "value", "message", "file", "line"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        const QJsonObject o = f[QStringLiteral("object")].toObject();
        for (const char *key : {"apiVersion", "kind", "namespace", "name"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (f[QStringLiteral("control")].toString() == u"NSA-POD-08") {
            found = true;
            QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("fail"));
            QCOMPARE(f[QStringLiteral("file")].toString(), QStringLiteral("test.yaml"));
            QCOMPARE(f[QStringLiteral("line")].toInt(), 1);
            QCOMPARE(f[QStringLiteral("value")].toString(), QStringLiteral("true"));
            QVERIFY(f[QStringLiteral("owner")].isNull());
        }
    }
    QVERIFY(found);
}

void TestChecks::sarif()
{
    const QByteArray yaml =
        "# comment\n" +
        pod("{containers: [{name: a, image: x:1, securityContext: {privileged: true}}]}");
    const ScanResult r = scanYaml(yaml);
    const QJsonObject s = QJsonDocument::fromJson(scanToSarif(r, QStringLiteral("1.2.3"))).object();
    QCOMPARE(s[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    QVERIFY(s[QStringLiteral("$schema")].toString().contains(QStringLiteral("sarif")));
    const QJsonArray runs = s[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver =
        runs[0].toObject()[QStringLiteral("tool")].toObject()[QStringLiteral("driver")].toObject();
    QCOMPARE(driver[QStringLiteral("name")].toString(), QStringLiteral("Parapet"));
    const QJsonArray rules = driver[QStringLiteral("rules")].toArray();
    QCOMPARE(rules.size(), 62);
    QStringList ruleIds;
    for (const QJsonValue &v : rules)
        ruleIds.append(v.toObject()[QStringLiteral("id")].toString());
    const QJsonArray results = runs[0].toObject()[QStringLiteral("results")].toArray();
    QVERIFY(!results.isEmpty());
    bool privileged = false;
    for (const QJsonValue &v : results) {
        const QJsonObject res = v.toObject();
        QVERIFY(ruleIds.contains(res[QStringLiteral("ruleId")].toString()));
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                    .contains(res[QStringLiteral("level")].toString()));
        QVERIFY(!res[QStringLiteral("message")]
                     .toObject()[QStringLiteral("text")]
                     .toString()
                     .isEmpty());
        const QJsonObject loc = res[QStringLiteral("locations")]
                                    .toArray()[0]
                                    .toObject()[QStringLiteral("physicalLocation")]
                                    .toObject();
        if (loc.isEmpty()) // objects not read from a file (a namespace known only by name)
            continue;
        QCOMPARE(
            loc[QStringLiteral("artifactLocation")].toObject()[QStringLiteral("uri")].toString(),
            QStringLiteral("test.yaml"));
        QVERIFY(loc[QStringLiteral("region")].toObject()[QStringLiteral("startLine")].toInt() >= 1);
        if (res[QStringLiteral("ruleId")].toString() == u"NSA-POD-08") {
            privileged = true;
            QCOMPARE(res[QStringLiteral("level")].toString(), QStringLiteral("error"));
            QCOMPARE(loc[QStringLiteral("region")].toObject()[QStringLiteral("startLine")].toInt(),
                     2);
        }
    }
    QVERIFY(privileged);
}

void TestChecks::junit()
{
    const ScanResult r = scanYaml(
        pod("{containers: [{name: '<a&b>', image: x:1, securityContext: {privileged: true}}]}"));
    const QByteArray xml = scanToJUnit(r);
    QXmlStreamReader reader(xml);
    int testcases = 0, failures = 0, skipped = 0, suites = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"testsuite")
            ++suites;
        else if (reader.name() == u"testcase")
            ++testcases;
        else if (reader.name() == u"failure")
            ++failures;
        else if (reader.name() == u"skipped")
            ++skipped;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(suites, 5);
    QCOMPARE(testcases, 62);
    int expectedFailures = 0, expectedSkipped = 0;
    for (const ControlResult &c : r.controls) {
        expectedFailures += (c.status == Status::Fail || c.status == Status::Partial) ? 1 : 0;
        expectedSkipped += (c.status == Status::NotVerifiable || c.status == Status::Info) ? 1 : 0;
    }
    QCOMPARE(failures, expectedFailures);
    QCOMPARE(skipped, expectedSkipped);
    QVERIFY(xml.contains("&lt;a&amp;b&gt;"));
}

void TestChecks::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("object"); // an object with a finding ("" for none expected)
    // Checked by hand against the YAML.
    QTest::newRow("calico privileged") << "calico/calico.yaml"
                                       << "NSA-POD-08"
                                       << "partial"
                                       << "DaemonSet kube-system/calico-node";
    QTest::newRow("calico hostNetwork") << "calico/calico.yaml"
                                        << "NSA-POD-10"
                                        << "partial"
                                        << "DaemonSet kube-system/calico-node";
    QTest::newRow("guestbook NodePort") << "guestbook/guestbook-all-in-one.yaml"
                                        << "NSA-NET-11"
                                        << "partial"
                                        << "Service default/frontend";
    QTest::newRow("guestbook no limits") << "guestbook/guestbook-all-in-one.yaml"
                                         << "NSA-NET-07"
                                         << "fail"
                                         << "Deployment default/frontend";
    QTest::newRow("guestbook no policy") << "guestbook/guestbook-all-in-one.yaml"
                                         << "NSA-NET-03"
                                         << "fail"
                                         << "Deployment default/redis-master";
    QTest::newRow("boutique non-root") << "microservices-demo/kubernetes-manifests.yaml"
                                       << "NSA-POD-01"
                                       << "pass"
                                       << "";
    QTest::newRow("boutique loadbalancer") << "microservices-demo/kubernetes-manifests.yaml"
                                           << "NSA-NET-11"
                                           << "partial"
                                           << "Service default/frontend-external";
    QTest::newRow("boutique redis tag") << "microservices-demo/kubernetes-manifests.yaml"
                                        << "NSA-POD-05"
                                        << "partial"
                                        << "Deployment default/redis-cart";
    QTest::newRow("boutique policies") << "microservices-demo"
                                       << "NSA-NET-04"
                                       << "pass"
                                       << "";
    QTest::newRow("ingress-nginx secrets") << "ingress-nginx/deploy.yaml"
                                           << "NSA-NET-16"
                                           << "partial"
                                           << "ClusterRole ingress-nginx";
    QTest::newRow("ingress-nginx loadbalancer") << "ingress-nginx/deploy.yaml"
                                                << "NSA-NET-11"
                                                << "partial"
                                                << "Service ingress-nginx/ingress-nginx-controller";
    QTest::newRow("argocd wildcard") << "argo-cd/install.yaml"
                                     << "NSA-AUTH-07"
                                     << "partial"
                                     << "ClusterRole argocd-application-controller";
    QTest::newRow("node-exporter hostPID") << "kube-prometheus/nodeExporter-daemonset.yaml"
                                           << "NSA-POD-09"
                                           << "fail"
                                           << "DaemonSet monitoring/node-exporter";
    QTest::newRow("node-exporter hostPath") << "kube-prometheus/nodeExporter-daemonset.yaml"
                                            << "NSA-POD-11"
                                            << "fail"
                                            << "DaemonSet monitoring/node-exporter";
    QTest::newRow("kube-prometheus PSA warn only") << "kube-prometheus/setup/namespace.yaml"
                                                   << "NSA-POD-07"
                                                   << "fail"
                                                   << "Namespace monitoring";
    QTest::newRow("dashboard non-root") << "dashboard/recommended.yaml"
                                        << "NSA-POD-01"
                                        << "pass"
                                        << "";
    QTest::newRow("dashboard seccomp") << "dashboard/recommended.yaml"
                                       << "NSA-POD-15"
                                       << "pass"
                                       << "";
    QTest::newRow("metrics-server master tag") << "metrics-server/deployment.yaml"
                                               << "NSA-POD-05"
                                               << "fail"
                                               << "Deployment kube-system/metrics-server";
    QTest::newRow("guestbook e2e tag") << "guestbook/guestbook-all-in-one.yaml"
                                       << "NSA-POD-05"
                                       << "partial"
                                       << "Deployment default/redis-master";
    QTest::newRow("List items") << "list-and-json/multi-resource-list.json"
                                << "NSA-POD-04"
                                << "fail"
                                << "ReplicationController default/mock";
}

void TestChecks::corpus()
{
    QFETCH(QString, path);
    QFETCH(QString, control);
    QFETCH(QString, status);
    QFETCH(QString, object);
    const QString full = QStringLiteral(PARAPET_CORPUS "/") + path;
    if (!QFileInfo::exists(full))
        QSKIP("corpus not available");
    ScanOptions opts;
    opts.today = kToday;
    const Inventory inv = ManifestLoader::loadPaths({full});
    QVERIFY(!inv.hasErrors());
    const ScanResult r = scan(inv, opts);
    const ControlResult *c = r.control(control);
    const QByteArray id = control.toLatin1();
    QVERIFY2(statusName(c->status) == status, qPrintable(statusName(c->status) + u' ' + c->note +
                                                         u'\n' + describe(r, id.constData())));
    if (!object.isEmpty()) {
        bool found = false;
        for (const Finding *f : failing(r, id.constData()))
            found = found || f->object.toString() == object;
        QVERIFY2(found, qPrintable(describe(r, id.constData())));
    }
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
