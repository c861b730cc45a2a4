#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <span>

namespace parapet::checks {

/// One Kubernetes minor release and its support window.
struct KubernetesRelease
{
    int minor;
    QDate released;
    QDate endOfLife;
    /// Newest patch known when the table was written (not necessarily the newest today).
    int latestPatch;
};

/// The table of Kubernetes releases (kubernetes.io/releases), newest first.
std::span<const KubernetesRelease> kubernetesReleases();
/// The date the table was last brought up to date; older tables make "supported" uncertain.
QDate kubernetesReleasesAsOf();
/// Release data for 1.\a minor, if in the table.
std::optional<KubernetesRelease> kubernetesRelease(int minor);

/// `v1.30.4`, `1.30.4-eks-1234`, `v1.29.2+k3s1` → (minor, patch); std::nullopt when not 1.x.y.
std::optional<std::pair<int, int>> parseKubernetesVersion(QStringView version);

} // namespace parapet::checks
