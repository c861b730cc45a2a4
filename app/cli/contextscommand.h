#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli contexts [NAME...]`: the contexts of the kubeconfig, like
/// `kubectl config get-contexts`, with how each user authenticates (never a credential).
class ContextsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("contexts"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;
};

} // namespace parapet::cli
