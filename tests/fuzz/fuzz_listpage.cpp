// libFuzzer target: an API server LIST response body -> objects of the inventory
// (parseListPage, the path every page of a live scan takes).
#include "cluster/clusterfetcher.h"
#include "kube/inventory.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <QByteArray>
#include <QString>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The kind asked for decides defaults and the Secret value filter; the size picks one so
    // that seeds stay plain JSON.
    static const std::pair<QString, QString> kinds[] = {
        {QStringLiteral("v1"), QStringLiteral("Pod")},
        {QStringLiteral("v1"), QStringLiteral("Secret")},
        {QStringLiteral("apps/v1"), QStringLiteral("Deployment")},
        {QStringLiteral("rbac.authorization.k8s.io/v1"), QStringLiteral("ClusterRole")},
        {QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy")},
        {QStringLiteral("v1"), QStringLiteral("Namespace")},
    };
    const auto &[apiVersion, kind] = kinds[size % std::size(kinds)];
    ParsedPage page = parseListPage(bytes, apiVersion, kind, QStringLiteral("fuzz-cluster"));
    if (page.error)
        return 0;
    for (const KubeObject &object : page.objects) {
        (void)object.kind();
        (void)object.name();
        (void)object.ns();
        (void)object.labels();
    }
    // As the fetcher does: the page's objects become a live inventory (defaulting, indexes).
    InventoryBuilder builder;
    SourceInfo source;
    source.kind = SourceInfo::Kind::Live;
    builder.setSource(source);
    for (KubeObject &object : page.objects)
        builder.add(std::move(object));
    for (Diagnostic &diagnostic : page.diagnostics)
        builder.addDiagnostic(std::move(diagnostic));
    const Inventory inventory = builder.build();
    (void)inventory.namespaceNames();
    (void)inventory.countsByKind();
    return 0;
}
