#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli scan [SOURCE...] [--format table|json|sarif|junit] [--exceptions FILE]
/// [--fail-on low|medium|high|critical]`: the NSA/CISA hardening checks with evidence,
/// scores and exceptions. Exit 1 when a finding at or above --fail-on remains (not excepted),
/// 2 on usage or input errors.
class ScanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
