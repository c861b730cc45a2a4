#include "networkview.h"

#include "graphics/graphsupport.h"
#include "graphics/graphview.h"
#include "kube/yamlwriter.h"
#include "netpol/netpolgraph.h"
#include "netpol/reachability.h"
#include "sources/manifestloader.h"
#include "theme.h"
#include "widgets/tablestyle.h"
#include "yamlhighlighter.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parapet::ui {

using namespace parapet::netpol;

/// Namespace × namespace: how many workload pairs may connect, of how many.
class NamespaceMatrixModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(const ConnectivityMatrix *m)
    {
        beginResetModel();
        m_names.clear();
        m_workloads.clear();
        m_allowed.clear();
        if (m) {
            const auto &wls = m->analysis().endpoints().workloads;
            QHash<QString, int> index;
            for (int w : m->workloads()) {
                const QString &ns = wls[std::size_t(w)].namespaceName;
                if (!index.contains(ns)) {
                    index.insert(ns, int(m_names.size()));
                    m_names.append(ns);
                    m_workloads.push_back(0);
                }
                ++m_workloads[std::size_t(index.value(ns))];
            }
            const std::size_t n = std::size_t(m_names.size());
            m_allowed.assign(n * n, 0);
            for (const MatrixCell &c : m->pairs()) {
                const int a = index.value(wls[std::size_t(c.src)].namespaceName, -1);
                const int b = index.value(wls[std::size_t(c.dst)].namespaceName, -1);
                if (a >= 0 && b >= 0)
                    ++m_allowed[std::size_t(a) * n + std::size_t(b)];
            }
        }
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_names.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return rowCount(parent); }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (role == Qt::DisplayRole && section >= 0 && section < m_names.size())
            return o == Qt::Horizontal ? NetworkView::tr("→ %1").arg(m_names[section])
                                       : NetworkView::tr("%1 →").arg(m_names[section]);
        return QAbstractTableModel::headerData(section, o, role);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const std::size_t n = std::size_t(m_names.size());
        const int allowed = m_allowed[std::size_t(index.row()) * n + std::size_t(index.column())];
        const int total =
            m_workloads[std::size_t(index.row())] * m_workloads[std::size_t(index.column())];
        const Theme &theme = Theme::current();
        const Tone tone = allowed == 0 ? Tone::Pass : allowed == total ? Tone::Fail : Tone::Partial;
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1/%2").arg(allowed).arg(total);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::BackgroundRole: {
            QColor c = theme.tone(tone);
            c.setAlphaF(allowed == 0 ? 0.10f : allowed == total ? 0.30f : 0.18f);
            return c;
        }
        case Qt::ToolTipRole:
            return NetworkView::tr("%1 of %2 workload pairs from %3 to %4 may connect")
                .arg(allowed)
                .arg(total)
                .arg(m_names[index.row()], m_names[index.column()]);
        case Qt::UserRole:
            return allowed;
        default:
            return {};
        }
    }

private:
    QStringList m_names;
    std::vector<int> m_workloads;
    std::vector<int> m_allowed;
};

