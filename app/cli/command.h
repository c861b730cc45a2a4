#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace parapet::cli {

/// Exit codes of parapet-cli (a contract: scripts depend on them).
enum ExitCode : int {
    ExitOk = 0,
    /// Findings at or above the failure threshold (used by `scan`).
    ExitFindings = 1,
    /// Usage error, or input that could not be read completely (message on stderr).
    ExitUsage = 2,
};

/// Where a command reads and writes: injected so that tests run commands in-process.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    std::function<QByteArray()> readStdin;
};

/// One sub-command of parapet-cli.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(parapet::cli::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// \a args are the arguments after the command name.
    virtual int run(const QStringList &args, Io &io) = 0;
};

/// All commands, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

/// Runs parapet-cli with \a arguments (without the program name).
int runCli(const QStringList &arguments, Io &io);

} // namespace parapet::cli
