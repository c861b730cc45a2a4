#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli report [SOURCE...] --format pdf|html -o FILE [--exceptions FILE] [--title TEXT]
/// [--no-fixes]`: the audit report (cover, contents, executive summary, checklist with evidence,
/// manual checks, RBAC and reachability graphs, exceptions, generated fixes). Exit 0 when the
/// report was written, 2 on usage or input errors (a report is still written when some input
/// could not be read).
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;

    /// Whether the command line \a argv runs `report`, which draws with QtGui and so needs a
    /// QGuiApplication instead of a QCoreApplication. Without a display (Linux: neither DISPLAY
    /// nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM set) this also selects Qt's offscreen platform,
    /// so that reports are made headless.
    static bool needsGuiApplication(int argc, char **argv);
};

} // namespace parapet::cli
