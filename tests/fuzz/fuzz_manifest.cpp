// libFuzzer target: the manifest loader (YAML or JSON stream -> Inventory), as `parapet` reads
// a file or stdin. Any input must end in objects or diagnostics, never in a crash.
#include "kube/inventory.h"
#include "sources/manifestloader.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ManifestLoader loader;
    // The name decides nothing: the loader sniffs YAML vs JSON vs snapshot from the bytes.
    loader.addData(QStringLiteral("fuzz.yaml"), bytes);
    const Inventory inventory = loader.load(SourceInfo{});
    // Touch what was built so that lazily computed parts run too.
    for (const KubeObject &object : inventory.objects()) {
        (void)object.kind();
        (void)object.name();
        (void)object.ns();
    }
    return 0;
}
