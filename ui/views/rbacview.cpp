#include "rbacview.h"

#include "graphics/graphsupport.h"
#include "graphics/graphview.h"
#include "rbac/rbacgraph.h"
#include "theme.h"
#include "widgets/tablestyle.h"

#include <algorithm>
#include <QComboBox>
#include <QFormLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace parapet::ui {

using namespace parapet::rbac;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QString ruleText(const Rule &rule)
{
    if (rule.resources.isEmpty())
        return RbacView::tr("URLs %1: %2")
            .arg(rule.nonResourceURLs.join(QStringLiteral(", ")),
                 rule.verbs.join(QStringLiteral(", ")));
    QStringList what;
    for (const QString &r : rule.resources)
        for (const QString &g : rule.apiGroups)
            what.append(g.isEmpty() ? r : QString(r + u'.' + g));
    QString text = what.size() > 3 ? what.mid(0, 3).join(QStringLiteral(", ")) +
                                         RbacView::tr(", +%1").arg(what.size() - 3)
                                   : what.join(QStringLiteral(", "));
    return text + QStringLiteral(": ") + rule.verbs.join(QStringLiteral(", "));
}

QString resourcesText(const Rule &rule)
{
    if (rule.resources.isEmpty())
        return rule.nonResourceURLs.join(QStringLiteral(", "));
    QStringList what;
    for (const QString &r : rule.resources)
        for (const QString &g : rule.apiGroups)
            what.append(g.isEmpty() ? r : QString(r + u'.' + g));
    return what.join(QStringLiteral(", "));
}

GraphNode::Kind subjectKind(const QString &kind)
{
    if (kind == u"User")
        return GraphNode::Kind::User;
    if (kind == u"Group")
        return GraphNode::Kind::Group;
    return GraphNode::Kind::ServiceAccount;
}

Tone riskSeverityTone(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return Tone::Critical;
    case Severity::High:
        return Tone::High;
    case Severity::Medium:
        return Tone::Medium;
    case Severity::Low:
        return Tone::Low;
    case Severity::Info:
        break;
    }
    return Tone::Info;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    applyTableStyle(t);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}

} // namespace

