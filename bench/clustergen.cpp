#include "clustergen.h"

#include <QString>

#include <random>

namespace parapet::bench {

namespace {

class Out
{
public:
    Out &operator<<(const char *s)
    {
        m_data.append(s);
        return *this;
    }
    Out &operator<<(const QByteArray &s)
    {
        m_data.append(s);
        return *this;
    }
    Out &operator<<(long long v)
    {
        m_data.append(QByteArray::number(v));
        return *this;
    }
    Out &operator<<(int v) { return *this << static_cast<long long>(v); }
    QByteArray &data() { return m_data; }

private:
    QByteArray m_data;
};

QByteArray uid(std::mt19937 &rng)
{
    std::uniform_int_distribution<unsigned> d;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%04x%08x", d(rng), d(rng) & 0xffff,
                  (d(rng) & 0x0fff) | 0x4000, (d(rng) & 0x3fff) | 0x8000, d(rng) & 0xffff, d(rng));
    return QByteArray(buf);
}

} // namespace

QByteArray generateClusterYaml(const ClusterShape &shape, int *objectCount)
{
    std::mt19937 rng(shape.seed);
    Out o;
    int count = 0;
    const char *tiers[] = {"frontend", "backend", "cache", "worker", "db"};
    for (int c = 0; c < shape.clusterRoles; ++c) {
        o << "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: "
             "synthetic-role-"
          << c << "\n  uid: " << uid(rng)
          << "\nrules:\n- apiGroups: [\"\"]\n  resources: [pods, services, configmaps]\n  verbs: [get, "
             "list, watch]\n- apiGroups: [apps]\n  resources: [deployments]\n  verbs: [get, list]\n";
        ++count;
    }
    long long podIp = 0;
    for (int n = 0; n < shape.namespaces; ++n) {
        const QByteArray ns = "team-" + QByteArray::number(n);
        o << "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: " << ns
          << "\n  uid: " << uid(rng) << "\n  labels:\n    kubernetes.io/metadata.name: " << ns
          << "\n    team: t" << (n % 50) << "\n    pod-security.kubernetes.io/enforce: "
          << (n % 3 == 0 ? "restricted" : "baseline") << "\nspec:\n  finalizers: [kubernetes]\nstatus:\n  phase: Active\n";
        ++count;
        for (int dpl = 0; dpl < shape.deploymentsPerNamespace; ++dpl) {
            const QByteArray app = QByteArray("app-") + QByteArray::number(dpl);
            const char *tier = tiers[dpl % 5];
            const QByteArray depUid = uid(rng);
            o << "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " << app
              << "\n  namespace: " << ns << "\n  uid: " << depUid << "\n  labels:\n    app: " << app
              << "\n    tier: " << tier << "\nspec:\n  replicas: " << shape.podsPerDeployment
              << "\n  selector:\n    matchLabels:\n      app: " << app
              << "\n  template:\n    metadata:\n      labels:\n        app: " << app
              << "\n        tier: " << tier
              << "\n    spec:\n      serviceAccountName: default\n      containers:\n      - name: main\n"
                 "        image: registry.example.com/"
              << app << ":1." << dpl
              << "\n        ports:\n        - name: http\n          containerPort: 8080\n"
                 "        securityContext:\n          runAsNonRoot: true\n"
                 "          allowPrivilegeEscalation: false\n"
                 "          capabilities:\n            drop: [ALL]\n"
                 "        resources:\n          limits: {cpu: 500m, memory: 256Mi}\n";
            ++count;
            for (int p = 0; p < shape.podsPerDeployment; ++p) {
                ++podIp;
                o << "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: " << app << "-7d9f8b6c5-"
                  << p << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
                  << "\n  labels:\n    app: " << app << "\n    tier: " << tier
                  << "\n    pod-template-hash: 7d9f8b6c5\n  ownerReferences:\n  - apiVersion: apps/v1\n"
                     "    kind: ReplicaSet\n    name: "
                  << app << "-7d9f8b6c5\n    uid: " << uid(rng)
                  << "\n    controller: true\nspec:\n  nodeName: node-" << (podIp % 50)
                  << "\n  serviceAccountName: default\n  containers:\n  - name: main\n"
                     "    image: registry.example.com/"
                  << app << ":1." << dpl
                  << "\n    ports:\n    - name: http\n      containerPort: 8080\n      protocol: TCP\n"
                     "    securityContext:\n      runAsNonRoot: true\n      allowPrivilegeEscalation: false\n"
                     "status:\n  phase: Running\n  podIP: 10."
                  << ((podIp >> 16) & 255) << "." << ((podIp >> 8) & 255) << "." << (podIp & 255)
                  << "\n  hostIP: 192.168.0." << (podIp % 50) << "\n";
                ++count;
            }
        }
        for (int s = 0; s < shape.servicesPerNamespace; ++s) {
            o << "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-" << s
              << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
              << "\nspec:\n  type: ClusterIP\n  selector:\n    app: app-"
              << (s % std::max(1, shape.deploymentsPerNamespace))
              << "\n  ports:\n  - name: http\n    port: 80\n    targetPort: http\n";
            ++count;
        }
        for (int p = 0; p < shape.policiesPerNamespace; ++p) {
            o << "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: policy-"
              << p << "\n  namespace: " << ns << "\n  uid: " << uid(rng);
            if (p == 0) {
                o << "\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n";
            } else {
                o << "\nspec:\n  podSelector:\n    matchLabels:\n      tier: backend\n  ingress:\n"
                     "  - from:\n    - namespaceSelector:\n        matchLabels:\n          team: t"
                  << (n % 50)
                  << "\n      podSelector:\n        matchExpressions:\n        - {key: tier, operator: In, "
                     "values: [frontend, worker]}\n    ports:\n    - port: http\n      protocol: TCP\n";
            }
            ++count;
        }
        for (int r = 0; r < shape.rolesPerNamespace; ++r) {
            o << "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: role-" << r
              << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
              << "\nrules:\n- apiGroups: [\"\"]\n  resources: [pods, pods/log]\n  verbs: [get, list]\n";
            ++count;
        }
        for (int b = 0; b < shape.bindingsPerNamespace; ++b) {
            o << "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: binding-"
              << b << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
              << "\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: role-"
              << (b % std::max(1, shape.rolesPerNamespace))
              << "\nsubjects:\n- kind: ServiceAccount\n  name: default\n- kind: Group\n  apiGroup: "
                 "rbac.authorization.k8s.io\n  name: team-"
              << n << "\n";
            ++count;
        }
        for (int c = 0; c < shape.configMapsPerNamespace; ++c) {
            o << "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-" << c
              << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
              << "\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: \"a,b,c\"\n  settings.yaml: |\n    server:\n"
                 "      port: 8080\n      timeout: 30s\n";
            ++count;
        }
        for (int s = 0; s < shape.secretsPerNamespace; ++s) {
            o << "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: secret-" << s
              << "\n  namespace: " << ns << "\n  uid: " << uid(rng)
              << "\ntype: Opaque\ndata:\n  password: c3ludGhldGljLXZhbHVl\n";
            ++count;
        }
    }
    if (objectCount)
        *objectCount = count;
    return std::move(o.data());
}

} // namespace parapet::bench