namespace {

QString matchText(const ReachabilityAnalysis &a, const RuleMatch &m)
{
    const NetworkPolicy &p = a.policies()[std::size_t(m.policy)];
    const PolicyRule &r = p.rules(m.direction)[std::size_t(m.rule)];
    const QString peer = m.peer >= 0 ? r.peers[std::size_t(m.peer)].toString(p.ns)
                         : m.direction == Direction::Ingress ? NetworkView::tr("from anywhere")
                                                             : NetworkView::tr("to anywhere");
    const QString where = m.peer >= 0 ? r.peers[std::size_t(m.peer)].path : r.path;
    QString s = NetworkView::tr("NetworkPolicy <b>%1</b> %2 (%3; ports: %4)")
                    .arg(p.reference().toHtmlEscaped(), where.toHtmlEscaped(), peer.toHtmlEscaped(),
                         r.allPorts ? NetworkView::tr("all") : m.ports.toString().toHtmlEscaped());
    const SourceLocation loc = p.locate(where);
    if (loc.isValid())
        s += QStringLiteral(" <span style='color:gray'>%1</span>")
                 .arg(loc.toString().toHtmlEscaped());
    return s;
}

QString sideHtml(const ReachabilityAnalysis &a, const SideExplanation &s, Direction dir,
                 const QString &portText)
{
    const bool egress = dir == Direction::Egress;
    QString out = QStringLiteral("<p><b>%1</b><br>")
                      .arg(egress ? NetworkView::tr("Egress at the source")
                                  : NetworkView::tr("Ingress at the destination"));
    if (!s.applies)
        return out + NetworkView::tr("outside the cluster: no NetworkPolicy applies on this side") +
               QStringLiteral("</p>");
    if (!s.isolated)
        return out +
               (egress ? NetworkView::tr("not isolated for egress: no NetworkPolicy selects it "
                                         "with policyType Egress, so every destination is allowed")
                       : NetworkView::tr("not isolated for ingress: no NetworkPolicy selects it "
                                         "with policyType Ingress, so every source is allowed")) +
               QStringLiteral("</p>");
    QStringList by;
    for (int pi : s.isolatingPolicies)
        by.append(a.policies()[std::size_t(pi)].reference());
    out += NetworkView::tr("isolated by NetworkPolicy %1")
               .arg(by.join(QStringLiteral(", ")).toHtmlEscaped());
    for (const RuleMatch &m : s.allowing)
        out += QStringLiteral("<br>✔ ") + NetworkView::tr("allowed by %1").arg(matchText(a, m));
    if (s.allowing.empty()) {
        if (s.peerOnly.empty()) {
            out += QStringLiteral("<br>✘ ") +
                   (egress ? NetworkView::tr(
                                 "denied: no egress rule of these policies matches the destination")
                           : NetworkView::tr(
                                 "denied: no ingress rule of these policies matches the source"));
        } else {
            out += QStringLiteral("<br>✘ ") +
                   NetworkView::tr("denied: rules match the peer but not %1:")
                       .arg(portText.toHtmlEscaped());
            for (const RuleMatch &m : s.peerOnly)
                out += QStringLiteral("<br>&nbsp;&nbsp;") + matchText(a, m);
        }
    }
    return out + QStringLiteral("</p>");
}

// The inventory with \a yaml's NetworkPolicies added, replacing the object at \a replaced (or
// any object of the same kind, namespace and name).
Result<Inventory> whatIfInventory(const Inventory &base, qsizetype replaced, const QString &yaml,
                                  const QString &defaultNamespace)
{
    LoadOptions options;
    options.defaultNamespace =
        defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
    ManifestLoader loader(options);
    loader.addData(QStringLiteral("what-if.yaml"), yaml.toUtf8());
    const Inventory parsed = loader.load(SourceInfo{});
    for (const Diagnostic &d : parsed.diagnostics())
        if (d.severity == Diagnostic::Severity::Error)
            return Error{Error::Code::Syntax, d.toString(), {}};
    if (parsed.ofKind(QStringLiteral("NetworkPolicy")).empty())
        return Error{Error::Code::Invalid,
                     NetworkView::tr("the YAML holds no NetworkPolicy (kind: NetworkPolicy, "
                                     "apiVersion: networking.k8s.io/v1)"),
                     {}};
    QSet<QString> replacedKeys;
    for (const KubeObject &o : parsed.objects())
        replacedKeys.insert(o.kind() + u'/' + o.ns() + u'/' + o.name());
    InventoryBuilder builder;
    builder.setSource(base.source());
    for (qsizetype i = 0; i < base.size(); ++i) {
        const KubeObject &o = base.at(i);
        if (i == replaced || replacedKeys.contains(o.kind() + u'/' + o.ns() + u'/' + o.name()))
            continue;
        builder.addScoped(o);
    }
    for (const KubeObject &o : parsed.objects())
        builder.addScoped(o);
    return builder.build();
}

} // namespace