RbacView::RbacView(QWidget *parent)
    : View(parent)
    , m_graph(new GraphView(this))
    , m_tabs(new QTabWidget(this))
    , m_subjectFilter(new QLineEdit(this))
    , m_subjects(new QListWidget(this))
    , m_subjectSummary(new QLabel(this))
    , m_verb(new QComboBox(this))
    , m_resource(new QLineEdit(this))
    , m_namespace(new QComboBox(this))
    , m_whoCanButton(new QPushButton(tr("Who can?"), this))
    , m_whoCanSummary(new QLabel(this))
    , m_overviewButton(new QPushButton(tr("Risky subjects"), this))
    , m_graphTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("rbacView"));
    const Theme &theme = Theme::current();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(10, 6, 8, 0);
    m_graphTitle->setObjectName(QStringLiteral("rbacGraphTitle"));
    QFont tf = m_graphTitle->font();
    tf.setBold(true);
    m_graphTitle->setFont(tf);
    m_graphTitle->setWordWrap(true); // a long title (German) wraps beside the button
    titleRow->addWidget(m_graphTitle, 1);
    m_overviewButton->setObjectName(QStringLiteral("rbacOverviewButton"));
    m_overviewButton->setToolTip(tr("Show the subjects with risky grants and escalation paths"));
    m_overviewButton->setEnabled(false);
    titleRow->addWidget(m_overviewButton);
    leftLayout->addLayout(titleRow);
    leftLayout->addWidget(m_graph, 1);
    auto *legend = new QLabel(left);
    legend->setContentsMargins(10, 4, 10, 4);
    legend->setStyleSheet(QStringLiteral("color: %1;").arg(theme.colors().mutedText.name()));
    legend->setText(tr("Subjects (round) → bindings (pills) → roles (hexagons; cluster roles "
                       "bold) → permissions. <span style='color:%1'>━ risky grant</span> · "
                       "<span style='color:%1'>╌ escalation step (numbered)</span>")
                        .arg(theme.tone(Tone::Critical).name()));
    legend->setWordWrap(true);
    leftLayout->addWidget(legend);

    // Right: subject, who-can and risks.
    m_tabs->setObjectName(QStringLiteral("rbacTabs"));
    // Every tab shown whole, in every language: the panel is never narrower than its tabs
    // (no scroll arrows hiding the third one).
    m_tabs->tabBar()->setUsesScrollButtons(false);
    auto *subjectPage = new QWidget(m_tabs);
    auto *sp = new QVBoxLayout(subjectPage);
    m_subjectFilter->setObjectName(QStringLiteral("rbacSubjectFilter"));
    m_subjectFilter->setPlaceholderText(tr("Filter subjects (user, group, ServiceAccount)"));
    m_subjectFilter->setClearButtonEnabled(true);
    m_subjectFilter->setAccessibleName(tr("Filter subjects"));
    sp->addWidget(m_subjectFilter);
    m_subjects->setObjectName(QStringLiteral("rbacSubjects"));
    m_subjects->setAccessibleName(tr("Subjects"));
    m_subjects->setUniformItemSizes(true);
    sp->addWidget(m_subjects, 2);
    m_subjectSummary->setObjectName(QStringLiteral("rbacSubjectSummary"));
    m_subjectSummary->setWordWrap(true);
    m_subjectSummary->setText(tr("Pick a subject to see its effective permissions and draw what "
                                 "it holds."));
    sp->addWidget(m_subjectSummary);
    m_permissions =
        makeTable(subjectPage, QStringLiteral("rbacPermissions"),
                  {tr("Where"), tr("Verbs"), tr("Resources"), tr("Names"), tr("Granted by")});
    m_permissions->setAccessibleName(tr("Effective permissions"));
    sp->addWidget(m_permissions, 3);
    m_tabs->addTab(subjectPage, theme.icon(QStringLiteral("kind-user")), tr("Subject"));

    auto *whoPage = new QWidget(m_tabs);
    auto *wp = new QVBoxLayout(whoPage);
    auto *form = new QFormLayout;
    m_verb->setObjectName(QStringLiteral("rbacVerb"));
    m_verb->setEditable(true);
    m_verb->addItems({QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                      QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("patch"),
                      QStringLiteral("delete"), QStringLiteral("deletecollection"),
                      QStringLiteral("bind"), QStringLiteral("escalate"),
                      QStringLiteral("impersonate"), QStringLiteral("*")});
    m_verb->setAccessibleName(tr("Verb"));
    form->addRow(tr("&Verb:"), m_verb);
    m_resource->setObjectName(QStringLiteral("rbacResource"));
    m_resource->setPlaceholderText(tr("secrets, deployments.apps, pods/exec"));
    m_resource->setText(QStringLiteral("secrets"));
    m_resource->setAccessibleName(tr("Resource"));
    form->addRow(tr("&Resource:"), m_resource);
    m_namespace->setObjectName(QStringLiteral("rbacNamespace"));
    m_namespace->setEditable(true);
    m_namespace->setAccessibleName(tr("Namespace"));
    form->addRow(tr("&Namespace:"), m_namespace);
    wp->addLayout(form);
    m_whoCanButton->setObjectName(QStringLiteral("rbacWhoCanButton"));
    m_whoCanButton->setDefault(true);
    wp->addWidget(m_whoCanButton, 0, Qt::AlignLeft);
    m_whoCanSummary->setObjectName(QStringLiteral("rbacWhoCanSummary"));
    m_whoCanSummary->setWordWrap(true);
    wp->addWidget(m_whoCanSummary);
    m_whoCan = makeTable(whoPage, QStringLiteral("rbacWhoCan"),
                         {tr("Subject"), tr("Where"), tr("Granted by")});
    wp->addWidget(m_whoCan, 1);
    m_tabs->addTab(whoPage, theme.icon(QStringLiteral("action-search")), tr("Who can"));

    m_risks = makeTable(m_tabs, QStringLiteral("rbacRisks"),
                        {tr("Severity"), tr("Subject"), tr("Risk"), tr("Where")});
    m_tabs->addTab(m_risks, theme.toneIcon(Tone::Critical), tr("Risks"));

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 420});

    connect(m_graph, &GraphView::currentNodeChanged, this, &View::selectionChanged);
    connect(m_graph, &GraphView::layoutFinished, this, [this] {
        if (isSettled())
            Q_EMIT settled();
    });
    connect(m_subjectFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_subjects->count(); ++i)
            m_subjects->item(i)->setHidden(
                !m_subjects->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_subjects, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            pickSubject(item->data(kKeyRole).toString());
    });
    connect(m_whoCanButton, &QPushButton::clicked, this, &RbacView::runWhoCan);
    connect(m_resource, &QLineEdit::returnPressed, this, &RbacView::runWhoCan);
    connect(m_overviewButton, &QPushButton::clicked, this, &RbacView::showOverview);
    connect(m_risks, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString key = m_risks->item(row, 1)->data(kKeyRole).toString();
        if (!key.isEmpty() && m_graph->graph().node(QStringLiteral("subject/") + key))
            m_graph->selectNode(QStringLiteral("subject/") + key);
    });
}

