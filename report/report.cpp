#include "report.h"

#include <QCoreApplication>

namespace parapet::report {

Result<bool> writeReport(const Inventory &inventory, const Options &options,
                         const QString &outputPath)
{
    Q_UNUSED(inventory);
    Q_UNUSED(options);
    Q_UNUSED(outputPath);
    return Error{Error::Code::Unsupported,
                 QCoreApplication::translate("Report", "reports are not available yet"),
                 {}};
}

} // namespace parapet::report