NetworkView::NetworkView(QWidget *parent)
    : View(parent)
    , m_graph(new GraphView(this))
    , m_tabs(new QTabWidget(this))
    , m_matrix(new QTableView(this))
    , m_matrixModel(new NamespaceMatrixModel(this))
    , m_source(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_protocol(new QComboBox(this))
    , m_check(new QPushButton(tr("Can it reach?"), this))
    , m_verdict(new QLabel(this))
    , m_explanation(new QTextBrowser(this))
    , m_policyChoice(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_apply(new QPushButton(tr("Apply what-if"), this))
    , m_export(new QPushButton(tr("Export policy…"), this))
    , m_whatIfStatus(new QLabel(this))
    , m_changes(new QTableWidget(this))
{
    setObjectName(QStringLiteral("networkView"));
    const Theme &theme = Theme::current();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_tabs->setDocumentMode(true);
    auto *graphPage = new QWidget(m_tabs);
    auto *gp = new QVBoxLayout(graphPage);
    gp->setContentsMargins(0, 0, 0, 0);
    gp->setSpacing(0);
    gp->addWidget(m_graph, 1);
    auto *legend = new QLabel(graphPage);
    legend->setContentsMargins(10, 4, 10, 4);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: %1;").arg(theme.colors().mutedText.name()));
    // The quotes are written as characters: lupdate reads "\u201ca" as one escape (U+201CA),
    // so a \u escape before a hex letter gives a source text that never matches at run time.
    legend->setText(tr("Edges: connections the NetworkPolicies allow, labelled with ports. "
                       "<span style='color:%1'>Red border</span>: accepts connections from "
                       "anywhere (not isolated for ingress); “anywhere” stands for every "
                       "pod and address.")
                        .arg(theme.tone(Tone::Critical).name()));
    gp->addWidget(legend);
    m_tabs->addTab(graphPage, tr("Graph"));

    m_matrix->setObjectName(QStringLiteral("networkMatrix"));
    m_matrix->setModel(m_matrixModel);
    applyTableStyle(m_matrix);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_matrix, tr("Matrix"));

    auto *whatIf = new QWidget(m_tabs);
    auto *wl = new QVBoxLayout(whatIf);
    auto *choiceRow = new QHBoxLayout;
    auto *policyLabel = new QLabel(tr("P&olicy:"), whatIf);
    policyLabel->setBuddy(m_policyChoice); // Alt+O; without a buddy the '&' is shown as is
    choiceRow->addWidget(policyLabel);
    m_policyChoice->setObjectName(QStringLiteral("networkWhatIfPolicy"));
    m_policyChoice->setAccessibleName(tr("Policy to edit"));
    choiceRow->addWidget(m_policyChoice, 1);
    wl->addLayout(choiceRow);
    m_editor->setObjectName(QStringLiteral("networkWhatIfEditor"));
    m_editor->setFont(Theme::monospaceFont());
    m_editor->setAccessibleName(tr("NetworkPolicy YAML"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    new YamlHighlighter(m_editor->document());
    wl->addWidget(m_editor, 3);
    auto *buttons = new QHBoxLayout;
    m_apply->setObjectName(QStringLiteral("networkWhatIfApply"));
    m_export->setObjectName(QStringLiteral("networkWhatIfExport"));
    buttons->addWidget(m_apply);
    buttons->addWidget(m_export);
    m_whatIfStatus->setObjectName(QStringLiteral("networkWhatIfStatus"));
    m_whatIfStatus->setWordWrap(true);
    buttons->addWidget(m_whatIfStatus, 1);
    wl->addLayout(buttons);
    m_changes->setObjectName(QStringLiteral("networkWhatIfChanges"));
    m_changes->setColumnCount(4);
    m_changes->setHorizontalHeaderLabels({tr("Change"), tr("From"), tr("To"), tr("Ports")});
    applyTableStyle(m_changes);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    wl->addWidget(m_changes, 2);
    m_tabs->addTab(whatIf, tr("What-if"));
    splitter->addWidget(m_tabs);

    // The query panel.
    auto *panel = new QWidget(splitter);
    auto *pl = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("<b>Can A reach B?</b>"), panel);
    pl->addWidget(title);
    auto *form = new QFormLayout;
    for (QComboBox *c : {m_source, m_destination}) {
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
        c->completer()->setFilterMode(Qt::MatchContains);
        c->completer()->setCompletionMode(QCompleter::PopupCompletion);
        c->setMinimumContentsLength(18);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_source->setObjectName(QStringLiteral("networkSource"));
    m_source->setAccessibleName(tr("Source workload"));
    m_destination->setObjectName(QStringLiteral("networkDestination"));
    m_destination->setAccessibleName(tr("Destination workload"));
    m_port->setObjectName(QStringLiteral("networkPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(80);
    m_port->setAccessibleName(tr("Port"));
    m_protocol->setObjectName(QStringLiteral("networkProtocol"));
    m_protocol->addItems({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")});
    m_protocol->setAccessibleName(tr("Protocol"));
    form->addRow(tr("&From:"), m_source);
    form->addRow(tr("&To:"), m_destination);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_protocol);
    // A row of a layout gets a label without buddy: give it one, so Alt+P reaches the port.
    auto *portLabel = new QLabel(tr("&Port:"), panel);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    pl->addLayout(form);
    m_check->setObjectName(QStringLiteral("networkCheck"));
    pl->addWidget(m_check, 0, Qt::AlignLeft);
    m_verdict->setObjectName(QStringLiteral("networkVerdict"));
    QFont vf = m_verdict->font();
    vf.setBold(true);
    vf.setPointSizeF(vf.pointSizeF() * 1.15);
    m_verdict->setFont(vf);
    pl->addWidget(m_verdict);
    m_explanation->setObjectName(QStringLiteral("networkExplanation"));
    m_explanation->setOpenLinks(false);
    m_explanation->setPlaceholderText(
        tr("Pick two workloads and a port: the answer says which policies allow or deny it, on "
           "both sides (egress at the source, ingress at the destination)."));
    pl->addWidget(m_explanation, 1);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 320});

    connect(m_graph, &GraphView::currentNodeChanged, this, [this](const QString &id) {
        // A workload picked in the graph becomes the query's destination (source if empty).
        if (id.startsWith(QStringLiteral("w/"))) {
            if (m_source->currentText().isEmpty())
                m_source->setCurrentText(id.mid(2));
            else
                m_destination->setCurrentText(id.mid(2));
        }
        Q_EMIT selectionChanged();
    });
    connect(m_graph, &GraphView::layoutFinished, this, [this] {
        if (isSettled())
            Q_EMIT settled();
    });
    connect(m_check, &QPushButton::clicked, this, &NetworkView::runQuery);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyWhatIf(m_editor->toPlainText()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export NetworkPolicy"),
                                                          QStringLiteral("networkpolicy.yaml"),
                                                          tr("YAML (*.yaml *.yml)"));
        QString error;
        if (!path.isEmpty() && !exportPolicy(path, &error))
            QMessageBox::warning(this, tr("Export NetworkPolicy"),
                                 tr("The policy could not be saved: %1.\nChoose another folder "
                                    "or file name.")
                                     .arg(error));
    });
    connect(m_policyChoice, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_data || i < 0)
            return;
        const qsizetype index = m_policyChoice->itemData(i).toLongLong();
        if (index >= 0 && index < m_inventory.size()) {
            m_editor->setPlainText(toYaml(m_inventory.at(index).root()));
            return;
        }
        // A new policy: default-deny ingress for the first namespace that accepts everything.
        QString ns = QStringLiteral("default");
        const auto &a = *m_data->analysis;
        for (std::size_t n = 0; n < a.endpoints().namespaces.size(); ++n) {
            bool open = false;
            for (int c : a.classesInNamespace(int(n)))
                open = open || !a.isolated(c, Direction::Ingress);
            if (open) {
                ns = a.endpoints().namespaces[n].name;
                break;
            }
        }
        m_editor->setPlainText(QStringLiteral("apiVersion: networking.k8s.io/v1\n"
                                              "kind: NetworkPolicy\n"
                                              "metadata:\n"
                                              "  name: default-deny-ingress\n"
                                              "  namespace: %1\n"
                                              "spec:\n"
                                              "  podSelector: {}\n"
                                              "  policyTypes:\n"
                                              "  - Ingress\n")
                                   .arg(ns));
    });
}