void RbacView::setResult(const LoadResult &result)
{
    const int generation = ++m_generation;
    m_computing = true;
    m_inventory = result.inventory;
    m_data.reset();
    m_subjects->clear();
    m_permissions->setRowCount(0);
    m_whoCan->setRowCount(0);
    m_risks->setRowCount(0);
    m_graph->showMessage(tr("Indexing RBAC…"),
                         tr("Resolving bindings, roles and escalation paths."));
    const Inventory inventory = result.inventory;
    QtConcurrent::run([inventory] {
        auto d = std::make_shared<Data>();
        d->index = std::make_shared<const RbacIndex>(inventory);
        d->report = analyzeRisks(*d->index);
        d->overview = rbacGraph(*d->index, d->report);
        return std::shared_ptr<const Data>(d);
    }).then(this, [this, generation](const std::shared_ptr<const Data> &built) {
        if (generation != m_generation)
            return;
        m_computing = false;
        showData(built);
    });
}

void RbacView::showData(const std::shared_ptr<const Data> &built)
{
    m_data = built;
    fillSubjects();
    m_namespace->clear();
    m_namespace->addItem(QString());
    m_namespace->setItemText(0, QString());
    m_namespace->lineEdit()->setPlaceholderText(tr("any namespace"));
    m_namespace->addItems(m_inventory.namespaceNames());

    // Risks table: findings with subjects, most severe first, then escalation paths.
    std::vector<const RiskFinding *> findings;
    for (const RiskFinding &f : m_data->report.findings)
        if (!f.subject.kind.isEmpty())
            findings.push_back(&f);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const RiskFinding *a, const RiskFinding *b) {
                         return int(a->severity) > int(b->severity);
                     });
    const Theme &theme = Theme::current();
    m_risks->setRowCount(int(findings.size() + m_data->report.escalations.size()));
    int row = 0;
    for (const RiskFinding *f : findings) {
        const Tone tone = riskSeverityTone(f->severity);
        auto *sev = cell(Theme::toneWord(tone));
        sev->setIcon(theme.toneIcon(tone));
        sev->setForeground(theme.tone(tone));
        m_risks->setItem(row, 0, sev);
        auto *subject = cell(f->subject.toString());
        subject->setData(kKeyRole, f->subject.key());
        m_risks->setItem(row, 1, subject);
        m_risks->setItem(row, 2, cell(f->title, f->detail));
        m_risks->setItem(row, 3, cell(f->scope.isEmpty() ? tr("cluster-wide") : f->scope));
        ++row;
    }
    for (const EscalationPath &p : m_data->report.escalations) {
        auto *sev = cell(tr("Escalation"));
        sev->setIcon(theme.toneIcon(Tone::Critical));
        sev->setForeground(theme.tone(Tone::Critical));
        m_risks->setItem(row, 0, sev);
        auto *subject = cell(p.startLabel);
        subject->setData(kKeyRole, p.start);
        m_risks->setItem(row, 1, subject);
        QStringList steps;
        for (const EscalationStep &s : p.steps)
            steps.append(s.how);
        m_risks->setItem(row, 2, cell(steps.join(QStringLiteral(" → ")), p.targetReason));
        m_risks->setItem(row, 3, cell(tr("steps: %1").arg(p.steps.size())));
        ++row;
    }
    m_risks->resizeColumnsToContents();
    showOverview();
}

