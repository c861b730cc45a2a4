#include "overviewview.h"

#include "checks/releases.h"
#include "formatting.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/namespacesummarymodel.h"
#include "theme.h"
#include "widgets/scorechart.h"
#include "widgets/statcard.h"
#include "widgets/tablestyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

// `12 Deployment · 3 DaemonSet`: the largest parts first, at most \a limit of them (the
// card's tooltip carries them all).
QString breakdown(const QMap<QString, int> &counts, const QStringList &keys, qsizetype limit = 2)
{
    QList<std::pair<int, QString>> parts;
    for (const QString &k : keys) {
        const int n = counts.value(k, 0);
        if (n > 0)
            parts.append({n, k});
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < std::min(parts.size(), limit); ++i)
        out.append(Format::count(parts[i].first) + u' ' + parts[i].second);
    return out.join(QStringLiteral(" \u00b7 "));
}

// Rows of the top-risk and not-verifiable lists shown at most before they scroll.
constexpr int kListRows = 8;

/// A dashboard panel: the card background and border of the stat cards, a bold heading.
QFrame *makePanel(QWidget *parent, const QString &name, QVBoxLayout **layout, QLabel **heading)
{
    const Theme::Colors &c = Theme::current().colors();
    auto *panel = new QFrame(parent);
    panel->setObjectName(name);
    panel->setAttribute(Qt::WA_StyledBackground, true);
    panel->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                                        " border-radius: 6px; }")
                             .arg(name, c.card.name(), c.border.name()));
    *layout = new QVBoxLayout(panel);
    (*layout)->setContentsMargins(12, 9, 12, 10);
    (*layout)->setSpacing(6);
    *heading = new QLabel(panel);
    QFont bold = (*heading)->font();
    bold.setBold(true);
    (*heading)->setFont(bold);
    (*layout)->addWidget(*heading);
    return panel;
}

QLabel *mutedLabel(QWidget *parent, double scale = 1.0)
{
    auto *label = new QLabel(parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::current().colors().mutedText);
    label->setPalette(p);
    if (scale != 1.0) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        label->setFont(f);
    }
    return label;
}

/// A compact list inside a panel: no header, no frame, the panel's background.
QTableWidget *makeList(QWidget *parent, const QString &name, int columns)
{
    const Theme::Colors &c = Theme::current().colors();
    auto *list = new QTableWidget(0, columns, parent);
    list->setObjectName(name);
    applyTableStyle(list);
    list->setAlternatingRowColors(false);
    list->setFrameShape(QFrame::NoFrame);
    list->horizontalHeader()->hide();
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    list->setMouseTracking(true);
    list->viewport()->setCursor(Qt::PointingHandCursor);
    QPalette p = list->palette();
    p.setColor(QPalette::Base, c.card);
    list->setPalette(p);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return list;
}

/// One muted row across the list: what is there instead of rows (checking, nothing). The list
/// keeps its height, so the dashboard does not jump when the scan arrives.
void setPlaceholderRow(QTableWidget *list, const QString &text)
{
    list->clearSpans();
    list->setRowCount(1);
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(Theme::current().colors().mutedText);
    list->setItem(0, 0, item);
    list->setSpan(0, 0, 1, list->columnCount());
}