NetworkView::~NetworkView() = default;

void NetworkView::setResult(const LoadResult &result)
{
    const int generation = ++m_generation;
    ++m_whatIfGeneration;
    m_computing = true;
    m_inventory = result.inventory;
    m_data.reset();
    m_matrixModel->setMatrix(nullptr);
    m_changes->setRowCount(0);
    m_changeList.clear();
    m_graph->showMessage(tr("Computing reachability…"),
                         tr("Evaluating every NetworkPolicy against the workloads."));
    const Inventory inventory = result.inventory;
    QtConcurrent::run([inventory] {
        auto d = std::make_shared<Data>();
        d->analysis = std::make_shared<const ReachabilityAnalysis>(inventory);
        d->matrix =
            std::make_shared<const ConnectivityMatrix>(ConnectivityMatrix::build(d->analysis));
        d->graph = netpolGraph(*d->matrix);
        return std::shared_ptr<const Data>(d);
    }).then(this, [this, generation](const std::shared_ptr<const Data> &built) {
        if (generation != m_generation)
            return;
        m_computing = false;
        showData(built);
    });
}

void NetworkView::showData(const std::shared_ptr<const Data> &built)
{
    m_data = built;
    m_graph->setGraph(m_data->graph, {},
                      tr("No workloads in this source: NetworkPolicies apply to pods."));
    m_matrixModel->setMatrix(m_data->matrix.get());
    QStringList ends;
    for (const WorkloadInfo &w : m_data->analysis->endpoints().workloads)
        ends.append(w.key());
    for (QComboBox *c : {m_source, m_destination}) {
        const QString keep = c->currentText();
        c->clear();
        c->addItems(ends);
        c->setCurrentText(keep);
    }
    {
        const QSignalBlocker blocker(m_policyChoice);
        m_policyChoice->clear();
        m_policyChoice->addItem(tr("New policy"), qlonglong(-1));
        for (const NetworkPolicy &p : m_data->analysis->policies())
            if (p.object)
                m_policyChoice->addItem(p.reference(),
                                        qlonglong(p.object - m_inventory.objects().data()));
    }
    m_policyChoice->setCurrentIndex(-1);
    m_policyChoice->setCurrentIndex(0);
}