void RbacView::fillSubjects()
{
    m_subjects->clear();
    m_subjectByKey.clear();
    QHash<QString, Severity> worst;
    for (const RiskFinding &f : m_data->report.findings) {
        if (f.subject.kind.isEmpty())
            continue;
        const QString key = f.subject.key();
        if (!worst.contains(key) || worst.value(key) < f.severity)
            worst.insert(key, f.severity);
    }
    for (const BindingEntry &b : m_data->index->bindings())
        for (const SubjectEntry &s : b.subjects)
            if (s.matchable && !m_subjectByKey.contains(s.key()))
                m_subjectByKey.insert(s.key(), s);
    const auto &accounts = m_data->index->serviceAccounts();
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        for (const QString &name : it.value()) {
            SubjectEntry s;
            s.kind = QStringLiteral("ServiceAccount");
            s.ns = it.key();
            s.name = name;
            if (!m_subjectByKey.contains(s.key()))
                m_subjectByKey.insert(s.key(), s);
        }
    std::vector<SubjectEntry> subjects;
    for (const SubjectEntry &s : std::as_const(m_subjectByKey))
        subjects.push_back(s);
    std::sort(subjects.begin(), subjects.end(), [&](const SubjectEntry &a, const SubjectEntry &b) {
        const int wa = worst.contains(a.key()) ? int(worst.value(a.key())) : -1;
        const int wb = worst.contains(b.key()) ? int(worst.value(b.key())) : -1;
        if (wa != wb)
            return wa > wb;
        return a.toString() < b.toString();
    });
    const Theme &theme = Theme::current();
    const QSignalBlocker blocker(m_subjects);
    for (const SubjectEntry &s : subjects) {
        auto *item = new QListWidgetItem(s.toString(), m_subjects);
        item->setData(kKeyRole, s.key());
        if (worst.contains(s.key()) && worst.value(s.key()) >= Severity::Low) {
            const Tone tone = riskSeverityTone(worst.value(s.key()));
            item->setIcon(theme.toneIcon(tone));
            item->setToolTip(tr("%1 risk").arg(Theme::toneWord(tone)));
        } else {
            item->setIcon(theme.kindIcon(s.kind));
        }
    }
}

void RbacView::showOverview()
{
    if (!m_data)
        return;
    m_overviewButton->setEnabled(false);
    m_graphTitle->setText(tr("Subjects with risky grants or escalation paths"));
    m_graph->setGraph(m_data->overview, {},
                      tr("No subject holds a risky grant and no escalation path was found. Pick "
                         "a subject on the right to see what it can do."));
}

