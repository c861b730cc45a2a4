// libFuzzer target: the exceptions file (accepted risks): YAML -> ExceptionSet, then every
// exception's selectors (globs, kinds, label selectors) against a few objects.
#include "checks/exceptions.h"
#include "kube/inventory.h"
#include "sources/manifestloader.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QDate>
#include <QString>

namespace {

const parapet::Inventory &objects()
{
    static const parapet::Inventory inventory = [] {
        parapet::ManifestLoader loader;
        loader.addData(QStringLiteral("objects.yaml"),
                       "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: calico-node\n"
                       "  namespace: kube-system\n  labels: {k8s-app: calico-node, tier: net}\n"
                       "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-7d9f\n"
                       "  namespace: shop\n  labels: {app: web}\n"
                       "  annotations: {parapet.io/exempt: \"NSA-POD-08\"}\n"
                       "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n");
        return loader.load(parapet::SourceInfo{});
    }();
    return inventory;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto set = checks::ExceptionSet::parse(bytes, QStringLiteral("exceptions.yaml"));
    if (!set)
        return 0;
    const QDate today(2026, 1, 1);
    for (const checks::Exception &exception : set->items()) {
        (void)exception.isExpired(today);
        (void)exception.coversControl(u"NSA-POD-08");
        for (const KubeObject &object : objects().objects())
            (void)exception.matches(object);
        (void)exception.matches(QStringLiteral("Namespace"), QString(), QStringLiteral("shop"));
    }
    return 0;
}
