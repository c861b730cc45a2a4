#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli fix [SOURCE...] [--control ID]... [--object "Kind ns/name"]...
/// [--format yaml|patch|json] [--without PART,...] [-o DIR]`: the manifests (or strategic-merge
/// patches) that fix the findings of a scan. Exit 0 (also when nothing is fixable), 2 on usage or
/// input errors.
class FixCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("fix"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
