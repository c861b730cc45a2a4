// libFuzzer target: label selector parsing (`-l`, `--selector`, exceptions and fields that
// carry selectors as strings).
#include "kube/labelselector.h"

#include <cstddef>
#include <cstdint>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)LabelSelector::parse(text);
    return 0;
}
