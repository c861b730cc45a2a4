#include "scancommand.h"

#include "checks/scanformats.h"
#include "checks/scanner.h"
#include "sourceoptions.h"

#include <algorithm>
#include <QJsonDocument>

namespace parapet::cli {

namespace {

using namespace parapet::checks;

QString scoreText(double score)
{
    return score < 0 ? QStringLiteral("-") : QString::number(score, 'f', 1);
}

void printRows(QTextStream &out, const QList<QStringList> &rows, const QString &indent)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    for (const QStringList &r : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += i + 1 == r.size() ? r[i] : r[i].leftJustified(widths[i] + 2);
        out << line << '\n';
    }
}

void printTable(const ScanResult &r, int limit, QTextStream &out)
{
    out << Command::tr("Source: %1 (%2 objects)")
               .arg(r.source.name.isEmpty() ? QStringLiteral("-") : r.source.name)
               .arg(r.objectCount);
    if (!r.kubernetesVersion.isEmpty())
        out << Command::tr(", Kubernetes %1").arg(r.kubernetesVersion);
    out << '\n'
        << Command::tr("Score: %1 (severity weighted), compliance %2; %3 controls scored, %4 not "
                       "verifiable from here, %5 informational")
               .arg(scoreText(r.scores.overall), scoreText(r.scores.compliance))
               .arg(r.scores.scored)
               .arg(r.scores.notVerifiable)
               .arg(r.scores.informational)
        << "\n";
    for (const SectionScore &s : r.scores.sections) {
        out << '\n'
            << sectionTitle(s.section) << Command::tr(" (score %1)").arg(scoreText(s.score))
            << '\n';
        QList<QStringList> rows{{Command::tr("CONTROL"), Command::tr("SEVERITY"),
                                 Command::tr("STATUS"), Command::tr("PASS"), Command::tr("FAIL"),
                                 Command::tr("EXCEPTED"), Command::tr("TITLE")}};
        for (const ControlResult &c : r.controls) {
            if (c.control->section != s.section)
                continue;
            rows.append({c.control->idString(), severityName(c.control->severity),
                         statusName(c.status), QString::number(c.passed), QString::number(c.failed),
                         QString::number(c.excepted), c.control->title()});
        }
        printRows(out, rows, QStringLiteral("  "));
        for (const ControlResult &c : r.controls) {
            if (c.control->section != s.section)
                continue;
            const auto findings = r.findingsOf(c.control->idString());
            if (findings.empty() && c.note.isEmpty())
                continue;
            if (c.status == Status::Pass && findings.empty())
                continue;
            out << "  " << c.control->idString() << ' ' << statusTitle(c.status);
            if (!c.note.isEmpty())
                out << ": " << c.note;
            out << '\n';
            int shown = 0;
            for (const Finding *f : findings) {
                if (limit > 0 && shown == limit) {
                    out << "      "
                        << Command::tr("… %1 more findings (use --limit 0 or --format json)")
                               .arg(findings.size() - std::size_t(shown))
                        << '\n';
                    break;
                }
                ++shown;
                out << "    - " << f->object.toString();
                if (f->owner.isValid())
                    out << Command::tr(" (owner %1)").arg(f->owner.toString());
                const QString where = findingWhere(*f);
                if (!where.isEmpty())
                    out << "  " << where;
                out << '\n' << "      " << f->message << '\n';
                if (!f->field.isEmpty())
                    out << "      " << f->field << " = " << f->value << '\n';
                if (f->excepted)
                    out << "      "
                        << Command::tr("excepted: %1 (%2)")
                               .arg(f->exceptionReason, f->exceptionSource)
                        << '\n';
            }
        }
    }
}

} // namespace

QString ScanCommand::summary() const
{
    return tr("Check a source against the NSA/CISA hardening guide (table, JSON, SARIF, JUnit)");
}

int ScanCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"),
                      tr("Output format: table (default), json, sarif or junit."), tr("FORMAT"),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("exceptions"), tr("YAML file of accepted risks (see README)."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("fail-on"),
         tr("Exit with 1 when a finding of this severity or higher remains: low, medium, "
            "high or critical (default: never)."),
         tr("SEVERITY")});
    parser.addOption({QStringLiteral("limit"),
                      tr("Findings shown per control in the table (0: all; default 20)."), tr("N"),
                      QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("date"),
         tr("Judge exception expiry and release support as of this day (YYYY-MM-DD; default "
            "today)."),
         tr("DATE")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json" && format != u"sarif" && format != u"junit") {
        io.err << tr("error: unknown --format \"%1\" (use table, json, sarif or junit)").arg(format)
               << '\n';
        return ExitUsage;
    }
    std::optional<Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        Severity s{};
        if (!parseSeverity(parser.value(QStringLiteral("fail-on")), &s)) {
            io.err << tr("error: unknown --fail-on \"%1\" (use low, medium, high or critical)")
                          .arg(parser.value(QStringLiteral("fail-on")))
                   << '\n';
            return ExitUsage;
        }
        failOn = s;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        io.err << tr("error: --limit needs a number of findings (0 for all)") << '\n';
        return ExitUsage;
    }
    ScanOptions options;
    if (parser.isSet(QStringLiteral("date"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.today.isValid()) {
            io.err << tr("error: --date needs a date YYYY-MM-DD") << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("exceptions"))) {
        auto loaded = ExceptionSet::load(parser.value(QStringLiteral("exceptions")));
        if (!loaded) {
            io.err << tr("error: %1").arg(loaded.error().toString()) << '\n';
            return ExitUsage;
        }
        options.exceptions = std::move(loaded).value();
    }
    options.namespaceFilter = source.namespaceFilter();

    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;

    const ScanResult result = scan(*inventory, options);

    for (const ExceptionNotice &n : result.exceptionNotices) {
        const QString where =
            n.location.isValid() ? n.location.toString() + QStringLiteral(": ") : QString();
        io.err << tr("%1warning: %2").arg(where, n.message) << '\n';
    }
    io.err.flush();

    if (format == u"json")
        io.out << QString::fromUtf8(
            QJsonDocument(scanToJson(result)).toJson(QJsonDocument::Indented));
    else if (format == u"sarif")
        io.out << QString::fromUtf8(scanToSarif(result, QStringLiteral(PARAPET_VERSION)));
    else if (format == u"junit")
        io.out << QString::fromUtf8(scanToJUnit(result));
    else
        printTable(result, limit, io.out);
    io.out.flush();

    if (hadErrors)
        return ExitUsage;
    if (failOn) {
        for (const Finding &f : result.findings)
            if (!f.excepted && int(f.severity) >= int(*failOn))
                return ExitFindings;
    }
    return ExitOk;
}

} // namespace parapet::cli