Graph RbacView::subjectGraph(const SubjectEntry &subject) const
{
    const RbacIndex &index = *m_data->index;
    Graph g;
    g.title = tr("RBAC of %1").arg(subject.toString());
    QSet<QString> ids;
    QSet<QString> groups;
    auto ensureGroup = [&](const QString &ns) {
        if (ns.isEmpty())
            return QString();
        const QString id = QStringLiteral("ns/") + ns;
        if (!groups.contains(id)) {
            groups.insert(id);
            g.groups.push_back({id, ns});
        }
        return id;
    };
    auto addNode = [&](GraphNode n) {
        if (ids.contains(n.id))
            return;
        ids.insert(n.id);
        g.nodes.push_back(std::move(n));
    };
    QSet<QString> edgeKeys;
    auto addEdge = [&](const QString &from, const QString &to, GraphEdge::Kind kind) {
        const QString key = from + u'\x1f' + to;
        if (edgeKeys.contains(key))
            return;
        edgeKeys.insert(key);
        g.edges.push_back({from, to, {}, kind, 0, {}});
    };
    QSet<QString> risky;
    for (const RiskFinding &f : m_data->report.findings)
        if (f.subject.key() == subject.key())
            risky.insert(QString::number(f.grant.binding) + u'|' + QString::number(f.grant.rule));

    const QString subjectId = QStringLiteral("subject/") + subject.key();
    addNode({subjectId,
             subject.name,
             subjectKind(subject.kind),
             subject.kind == u"ServiceAccount" ? ensureGroup(subject.ns) : QString(),
             subject.kind,
             0,
             false,
             {{QStringLiteral("subject"), subject.toString()}}});
    const Identity identity = identityOfSubject(subject);
    for (const PermissionEntry &p : index.permissions(identity, QString())) {
        const BindingEntry &b = index.bindings()[std::size_t(p.grant.binding)];
        const RoleEntry &role = index.roles()[std::size_t(p.grant.role)];
        QString from = subjectId;
        // Held through a group (system:authenticated, a team): draw the group in between.
        if (p.grant.subject >= 0) {
            const SubjectEntry &via = b.subjects[std::size_t(p.grant.subject)];
            if (via.key() != subject.key()) {
                const QString viaId = QStringLiteral("subject/") + via.key();
                addNode({viaId,
                         via.name,
                         subjectKind(via.kind),
                         QString(),
                         via.kind,
                         0,
                         false,
                         {{QStringLiteral("subject"), via.toString()}}});
                addEdge(subjectId, viaId, GraphEdge::Kind::Membership);
                from = viaId;
            }
        }
        const QString bindingId =
            QStringLiteral("binding/") + b.kindName() + u'/' + b.ns + u'/' + b.name;
        addNode({bindingId,
                 b.name,
                 GraphNode::Kind::Binding,
                 ensureGroup(b.ns),
                 b.kindName(),
                 0,
                 false,
                 {}});
        addEdge(from, bindingId, GraphEdge::Kind::Grant);
        const QString roleId =
            QStringLiteral("role/") + role.kindName() + u'/' + role.ns + u'/' + role.name;
        addNode({roleId,
                 role.name,
                 role.cluster ? GraphNode::Kind::ClusterRole : GraphNode::Kind::Role,
                 ensureGroup(role.ns),
                 role.builtin ? tr("built-in") : QString(),
                 int(role.rules.size()),
                 false,
                 {}});
        addEdge(bindingId, roleId, GraphEdge::Kind::Grant);
        const bool isRisky =
            risky.contains(QString::number(p.grant.binding) + u'|' + QString::number(p.grant.rule));
        const QString ruleId =
            roleId + QStringLiteral("/rules[") + QString::number(p.grant.rule) + u']';
        const Rule &rule = index.rule(p.grant);
        addNode({ruleId,
                 ruleText(rule),
                 GraphNode::Kind::Permission,
                 ensureGroup(role.ns),
                 QString(),
                 0,
                 isRisky,
                 {{QStringLiteral("rule"), rule.toString()},
                  {QStringLiteral("path"), index.rulePath(p.grant)}}});
        addEdge(roleId, ruleId, isRisky ? GraphEdge::Kind::Risky : GraphEdge::Kind::Grant);
    }
    // Escalation paths that start here.
    for (const EscalationPath &path : m_data->report.escalations) {
        if (path.start != subject.key())
            continue;
        int step = 0;
        for (const EscalationStep &s : path.steps) {
            ++step;
            for (const auto &[key, label] :
                 {std::pair{s.from, s.fromLabel}, std::pair{s.to, s.toLabel}}) {
                const QString id = QStringLiteral("subject/") + key;
                if (key == u"cluster-admin")
                    addNode({id,
                             tr("cluster-admin (full control)"),
                             GraphNode::Kind::Permission,
                             QString(),
                             QString(),
                             0,
                             true,
                             {}});
                else
                    addNode({id,
                             label,
                             subjectKind(key.section(u':', 0, 0)),
                             QString(),
                             QString(),
                             0,
                             false,
                             {}});
            }
            GraphEdge e{QStringLiteral("subject/") + s.from,
                        QStringLiteral("subject/") + s.to,
                        s.how,
                        GraphEdge::Kind::Escalation,
                        step,
                        {}};
            g.edges.push_back(e);
        }
        break; // the shortest path is enough to show
    }
    return g;
}

