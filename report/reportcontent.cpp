#include "checks/scanformats.h"
#include "checks/scanner.h"
#include "graph/graph.h"
#include "netpol/connectivitymatrix.h"
#include "netpol/exposure.h"
#include "netpol/netpolgraph.h"
#include "rbac/rbacgraph.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacrisks.h"
#include "remediation/remediation.h"
#include "reportdocument.h"

#include <algorithm>
#include <map>
#include <memory>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace parapet::report {

using namespace parapet::checks;

QColor statusColor(int status)
{
    switch (Status(status)) {
    case Status::Pass:
        return QColor(0x2b, 0x8a, 0x3e);
    case Status::Fail:
        return QColor(0xc9, 0x2a, 0x2a);
    case Status::Partial:
        return QColor(0xd9, 0x68, 0x0f);
    case Status::NotVerifiable:
        return QColor(0x86, 0x8e, 0x96);
    case Status::Info:
        return QColor(0x19, 0x71, 0xc2);
    }
    return QColor(0x86, 0x8e, 0x96);
}

QColor severityColor(int severity)
{
    switch (Severity(severity)) {
    case Severity::Critical:
        return QColor(0x86, 0x0f, 0x2e);
    case Severity::High:
        return QColor(0xc9, 0x2a, 0x2a);
    case Severity::Medium:
        return QColor(0xd9, 0x68, 0x0f);
    case Severity::Low:
        return QColor(0x18, 0x64, 0xab);
    }
    return QColor(0x86, 0x8e, 0x96);
}

QColor scoreColor(double score)
{
    if (score < 0)
        return QColor(0x86, 0x8e, 0x96);
    if (score >= 80)
        return QColor(0x2b, 0x8a, 0x3e);
    if (score >= 50)
        return QColor(0xd9, 0x68, 0x0f);
    return QColor(0xc9, 0x2a, 0x2a);
}

QString redactEnvValues(const QString &yaml)
{
    // toYaml() writes block style with two-space indents and sequences not indented under their
    // key: `env:` at indent I, items `- name: X` at indent I, item keys at indent I + 2;
    // `annotations:` at indent I, its keys at indent I + 2.
    static const QRegularExpression envKey(QStringLiteral("^(\\s*)(- )?env:\\s*$"));
    static const QRegularExpression annotationsKey(QStringLiteral("^(\\s*)(- )?annotations:\\s*$"));
    static const QRegularExpression valueKey(QStringLiteral("^(\\s*)(- )?value:(.*)$"));
    static const QRegularExpression mapKey(
        QStringLiteral("^(\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s'\"#][^:]*):(.*)$"));
    const QStringList lines = yaml.split(u'\n');
    QStringList out;
    int envIndent = -1;         // indent of the env items, -1 outside an env list
    int annotationsIndent = -1; // indent of the annotation keys, -1 outside annotations
    int skipDeeper = -1;        // skip lines indented more than this (a redacted block value)
    auto indentOf = [](const QString &l) {
        int i = 0;
        while (i < l.size() && l[i] == u' ')
            ++i;
        return i;
    };
    for (const QString &line : lines) {
        const int indent = indentOf(line);
        if (skipDeeper >= 0) {
            if (line.trimmed().isEmpty() || indent > skipDeeper)
                continue;
            skipDeeper = -1;
        }
        if (envIndent >= 0 && !line.trimmed().isEmpty()) {
            const bool item = indent == envIndent && line.mid(indent).startsWith(u"- ");
            if (indent < envIndent || (indent == envIndent && !item))
                envIndent = -1;
        }
        if (annotationsIndent >= 0 && !line.trimmed().isEmpty() && indent < annotationsIndent)
            annotationsIndent = -1;
        if (envIndent >= 0) {
            const auto m = valueKey.match(line);
            if (m.hasMatch()) {
                const int keyIndent = int(m.capturedLength(1) + m.capturedLength(2));
                if (keyIndent == envIndent + 2) {
                    out.append(line.left(int(m.capturedStart(3))) + u" '<redacted>'");
                    skipDeeper = keyIndent;
                    continue;
                }
            }
        }
        if (annotationsIndent >= 0 && indent == annotationsIndent) {
            const auto m = mapKey.match(line);
            if (m.hasMatch()) {
                out.append(line.left(int(m.capturedStart(3))) + u" '<redacted>'");
                skipDeeper = indent;
                continue;
            }
        }
        if (const auto e = envKey.match(line); e.hasMatch())
            envIndent = int(e.capturedLength(1) + e.capturedLength(2));
        if (const auto a = annotationsKey.match(line); a.hasMatch())
            annotationsIndent = int(a.capturedLength(1) + a.capturedLength(2)) + 2;
        out.append(line);
    }
    return out.join(u'\n');
}

