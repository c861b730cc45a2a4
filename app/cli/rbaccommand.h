#pragma once

#include "command.h"

namespace parapet::cli {

/// `parapet-cli rbac can-i|who-can|permissions|risks|graph ...`: RBAC answers as the API
/// server's authorizer gives them, for a source of objects (see README "RBAC analysis").
class RbacCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("rbac"); }
    QString summary() const override;
    int run(const QStringList &args, Io &io) override;

private:
    int canI(const QStringList &args, Io &io);
    int whoCan(const QStringList &args, Io &io);
    int permissions(const QStringList &args, Io &io);
    int risks(const QStringList &args, Io &io);
    int graph(const QStringList &args, Io &io);
};

} // namespace parapet::cli
