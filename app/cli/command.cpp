#include "command.h"

#include "contextscommand.h"
#include "fixcommand.h"
#include "graphcommand.h"
#include "inventorycommand.h"
#include "netpolcommand.h"
#include "rbaccommand.h"
#include "reportcommand.h"
#include "scancommand.h"
#include "snapshotcommand.h"

#include <yaml.h>

namespace parapet::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> out;
    out.push_back(std::make_unique<InventoryCommand>());
    out.push_back(std::make_unique<SnapshotCommand>());
    out.push_back(std::make_unique<ContextsCommand>());
    out.push_back(std::make_unique<GraphCommand>());
    out.push_back(std::make_unique<RbacCommand>());
    out.push_back(std::make_unique<NetpolCommand>());
    out.push_back(std::make_unique<ScanCommand>());
    out.push_back(std::make_unique<FixCommand>());
    out.push_back(std::make_unique<ReportCommand>());
    return out;
}

namespace {

void printHelp(QTextStream &s)
{
    s << Command::tr("Usage: parapet-cli COMMAND [SOURCE...] [OPTIONS]") << '\n'
      << '\n'
      << Command::tr("Hardens Kubernetes clusters along the NSA/CISA Kubernetes Hardening Guide.")
      << "\n\n"
      << Command::tr("Commands:") << '\n';
    for (const auto &c : allCommands())
        s << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    s << '\n'
      << Command::tr("Sources (common to all commands):") << '\n'
      << Command::tr("  PATH...        manifest files or folders (YAML, JSON), or snapshot files")
      << '\n'
      << Command::tr("  -              read manifests from standard input") << '\n'
      << Command::tr("  --demo         the bundled demo cluster") << '\n'
      << Command::tr("  --context NAME a live cluster through kubeconfig (with --kubeconfig, "
                     "--cluster, --user,\n                 --as, --as-group, "
                     "--request-timeout); no source at all: the current context")
      << '\n'
      << '\n'
      << Command::tr("Run 'parapet-cli COMMAND --help' for the options of a command.") << '\n'
      << Command::tr("Exit codes: 0 success, 1 findings at or above the threshold, 2 usage or "
                     "input error.")
      << '\n';
}

} // namespace

int runCli(const QStringList &arguments, Io &io)
{
    if (arguments.isEmpty() || arguments.front() == u"--help" || arguments.front() == u"-h"
        || arguments.front() == u"help") {
        printHelp(arguments.isEmpty() ? io.err : io.out);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.front() == u"--version" || arguments.front() == u"version") {
        io.out << "parapet-cli " << PARAPET_VERSION << " (Qt " << qVersion() << ", libyaml "
               << yaml_get_version_string() << ")\n";
        return ExitOk;
    }
    for (const auto &c : allCommands()) {
        if (c->name() == arguments.front())
            return c->run(arguments.mid(1), io);
    }
    io.err << Command::tr("error: unknown command \"%1\"; run 'parapet-cli --help' for the list")
                  .arg(arguments.front())
           << '\n';
    return ExitUsage;
}

} // namespace parapet::cli
