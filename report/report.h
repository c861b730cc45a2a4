#pragma once

#include "kube/inventory.h"
#include "kube/result.h"

#include <QString>

namespace parapet::report {

/// The kind of file writeReport() makes.
enum class Format
{
    Pdf,  ///< A4 PDF drawn with QPdfWriter (embedded DejaVu Sans, selectable text, vector graphs)
    Html, ///< one self-contained HTML file (inline CSS, JS and SVG; no external asset)
};

/// What goes into a report besides the inventory.
struct Options
{
    Format format = Format::Pdf;
    /// Exceptions file (YAML, see README "Exceptions"); empty: none.
    QString exceptionsFile;
    /// Report title; empty: "Kubernetes hardening report".
    QString title;
    /// Whether the appendix lists the generated fix manifests (remediation::planFixes).
    bool includeFixes = true;
};

/// Scans \a inventory (with the exceptions of \a options), analyses RBAC and NetworkPolicy, and
/// writes the report to \a outputPath. Needs a QGuiApplication for Pdf (fonts, painter); Html
/// works with any QCoreApplication. Secret values never reach the report: Secrets are shown by
/// name only, and annotation values, environment values and ConfigMap data are never copied.
/// Returns true, or an Error (unreadable exceptions file, unwritable output, no
/// QGuiApplication for Pdf).
Result<bool> writeReport(const Inventory &inventory, const Options &options,
                         const QString &outputPath);

} // namespace parapet::report
