#include "checklistview.h"

#include "dialogs/acceptriskdialog.h"
#include "dialogs/fixpreviewdialog.h"
#include "fixset/fixset.h"
#include "fixset/labels.h"
#include "formatting.h"
#include "itemmodels/findingsmodel.h"
#include "remediation/remediation.h"
#include "theme.h"
#include "widgets/compactbuttons.h"
#include "widgets/emptystate.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

// Affected objects beyond this many are left to the Findings view (which filters by control).
constexpr int kEvidenceLimit = 500;

enum StepRole
{
    ControlRole = Qt::UserRole + 1, ///< control id of a control row
    SectionRole,                    ///< int(checks::Section) of a section row
    CountsRole,                     ///< QVariantList: fail, pass, not verifiable, info, excepted
};
enum EvidenceRole
{
    FindingRole = Qt::UserRole + 1, ///< index into ScanResult::findings
};

/// Section rows of the stepper: the title on top, the counts of the section below in their
/// tones (a dot, a number and a word: never colour alone).
class StepDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.parent().isValid() || index.column() != 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const Theme &theme = Theme::current();
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = selected ? option.palette.color(QPalette::HighlightedText)
                                     : option.palette.color(QPalette::Text);
        painter->save();
        const QRect r = option.rect.adjusted(4, 5, -4, -5);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics fm(bold);
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, r.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        painter->setFont(small);
        const QFontMetrics sm(small);
        const QVariantList counts = index.data(CountsRole).toList();
        struct Part
        {
            Tone tone;
            QString word;
        };
        const Part parts[] = {{Tone::Fail, ChecklistView::tr("fail")},
                              {Tone::Pass, ChecklistView::tr("pass")},
                              {Tone::NotVerifiable, ChecklistView::tr("n/v")},
                              {Tone::Info, ChecklistView::tr("info")},
                              {Tone::Excepted, ChecklistView::tr("excepted")}};
        int x = r.left();
        const int y = r.top() + fm.height() + 3;
        for (int i = 0; i < int(std::size(parts)) && i < counts.size(); ++i) {
            const int n = counts[i].toInt();
            if (n == 0)
                continue;
            const QColor tone = theme.tone(parts[i].tone);
            painter->setPen(Qt::NoPen);
            painter->setBrush(tone);
            const int d = 7;
            painter->drawEllipse(QRect(x, y + (sm.height() - d) / 2, d, d));
            x += d + 4;
            const QString label = QStringLiteral("%1 %2").arg(n).arg(parts[i].word);
            painter->setPen(selected ? text : theme.colors().mutedText);
            painter->drawText(QRect(x, y, r.right() - x, sm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, label);
            x += sm.horizontalAdvance(label) + 10;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (!index.parent().isValid()) {
            const QFontMetrics fm(option.font);
            s.setHeight(fm.height() * 2 + 16);
        } else {
            s.setHeight(std::max(s.height(), QFontMetrics(option.font).height() + 8));
        }
        return s;
    }
};

QString objects(int n)
{
    return n == 1 ? ChecklistView::tr("1 object") : ChecklistView::tr("%1 objects").arg(n);
}