NetworkView::Answer NetworkView::query(const QString &source, const QString &destination, int port,
                                       const QString &protocol)
{
    Answer answer;
    if (m_source->currentText() != source)
        m_source->setCurrentText(source);
    if (m_destination->currentText() != destination)
        m_destination->setCurrentText(destination);
    m_port->setValue(port);
    m_protocol->setCurrentText(protocol);
    const Theme &theme = Theme::current();
    auto fail = [&](const QString &message) {
        answer.error = message;
        m_verdict->setText(tr("Cannot answer"));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(theme.tone(Tone::Error).name()));
        m_explanation->setHtml(message.toHtmlEscaped());
        return answer;
    };
    if (!m_data)
        return fail(tr("The reachability analysis is still running."));
    const ReachabilityAnalysis &a = *m_data->analysis;
    auto src = a.resolve(source.trimmed());
    if (!src)
        return fail(tr("Source: %1").arg(src.error().message));
    auto dst = a.resolve(destination.trimmed());
    if (!dst)
        return fail(tr("Destination: %1").arg(dst.error().message));
    if (src->kind == ConnectionEnd::Kind::Address && dst->kind == ConnectionEnd::Kind::Address)
        return fail(tr("Neither end is a pod of this source: NetworkPolicies only apply to pods."));
    const auto proto = parseProtocol(protocol.toUpper());
    if (!proto)
        return fail(tr("Unknown protocol \u201c%1\u201d (use TCP, UDP or SCTP).").arg(protocol));
    const ReachabilityAnswer r = a.canReach(*src, *dst, *proto, port);
    const QString portText = protocolName(*proto) + u' ' + QString::number(port);
    answer.valid = true;
    answer.verdict = verdictName(r.verdict);
    const Tone tone = r.verdict == Verdict::Allowed  ? Tone::Fail
                      : r.verdict == Verdict::Denied ? Tone::Pass
                                                     : Tone::Partial;
    const QString word = r.verdict == Verdict::Allowed  ? tr("✔ Allowed")
                         : r.verdict == Verdict::Denied ? tr("✘ Denied")
                                                        : tr("? Implementation-defined");
    m_verdict->setText(word);
    // The verdict's own colour: allowed is neither good nor bad in itself; use the link colour
    // for allowed and the pass colour for denied so the two never look alike.
    Q_UNUSED(tone)
    m_verdict->setStyleSheet(QStringLiteral("color: %1;")
                                 .arg((r.verdict == Verdict::Allowed  ? theme.colors().link
                                       : r.verdict == Verdict::Denied ? theme.tone(Tone::Fail)
                                                                      : theme.tone(Tone::Partial))
                                          .name()));
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("%1 → %2 on %3")
                                .arg(a.describe(*src).toHtmlEscaped(),
                                     a.describe(*dst).toHtmlEscaped(), portText));
    html += sideHtml(a, r.egress, Direction::Egress, portText);
    html += sideHtml(a, r.ingress, Direction::Ingress, portText);
    for (const QString &w : r.warnings)
        html += QStringLiteral("<p>⚠ %1</p>").arg(w.toHtmlEscaped());
    if (r.pairs > 1)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 of %2 pod groups allowed.").arg(r.allowedPairs).arg(r.pairs));
    m_explanation->setHtml(html);
    answer.explanation = m_explanation->toPlainText();
    return answer;
}