QTableWidgetItem *listItem(const QString &text, const QString &controlId)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, controlId);
    return item;
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : View(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(new QLabel(m_banner))
    , m_ring(new ScoreRing(this))
    , m_scoreDetail(mutedLabel(this, 0.9))
    , m_sections(new SectionBars(this))
    , m_version(new QLabel(this))
    , m_supportIcon(new QLabel(this))
    , m_support(new QLabel(this))
    , m_excepted(mutedLabel(this))
    , m_risksHeading(nullptr)
    , m_risks(makeList(this, QStringLiteral("overviewTopRisks"), 4))
    , m_notVerifiableHeading(nullptr)
    , m_notVerifiable(makeList(this, QStringLiteral("overviewNotVerifiable"), 2))
    , m_namespacesHeading(new QLabel(this))
    , m_model(new NamespaceSummaryModel(this))
    , m_filter(new NamespaceSummaryFilterModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("overviewView"));
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    m_filter->setSourceModel(m_model);

    // The dashboard fits 1440×900 as it is; smaller windows (1366×768 laptops) scroll it
    // rather than being held at its height.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_facts->setObjectName(QStringLiteral("overviewFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line each, never word-wrapped: a wrapping label makes the whole page's height depend
    // on its width, and the window then grows past 1440×900 to fit the dashboard. Clipped
    // text is in the tooltip.
    m_facts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette muted = m_facts->palette();
    muted.setColor(QPalette::WindowText, c.mutedText);
    m_facts->setPalette(muted);
    layout->addWidget(m_facts);

    m_banner->setObjectName(QStringLiteral("overviewBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground, true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    m_bannerText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *showProblems = new QPushButton(tr("Show problems"), m_banner);
    showProblems->setObjectName(QStringLiteral("overviewShowProblems"));
    bannerLayout->addWidget(showProblems, 0, Qt::AlignVCenter);
    connect(showProblems, &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("problems"), QString()); });
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addSpacing(2);

    // ---- How bad is it: the overall score, one bar per section, the cluster's version.
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    layout->addLayout(top);
    QVBoxLayout *panelLayout = nullptr;
    QLabel *heading = nullptr;
    QFrame *scorePanel =
        makePanel(this, QStringLiteral("overviewScorePanel"), &panelLayout, &heading);
    heading->setText(tr("Security score"));
    m_ring->setObjectName(QStringLiteral("overviewScore"));
    panelLayout->addWidget(m_ring, 0, Qt::AlignHCenter);
    m_scoreDetail->setObjectName(QStringLiteral("overviewScoreDetail"));
    m_scoreDetail->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    panelLayout->addWidget(m_scoreDetail);
    panelLayout->addStretch(1);
    scorePanel->setMinimumWidth(m_ring->sizeHint().width() + 80);
    top->addWidget(scorePanel, 0);

    QFrame *sectionsPanel =
        makePanel(this, QStringLiteral("overviewSectionsPanel"), &panelLayout, &heading);
    heading->setText(tr("Scores by section"));
    m_sections->setObjectName(QStringLiteral("overviewSectionScores"));
    panelLayout->addSpacing(2);
    panelLayout->addWidget(m_sections);
    panelLayout->addStretch(1);
    top->addWidget(sectionsPanel, 3);

    QFrame *clusterPanel =
        makePanel(this, QStringLiteral("overviewClusterPanel"), &panelLayout, &heading);
    heading->setText(tr("Cluster"));
    m_version->setObjectName(QStringLiteral("overviewVersion"));
    QFont versionFont = m_version->font();
    versionFont.setPointSizeF(versionFont.pointSizeF() * 1.3);
    versionFont.setBold(true);
    m_version->setFont(versionFont);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panelLayout->addWidget(m_version);
    auto *supportRow = new QHBoxLayout;
    supportRow->setSpacing(6);
    supportRow->addWidget(m_supportIcon, 0, Qt::AlignTop);
    m_support->setObjectName(QStringLiteral("overviewSupport"));
    m_support->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    supportRow->addWidget(m_support, 1);
    panelLayout->addLayout(supportRow);
    panelLayout->addSpacing(4);
    panelLayout->addSpacing(6);
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(3);
    facts->setColumnStretch(1, 1);
    const std::array<std::pair<QString, QString>, 3> factNames{{
        {QStringLiteral("nodes"), tr("Nodes")},
        {QStringLiteral("namespaces"), tr("Namespaces")},
        {QStringLiteral("pods"), tr("Pods")},
    }};
    for (std::size_t i = 0; i < factNames.size(); ++i) {
        QLabel *caption = mutedLabel(this);
        caption->setText(factNames[i].second);
        auto *value = new QLabel(this);
        value->setObjectName(u"overviewFact_" + factNames[i].first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        facts->addWidget(caption, int(i), 0);
        facts->addWidget(value, int(i), 1);
        m_facts3[i] = value;
    }
    panelLayout->addLayout(facts);
    panelLayout->addStretch(1);
    top->addWidget(clusterPanel, 2);

    // ---- Open findings by severity, each a link to them.
    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(8);
    layout->addLayout(chipRow);
    auto *chipsCaption = new QLabel(tr("Open findings"), this);
    QFont bold = chipsCaption->font();
    bold.setBold(true);
    chipsCaption->setFont(bold);
    chipRow->addWidget(chipsCaption);
    chipRow->addSpacing(4);
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low}) {
        auto *chip = new SeverityChip(severityTone(s), this);
        chip->setObjectName(u"overviewSeverity_" + checks::severityName(s));
        m_chips[std::size_t(s) - 1] = chip;
        chipRow->addWidget(chip, 1);
        connect(chip, &SeverityChip::clicked, this, [this, s] {
            Q_EMIT navigateRequested(QStringLiteral("findings"),
                                     u"severity:" + checks::severityName(s));
        });
    }
    m_excepted->setObjectName(QStringLiteral("overviewExcepted"));
    chipRow->addWidget(m_excepted);

    // ---- What exactly is wrong: the top risks, and what cannot be seen from here.
    auto *lists = new QHBoxLayout;
    lists->setSpacing(8);
    layout->addLayout(lists);
    QFrame *risksPanel =
        makePanel(this, QStringLiteral("overviewRisksPanel"), &panelLayout, &m_risksHeading);
    m_risksHeading->setObjectName(QStringLiteral("overviewTopRisksHeading"));
    m_risks->setAccessibleName(tr("Top risks"));
    m_risks->setIconSize(QSize(16, 16));
    panelLayout->addWidget(m_risks);
    lists->addWidget(risksPanel, 3);
    QFrame *notVerifiablePanel = makePanel(this, QStringLiteral("overviewNotVerifiablePanel"),
                                           &panelLayout, &m_notVerifiableHeading);
    m_notVerifiableHeading->setObjectName(QStringLiteral("overviewNotVerifiableHeading"));
    m_notVerifiable->setAccessibleName(tr("Not verifiable from here"));
    panelLayout->addWidget(m_notVerifiable);
    lists->addWidget(notVerifiablePanel, 2);

    const QFont mono = Theme::monospaceFont();
    const int idWidth = QFontMetrics(mono).horizontalAdvance(QStringLiteral("NSA-AUTH-00")) + 16;
    QHeaderView *riskHeader = m_risks->horizontalHeader();
    riskHeader->setMinimumSectionSize(24);
    riskHeader->resizeSection(0, 90);
    riskHeader->resizeSection(1, idWidth);
    riskHeader->setSectionResizeMode(2, QHeaderView::Stretch);
    riskHeader->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    QHeaderView *nvHeader = m_notVerifiable->horizontalHeader();
    nvHeader->resizeSection(0, idWidth);
    nvHeader->setSectionResizeMode(1, QHeaderView::Stretch);
    for (QTableWidget *list : {m_risks, m_notVerifiable}) {
        const int height = list->verticalHeader()->defaultSectionSize() * kListRows;
        list->setFixedHeight(height);
        const auto open = [this, list](const QModelIndex &index) {
            const QString id = index.siblingAtColumn(0).data(Qt::UserRole).toString();
            if (!id.isEmpty())
                Q_EMIT navigateRequested(QStringLiteral("checklist"), id);
        };
        connect(list, &QTableWidget::clicked, this, open);
        connect(list, &QTableWidget::activated, this, open);
    }

    // ---- The inventory: compact counts, each a link to the objects behind it.
    auto *inventoryHeading = new QLabel(tr("Inventory"), this);
    inventoryHeading->setFont(bold);
    layout->addSpacing(2);
    layout->addWidget(inventoryHeading);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    layout->addLayout(grid);
    addCard(QStringLiteral("namespaces"), QStringLiteral("kind-namespace"), tr("Namespaces"),
            QStringLiteral("kind:Namespace"));
    addCard(QStringLiteral("nodes"), QStringLiteral("kind-node"), tr("Nodes"),
            QStringLiteral("kind:Node"));
    addCard(QStringLiteral("pods"), QStringLiteral("kind-pod"), tr("Pods"),
            QStringLiteral("kind:Pod"));
    addCard(QStringLiteral("workloads"), QStringLiteral("kind-workload"), tr("Workloads"),
            u"kind:" + ClusterSummary::workloadKinds().join(u','));
    addCard(QStringLiteral("services"), QStringLiteral("kind-service"), tr("Services"),
            QStringLiteral("kind:Service"));
    addCard(QStringLiteral("networkPolicies"), QStringLiteral("kind-networkpolicy"),
            tr("Network policies"), QStringLiteral("kind:NetworkPolicy"));
    addCard(QStringLiteral("rbac"), QStringLiteral("kind-role"), tr("RBAC objects"),
            u"kind:" + ClusterSummary::rbacKinds().join(u','));
    addCard(QStringLiteral("serviceAccounts"), QStringLiteral("kind-serviceaccount"),
            tr("Service accounts"), QStringLiteral("kind:ServiceAccount"));
    addCard(QStringLiteral("secrets"), QStringLiteral("kind-secret"), tr("Secrets"),
            QStringLiteral("kind:Secret"));
    addCard(QStringLiteral("configMaps"), QStringLiteral("kind-configmap"), tr("ConfigMaps"),
            QStringLiteral("kind:ConfigMap"));
    constexpr int columns = 5;
    for (qsizetype i = 0; i < m_cardOrder.size(); ++i)
        grid->addWidget(m_cardOrder[i], int(i / columns), int(i % columns));
    for (int col = 0; col < columns; ++col)
        grid->setColumnStretch(col, 1);

    layout->addSpacing(2);
    m_namespacesHeading->setObjectName(QStringLiteral("overviewNamespacesHeading"));
    QFont headingFont = m_namespacesHeading->font();
    headingFont.setBold(true);
    m_namespacesHeading->setFont(headingFont);
    layout->addWidget(m_namespacesHeading);

    m_table->setObjectName(QStringLiteral("overviewNamespaces"));
    m_table->setModel(m_filter);
    applyTableStyle(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NamespaceSummaryModel::Name, QHeaderView::Stretch);
    for (int col = NamespaceSummaryModel::Objects; col <= NamespaceSummaryModel::NetworkPolicies;
         ++col)
        header->resizeSection(col, 104);
    header->resizeSection(NamespaceSummaryModel::PodSecurity, 170);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NamespaceSummaryModel::Name, Qt::AscendingOrder);
    m_table->setToolTip(tr("Double-click a namespace to list its objects"));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // keeps the cards at the top when there is no namespace table
    scroll->setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &View::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString ns = index.data(NamespaceSummaryModel::NamespaceRole).toString();
        Q_EMIT navigateRequested(QStringLiteral("inventory"), u"ns:" + ns);
    });
}

