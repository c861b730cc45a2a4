#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli inventory [SOURCE...] [--format table|json] [--kind K,...] [-l SELECTOR]
/// [--counts]`: the objects of a source, as a table or as JSON.
class InventoryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("inventory"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