bool RbacView::pickSubject(const QString &key)
{
    if (!m_data || !m_subjectByKey.contains(key))
        return false;
    const SubjectEntry subject = m_subjectByKey.value(key);
    for (int i = 0; i < m_subjects->count(); ++i)
        if (m_subjects->item(i)->data(kKeyRole).toString() == key &&
            m_subjects->currentRow() != i) {
            const QSignalBlocker blocker(m_subjects);
            m_subjects->setCurrentRow(i);
        }
    const RbacIndex &index = *m_data->index;
    QSet<QString> risky;
    for (const RiskFinding &f : m_data->report.findings)
        if (f.subject.key() == key)
            risky.insert(QString::number(f.grant.binding) + u'|' + QString::number(f.grant.rule));
    const auto permissions = index.permissions(identityOfSubject(subject), QString());
    const Theme &theme = Theme::current();
    m_permissions->setSortingEnabled(false);
    m_permissions->setRowCount(int(permissions.size()));
    int row = 0;
    int riskyRows = 0;
    for (const PermissionEntry &p : permissions) {
        const Rule &rule = index.rule(p.grant);
        auto *where = cell(p.ns.isEmpty() ? tr("cluster-wide") : p.ns);
        const bool isRisky =
            risky.contains(QString::number(p.grant.binding) + u'|' + QString::number(p.grant.rule));
        if (isRisky) {
            ++riskyRows;
            where->setIcon(theme.toneIcon(Tone::Critical));
            where->setToolTip(tr("Risky grant"));
        }
        if (!p.effective)
            where->setToolTip(p.note);
        m_permissions->setItem(row, 0, where);
        m_permissions->setItem(row, 1, cell(rule.verbs.join(QStringLiteral(", "))));
        m_permissions->setItem(row, 2, cell(resourcesText(rule)));
        m_permissions->setItem(row, 3, cell(rule.resourceNames.join(QStringLiteral(", "))));
        m_permissions->setItem(row, 4, cell(index.describe(p.grant)));
        if (isRisky)
            for (int c = 1; c < 3; ++c)
                m_permissions->item(row, c)->setForeground(theme.tone(Tone::Critical));
        if (!p.effective)
            for (int c = 0; c < 5; ++c)
                m_permissions->item(row, c)->setForeground(theme.colors().mutedText);
        ++row;
    }
    m_permissions->resizeColumnsToContents();
    m_permissions->setSortingEnabled(true);
    m_subjectSummary->setText(tr("<b>%1</b>: %2 effective rules")
                                  .arg(subject.toString().toHtmlEscaped())
                                  .arg(permissions.size()) +
                              (riskyRows > 0 ? tr(", <span style='color:%1'>%2 risky</span>")
                                                   .arg(theme.tone(Tone::Critical).name())
                                                   .arg(riskyRows)
                                             : QString()) +
                              u'.');
    m_overviewButton->setEnabled(true);
    m_graphTitle->setText(tr("What %1 can do").arg(subject.toString()));
    m_graph->setGraph(subjectGraph(subject), {},
                      tr("%1 holds no RBAC permission in this source.").arg(subject.toString()));
    m_tabs->setCurrentIndex(0);
    return true;
}

void RbacView::runWhoCan()
{
    whoCan(m_verb->currentText().trimmed(), m_resource->text().trimmed(),
           m_namespace->currentText().trimmed());
}

