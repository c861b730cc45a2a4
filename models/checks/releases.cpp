#include "releases.h"

#include <array>
#include <QRegularExpression>

namespace parapet::checks {

namespace {

// Kubernetes release table, from kubernetes.io/releases (release and end-of-life dates of each
// minor, newest patch published at the time). Dated 2026-11-26: update it with each minor
// release. Minors older than 1.25 are all out of support and only need "older than the table".
const std::array<KubernetesRelease, 13> kReleases = {{
    {37, QDate(2026, 8, 26), QDate(2027, 10, 28), 1},
    {36, QDate(2026, 4, 22), QDate(2027, 6, 28), 4},
    {35, QDate(2025, 12, 17), QDate(2027, 2, 28), 9},
    {34, QDate(2025, 8, 27), QDate(2026, 10, 27), 6},
    {33, QDate(2025, 4, 23), QDate(2026, 6, 28), 10},
    {32, QDate(2024, 12, 11), QDate(2026, 2, 28), 0},
    {31, QDate(2024, 8, 13), QDate(2025, 10, 28), 0},
    {30, QDate(2024, 4, 17), QDate(2025, 7, 15), 14},
    {29, QDate(2023, 12, 13), QDate(2025, 2, 28), 0},
    {28, QDate(2023, 8, 15), QDate(2024, 10, 28), 0},
    {27, QDate(2023, 4, 11), QDate(2024, 6, 28), 0},
    {26, QDate(2022, 12, 9), QDate(2024, 2, 28), 0},
    {25, QDate(2022, 8, 23), QDate(2023, 10, 28), 0},
}};

} // namespace

std::span<const KubernetesRelease> kubernetesReleases()
{
    return {kReleases.data(), kReleases.size()};
}

QDate kubernetesReleasesAsOf()
{
    return QDate(2026, 11, 26);
}

std::optional<KubernetesRelease> kubernetesRelease(int minor)
{
    for (const KubernetesRelease &r : kReleases)
        if (r.minor == minor)
            return r;
    return std::nullopt;
}

std::optional<std::pair<int, int>> parseKubernetesVersion(QStringView version)
{
    static const QRegularExpression re(QStringLiteral("^v?1\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(version.toString());
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.capturedView(1).toInt(), m.capturedView(2).toInt());
}

} // namespace parapet::checks
