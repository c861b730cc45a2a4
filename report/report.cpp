#include "report.h"

#include "reportdocument.h"

namespace parapet::report {

Result<bool> writeReport(const Inventory &inventory, const Options &options,
                         const QString &outputPath)
{
    if (outputPath.isEmpty())
        return Error{Error::Code::Usage, Tr::translate("Report", "no output file given"), {}};
    ContentLimits limits;
    if (options.format == Format::Html) {
        // A browser scrolls and sorts: more rows fit than on paper.
        limits.findingsPerControl = 500;
        limits.fixes = 300;
        limits.rbacFindings = 1000;
        limits.exposures = 1000;
    }
    auto doc = buildDocument(inventory, options, limits);
    if (!doc)
        return doc.error();
    return options.format == Format::Pdf ? writePdf(doc.value(), outputPath)
                                         : writeHtml(doc.value(), outputPath);
}

} // namespace parapet::report