namespace {

QString t(const char *text)
{
    return Tr::translate("Report", text);
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString scoreText(double score)
{
    return score < 0 ? t("not scored") : QLocale().toString(score, 'f', 1);
}

QString sourceKindText(SourceInfo::Kind kind)
{
    switch (kind) {
    case SourceInfo::Kind::Manifests:
        return Tr::translate("Report", "Manifest files");
    case SourceInfo::Kind::Snapshot:
        return Tr::translate("Report", "Snapshot");
    case SourceInfo::Kind::Demo:
        return Tr::translate("Report", "Demo cluster");
    case SourceInfo::Kind::Live:
        return Tr::translate("Report", "Live cluster");
    }
    return {};
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return Tr::translate("Report", "Critical");
    case Severity::High:
        return Tr::translate("Report", "High");
    case Severity::Medium:
        return Tr::translate("Report", "Medium");
    case Severity::Low:
        return Tr::translate("Report", "Low");
    }
    return {};
}

QString rbacSeverityText(rbac::Severity s)
{
    switch (s) {
    case rbac::Severity::Critical:
        return severityText(Severity::Critical);
    case rbac::Severity::High:
        return severityText(Severity::High);
    case rbac::Severity::Medium:
        return severityText(Severity::Medium);
    case rbac::Severity::Low:
        return severityText(Severity::Low);
    case rbac::Severity::Info:
        return Tr::translate("Report", "Info");
    }
    return {};
}

QColor rbacSeverityColor(rbac::Severity s)
{
    switch (s) {
    case rbac::Severity::Critical:
        return severityColor(int(Severity::Critical));
    case rbac::Severity::High:
        return severityColor(int(Severity::High));
    case rbac::Severity::Medium:
        return severityColor(int(Severity::Medium));
    case rbac::Severity::Low:
        return severityColor(int(Severity::Low));
    case rbac::Severity::Info:
        break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

Cell badge(const QString &text, const QColor &color, const QString &sortKey = {})
{
    Cell c;
    c.text = text;
    c.badge = color;
    c.sortKey = sortKey;
    return c;
}

Cell plain(const QString &text, bool mono = false)
{
    Cell c;
    c.text = text;
    c.mono = mono;
    return c;
}

Cell number(qint64 n)
{
    Cell c;
    c.text = num(n);
    c.sortKey = QString::number(n).rightJustified(12, u'0');
    return c;
}

Cell severityCell(Severity s)
{
    return badge(severityText(s), severityColor(int(s)), QString::number(int(s)));
}

Cell statusCell(Status s)
{
    static const int rank[] = {4, 0, 1, 2, 3}; // fail first when sorted ascending
    return badge(statusTitle(s), statusColor(int(s)), QString::number(rank[int(s)]));
}

class Builder
{
public:
    explicit Builder(std::vector<Block> &blocks)
        : m_blocks(blocks)
    {}

    void heading(int level, const QString &text, const QString &anchor = {},
                 const QColor &accent = {}, const QString &accentText = {})
    {
        Block b;
        b.kind = Block::Kind::Heading;
        b.level = level;
        b.text = text;
        b.anchor = anchor.isEmpty() ? QStringLiteral("s%1").arg(++m_anchor) : anchor;
        b.accent = accent;
        b.accentText = accentText;
        m_blocks.push_back(std::move(b));
    }
    void paragraph(const QString &text, bool small = false)
    {
        Block b;
        b.kind = Block::Kind::Paragraph;
        b.text = text;
        b.small = small;
        m_blocks.push_back(std::move(b));
    }
    void note(const QString &text, const QColor &tint = QColor(0x19, 0x71, 0xc2))
    {
        Block b;
        b.kind = Block::Kind::Note;
        b.text = text;
        b.accent = tint;
        m_blocks.push_back(std::move(b));
    }
    void keyValues(const std::vector<std::pair<QString, QString>> &rows)
    {
        Block b;
        b.kind = Block::Kind::KeyValues;
        b.columns = {{QString(), 1}, {QString(), 3}};
        for (const auto &[k, v] : rows)
            b.rows.push_back({plain(k), plain(v)});
        m_blocks.push_back(std::move(b));
    }
    Block &table(std::vector<Column> columns, bool sortable = false)
    {
        Block b;
        b.kind = Block::Kind::Table;
        b.columns = std::move(columns);
        b.sortable = sortable;
        m_blocks.push_back(std::move(b));
        return m_blocks.back();
    }
    void code(const QString &text)
    {
        Block b;
        b.kind = Block::Kind::Code;
        b.text = text;
        m_blocks.push_back(std::move(b));
    }
    void graph(const QByteArray &svg, const QString &caption)
    {
        Block b;
        b.kind = Block::Kind::Graph;
        b.svg = svg;
        b.text = caption;
        m_blocks.push_back(std::move(b));
    }
    void bars(std::vector<Bar> bars)
    {
        Block b;
        b.kind = Block::Kind::BarChart;
        b.bars = std::move(bars);
        m_blocks.push_back(std::move(b));
    }
    void badges(const std::vector<std::tuple<QString, QString, QColor>> &items)
    {
        Block b;
        b.kind = Block::Kind::Badges;
        for (const auto &[label, value, color] : items)
            b.rows.push_back({plain(label), badge(value, color)});
        m_blocks.push_back(std::move(b));
    }

private:
    std::vector<Block> &m_blocks;
    int m_anchor = 0;
};

/// A part of \a g: the nodes in \a keep and the edges between them.
Graph subgraph(const Graph &g, const QSet<QString> &keep, const QString &title)
{
    Graph out;
    out.title = title;
    QSet<QString> groupsUsed;
    for (const GraphNode &n : g.nodes)
        if (keep.contains(n.id)) {
            out.nodes.push_back(n);
            if (!n.group.isEmpty())
                groupsUsed.insert(n.group);
        }
    for (const GraphGroup &gr : g.groups)
        if (groupsUsed.contains(gr.id))
            out.groups.push_back(gr);
    for (const GraphEdge &e : g.edges)
        if (keep.contains(e.from) && keep.contains(e.to))
            out.edges.push_back(e);
    return out;
}

bool isSubject(const GraphNode &n)
{
    return n.kind == GraphNode::Kind::User || n.kind == GraphNode::Kind::Group ||
           n.kind == GraphNode::Kind::ServiceAccount;
}

/// Splits an RBAC graph into readable parts: each part holds whole subjects (subject, its
/// bindings, roles and permissions), risky subjects first; at most \a maxParts parts.
std::vector<Graph> splitBySubjects(const Graph &g, int maxNodes, int maxParts, int *leftOut)
{
    QHash<QString, QStringList> next;
    for (const GraphEdge &e : g.edges)
        next[e.from].append(e.to);
    std::vector<const GraphNode *> subjects;
    for (const GraphNode &n : g.nodes)
        if (isSubject(n))
            subjects.push_back(&n);
    std::stable_sort(subjects.begin(), subjects.end(),
                     [](const GraphNode *a, const GraphNode *b) { return a->risky > b->risky; });
    auto closure = [&](const QString &id) {
        QSet<QString> seen{id};
        QStringList todo{id};
        while (!todo.isEmpty()) {
            const QString cur = todo.takeLast();
            for (const QString &to : next.value(cur))
                if (!seen.contains(to)) {
                    seen.insert(to);
                    todo.append(to);
                }
        }
        return seen;
    };
    std::vector<Graph> parts;
    QSet<QString> current;
    *leftOut = 0;
    std::size_t i = 0;
    for (; i < subjects.size(); ++i) {
        const QSet<QString> c = closure(subjects[i]->id);
        QSet<QString> merged = current;
        merged.unite(c);
        if (!current.isEmpty() && merged.size() > maxNodes) {
            parts.push_back(subgraph(g, current, g.title));
            current.clear();
            if (int(parts.size()) == maxParts)
                break;
            merged = c;
        }
        current = merged;
    }
    if (!current.isEmpty() && int(parts.size()) < maxParts)
        parts.push_back(subgraph(g, current, g.title));
    else if (i < subjects.size())
        *leftOut = int(subjects.size() - i);
    return parts;
}

/// Keeps the \a maxNodes best-connected nodes of a large graph (risky ones first).
Graph summariseByDegree(const Graph &g, int maxNodes, int *leftOut)
{
    QHash<QString, int> degree;
    for (const GraphEdge &e : g.edges) {
        ++degree[e.from];
        ++degree[e.to];
    }
    std::vector<const GraphNode *> nodes;
    for (const GraphNode &n : g.nodes)
        nodes.push_back(&n);
    std::stable_sort(nodes.begin(), nodes.end(), [&](const GraphNode *a, const GraphNode *b) {
        if (a->risky != b->risky)
            return a->risky > b->risky;
        return degree.value(a->id) > degree.value(b->id);
    });
    QSet<QString> keep;
    for (const GraphNode *n : nodes) {
        if (keep.size() >= maxNodes)
            break;
        keep.insert(n->id);
    }
    *leftOut = int(g.nodes.size()) - int(keep.size());
    return subgraph(g, keep, g.title);
}

QString elide(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - max / 3 - 1) + QStringLiteral("…") + text.right(max / 3);
}

/// Long labels (ipBlock lists, permission lists) make Graphviz layouts wide and the page scale
/// small: on paper labels are shortened; the tables carry the full text.
Graph compactLabels(Graph g)
{
    for (GraphNode &n : g.nodes) {
        n.label = elide(n.label, 36);
        n.detail = elide(n.detail, 40);
    }
    for (GraphEdge &e : g.edges)
        e.label = elide(e.label, 30);
    return g;
}

QByteArray svgOf(const Graph &full, QStringList &problems)
{
    if (full.nodes.empty())
        return {};
    const Graph g = compactLabels(full);
    auto svg = runGraphviz(g, QStringLiteral("svg"));
    if (!svg) {
        problems.append(svg.error().message);
        return {};
    }
    return svg.value();
}

QString objectText(const ObjectRef &o)
{
    return o.toString();
}

} // namespace

Result<ReportDocument> buildDocument(const Inventory &inventory, const Options &options,
                                     const ContentLimits &limits)
{
    ScanOptions scanOptions;
    QString exceptionsName;
    if (!options.exceptionsFile.isEmpty()) {
        auto loaded = ExceptionSet::load(options.exceptionsFile);
        if (!loaded)
            return loaded.error();
        scanOptions.exceptions = std::move(loaded).value();
        exceptionsName = options.exceptionsFile;
    }
    const ScanResult scan = checks::scan(inventory, scanOptions);

    ReportDocument doc;
    CoverInfo &cover = doc.cover;
    cover.title = options.title.isEmpty() ? t("Kubernetes hardening report") : options.title;
    const SourceInfo &src = inventory.source();
    cover.sourceKind = sourceKindText(src.kind);
    cover.sourceName = src.name.isEmpty() ? QStringLiteral("-") : src.name;
    cover.serverVersion = scan.kubernetesVersion;
    cover.generated = QDateTime::currentDateTime();
    cover.objectCount = scan.objectCount;
    cover.overall = scan.scores.overall;
    cover.compliance = scan.scores.compliance;
    cover.scored = scan.scores.scored;
    cover.notVerifiable = scan.scores.notVerifiable;
    cover.informational = scan.scores.informational;
    std::map<int, int> openBySeverity;
    for (const Finding &f : scan.findings) {
        if (f.excepted) {
            ++cover.findingsExcepted;
        } else {
            ++cover.findingsOpen;
            ++openBySeverity[int(f.severity)];
        }
    }

    // Analyses beyond the checks.
    const rbac::RbacIndex rbacIndex(inventory);
    const rbac::RiskReport risks = rbac::analyzeRisks(rbacIndex);
    auto analysis = std::make_shared<const netpol::ReachabilityAnalysis>(inventory);
    const std::vector<netpol::ExposureFinding> exposures = netpol::findExposures(*analysis);
    const auto &workloads = analysis->endpoints().workloads;
    remediation::Plan plan;
    if (options.includeFixes)
        plan = remediation::planFixes(inventory, scan);

    Builder b(doc.blocks);
    QStringList graphProblems;

    // ---- Executive summary
    b.heading(1, t("Executive summary"), QStringLiteral("summary"));
    b.paragraph(
        Tr::translate("Report",
                      "This report assesses %1 (%2, %3 objects) against the NSA/CISA Kubernetes "
                      "Hardening Guide. %4 controls were scored, %5 cannot be verified from the "
                      "source and need a manual check, %6 are informational.")
            .arg(cover.sourceName, cover.sourceKind, num(cover.objectCount), num(cover.scored),
                 num(cover.notVerifiable), num(cover.informational)));
    int rbacSevere = 0;
    for (const rbac::RiskFinding &f : risks.findings)
        if (f.severity >= rbac::Severity::High)
            ++rbacSevere;
    int internet = 0;
    int unisolatedNs = 0;
    for (const netpol::ExposureFinding &e : exposures) {
        if (e.kind == u"internet-ingress")
            ++internet;
        if (e.kind == u"namespace-without-policy")
            ++unisolatedNs;
    }
    b.keyValues(
        {{t("Overall score"),
          Tr::translate("Report", "%1 of 100 (severity weighted)").arg(scoreText(cover.overall))},
         {t("Compliance"),
          Tr::translate("Report", "%1 of 100 (share of passing objects per control)")
              .arg(scoreText(cover.compliance))},
         {t("Open findings"), num(cover.findingsOpen)},
         {t("Excepted findings"), num(cover.findingsExcepted)},
         {t("RBAC"), Tr::translate("Report", "%1 high or critical permission risks, %2 "
                                             "escalation paths to cluster-admin")
                         .arg(num(rbacSevere), num(qint64(risks.escalations.size())))},
         {t("Network"), Tr::translate("Report", "%1 namespaces without any NetworkPolicy, %2 "
                                                "workloads reachable from the internet")
                            .arg(num(unisolatedNs), num(internet))}});
    b.heading(2, t("Scores by section"));
    std::vector<Bar> bars;
    for (const SectionScore &s : scan.scores.sections) {
        Bar bar;
        bar.label = sectionTitle(s.section);
        bar.value = s.score;
        bar.detail = Tr::translate("Report", "%1 scored, %2 not verifiable")
                         .arg(num(s.scored), num(s.notVerifiable));
        bars.push_back(bar);
    }
    b.bars(std::move(bars));
    b.heading(2, t("Open findings by severity"));
    b.badges({{severityText(Severity::Critical), num(openBySeverity[int(Severity::Critical)]),
               severityColor(int(Severity::Critical))},
              {severityText(Severity::High), num(openBySeverity[int(Severity::High)]),
               severityColor(int(Severity::High))},
              {severityText(Severity::Medium), num(openBySeverity[int(Severity::Medium)]),
               severityColor(int(Severity::Medium))},
              {severityText(Severity::Low), num(openBySeverity[int(Severity::Low)]),
               severityColor(int(Severity::Low))},
              {t("Excepted"), num(cover.findingsExcepted), QColor(0x86, 0x8e, 0x96)}});

    b.heading(2, t("Top risks"));
    std::vector<const ControlResult *> failing;
    for (const ControlResult &c : scan.controls)
        if (c.status == Status::Fail || c.status == Status::Partial)
            failing.push_back(&c);
    std::stable_sort(failing.begin(), failing.end(),
                     [](const ControlResult *a, const ControlResult *c) {
                         if (a->control->severity != c->control->severity)
                             return int(a->control->severity) > int(c->control->severity);
                         return a->failed > c->failed;
                     });
    if (failing.empty()) {
        b.paragraph(t("No control fails."));
    } else {
        Block &top = b.table({{t("Control"), 1.3},
                              {t("Title"), 4},
                              {t("Severity"), 1.2},
                              {t("Failing objects"), 1.2, true}});
        for (std::size_t i = 0; i < failing.size() && i < 10; ++i) {
            const ControlResult *c = failing[i];
            top.rows.push_back({plain(c->control->idString(), true), plain(c->control->title()),
                                severityCell(c->control->severity), number(c->failed)});
        }
    }
    // ---- Checklist
    b.heading(1, t("Checklist"), QStringLiteral("checklist"));
    b.paragraph(t("Every control of the NSA/CISA Kubernetes Hardening Guide as Parapet checks it, "
                  "section by section. Controls that fail show their evidence (the objects, "
                  "where they were defined, and why they fail) and how to fix them."));
    for (const SectionScore &s : scan.scores.sections) {
        b.heading(2, sectionTitle(s.section), QStringLiteral("section-") + sectionName(s.section),
                  scoreColor(s.score),
                  s.score < 0 ? t("not scored")
                              : Tr::translate("Report", "score %1").arg(scoreText(s.score)));
        Block &list = b.table({{t("Control"), 1.3},
                               {t("Title"), 4.2},
                               {t("Severity"), 1.1},
                               {t("Status"), 1.3},
                               {t("Pass"), 0.7, true},
                               {t("Fail"), 0.7, true},
                               {t("Excepted"), 1.1, true}});
        for (const ControlResult &c : scan.controls) {
            if (c.control->section != s.section)
                continue;
            list.rows.push_back({plain(c.control->idString(), true), plain(c.control->title()),
                                 severityCell(c.control->severity), statusCell(c.status),
                                 number(c.passed), number(c.failed), number(c.excepted)});
        }
        for (const ControlResult &c : scan.controls) {
            if (c.control->section != s.section)
                continue;
            if (c.status != Status::Fail && c.status != Status::Partial && c.excepted == 0)
                continue;
            const QString id = c.control->idString();
            b.heading(3, id + QStringLiteral(" — ") + c.control->title(), QStringLiteral("c-") + id,
                      statusColor(int(c.status)), statusTitle(c.status));
            QString facts =
                Tr::translate("Report", "Severity %1 · %2 passing, %3 failing, %4 excepted")
                    .arg(severityText(c.control->severity), num(c.passed), num(c.failed),
                         num(c.excepted));
            if (!c.note.isEmpty())
                facts += QStringLiteral(" · ") + c.note;
            b.paragraph(facts, true);
            b.paragraph(c.control->rationale());
            b.note(Tr::translate("Report", "Remediation: %1").arg(c.control->remediation()),
                   QColor(0x2b, 0x8a, 0x3e));
            const auto findings = scan.findingsOf(id);
            if (findings.empty())
                continue;
            Block &ev = b.table({{t("Object"), 3}, {t("Defined at"), 2.2}, {t("Evidence"), 4.5}});
            int shown = 0;
            for (const Finding *f : findings) {
                if (shown == limits.findingsPerControl)
                    break;
                ++shown;
                QString object = objectText(f->object);
                if (f->owner.isValid())
                    object += u'\n' + Tr::translate("Report", "owner %1").arg(f->owner.toString());
                QString evidence = f->message;
                if (!f->field.isEmpty())
                    evidence += u'\n' + f->field + QStringLiteral(" = ") + f->value;
                if (f->excepted)
                    evidence +=
                        u'\n' + Tr::translate("Report", "Excepted: %1").arg(f->exceptionReason);
                Cell ob = plain(object);
                if (f->excepted)
                    ob.badge = QColor(); // plain, marked in the evidence text
                ev.rows.push_back({ob, plain(findingWhere(*f), true), plain(evidence)});
            }
            if (int(findings.size()) > shown)
                b.paragraph(Tr::translate("Report",
                                          "… and %1 more findings of %2 (all of them: parapet-cli "
                                          "scan --format json).")
                                .arg(num(qint64(findings.size()) - shown), id),
                            true);
        }
    }

    // ---- Not verifiable
    b.heading(1, t("Not verifiable from here"), QStringLiteral("manual"));
    b.paragraph(t("Parapet cannot see the answer to these controls from the source it read (node "
                  "files, cloud settings, the control plane's flags). Check them by hand as "
                  "described; they are left out of every score."));
    {
        Block &nv = b.table(
            {{t("Control"), 1.3}, {t("Title"), 2.6}, {t("Why"), 2.4}, {t("Manual check"), 4.2}});
        for (const ControlResult &c : scan.controls)
            if (c.status == Status::NotVerifiable)
                nv.rows.push_back({plain(c.control->idString(), true), plain(c.control->title()),
                                   plain(c.note), plain(c.control->manualCheck())});
        if (nv.rows.empty())
            nv.rows.push_back({plain(t("none")), plain({}), plain({}), plain({})});
    }

    // ---- RBAC
    b.heading(1, t("RBAC: who can do what"), QStringLiteral("rbac"));
    b.paragraph(
        Tr::translate("Report", "%1 permission risks and %2 escalation paths to "
                                "cluster-admin-equivalent power were found. The cluster's "
                                "own default bindings are left out.")
            .arg(num(qint64(risks.findings.size())), num(qint64(risks.escalations.size()))));
    if (!risks.findings.empty()) {
        b.heading(2, t("Permission risks"));
        std::vector<const rbac::RiskFinding *> sorted;
        for (const rbac::RiskFinding &f : risks.findings)
            sorted.push_back(&f);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const rbac::RiskFinding *a, const rbac::RiskFinding *c) {
                             return a->severity > c->severity;
                         });
        Block &rt = b.table({{t("Severity"), 1.1},
                             {t("Subject"), 2.6},
                             {t("Risk"), 3.2},
                             {t("Scope"), 1.3},
                             {t("Granted by"), 2.6}},
                            true);
        int shown = 0;
        for (const rbac::RiskFinding *f : sorted) {
            if (shown++ == limits.rbacFindings)
                break;
            QString via;
            if (f->grant.binding >= 0 && f->grant.binding < int(rbacIndex.bindings().size()))
                via = rbacIndex.bindings()[std::size_t(f->grant.binding)].reference();
            if (f->grant.role >= 0 && f->grant.role < int(rbacIndex.roles().size()))
                via += u'\n' + rbacIndex.roles()[std::size_t(f->grant.role)].reference();
            rt.rows.push_back(
                {badge(rbacSeverityText(f->severity), rbacSeverityColor(f->severity),
                       QString::number(9 - int(f->severity))),
                 plain(f->subject.kind.isEmpty() ? t("(role)") : f->subject.toString()),
                 plain(f->title + (f->detail.isEmpty() ? QString() : u'\n' + f->detail)),
                 plain(f->scope.isEmpty() ? t("cluster-wide") : f->scope), plain(via)});
        }
        if (int(sorted.size()) > limits.rbacFindings)
            b.paragraph(Tr::translate("Report", "… and %1 more (parapet-cli rbac risks).")
                            .arg(num(qint64(sorted.size()) - limits.rbacFindings)),
                        true);
    }
    if (!risks.escalations.empty()) {
        b.heading(2, t("Escalation paths"));
        Block &et =
            b.table({{t("Start"), 2.4}, {t("Steps"), 6}, {t("Why it ends in full control"), 3}});
        int shown = 0;
        for (const rbac::EscalationPath &p : risks.escalations) {
            if (shown++ == 15)
                break;
            QStringList steps;
            for (const rbac::EscalationStep &s : p.steps)
                steps.append(QStringLiteral("→ %1 (%2)").arg(s.toLabel, s.how));
            et.rows.push_back(
                {plain(p.startLabel), plain(steps.join(u'\n')), plain(p.targetReason)});
        }
        if (risks.escalations.size() > 15)
            b.paragraph(
                Tr::translate("Report", "… and %1 more paths (parapet-cli rbac escalations).")
                    .arg(num(qint64(risks.escalations.size()) - 15)),
                true);
    }
    {
        rbac::RbacGraphOptions go;
        const Graph g = rbac::rbacGraph(rbacIndex, risks, go);
        b.heading(2, t("RBAC graph"));
        if (g.nodes.empty()) {
            b.paragraph(t("No subject holds a risky permission: nothing to draw."));
        } else if (int(g.nodes.size()) <= limits.graphNodes) {
            b.paragraph(t("Risky subjects and the bindings, roles and permissions that give them "
                          "their rights. Thick red edges are dangerous grants; dashed edges are "
                          "escalation steps."),
                        true);
            b.graph(svgOf(g, graphProblems), t("RBAC graph: risky subjects"));
        } else {
            int left = 0;
            const auto parts = splitBySubjects(g, limits.graphNodes, 4, &left);
            b.paragraph(Tr::translate("Report",
                                      "The graph has %1 nodes; it is drawn in %2 parts of whole "
                                      "subjects, the riskiest first, so that every label stays "
                                      "readable.")
                            .arg(num(qint64(g.nodes.size())), num(qint64(parts.size()))),
                        true);
            for (std::size_t i = 0; i < parts.size(); ++i)
                b.graph(svgOf(parts[i], graphProblems),
                        Tr::translate("Report", "RBAC graph, part %1 of %2")
                            .arg(num(qint64(i) + 1), num(qint64(parts.size()))));
            if (left > 0)
                b.paragraph(Tr::translate("Report",
                                          "%1 further subjects are not drawn; they are listed in "
                                          "the table above and by parapet-cli graph rbac.")
                                .arg(num(left)),
                            true);
        }
    }

    // ---- Network
    b.heading(1, t("Network reachability"), QStringLiteral("network"));
    b.paragraph(Tr::translate("Report", "%1 workloads (%2 pods) in %3 namespaces, %4 "
                                        "NetworkPolicies.")
                    .arg(num(qint64(workloads.size())),
                         num(qint64(analysis->endpoints().endpoints.size())),
                         num(qint64(analysis->endpoints().namespaces.size())),
                         num(qint64(analysis->policies().size()))));
    if (!exposures.empty()) {
        b.heading(2, t("Exposure"));
        Block &xt = b.table(
            {{t("Severity"), 1.1}, {t("Subject"), 2.8}, {t("Finding"), 5}, {t("Defined at"), 2}},
            true);
        int shown = 0;
        for (const netpol::ExposureFinding &e : exposures) {
            if (shown++ == limits.exposures)
                break;
            const int sev = int(e.severity); // Info 0 … High 3
            const QColor color = sev == 3   ? severityColor(int(Severity::High))
                                 : sev == 2 ? severityColor(int(Severity::Medium))
                                 : sev == 1 ? severityColor(int(Severity::Low))
                                            : QColor(0x86, 0x8e, 0x96);
            const QString sevText = sev == 3   ? severityText(Severity::High)
                                    : sev == 2 ? severityText(Severity::Medium)
                                    : sev == 1 ? severityText(Severity::Low)
                                               : Tr::translate("Report", "Info");
            QString where = e.location.isValid()
                                ? e.location.file + u':' + QString::number(e.location.line)
                                : e.location.file;
            xt.rows.push_back(
                {badge(sevText, color, QString::number(9 - sev)), plain(e.subject),
                 plain(e.message +
                       (e.ports.isEmpty() ? QString() : QStringLiteral(" (") + e.ports + u')')),
                 plain(where, true)});
        }
        if (int(exposures.size()) > limits.exposures)
            b.paragraph(Tr::translate("Report", "… and %1 more (parapet-cli netpol exposure).")
                            .arg(num(qint64(exposures.size()) - limits.exposures)),
                        true);
    }
    {
        b.heading(2, t("Reachability graph"));
        // Pairs are needed for edges between isolated workloads; above a few thousand workloads
        // only the traffic with the outside and the isolation state are drawn.
        const bool pairs = workloads.size() <= 3000;
        const auto matrix = netpol::ConnectivityMatrix::build(analysis, {}, pairs);
        const Graph g = netpol::netpolGraph(matrix, limits.graphWorkloads);
        if (g.nodes.empty()) {
            b.paragraph(t("No workload: nothing to draw."));
        } else if (g.edges.empty()) {
            b.paragraph(t("No connection to draw: every workload is isolated and no policy "
                          "allows traffic between the namespaces or with the outside that was "
                          "computed (parapet-cli netpol matrix lists every connection)."));
        } else {
            const bool byNamespace = int(workloads.size()) > limits.graphWorkloads;
            b.paragraph(byNamespace
                            ? t("Too many workloads to draw one by one: namespaces stand for their "
                                "workloads, edges count the connections allowed between them. "
                                "\"anywhere\" marks workloads that are not isolated.")
                            : t("Workloads in their namespaces; edges are the connections "
                                "NetworkPolicies allow, labelled with ports. \"anywhere\" marks "
                                "workloads that are not isolated (any pod or address may "
                                "connect)."),
                        true);
            if (!pairs)
                b.paragraph(t("Connections between isolated workloads were not computed for this "
                              "cluster size (parapet-cli netpol matrix lists them)."),
                            true);
            if (int(g.nodes.size()) <= limits.graphNodes) {
                b.graph(svgOf(g, graphProblems), g.title);
            } else {
                int left = 0;
                const Graph part = summariseByDegree(g, limits.graphNodes, &left);
                b.graph(svgOf(part, graphProblems), g.title);
                b.paragraph(Tr::translate("Report", "%1 less connected nodes are not drawn "
                                                    "(parapet-cli graph netpol draws all).")
                                .arg(num(left)),
                            true);
            }
        }
    }
    for (const QString &p : graphProblems)
        b.note(Tr::translate("Report", "A graph could not be drawn: %1").arg(p),
               QColor(0xc9, 0x2a, 0x2a));

    // ---- Exceptions
    b.heading(1, t("Applied exceptions"), QStringLiteral("exceptions"));
    b.paragraph(exceptionsName.isEmpty()
                    ? t("Accepted risks from parapet.io/exempt annotations on the objects (no "
                        "exceptions file was given).")
                    : Tr::translate("Report", "Accepted risks from the exceptions file %1 and from "
                                              "parapet.io/exempt annotations.")
                          .arg(exceptionsName));
    {
        struct Group
        {
            QString control;
            QString reason;
            QString source;
            QDate expires;
            QStringList objects;
        };
        std::map<QString, Group> groups;
        for (const Finding &f : scan.findings) {
            if (!f.excepted)
                continue;
            const QString key = f.control + u'\x1f' + f.exceptionReason + u'\x1f' +
                                f.exceptionSource + u'\x1f' +
                                f.exceptionExpires.toString(Qt::ISODate);
            Group &g = groups[key];
            g.control = f.control;
            g.reason = f.exceptionReason;
            g.source = f.exceptionSource;
            g.expires = f.exceptionExpires;
            const QString o = f.object.toString();
            if (!g.objects.contains(o))
                g.objects.append(o);
        }
        if (groups.empty()) {
            b.paragraph(t("No exception was applied."));
        } else {
            Block &ex = b.table({{t("Control"), 1.3},
                                 {t("Objects"), 3},
                                 {t("Reason"), 3},
                                 {t("Source"), 2},
                                 {t("Expires"), 1.3}},
                                true);
            for (const auto &[key, g] : groups) {
                QStringList objs = g.objects.mid(0, 5);
                if (g.objects.size() > 5)
                    objs.append(
                        Tr::translate("Report", "… %1 more").arg(num(g.objects.size() - 5)));
                Cell expires =
                    plain(g.expires.isValid() ? QLocale().toString(g.expires, QLocale::ShortFormat)
                                              : t("never"));
                expires.sortKey =
                    g.expires.isValid() ? g.expires.toString(Qt::ISODate) : QStringLiteral("9999");
                ex.rows.push_back({plain(g.control, true), plain(objs.join(u'\n')), plain(g.reason),
                                   plain(g.source, true), expires});
            }
        }
        if (!scan.exceptionNotices.empty()) {
            b.heading(2, t("Exceptions not applied"));
            Block &nt = b.table({{t("Kind"), 1.2}, {t("Message"), 5}, {t("Where"), 2.5}});
            for (const ExceptionNotice &n : scan.exceptionNotices) {
                const QString kind =
                    n.kind == ExceptionNotice::Kind::Expired
                        ? t("expired")
                        : (n.kind == ExceptionNotice::Kind::Invalid ? t("invalid") : t("unused"));
                nt.rows.push_back({badge(kind, QColor(0xd9, 0x68, 0x0f)), plain(n.message),
                                   plain(n.location.toString(), true)});
            }
        }
    }

    // ---- Appendix: fixes
    if (options.includeFixes) {
        b.heading(1, t("Appendix: generated fixes"), QStringLiteral("fixes"));
        b.paragraph(t("Manifests Parapet generates for the open findings (parapet-cli fix). New "
                      "objects are shown whole; for objects of yours that change, the "
                      "strategic-merge patch is shown. Review before applying. Literal "
                      "environment values and annotation values are replaced by <redacted>; "
                      "Secrets are never part of a fix."));
        if (plan.remediations.empty())
            b.paragraph(t("No open finding has a generated fix."));
        int shown = 0;
        for (const remediation::Remediation &r : plan.remediations) {
            if (shown++ == limits.fixes)
                break;
            b.heading(3, r.target().toString(), {}, QColor(0x2b, 0x8a, 0x3e),
                      r.controls().join(QStringLiteral(", ")));
            for (const QString &w : r.warnings())
                b.note(w, QColor(0xd9, 0x68, 0x0f));
            QStringList texts;
            for (const remediation::GeneratedManifest &m : r.manifests()) {
                if (m.object.kind == u"Secret")
                    continue;
                if (!m.isNew && r.hasPatch())
                    continue;
                texts.append(redactEnvValues(m.yaml).trimmed());
            }
            if (!texts.isEmpty())
                b.code(texts.join(QStringLiteral("\n---\n")));
            if (r.hasPatch()) {
                b.paragraph(Tr::translate("Report", "Patch for %1 (%2):")
                                .arg(r.target().toString(), r.patchCommand()),
                            true);
                b.code(redactEnvValues(r.patch()).trimmed());
            }
        }
        if (int(plan.remediations.size()) > limits.fixes)
            b.paragraph(Tr::translate("Report", "… and %1 more fixes (parapet-cli fix).")
                            .arg(num(qint64(plan.remediations.size()) - limits.fixes)),
                        true);
    }

    // ---- About
    b.heading(1, t("About this report"), QStringLiteral("about"));
    b.keyValues({{t("Source"), cover.sourceKind + QStringLiteral(": ") + cover.sourceName},
                 {t("Kubernetes version"),
                  cover.serverVersion.isEmpty() ? t("unknown") : cover.serverVersion},
                 {t("Objects"), num(cover.objectCount)},
                 {t("Checks judged on"), QLocale().toString(scan.date, QLocale::LongFormat)},
                 {t("Generated"), QLocale().toString(cover.generated, QLocale::LongFormat)},
                 {t("Parapet"), QStringLiteral(PARAPET_VERSION)}});
    b.paragraph(t("Scores: each control scores the share of its objects that pass (excepted "
                  "objects count as passing). The overall score weighs controls by severity "
                  "(low 1, medium 2, high 4, critical 8); controls that cannot be verified and "
                  "informational ones are left out. Secrets are read as metadata only: no "
                  "Secret value, token or key is part of this report."),
                true);
    return doc;
}

} // namespace parapet::report