StatCard *OverviewView::addCard(const QString &id, const QString &icon, const QString &caption,
                                const QString &filter)
{
    auto *card = new StatCard(icon, caption, this, StatCard::Size::Compact);
    card->setObjectName(u"overviewCard_" + id);
    card->setToolTip(tr("Show them in Inventory"));
    connect(card, &StatCard::activated, this,
            [this, filter] { Q_EMIT navigateRequested(QStringLiteral("inventory"), filter); });
    m_cards.insert(id, card);
    m_cardOrder.append(card);
    return card;
}

void OverviewView::setResult(const LoadResult &result)
{
    m_result = result;
    const ClusterSummary &s = result.summary;
    const SourceInfo &source = result.inventory.source();
    const Theme &theme = Theme::current();

    m_title->setText(result.request.shortName());
    QStringList facts;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        facts.append(tr("Bundled demo cluster"));
        break;
    case SourceInfo::Kind::Snapshot:
        facts.append(tr("Snapshot of %1, captured %2")
                         .arg(source.capturedName.isEmpty() ? source.name : source.capturedName,
                              Format::dateTime(source.capturedAt)));
        break;
    case SourceInfo::Kind::Live:
        facts.append(tr("Live cluster"));
        break;
    case SourceInfo::Kind::Manifests:
        facts.append(result.request.paths.size() == 1
                         ? tr("Manifests from %1").arg(result.request.paths.front())
                         : tr("Manifests from %1 paths").arg(result.request.paths.size()));
        break;
    }
    facts.append(tr("%1 objects").arg(Format::count(s.objects)));
    facts.append(
        tr("read in %1 s").arg(QLocale().toString(double(result.elapsedMs) / 1000.0, 'f', 1)));
    m_facts->setText(facts.join(QStringLiteral(" \u00b7 ")));
    m_facts->setToolTip(m_facts->text());

    // A banner when something went wrong: what happened and where to look.
    if (s.errors + s.warnings > 0) {
        const Tone tone = s.errors > 0 ? Tone::Error : Tone::Warning;
        const QColor toneColor = theme.tone(tone);
        m_banner->setStyleSheet(QStringLiteral("#overviewBanner { border: 1px solid %1;"
                                               " border-left: 4px solid %1; border-radius: 4px;"
                                               " background: %2; }")
                                    .arg(toneColor.name(), theme.colors().base.name()));
        m_bannerIcon->setPixmap(theme.toneIcon(tone).pixmap(QSize(16, 16)));
        QString text;
        const QString first = result.inventory.diagnostics().front().message;
        if (s.objects == 0) {
            text = tr("%1: nothing was loaded (%2). Open manifest files or a folder from the "
                      "source menu (Ctrl+O).")
                       .arg(Theme::toneWord(tone), first);
        } else if (s.errors > 0) {
            text = tr("%1: %2 inputs or documents were skipped, so these counts are partial.")
                       .arg(Theme::toneWord(tone), Format::count(s.errors));
            if (s.warnings > 0)
                text += u' ' + tr("%1 warnings.").arg(Format::count(s.warnings));
        } else {
            text = tr("%1: %2 objects were kept with a remark (e.g. duplicates).")
                       .arg(Theme::toneWord(tone), Format::count(s.warnings));
        }
        m_bannerText->setText(text);
        m_bannerText->setToolTip(text);
        m_banner->show();
    } else {
        m_banner->hide();
    }

    const auto set = [this](const QString &id, qint64 value, const QString &detail) {
        StatCard *card = m_cards.value(id);
        card->setValue(value);
        card->setDetail(detail);
    };
    const int declared = int(std::count_if(s.namespaceRows.begin(), s.namespaceRows.end(),
                                           [](const NamespaceSummary &n) { return n.declared; }));
    set(QStringLiteral("namespaces"), s.namespaces,
        s.namespaces == 0 ? tr("only cluster-scoped objects")
                          : tr("%1 declared by a Namespace object").arg(Format::count(declared)));
    set(QStringLiteral("nodes"), s.nodes, s.nodes == 0 ? tr("not in this source") : QString());
    int templated = 0;
    for (const QString &k : ClusterSummary::workloadKinds())
        templated += s.kinds.value(k, 0);
    set(QStringLiteral("pods"), s.pods,
        s.pods == 0 && templated > 0 ? tr("none standalone; workloads carry pod templates")
                                     : tr("standalone Pod objects"));
    set(QStringLiteral("workloads"), s.workloads,
        s.workloads == 0 ? tr("no pod-template owners")
                         : breakdown(s.kinds, ClusterSummary::workloadKinds()));
    m_cards.value(QStringLiteral("workloads"))
        ->setToolTip(breakdown(s.kinds, ClusterSummary::workloadKinds(), 99));
    set(QStringLiteral("services"), s.services, breakdown(s.serviceTypes, s.serviceTypes.keys()));
    m_cards.value(QStringLiteral("services"))
        ->setToolTip(breakdown(s.serviceTypes, s.serviceTypes.keys(), 99));
    set(QStringLiteral("networkPolicies"), s.networkPolicies,
        s.namespaces == 0 ? QString()
        : s.namespacesWithoutNetworkPolicy == 0
            ? tr("every namespace has at least one")
            : tr("%1 of %2 namespaces have none")
                  .arg(Format::count(s.namespacesWithoutNetworkPolicy),
                       Format::count(s.namespaces)));
    set(QStringLiteral("rbac"), s.rbacObjects, breakdown(s.kinds, ClusterSummary::rbacKinds()));
    m_cards.value(QStringLiteral("rbac"))
        ->setToolTip(breakdown(s.kinds, ClusterSummary::rbacKinds(), 99));
    set(QStringLiteral("serviceAccounts"), s.serviceAccounts, QString());
    set(QStringLiteral("secrets"), s.secrets, tr("metadata only; values are never loaded"));
    set(QStringLiteral("configMaps"), s.configMaps, QString());

    m_version->setText(Format::kubernetesVersion(source.serverVersion));
    updateSupport(QDate::currentDate());
    m_facts3[0]->setText(Format::count(s.nodes));
    m_facts3[1]->setText(Format::count(s.namespaces));
    m_facts3[2]->setText(Format::count(s.pods));
    // The scan of this source follows; until then nothing of the previous one stays.
    m_scan.reset();
    showScanPlaceholders();

    m_namespacesHeading->setText(tr("Namespaces (%1)").arg(Format::count(s.namespaces)));
    m_model->setRows(s.namespaceRows);
    m_table->setVisible(s.namespaces > 0);
    m_namespacesHeading->setVisible(s.namespaces > 0);
}

