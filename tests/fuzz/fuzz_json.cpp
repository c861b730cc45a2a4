// libFuzzer target: the JSON stream parser used for JSON manifests, `kubectl get -o json`
// output and API server LIST responses.
#include "sources/parselimits.h"

#include <cstddef>
#include <cstdint>
#include <QByteArrayView>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    std::size_t documents = 0;
    parseJsonStream(
        bytes, ParseLimits{},
        [&documents](ParsedDocument parsed) {
            if (parsed.document)
                ++documents;
        },
        [](Error) {});
    return 0;
}
