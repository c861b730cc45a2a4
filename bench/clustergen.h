#pragma once

#include <QByteArray>

namespace parapet::bench {

/// Shape of a synthetic cluster. Defaults give ~36,000 objects: the 10,000-pod /
/// 1,000-namespace cluster of Parapet's performance targets.
struct ClusterShape
{
    int namespaces = 1000;
    int deploymentsPerNamespace = 5;
    int podsPerDeployment = 2;
    int servicesPerNamespace = 5;
    int policiesPerNamespace = 2;
    int rolesPerNamespace = 3;
    int bindingsPerNamespace = 3;
    int configMapsPerNamespace = 4;
    int secretsPerNamespace = 2;
    int clusterRoles = 200;
    unsigned seed = 42;
};

/// Multi-document YAML of a whole synthetic cluster, as `kubectl get -o yaml` would print its
/// objects (status, uids, IPs included), deterministic for a given shape and seed.
QByteArray generateClusterYaml(const ClusterShape &shape, int *objectCount = nullptr);

} // namespace parapet::bench