void OverviewView::showScanPlaceholders()
{
    const QString checking = tr("Checking\u2026");
    m_ring->setScore(-1, QStringLiteral("\u2026"));
    m_scoreDetail->setText(checking);
    std::vector<SectionBars::Bar> bars;
    for (const checks::Section section : checks::sections())
        bars.push_back({checks::sectionTitle(section), -1, checking});
    m_sections->setBars(std::move(bars));
    m_sections->setPending(true);
    for (SeverityChip *chip : m_chips)
        chip->setCount(-1, checking);
    m_excepted->hide();
    m_risksHeading->setText(tr("Top risks"));
    m_notVerifiableHeading->setText(tr("Not verifiable from here"));
    for (QTableWidget *list : {m_risks, m_notVerifiable})
        setPlaceholderRow(list, checking);
}

void OverviewView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scan = scan;
    if (!scan) {
        showScanPlaceholders();
        return;
    }
    const checks::ScanResult &r = *scan;
    const checks::Scores &scores = r.scores;
    const Theme &theme = Theme::current();

    m_ring->setScore(scores.overall);
    const QStringList detail{tr("Severity weighted"),
                             tr("%1 controls scored").arg(Format::count(scores.scored)),
                             tr("%1 not verifiable").arg(Format::count(scores.notVerifiable))};
    m_scoreDetail->setText(detail.join(u'\n'));
    m_scoreDetail->setToolTip(
        tr("Compliance (plain mean of the control scores): %1").arg(scoreText(scores.compliance)));

    std::vector<SectionBars::Bar> bars;
    for (const checks::SectionScore &s : scores.sections) {
        const QString title = checks::sectionTitle(s.section);
        const QString numbers = tr("%1 controls scored, %2 not verifiable, %3 informational")
                                    .arg(s.scored)
                                    .arg(s.notVerifiable)
                                    .arg(s.informational);
        bars.push_back({title, s.score,
                        s.score < 0 ? tr("%1: not scored\n%2").arg(title, numbers)
                                    : tr("%1: %2 of 100 (severity weighted)\n%3")
                                          .arg(title, scoreText(s.score), numbers)});
    }
    m_sections->setPending(false);
    m_sections->setBars(std::move(bars));

    // Open findings (not excepted) by severity, as the report counts them.
    std::array<qint64, 4> open{};
    std::array<qint64, 4> excepted{};
    for (const checks::Finding &f : r.findings)
        ++(f.excepted ? excepted : open)[std::size_t(f.severity) - 1];
    for (std::size_t i = 0; i < m_chips.size(); ++i) {
        const QString word = Theme::toneWord(m_chips[i]->tone());
        QString tip = open[i] == 0 ? tr("No open %1 findings").arg(word.toLower())
                                   : tr("Show the %1 findings").arg(word.toLower());
        if (excepted[i] > 0)
            tip += u'\n' + tr("%1 more excepted").arg(Format::count(excepted[i]));
        m_chips[i]->setCount(open[i], tip);
    }
    const qint64 exceptedTotal = excepted[0] + excepted[1] + excepted[2] + excepted[3];
    m_excepted->setText(tr("%1 excepted").arg(Format::count(exceptedTotal)));
    m_excepted->setToolTip(tr("Findings covered by an accepted risk are not counted above"));
    m_excepted->setVisible(exceptedTotal > 0);

    // The top risks: failing controls by severity, then by the objects they affect.
    std::vector<const checks::ControlResult *> failing;
    std::vector<const checks::ControlResult *> unverifiable;
    for (const checks::ControlResult &c : r.controls) {
        if (!c.control)
            continue;
        if (c.status == checks::Status::Fail || c.status == checks::Status::Partial)
            failing.push_back(&c);
        else if (c.status == checks::Status::NotVerifiable)
            unverifiable.push_back(&c);
    }
    std::stable_sort(failing.begin(), failing.end(),
                     [](const checks::ControlResult *a, const checks::ControlResult *b) {
                         if (a->control->severity != b->control->severity)
                             return int(a->control->severity) > int(b->control->severity);
                         return a->failed > b->failed;
                     });
    const QFont mono = Theme::monospaceFont();
    const std::size_t shown = std::min<std::size_t>(failing.size(), kListRows);
    m_risks->clearSpans();
    m_risks->setRowCount(0);
    m_risks->setRowCount(int(shown));
    for (std::size_t i = 0; i < shown; ++i) {
        const checks::ControlResult &c = *failing[i];
        const QString id = c.control->idString();
        const Tone tone = severityTone(c.control->severity);
        const QString tip = tr("%1 %2\n%3 failing, %4 passing, %5 excepted \u00b7 click to open "
                               "it in the Checklist")
                                .arg(id, c.control->title())
                                .arg(c.failed)
                                .arg(c.passed)
                                .arg(c.excepted);
        auto *severity = listItem(Theme::toneWord(tone), id);
        severity->setIcon(theme.toneIcon(tone));
        severity->setForeground(theme.tone(tone));
        auto *idItem = listItem(id, id);
        idItem->setFont(mono);
        auto *count = listItem(
            c.failed == 1 ? tr("1 object") : tr("%1 objects").arg(Format::count(c.failed)), id);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c.failed == 0) // a cluster-wide setting, not objects
            count->setText(checks::statusTitle(c.status));
        const std::array<QTableWidgetItem *, 4> items{severity, idItem,
                                                      listItem(c.control->title(), id), count};
        for (int col = 0; col < 4; ++col) {
            items[std::size_t(col)]->setToolTip(tip);
            m_risks->setItem(int(i), col, items[std::size_t(col)]);
        }
    }
    m_risksHeading->setText(
        failing.size() > shown
            ? tr("Top risks (%1 of %2 failing controls)").arg(shown).arg(failing.size())
            : tr("Top risks"));
    if (shown == 0)
        setPlaceholderRow(m_risks, r.objectCount == 0
                                       ? tr("Nothing was loaded, so nothing was checked.")
                                       : tr("No control fails."));

    m_notVerifiable->clearSpans();
    m_notVerifiable->setRowCount(0);
    m_notVerifiable->setRowCount(int(unverifiable.size()));
    for (std::size_t i = 0; i < unverifiable.size(); ++i) {
        const checks::ControlResult &c = *unverifiable[i];
        const QString id = c.control->idString();
        const QString manual = c.control->manualCheck();
        QString tip = id + u' ' + c.control->title();
        if (!c.note.isEmpty())
            tip += u'\n' + c.note;
        if (!manual.isEmpty())
            tip += u"\n\n" + tr("Check by hand: %1").arg(manual);
        auto *idItem = listItem(id, id);
        idItem->setFont(mono);
        auto *text = listItem(manual.isEmpty() ? c.control->title() : manual, id);
        for (QTableWidgetItem *item : {idItem, text})
            item->setToolTip(tip);
        m_notVerifiable->setItem(int(i), 0, idItem);
        m_notVerifiable->setItem(int(i), 1, text);
    }
    m_notVerifiableHeading->setText(
        tr("Not verifiable from here (%1)").arg(Format::count(qint64(unverifiable.size()))));
    if (unverifiable.empty())
        setPlaceholderRow(m_notVerifiable, tr("Every control could be decided from this source."));

    updateSupport(r.date.isValid() ? r.date : QDate::currentDate());
}

