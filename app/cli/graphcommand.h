#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli graph KIND [SOURCE...] [--format dot|svg|json] [-o FILE]`: one of Parapet's
/// graphs (namespaces, rbac, netpol) as Graphviz DOT, SVG (laid out by Graphviz) or JSON.
class GraphCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("graph"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