QString statusSentence(const checks::ControlResult &r)
{
    const int total = r.passed + r.failed + r.excepted;
    switch (r.status) {
    case checks::Status::Fail:
    case checks::Status::Partial: {
        if (total == 0)
            return ChecklistView::tr("Fails: the cluster-wide setting is missing or wrong.");
        QString text = ChecklistView::tr("Fails on %1 of %2").arg(objects(r.failed)).arg(total);
        if (r.passed > 0)
            text += ChecklistView::tr(" \u00b7 %1 pass").arg(r.passed);
        if (r.excepted > 0)
            text += ChecklistView::tr(" \u00b7 %1 excepted").arg(r.excepted);
        return text;
    }
    case checks::Status::Pass:
        if (r.failed == 0 && r.excepted > 0)
            return ChecklistView::tr("Passes because %1 excepted \u00b7 %2 pass")
                .arg(objects(r.excepted) +
                     (r.excepted == 1 ? ChecklistView::tr(" is") : ChecklistView::tr(" are")))
                .arg(r.passed);
        if (total == 0)
            return ChecklistView::tr("Passes: nothing here breaks it.");
        return r.passed == 1 ? ChecklistView::tr("The 1 checked object passes.")
                             : ChecklistView::tr("All %1 checked objects pass.").arg(r.passed);
    case checks::Status::NotVerifiable:
        return ChecklistView::tr("Not verifiable from here: check it by hand (below).");
    case checks::Status::Info:
        return ChecklistView::tr("Information: advice or what was detected, not pass or fail.");
    }
    return {};
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : View(parent)
{
    setObjectName(QStringLiteral("checklistView"));
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("checklistSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(1);
    outer->addWidget(splitter);

    // --- the stepper
    auto *left = new QWidget(splitter);
    left->setObjectName(QStringLiteral("checklistStepper"));
    left->setAttribute(Qt::WA_StyledBackground, true);
    left->setStyleSheet(
        QStringLiteral("#checklistStepper { background: %1; }").arg(c.window.name()));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(10, 10, 6, 6);
    leftLayout->setSpacing(6);
    m_progressLabel = new QLabel(left);
    m_progressLabel->setObjectName(QStringLiteral("checklistProgressLabel"));
    QFont bold = m_progressLabel->font();
    bold.setBold(true);
    m_progressLabel->setFont(bold);
    leftLayout->addWidget(m_progressLabel);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_progress->setAccessibleName(tr("Controls reviewed"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    leftLayout->addWidget(m_progress);
    leftLayout->addSpacing(4);
    m_steps = new QTreeWidget(left);
    m_steps->setObjectName(QStringLiteral("checklistSteps"));
    m_steps->setAccessibleName(tr("Sections and controls of the guide"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderHidden(true);
    m_steps->setRootIsDecorated(true);
    m_steps->setIndentation(14);
    m_steps->setUniformRowHeights(false);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
    m_steps->setIconSize(QSize(14, 14));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setStyleSheet(
        QStringLiteral("#checklistSteps { background: %1; }").arg(c.window.name()));
    leftLayout->addWidget(m_steps, 1);
    splitter->addWidget(left);

    // --- the card
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_stack = new QStackedWidget(right);
    m_empty = new EmptyState(right);
    m_empty->setObjectName(QStringLiteral("checklistEmpty"));
    m_stack->addWidget(m_empty);
    m_page = new QWidget(right);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_scroll = new QScrollArea(m_page);
    m_scroll->setObjectName(QStringLiteral("checklistCard"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *card = new QWidget(m_scroll);
    card->setObjectName(QStringLiteral("checklistCardBody"));
    auto *v = new QVBoxLayout(card);
    v->setContentsMargins(24, 16, 24, 16);
    v->setSpacing(6);

    m_crumb = labels::caption(QString(), card);
    m_crumb->setObjectName(QStringLiteral("checklistCrumb"));
    v->addWidget(m_crumb);
    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(10);
    m_id = new QLabel(card);
    m_id->setObjectName(QStringLiteral("checklistId"));
    m_id->setFont(Theme::monospaceFont());
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    idRow->addWidget(m_id);
    m_severity = new QLabel(card);
    m_severity->setObjectName(QStringLiteral("checklistSeverity"));
    idRow->addWidget(m_severity);
    idRow->addStretch();
    m_reviewedBadge = labels::caption(QString(), card);
    m_reviewedBadge->setObjectName(QStringLiteral("checklistReviewedBadge"));
    idRow->addWidget(m_reviewedBadge);
    v->addLayout(idRow);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("checklistTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    m_title->setFont(titleFont);
    v->addWidget(m_title);
    v->addSpacing(4);

    m_statusBox = new QWidget(card);
    m_statusBox->setObjectName(QStringLiteral("checklistStatus"));
    auto *statusLayout = new QHBoxLayout(m_statusBox);
    statusLayout->setContentsMargins(12, 8, 12, 8);
    statusLayout->setSpacing(10);
    m_statusIcon = new QLabel(m_statusBox);
    statusLayout->addWidget(m_statusIcon, 0, Qt::AlignTop);
    m_statusText = new QLabel(m_statusBox);
    m_statusText->setObjectName(QStringLiteral("checklistStatusText"));
    m_statusText->setWordWrap(true);
    m_statusText->setTextFormat(Qt::RichText);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLayout->addWidget(m_statusText, 1);
    v->addWidget(m_statusBox);
    v->addSpacing(6);

    v->addWidget(labels::heading(tr("Why it matters"), card));
    m_rationale = labels::paragraph(card);
    m_rationale->setObjectName(QStringLiteral("checklistRationale"));
    v->addWidget(m_rationale);
    v->addSpacing(4);
    v->addWidget(labels::heading(tr("How to fix"), card));
    m_remediation = labels::paragraph(card);
    m_remediation->setObjectName(QStringLiteral("checklistRemediation"));
    v->addWidget(m_remediation);

    m_manualBox = new QWidget(card);
    m_manualBox->setObjectName(QStringLiteral("checklistManual"));
    auto *manualLayout = new QVBoxLayout(m_manualBox);
    manualLayout->setContentsMargins(12, 8, 12, 8);
    manualLayout->addWidget(labels::heading(tr("Check by hand"), m_manualBox));
    m_manual = labels::paragraph(m_manualBox);
    m_manual->setObjectName(QStringLiteral("checklistManualText"));
    manualLayout->addWidget(m_manual);
    v->addSpacing(4);
    v->addWidget(m_manualBox);

    m_exceptionBox = new QWidget(card);
    m_exceptionBox->setObjectName(QStringLiteral("checklistExceptions"));
    auto *exLayout = new QVBoxLayout(m_exceptionBox);
    exLayout->setContentsMargins(12, 8, 12, 8);
    exLayout->addWidget(labels::heading(tr("Accepted risk"), m_exceptionBox));
    m_exceptionText = new QLabel(m_exceptionBox);
    m_exceptionText->setObjectName(QStringLiteral("checklistExceptionText"));
    m_exceptionText->setWordWrap(true);
    m_exceptionText->setTextFormat(Qt::RichText);
    m_exceptionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    exLayout->addWidget(m_exceptionText);
    v->addWidget(m_exceptionBox);

    v->addSpacing(6);
    m_evidenceHeading = labels::heading(tr("Affected objects"), card);
    v->addWidget(m_evidenceHeading);
    m_evidence = new QTreeWidget(card);
    m_evidence->setObjectName(QStringLiteral("checklistEvidence"));
    m_evidence->setAccessibleName(tr("Affected objects with evidence"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setHeaderLabels(
        {tr("Status"), tr("Object"), tr("Location"), tr("Field"), tr("Value")});
    // The status column fits its header and its longest word in this language.
    m_evidence->header()->resizeSection(
        0,
        fittingColumnWidth(m_evidence, m_evidence->header(), 0,
                           {Theme::toneWord(Tone::Fail), Theme::toneWord(Tone::Excepted)}, true));
    m_evidence->header()->resizeSection(1, 220);
    m_evidence->header()->resizeSection(2, 150);
    m_evidence->header()->resizeSection(3, 240);
    m_evidence->setMinimumHeight(180);
    m_evidence->setTextElideMode(Qt::ElideMiddle);
    v->addWidget(m_evidence, 1);
    m_evidenceNote = labels::caption(QString(), card);
    m_evidenceNote->setObjectName(QStringLiteral("checklistEvidenceNote"));
    m_evidenceNote->setWordWrap(true);
    m_evidenceNote->setTextFormat(Qt::RichText);
    v->addWidget(m_evidenceNote);
    m_scanners = labels::caption(QString(), card);
    m_scanners->setObjectName(QStringLiteral("checklistScanners"));
    m_scanners->setWordWrap(true);
    m_scanners->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addSpacing(4);
    v->addWidget(m_scanners);
    // Takes the room the affected objects would, when there are none: the card stays compact.
    m_filler = new QWidget(card);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    v->addWidget(m_filler, 1);
    m_scroll->setWidget(card);
    pageLayout->addWidget(m_scroll, 1);

    // --- the bottom bar
    auto *bar = new QWidget(m_page);
    bar->setObjectName(QStringLiteral("checklistBar"));
    bar->setAttribute(Qt::WA_StyledBackground, true);
    bar->setStyleSheet(QStringLiteral("#checklistBar { background: %1; border-top: 1px solid %2; }")
                           .arg(c.window.name(), c.border.name()));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(16, 8, 16, 8);
    barLayout->setSpacing(8);
    m_generate = new QPushButton(tr("Generate fix\u2026"), bar);
    m_generate->setObjectName(QStringLiteral("checklistGenerateFix"));
    m_generate->setAccessibleName(tr("Generate fix"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    // The step forward the wizard is about: the one accented button.
    m_generate->setStyleSheet(
        QStringLiteral("#checklistGenerateFix:enabled { background: %1; color: %2; border: 1px "
                       "solid %1; border-radius: 3px; padding: 4px 14px; font-weight: bold; }"
                       "#checklistGenerateFix:disabled { padding: 4px 14px; }")
            .arg(c.link.name(), c.base.name()));
    m_accept = new QPushButton(theme.toneIcon(Tone::Excepted), tr("Accept risk\u2026"), bar);
    m_accept->setObjectName(QStringLiteral("checklistAcceptRisk"));
    m_accept->setAccessibleName(tr("Accept risk"));
    m_reviewed = new QPushButton(theme.toneIcon(Tone::Pass), tr("Mark reviewed"), bar);
    m_reviewed->setObjectName(QStringLiteral("checklistMarkReviewed"));
    m_reviewed->setAccessibleName(tr("Mark reviewed"));
    m_reviewed->setCheckable(true);
    m_reviewed->setToolTip(tr("Mark this control reviewed (Ctrl+Return: mark and go to the next)"));
    m_previous = new QPushButton(tr("\u2039 Previous"), bar);
    m_previous->setObjectName(QStringLiteral("checklistPrevious"));
    m_previous->setAccessibleName(tr("Previous control"));
    m_previous->setToolTip(tr("Previous control (Alt+Left)"));
    m_next = new QPushButton(tr("Next \u203a"), bar);
    m_next->setObjectName(QStringLiteral("checklistNext"));
    m_next->setAccessibleName(tr("Next control"));
    m_next->setToolTip(tr("Next control (Alt+Right)"));
    barLayout->addWidget(m_generate);
    barLayout->addWidget(m_accept);
    barLayout->addStretch();
    barLayout->addWidget(m_reviewed);
    barLayout->addSpacing(8);
    barLayout->addWidget(m_previous);
    barLayout->addWidget(m_next);
    // A narrow page (a long translation, the details dock open) shows Accept risk, Previous and
    // Mark reviewed compact (icon or arrow, the text in the tooltip) instead of forcing the
    // window wider; Generate fix and Next keep their words.
    m_compact = new CompactButtons(bar);
    m_compact->add(m_accept);
    m_compact->add(m_previous, QStringLiteral("\u2039"));
    m_compact->add(m_reviewed);
    pageLayout->addWidget(bar);
    m_stack->addWidget(m_page);
    rightLayout->addWidget(m_stack, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    left->setMinimumWidth(250);
    splitter->setSizes({320, 900});

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        // Window-wide while the checklist is shown (hidden views take no shortcuts).
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { next(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { previous(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        setCurrentReviewed(true);
        next();
    });

    connect(m_next, &QPushButton::clicked, this, &ChecklistView::next);
    connect(m_previous, &QPushButton::clicked, this, &ChecklistView::previous);
    connect(m_reviewed, &QPushButton::clicked, this, &ChecklistView::setCurrentReviewed);
    connect(m_generate, &QPushButton::clicked, this, [this] { generateFix(); });
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptRisk(); });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(0, ControlRole).toString();
        if (!id.isEmpty() && id != m_current)
            showControl(id);
    });
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, [this] {
        updateSteps(); // keeps Generate fix's label on the selected object
        Q_EMIT selectionChanged();
    });
    connect(m_evidenceNote, &QLabel::linkActivated, this, [this](const QString &) {
        Q_EMIT navigateRequested(QStringLiteral("findings"), m_current);
    });
    showEmpty();
}

void ChecklistView::setFixSet(FixSet *fixSet)
{
    if (m_fixSet)
        disconnect(m_fixSet, nullptr, this, nullptr);
    m_fixSet = fixSet;
    if (m_fixSet)
        connect(m_fixSet, &FixSet::reviewedChanged, this, [this] { updateSteps(); });
}

void ChecklistView::setResult(const LoadResult &result)
{
    m_load = result;
    m_hasLoad = true;
    m_scan.reset();
    m_current.clear();
    m_evidence->clear();
    showEmpty();
}

void ChecklistView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    // A re-scan (after Accept risk) keeps the control on screen; a new source starts where the
    // user left that source.
    const QString keep = m_current;
    m_scan = scan;
    if (!m_scan) {
        showEmpty();
        return;
    }
    m_fixable = remediation::fixableControls();
    rebuildSteps();
    QString start = keep;
    if (start.isEmpty() && m_fixSet)
        start = m_fixSet->lastControl();
    if (start.isEmpty() || !checks::findControl(start)) {
        start = QString::fromLatin1(checks::catalogue().front().id);
        for (const checks::Control &c : checks::catalogue()) {
            if (!m_fixSet || !m_fixSet->isReviewed(c.idString())) {
                start = c.idString();
                break;
            }
        }
    }
    m_current.clear();
    showControl(start);
    m_stack->setCurrentWidget(m_page);
}

void ChecklistView::showEmpty()
{
    const Theme &theme = Theme::current();
    m_empty->setIcon(theme.icon(QStringLiteral("nav-checklist")));
    m_empty->setTitle(m_hasLoad ? tr("Checking\u2026") : tr("No source yet"));
    m_empty->setText(
        m_hasLoad
            ? tr("The checklist walks the five sections of the NSA/CISA Kubernetes Hardening "
                 "Guide once the %1 objects of %2 are checked.")
                  .arg(Format::count(m_load.inventory.size()), m_load.request.shortName())
            : tr("Open a cluster, manifests or the demo cluster: the checklist then walks the "
                 "five sections of the NSA/CISA Kubernetes Hardening Guide control by control."));
    m_steps->clear();
    m_stack->setCurrentWidget(m_empty);
}

void ChecklistView::rebuildSteps()
{
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    const Theme &theme = Theme::current();
    int number = 1;
    for (const checks::Section section : checks::sections()) {
        auto *sectionItem = new QTreeWidgetItem(m_steps);
        sectionItem->setText(
            0, QStringLiteral("%1. %2").arg(number++).arg(checks::sectionTitle(section)));
        sectionItem->setData(0, SectionRole, int(section));
        sectionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (const checks::ControlResult &r : m_scan->controls) {
            if (!r.control || r.control->section != section)
                continue;
            auto *item = new QTreeWidgetItem(sectionItem);
            const QString id = r.control->idString();
            item->setData(0, ControlRole, id);
            item->setText(0, QStringLiteral("%1  %2").arg(id.mid(4), r.control->title()));
            const Tone tone = labels::controlTone(int(r.status), r.failed, r.excepted);
            item->setIcon(0, theme.toneIcon(tone));
            item->setToolTip(0, QStringLiteral("%1 \u2014 %2\n%3")
                                    .arg(id, r.control->title(), Theme::toneWord(tone)));
            item->setData(
                0, Qt::AccessibleTextRole,
                QStringLiteral("%1 %2, %3").arg(id, r.control->title(), Theme::toneWord(tone)));
        }
        sectionItem->setExpanded(true);
    }
    updateSteps();
}

void ChecklistView::updateSteps()
{
    if (!m_scan)
        return;
    const Theme &theme = Theme::current();
    int reviewedTotal = 0;
    for (int s = 0; s < m_steps->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionItem = m_steps->topLevelItem(s);
        int reviewed = 0, fail = 0, pass = 0, nv = 0, info = 0, excepted = 0;
        for (int i = 0; i < sectionItem->childCount(); ++i) {
            QTreeWidgetItem *item = sectionItem->child(i);
            const QString id = item->data(0, ControlRole).toString();
            const checks::ControlResult *r = m_scan->control(id);
            const bool isReviewed = m_fixSet && m_fixSet->isReviewed(id);
            reviewed += isReviewed;
            item->setText(1, isReviewed ? QStringLiteral("\u2713") : QString());
            item->setToolTip(1, isReviewed ? tr("Reviewed") : tr("Not reviewed yet"));
            item->setForeground(1, theme.tone(Tone::Pass));
            if (!r)
                continue;
            switch (labels::controlTone(int(r->status), r->failed, r->excepted)) {
            case Tone::Fail:
            case Tone::Partial:
                ++fail;
                break;
            case Tone::Pass:
                ++pass;
                break;
            case Tone::NotVerifiable:
                ++nv;
                break;
            case Tone::Excepted:
                ++excepted;
                break;
            default:
                ++info;
                break;
            }
        }
        reviewedTotal += reviewed;
        sectionItem->setText(1,
                             QStringLiteral("%1/%2").arg(reviewed).arg(sectionItem->childCount()));
        sectionItem->setForeground(1, theme.colors().mutedText);
        sectionItem->setToolTip(
            1, tr("%1 of %2 controls reviewed").arg(reviewed).arg(sectionItem->childCount()));
        sectionItem->setData(0, CountsRole, QVariantList{fail, pass, nv, info, excepted});
        const QString summary =
            tr("%1: %2 of %3 reviewed; %4 fail, %5 pass, %6 not verifiable, %7 informational, "
               "%8 excepted")
                .arg(sectionItem->text(0))
                .arg(reviewed)
                .arg(sectionItem->childCount())
                .arg(fail)
                .arg(pass)
                .arg(nv)
                .arg(info)
                .arg(excepted);
        sectionItem->setToolTip(0, summary);
        sectionItem->setData(0, Qt::AccessibleTextRole, summary);
    }
    const int total = int(checks::catalogue().size());
    m_progress->setRange(0, total);
    m_progress->setValue(reviewedTotal);
    m_progressLabel->setText(tr("%1 of %2 controls reviewed").arg(reviewedTotal).arg(total));

    // The bottom bar follows the current control and the selected object.
    const checks::ControlResult *r = currentResult();
    const bool isReviewed = r && m_fixSet && m_fixSet->isReviewed(m_current);
    m_reviewed->setChecked(isReviewed);
    m_compact->setText(m_reviewed, isReviewed ? tr("Reviewed") : tr("Mark reviewed"));
    m_reviewedBadge->setText(isReviewed ? tr("\u2713 Reviewed") : QString());
    const checks::Finding *target = targetFinding();
    const bool fixable = m_fixable.contains(m_current);
    m_generate->setEnabled(target && fixable);
    m_generate->setToolTip(
        !fixable ? tr("Parapet has no generated fix for this control: follow "
                      "\u201cHow to fix\u201d")
        : !target
            ? tr("Nothing fails here: there is nothing to fix")
            : tr("Preview the fix for %1 (Ctrl+G)")
                  .arg((target->owner.isValid() && target->owner.kind != u"Node" ? target->owner
                                                                                 : target->object)
                           .toString()));
    m_accept->setEnabled(target != nullptr);
    m_accept->setToolTip(target ? tr("Write an exception with a reason and an expiry date")
                                : tr("Nothing fails here: there is no risk to accept"));
    const int index = checks::controlIndex(m_current);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index >= 0 && index + 1 < total);
}

QTreeWidgetItem *ChecklistView::itemOf(const QString &control) const
{
    for (int s = 0; s < m_steps->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionItem = m_steps->topLevelItem(s);
        for (int i = 0; i < sectionItem->childCount(); ++i)
            if (sectionItem->child(i)->data(0, ControlRole).toString() == control)
                return sectionItem->child(i);
    }
    return nullptr;
}

const checks::ControlResult *ChecklistView::currentResult() const
{
    return m_scan && !m_current.isEmpty() ? m_scan->control(m_current) : nullptr;
}

bool ChecklistView::showControl(const QString &id)
{
    if (!m_scan)
        return false;
    const checks::Control *control = checks::findControl(id);
    if (!control)
        return false;
    const QString canonical = control->idString();
    if (canonical == m_current)
        return true;
    m_current = canonical;
    if (m_fixSet)
        m_fixSet->setLastControl(m_current);
    if (QTreeWidgetItem *item = itemOf(m_current)) {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentItem(item);
        m_steps->scrollToItem(item);
    }
    showCard();
    m_stack->setCurrentWidget(m_page);
    Q_EMIT selectionChanged();
    return true;
}

void ChecklistView::showCard()
{
    const checks::ControlResult *r = currentResult();
    if (!r || !r->control)
        return;
    const checks::Control &control = *r->control;
    const Theme &theme = Theme::current();

    int inSection = 0, position = 0;
    for (const checks::Control &c : checks::catalogue()) {
        if (c.section != control.section)
            continue;
        ++inSection;
        if (c.idString() == m_current)
            position = inSection;
    }
    m_crumb->setText(tr("%1 \u00b7 control %2 of %3")
                         .arg(checks::sectionTitle(control.section))
                         .arg(position)
                         .arg(inSection));
    m_id->setText(control.idString());
    const Tone severity = severityTone(control.severity);
    m_severity->setText(
        QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
            .arg(theme.tone(severity).name(), tr("%1 severity").arg(Theme::toneWord(severity))));
    m_title->setText(control.title());

    const Tone tone = labels::controlTone(int(r->status), r->failed, r->excepted);
    labels::styleCallout(m_statusBox, tone);
    m_statusIcon->setPixmap(theme.toneIcon(tone).pixmap(22, 22));
    QString status = QStringLiteral("<b style=\"color:%1\">%2</b> &nbsp;%3")
                         .arg(theme.tone(tone).name(), Theme::toneWord(tone).toHtmlEscaped(),
                              statusSentence(*r).toHtmlEscaped());
    const QString manual = control.manualCheck();
    const bool showManual = !manual.isEmpty() && (r->status == checks::Status::NotVerifiable ||
                                                  r->status == checks::Status::Info ||
                                                  (control.sources & checks::FromNodes));
    // The scan's note repeats the manual check ("… Manual check: …"); the card has its own box
    // for it, so the note keeps only what comes before.
    QString note = r->note;
    if (showManual) {
        const qsizetype at = note.indexOf(manual);
        if (at >= 0) {
            QString before = note.left(at).trimmed();
            if (before.endsWith(u':')) {
                const qsizetype stop = before.lastIndexOf(u". ");
                before = stop >= 0 ? before.left(stop + 1) : QString();
            }
            note = QString(before + u' ' + note.mid(at + manual.size())).trimmed();
        }
    }
    if (!note.isEmpty())
        status += u"<br>" + note.toHtmlEscaped();
    m_statusText->setText(status);
    m_rationale->setText(control.rationale());
    m_remediation->setText(control.remediation());

    labels::styleCallout(m_manualBox, Tone::NotVerifiable);
    m_manualBox->setVisible(showManual);
    m_manual->setText(manual);

    // Evidence: every finding of the control, failing first, then excepted.
    m_evidence->clear();
    const std::vector<const checks::Finding *> findings = m_scan->findingsOf(m_current);
    std::vector<const checks::Finding *> ordered;
    for (const checks::Finding *f : findings)
        if (!f->excepted)
            ordered.push_back(f);
    for (const checks::Finding *f : findings)
        if (f->excepted)
            ordered.push_back(f);
    QStringList exceptions;
    QSet<QString> seenExceptions;
    QList<QTreeWidgetItem *> items;
    const checks::Finding *base = m_scan->findings.data();
    for (const checks::Finding *f : ordered) {
        if (f->excepted) {
            const QString key = f->exceptionReason + u'\n' + f->exceptionSource;
            if (!seenExceptions.contains(key)) {
                seenExceptions.insert(key);
                QString line = u"<b>" + f->exceptionReason.toHtmlEscaped() + u"</b>";
                line += f->exceptionExpires.isValid()
                            ? tr(" \u2014 until %1").arg(f->exceptionExpires.toString(Qt::ISODate))
                            : tr(" \u2014 does not expire");
                if (!f->exceptionSource.isEmpty())
                    line += u"<br><span style=\"color:" + theme.colors().mutedText.name() + u"\">" +
                            f->exceptionSource.toHtmlEscaped() + u"</span>";
                exceptions.append(line);
            }
        }
        if (items.size() >= kEvidenceLimit)
            continue;
        auto *item = new QTreeWidgetItem;
        const Tone rowTone = f->excepted ? Tone::Excepted : Tone::Fail;
        item->setIcon(0, theme.toneIcon(rowTone));
        item->setText(0, Theme::toneWord(rowTone));
        item->setForeground(0, theme.tone(rowTone));
        item->setIcon(1, theme.kindIcon(f->object.kind));
        item->setText(1, f->object.toString());
        item->setText(2, Format::location(f->location, m_load.displayRoot));
        item->setText(3, f->field);
        item->setText(4, f->value);
        item->setData(0, FindingRole, qsizetype(f - base));
        QString tip = f->message;
        if (f->owner.isValid())
            tip += u'\n' + tr("Owned by %1").arg(f->owner.toString());
        if (f->excepted)
            tip += u'\n' + tr("Excepted: %1").arg(f->exceptionReason);
        for (int col = 0; col < 5; ++col)
            item->setToolTip(col, tip);
        item->setFont(3, Theme::monospaceFont());
        item->setFont(4, Theme::monospaceFont());
        items.append(item);
    }
    {
        // The first affected object is selected, so the Details dock shows its evidence.
        const QSignalBlocker blocker(m_evidence);
        m_evidence->addTopLevelItems(items);
        if (!items.isEmpty())
            m_evidence->setCurrentItem(items.front());
    }
    QSet<QString> affected;
    for (const checks::Finding *f : ordered)
        affected.insert(f->object.toString());
    const int findingCount = int(ordered.size());
    m_evidenceHeading->setText((findingCount == affected.size()
                                    ? tr("Affected objects (%1)").arg(Format::count(findingCount))
                                    : tr("Affected objects (%1) \u00b7 %2 findings")
                                          .arg(Format::count(affected.size()))
                                          .arg(Format::count(findingCount)))
                                   .toUpper());
    m_evidence->setVisible(!ordered.empty());
    m_filler->setVisible(ordered.empty());
    if (ordered.size() > std::size_t(kEvidenceLimit)) {
        m_evidenceNote->setText(tr("Showing the first %1 of %2. <a href=\"findings\">See all in "
                                   "Findings</a>.")
                                    .arg(kEvidenceLimit)
                                    .arg(Format::count(qint64(ordered.size()))));
    } else if (ordered.empty()) {
        m_evidenceNote->setText(
            r->status == checks::Status::Pass && (r->passed > 0)
                ? tr("No object fails this control.")
            : r->status == checks::Status::NotVerifiable
                ? tr("No objects to show: the answer is not visible from this source.")
                : tr("No objects to show for this control."));
    } else {
        m_evidenceNote->clear();
    }
    m_evidenceNote->setVisible(!m_evidenceNote->text().isEmpty());
    if (!exceptions.isEmpty()) {
        labels::styleCallout(m_exceptionBox, Tone::Excepted);
        m_exceptionText->setText(exceptions.join(QStringLiteral("<br>")));
    }
    m_exceptionBox->setVisible(!exceptions.isEmpty());

    QStringList scanners;
    if (control.kubescape && *control.kubescape)
        scanners.append(tr("kubescape %1").arg(QString::fromUtf8(control.kubescape)));
    if (control.otherScanners && *control.otherScanners)
        scanners.append(QString::fromUtf8(control.otherScanners));
    m_scanners->setText(scanners.isEmpty() ? QString()
                                           : tr("Same as: %1").arg(scanners.join(u"; ")));
    m_scanners->setVisible(!scanners.isEmpty());
    m_scroll->verticalScrollBar()->setValue(0);
    updateSteps();
}

const checks::Finding *ChecklistView::targetFinding() const
{
    if (!m_scan || m_current.isEmpty())
        return nullptr;
    if (QTreeWidgetItem *item = m_evidence->currentItem()) {
        const qsizetype i = item->data(0, FindingRole).value<qsizetype>();
        if (i >= 0 && std::size_t(i) < m_scan->findings.size() &&
            !m_scan->findings[std::size_t(i)].excepted)
            return &m_scan->findings[std::size_t(i)];
    }
    for (const checks::Finding *f : m_scan->findingsOf(m_current))
        if (!f->excepted)
            return f;
    return nullptr;
}

Selection ChecklistView::selection() const
{
    QTreeWidgetItem *item = m_evidence->currentItem();
    if (!item || !m_scan || m_stack->currentWidget() != m_page)
        return {};
    return Selection::finding(item->data(0, FindingRole).value<qsizetype>());
}

qint64 ChecklistView::badgeCount() const
{
    if (!m_scan)
        return -1;
    qint64 failing = 0;
    for (const checks::ControlResult &r : m_scan->controls)
        failing += r.status == checks::Status::Fail || r.status == checks::Status::Partial;
    return failing;
}

void ChecklistView::applyFilter(const QString &filter)
{
    showControl(filter.trimmed());
}

void ChecklistView::next()
{
    const auto all = checks::catalogue();
    const int index = checks::controlIndex(m_current);
    if (index >= 0 && std::size_t(index + 1) < all.size())
        showControl(all[std::size_t(index + 1)].idString());
}

void ChecklistView::previous()
{
    const auto all = checks::catalogue();
    const int index = checks::controlIndex(m_current);
    if (index > 0)
        showControl(all[std::size_t(index - 1)].idString());
}

void ChecklistView::setCurrentReviewed(bool reviewed)
{
    if (m_fixSet && !m_current.isEmpty())
        m_fixSet->setReviewed(m_current, reviewed);
    updateSteps();
}

int ChecklistView::reviewedCount() const
{
    return m_fixSet ? int(m_fixSet->reviewedControls().size()) : 0;
}

FixPreviewDialog *ChecklistView::generateFix()
{
    const checks::Finding *f = targetFinding();
    if (!f || !m_fixable.contains(m_current))
        return nullptr;
    // A Pod made by a workload is fixed in the workload's template.
    const checks::ObjectRef &target =
        f->owner.isValid() && f->owner.kind != u"Node" ? f->owner : f->object;
    auto *dialog = new FixPreviewDialog(m_load.inventory, m_scan, target.toString(), m_current,
                                        m_fixSet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AcceptRiskDialog *ChecklistView::acceptRisk()
{
    const checks::Finding *f = targetFinding();
    const checks::ControlResult *r = currentResult();
    if (!f || !r || !r->control)
        return nullptr;
    const QString path = m_fixSet ? m_fixSet->exceptionsPath() : QString();
    auto *dialog = new AcceptRiskDialog(*r->control, f->object, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_fixSet)
            m_fixSet->setExceptionsPath(dialog->writtenPath());
        Q_EMIT rescanRequested();
    });
    dialog->open();
    return dialog;
}

} // namespace parapet::ui