void NetworkView::runQuery()
{
    query(m_source->currentText(), m_destination->currentText(), m_port->value(),
          m_protocol->currentText());
}

bool NetworkView::editPolicy(const QString &reference)
{
    const int i = reference.isEmpty() ? 0 : m_policyChoice->findText(reference);
    if (i < 0)
        return false;
    m_policyChoice->setCurrentIndex(i);
    m_tabs->setCurrentIndex(2);
    return true;
}

void NetworkView::applyWhatIf(const QString &yaml)
{
    if (!m_data)
        return;
    if (m_editor->toPlainText() != yaml)
        m_editor->setPlainText(yaml);
    const int generation = ++m_whatIfGeneration;
    m_apply->setEnabled(false);
    m_whatIfStatus->setText(tr("Recomputing reachability with this policy…"));
    const QVariant choice = m_policyChoice->currentData();
    const qsizetype replaced = choice.isValid() ? choice.toLongLong() : -1;
    const QString ns = replaced >= 0 ? m_inventory.at(replaced).ns() : QString();
    const Inventory base = m_inventory;
    const auto before = m_data->matrix;
    struct Outcome
    {
        std::vector<ConnectivityChange> changes;
        QString error;
    };
    QtConcurrent::run([base, replaced, yaml, ns, before] {
        Outcome out;
        auto inventory = whatIfInventory(base, replaced, yaml, ns);
        if (!inventory) {
            out.error = inventory.error().message;
            return out;
        }
        auto analysis = std::make_shared<const ReachabilityAnalysis>(*inventory);
        for (const NetworkPolicy &p : analysis->policies())
            if (!p.isValid() && p.object && p.object->origin().file == u"what-if.yaml") {
                out.error = tr("the API server would reject %1: %2")
                                .arg(p.reference(), p.errors.join(QStringLiteral("; ")));
                return out;
            }
        const ConnectivityMatrix after = ConnectivityMatrix::build(analysis);
        out.changes = diffConnectivity(*before, after);
        return out;
    }).then(this, [this, generation](const Outcome &out) {
        if (generation != m_whatIfGeneration)
            return;
        m_apply->setEnabled(true);
        showChanges(out.changes, out.error);
    });
}