void OverviewView::updateSupport(const QDate &today)
{
    const Theme &theme = Theme::current();
    const SourceInfo &source = m_result.inventory.source();
    const QString version = source.serverVersion;
    Tone tone = Tone::NotVerifiable;
    QString text; // short: the panel is narrow
    QString why;  // the tooltip
    const auto parsed = checks::parseKubernetesVersion(version);
    const auto releases = checks::kubernetesReleases();
    const QString asOf = checks::kubernetesReleasesAsOf().toString(Qt::ISODate);
    if (version.isEmpty() && source.kind == SourceInfo::Kind::Manifests) {
        text = tr("Support status unknown for manifests");
        why = tr("Manifests do not say which Kubernetes version they run on.");
    } else if (version.isEmpty()) {
        text = tr("Support status unknown");
        why = tr("The source does not give the server's version.");
    } else if (!parsed) {
        text = tr("Support status unknown");
        why = tr("%1 is not a Kubernetes 1.x version.").arg(version);
    } else if (parsed->first > releases.front().minor) {
        tone = Tone::Info;
        text = tr("Newer than the release table");
        why =
            tr("Parapet's release table (%1) ends at 1.%2.").arg(asOf).arg(releases.front().minor);
    } else if (parsed->first < releases.back().minor) {
        tone = Tone::Fail;
        text = tr("End of life");
        why = tr("1.%1 is older than every release in the table (from 1.%2).")
                  .arg(parsed->first)
                  .arg(releases.back().minor);
    } else if (const auto release = checks::kubernetesRelease(parsed->first); !release) {
        text = tr("Support status unknown");
        why = tr("1.%1 is not in the release table.").arg(parsed->first);
    } else {
        const QString eol = release->endOfLife.toString(Qt::ISODate);
        if (release->endOfLife < today) {
            tone = Tone::Fail;
            text = tr("End of life since %1").arg(eol);
            why = tr("1.%1 gets no more security fixes; upgrade to a supported release.")
                      .arg(parsed->first);
        } else {
            tone = release->endOfLife < today.addDays(90) ? Tone::Warning : Tone::Pass;
            text = tr("Supported until %1").arg(eol);
        }
        if (parsed->second < release->latestPatch)
            why += (why.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Patch 1.%1.%2 is out (this is 1.%1.%3).")
                       .arg(parsed->first)
                       .arg(release->latestPatch)
                       .arg(parsed->second);
    }
    m_supportIcon->setPixmap(theme.toneIcon(tone).pixmap(QSize(16, 16)));
    QPalette p = m_support->palette();
    p.setColor(QPalette::WindowText,
               tone == Tone::NotVerifiable ? theme.colors().mutedText : theme.tone(tone));
    m_support->setPalette(p);
    m_support->setText(text);
    const QString judged = tr("Judged on %1 against the Kubernetes release table of %2.")
                               .arg(today.toString(Qt::ISODate), asOf);
    m_support->setToolTip(text + u'\n' + (why.isEmpty() ? judged : why + u'\n' + judged));
}

QString OverviewView::supportText() const
{
    return m_support->text();
}

Selection OverviewView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const QString ns = current.data(NamespaceSummaryModel::NamespaceRole).toString();
    const KubeObject *object = m_result.inventory.find(u"Namespace", u"", ns);
    if (!object)
        return {};
    return Selection::object(object - m_result.inventory.objects().data());
}

} // namespace parapet::ui
