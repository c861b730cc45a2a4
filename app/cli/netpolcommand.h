#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli netpol can-reach|matrix|exposure|diff ...`: NetworkPolicy reachability.
///
/// - `can-reach SRC DST --port PORT[/PROTO] [SOURCE...] [--explain] [--format text|json]`:
///   exit 0 when allowed, 1 when denied or implementation-defined;
/// - `matrix [SOURCE...] [--format table|json|csv]`: allowed connections per workload pair and
///   with addresses outside;
/// - `exposure [SOURCE...] [--format table|json]`: pods reachable from everywhere or the
///   internet, namespaces without isolation, policies and rules that never apply;
/// - `diff OLD NEW [--format text|json]`: connections that appear, disappear or change; exit 0
///   when there is none, 1 when there are.
class NetpolCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("netpol"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;

private:
    int canReach(const QStringList &args, Io &io);
    int matrix(const QStringList &args, Io &io);
    int exposure(const QStringList &args, Io &io);
    int diff(const QStringList &args, Io &io);
};

} // namespace parapet::cli