void NetworkView::showChanges(const std::vector<ConnectivityChange> &changes, const QString &error)
{
    m_changeList = changes;
    m_whatIfError = error;
    const Theme &theme = Theme::current();
    m_changes->setRowCount(0);
    if (!error.isEmpty()) {
        m_whatIfStatus->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                    .arg(theme.tone(Tone::Error).name(),
                                         tr("Cannot apply: %1").arg(error).toHtmlEscaped()));
        Q_EMIT whatIfFinished();
        return;
    }
    int added = 0, removed = 0, changed = 0;
    m_changes->setRowCount(int(changes.size()));
    int row = 0;
    for (const ConnectivityChange &c : changes) {
        QString kind;
        QColor color;
        QString ports;
        switch (c.kind) {
        case ConnectivityChange::Kind::Added:
            ++added;
            kind = tr("＋ appears");
            color = theme.tone(Tone::Pass);
            ports = c.after.toString();
            break;
        case ConnectivityChange::Kind::Removed:
            ++removed;
            kind = tr("− disappears");
            color = theme.tone(Tone::Fail);
            ports = c.before.toString();
            break;
        case ConnectivityChange::Kind::Changed:
            ++changed;
            kind = tr("± changes");
            color = theme.tone(Tone::Partial);
            ports = tr("opened %1; closed %2").arg(c.opened().toString(), c.closed().toString());
            break;
        }
        const QStringList cells{kind, c.from, c.to, ports};
        for (int col = 0; col < 4; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (col == 0)
                item->setForeground(color);
            m_changes->setItem(row, col, item);
        }
        ++row;
    }
    m_changes->resizeColumnsToContents();
    m_whatIfStatus->setText(changes.empty()
                                ? tr("No connection changes.")
                                : tr("<span style='color:%1'>%2 appear</span> · <span "
                                     "style='color:%3'>%4 disappear</span> · %5 change ports")
                                      .arg(theme.tone(Tone::Pass).name())
                                      .arg(added)
                                      .arg(theme.tone(Tone::Fail).name())
                                      .arg(removed)
                                      .arg(changed));
    Q_EMIT whatIfFinished();
}

bool NetworkView::exportPolicy(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("cannot write %1: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

Selection NetworkView::selection() const
{
    const QString id = m_graph->currentNode();
    if (!id.startsWith(QStringLiteral("w/")))
        return {};
    // w/NS/KIND/NAME
    const qsizetype index = objectIndex(m_inventory, id.section(u'/', 2, 2), id.section(u'/', 1, 1),
                                        id.section(u'/', 3));
    return index >= 0 ? Selection::object(index) : Selection{};
}

bool NetworkView::focusFilter()
{
    return m_graph->focusSearch();
}

void NetworkView::applyFilter(const QString &filter)
{
    m_graph->setFilterText(filter);
}

bool NetworkView::isSettled() const
{
    return !m_computing && !m_graph->isBusy();
}

} // namespace parapet::ui