int RbacView::whoCan(const QString &verb, const QString &resource, const QString &ns)
{
    if (!m_data)
        return 0;
    if (m_verb->currentText() != verb)
        m_verb->setCurrentText(verb);
    if (m_resource->text() != resource)
        m_resource->setText(resource);
    if (m_namespace->currentText() != ns)
        m_namespace->setCurrentText(ns);
    m_tabs->setCurrentIndex(1);
    if (verb.isEmpty() || resource.isEmpty()) {
        m_whoCanSummary->setText(tr("Enter a verb and a resource (e.g. get secrets)."));
        m_whoCan->setRowCount(0);
        return 0;
    }
    // `deployments.apps/scale` → resource, API group, subresource.
    QString res = resource.section(u'/', 0, 0);
    const QString sub = resource.section(u'/', 1);
    QString group;
    if (const qsizetype dot = res.indexOf(u'.'); dot > 0) {
        group = res.mid(dot + 1);
        res = res.left(dot);
    }
    const Request request = Request::forResource(verb, group, res, sub, ns);
    const WhoCanResult result = m_data->index->whoCan(request, ns.isEmpty());
    const RbacIndex &index = *m_data->index;
    m_whoCan->setSortingEnabled(false);
    m_whoCan->setRowCount(int(result.subjects.size()));
    int row = 0;
    for (const WhoCanEntry &e : result.subjects) {
        auto *subject = cell(e.subject.toString());
        subject->setIcon(Theme::current().kindIcon(e.subject.kind));
        subject->setData(kKeyRole, e.subject.key());
        m_whoCan->setItem(row, 0, subject);
        QStringList where;
        QStringList via;
        for (const Grant &g : e.grants) {
            const BindingEntry &b = index.bindings()[std::size_t(g.binding)];
            const QString w = b.cluster ? tr("cluster-wide") : b.ns;
            if (!where.contains(w))
                where.append(w);
            via.append(index.describe(g));
        }
        if (e.bypass) {
            where.append(tr("everywhere"));
            via.append(tr("member of system:masters (bypasses RBAC)"));
        }
        m_whoCan->setItem(row, 1, cell(where.join(QStringLiteral(", "))));
        m_whoCan->setItem(
            row, 2,
            cell(via.value(0) +
                     (via.size() > 1 ? tr(" (+%1 more)").arg(via.size() - 1) : QString()),
                 via.join(u'\n')));
        ++row;
    }
    m_whoCan->resizeColumnsToContents();
    m_whoCan->setSortingEnabled(true);
    m_whoCanSummary->setText(
        tr("Subjects that can %1: %2.")
            .arg(request.toString().toHtmlEscaped())
            .arg(result.subjects.size()) +
        (result.errors.isEmpty() ? QString() : u' ' + result.errors.join(QStringLiteral("; "))));
    return int(result.subjects.size());
}

Selection RbacView::selection() const
{
    const QString id = m_graph->currentNode();
    if (id.isEmpty())
        return {};
    QString kind, ns, name;
    if (id.startsWith(QStringLiteral("subject/ServiceAccount:"))) {
        kind = QStringLiteral("ServiceAccount");
        ns = id.section(u':', 1, 1);
        name = id.section(u':', 2);
    } else if (id.startsWith(QStringLiteral("binding/")) ||
               id.startsWith(QStringLiteral("role/"))) {
        // binding/KIND/NS/NAME, role/KIND/NS/NAME[/rules[i]]
        kind = id.section(u'/', 1, 1);
        ns = id.section(u'/', 2, 2);
        name = id.section(u'/', 3, 3);
    }
    if (kind.isEmpty())
        return {};
    const qsizetype index = objectIndex(m_inventory, kind, ns, name);
    return index >= 0 ? Selection::object(index) : Selection{};
}

bool RbacView::focusFilter()
{
    return m_graph->focusSearch();
}

void RbacView::applyFilter(const QString &filter)
{
    m_subjectFilter->setText(filter);
    m_graph->setFilterText(filter);
}

bool RbacView::isSettled() const
{
    return !m_computing && !m_graph->isBusy();
}

} // namespace parapet::ui
