#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli snapshot [SOURCE...] -o FILE`: saves the inventory of a source to one file.
class SnapshotCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
