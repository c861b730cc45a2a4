// libFuzzer target: the binary snapshot reader. Snapshots are outside input like manifests:
// every length and tape must be validated before use.
#include "sources/snapshot.h"

#include <cstddef>
#include <cstdint>
#include <QByteArrayView>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Snapshot::isSnapshot(bytes);
    const auto loaded = Snapshot::read(bytes, QStringLiteral("fuzz.snapshot"));
    if (loaded) {
        for (const KubeObject &object : loaded->inventory.objects()) {
            (void)object.kind();
            (void)object.name();
        }
    }
    return 0;
}
