#pragma once

// Internal: the content of a report as a list of blocks, built once from the analyses and
// drawn by the PDF and the HTML writer alike (same content in both formats).

#include "kube/inventory.h"
#include "kube/result.h"
#include "report.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::report {

/// Translation context of every report text ("Report"): `Tr::translate("Report", "...")` so that
/// lupdate finds the strings.
using Tr = QCoreApplication;

/// A table cell: text, optionally shown as a coloured badge (status, severity) or in monospace.
struct Cell
{
    QString text;
    QColor badge; ///< invalid: plain text
    bool mono = false;
    /// Sort key for the HTML table (numbers, severity rank); empty: the text.
    QString sortKey;
};

struct Column
{
    QString title;
    double weight = 1; ///< share of the table width
    bool numeric = false;
};

struct Bar
{
    QString label;
    double value = -1; ///< 0–100, -1: not scored
    QString detail;
};

struct Block
{
    enum class Kind
    {
        Heading,   ///< level 1 starts a chapter (new page), 1–2 go into the contents
        Paragraph, ///< wrapped text
        Note,      ///< wrapped text in a tinted box
        KeyValues, ///< two-column facts (rows: key, value)
        Table,     ///< columns + rows; header repeats on every page
        BarChart,  ///< section scores
        Graph,     ///< a Graphviz SVG drawn as vectors
        Code,      ///< monospace lines (YAML)
        Badges,    ///< a row of coloured counters (rows: label, value; badge colours)
    };
    Kind kind = Kind::Paragraph;
    int level = 1;  ///< headings
    QString anchor; ///< headings: HTML id
    QString text;   ///< heading, paragraph, note, graph caption, code
    QColor accent;  ///< heading badge (status) / note tint
    QString accentText;
    bool small = false;    ///< paragraphs: smaller, muted
    bool sortable = false; ///< tables: sortable in HTML
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<Bar> bars;
    QByteArray svg; ///< graphs
};

/// Facts for the cover, headers and metadata.
struct CoverInfo
{
    QString title;
    QString sourceKind;
    QString sourceName;
    QString serverVersion;
    QDateTime generated;
    qsizetype objectCount = 0;
    double overall = -1;
    double compliance = -1;
    int scored = 0;
    int notVerifiable = 0;
    int informational = 0;
    int findingsOpen = 0;
    int findingsExcepted = 0;
};

struct ReportDocument
{
    CoverInfo cover;
    std::vector<Block> blocks;
};

/// Analyses \a inventory and lays the content out as blocks; \a limits bound the rows per
/// control and the fixes listed (PDF pages stay readable, HTML stays a reasonable size).
struct ContentLimits
{
    int findingsPerControl = 25;
    int fixes = 60;
    int rbacFindings = 60;
    int exposures = 60;
    /// Graphs above this many nodes are split into parts or summarised.
    int graphNodes = 36;
    /// Above this many workloads the reachability graph shows namespaces.
    int graphWorkloads = 12;
};
Result<ReportDocument> buildDocument(const Inventory &inventory, const Options &options,
                                     const ContentLimits &limits);

/// Colours shared by both writers.
QColor statusColor(int status);     ///< checks::Status as int
QColor severityColor(int severity); ///< checks::Severity as int (1–4)
QColor scoreColor(double score);

/// Replaces literal environment values (`env[].value`) and annotation values of a YAML text
/// written by toYaml() by `'<redacted>'`: they may hold tokens. Everything else stays.
QString redactEnvValues(const QString &yaml);

Result<bool> writePdf(const ReportDocument &doc, const QString &path);
Result<bool> writeHtml(const ReportDocument &doc, const QString &path);

} // namespace parapet::report
