#include "connectprogress.h"

#include "formatting.h"
#include "tablestyle.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

enum Column
{
    KindColumn,
    ObjectsColumn,
    StateColumn,
    ColumnCount
};

Tone toneOf(KindProgress::State state)
{
    using S = KindProgress::State;
    switch (state) {
    case S::Waiting:
    case S::NotServed:
    case S::Cancelled:
        return Tone::NotVerifiable;
    case S::Fetching:
        return Tone::Info;
    case S::Done:
        return Tone::Pass;
    case S::Partial:
    case S::Forbidden:
        return Tone::Warning;
    case S::Unauthorized:
    case S::Failed:
        return Tone::Error;
    }
    return Tone::Info;
}

} // namespace

ConnectProgress::ConnectProgress(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_table(new QTableWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("connectProgress"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("connectTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_detail->setObjectName(QStringLiteral("connectDetail"));
    m_detail->setWordWrap(true);
    QPalette muted = m_detail->palette();
    muted.setColor(QPalette::WindowText, Theme::current().colors().mutedText);
    m_detail->setPalette(muted);
    layout->addWidget(m_detail);
    m_bar->setObjectName(QStringLiteral("connectBar"));
    m_bar->setAccessibleName(tr("Resource kinds read"));
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    layout->addWidget(m_bar);
    layout->addSpacing(4);

    m_table->setObjectName(QStringLiteral("connectKinds"));
    m_table->setAccessibleName(tr("Resource kinds"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Resource kind"), tr("Objects"), tr("State")});
    applyTableStyle(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ObjectsColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(StateColumn, QHeaderView::Fixed);
    header->resizeSection(ObjectsColumn, 90);
    header->resizeSection(StateColumn, 130);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel->setObjectName(QStringLiteral("connectCancel"));
    m_cancel->setToolTip(tr("Stop reading the cluster (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_detail->setText(tr("Cancelling: the open requests are being stopped\u2026"));
        Q_EMIT cancelRequested();
    });
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
}

void ConnectProgress::start(const LoadRequest &request)
{
    m_elapsed.start();
    m_kinds.clear();
    m_table->setRowCount(0);
    const QStringList names = liveKindNames();
    for (const QString &name : names) {
        KindProgress k;
        k.kind = name;
        m_kinds.append(k);
        showRow(int(m_kinds.size()) - 1);
    }
    m_kindsDone = 0;
    m_kindsTotal = int(names.size());
    m_title->setText(tr("Connecting to %1\u2026").arg(request.shortName()));
    m_detail->setText(tr("Asking the API server for its version and the resource kinds it "
                         "serves, then listing %1 kinds in parallel. Secrets are read as "
                         "metadata only, never their values.")
                          .arg(m_kindsTotal));
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
}

int ConnectProgress::rowOf(const QString &kind)
{
    for (int i = 0; i < m_kinds.size(); ++i)
        if (m_kinds[i].kind == kind)
            return i;
    KindProgress k;
    k.kind = kind;
    m_kinds.append(k);
    showRow(int(m_kinds.size()) - 1);
    return int(m_kinds.size()) - 1;
}

void ConnectProgress::showRow(int row)
{
    const KindProgress &k = m_kinds[row];
    if (m_table->rowCount() <= row)
        m_table->setRowCount(row + 1);
    const Theme &theme = Theme::current();
    auto *kindItem = new QTableWidgetItem(theme.kindIcon(k.kind.section(u'.', 0, 0)), k.kind);
    m_table->setItem(row, KindColumn, kindItem);
    auto *count = new QTableWidgetItem(
        k.state == KindProgress::State::Waiting ? QString() : Format::count(k.objects));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, ObjectsColumn, count);
    const Tone tone = toneOf(k.state);
    auto *state = new QTableWidgetItem(theme.toneIcon(tone), KindProgress::stateTitle(k.state));
    if (k.state != KindProgress::State::Done && k.state != KindProgress::State::Fetching)
        state->setForeground(theme.tone(tone));
    if (!k.reason.isEmpty()) {
        state->setToolTip(k.reason);
        kindItem->setToolTip(k.reason);
    }
    m_table->setItem(row, StateColumn, state);
}

void ConnectProgress::update(const FetchProgress &progress)
{
    const int row = rowOf(progress.kind);
    KindProgress &k = m_kinds[row];
    k.objects = progress.objects;
    k.state = progress.kindDone ? KindProgress::State::Done : KindProgress::State::Fetching;
    showRow(row);
    m_kindsDone = progress.kindsDone;
    m_kindsTotal = std::max(1, progress.kindsTotal);
    updateOverall();
}

void ConnectProgress::updateOverall()
{
    int started = 0;
    qint64 objects = 0;
    for (const KindProgress &k : std::as_const(m_kinds)) {
        if (k.state != KindProgress::State::Waiting)
            ++started;
        objects += k.objects;
    }
    m_bar->setRange(0, int(m_kinds.size()));
    m_bar->setValue(std::max(m_kindsDone, started));
    m_detail->setText(tr("%1 objects so far from %2 of %3 kinds \u00b7 %4 s")
                          .arg(Format::count(objects))
                          .arg(started)
                          .arg(m_kinds.size())
                          .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1));
}

void ConnectProgress::finish(const LoadResult &result)
{
    for (const KindFetch &f : result.kinds) {
        const int row = rowOf(f.groupKindName());
        KindProgress &k = m_kinds[row];
        k.objects = f.objects;
        k.state = KindProgress::stateOf(f.status);
        k.reason = f.reason;
        showRow(row);
    }
    if (result.cancelled) {
        for (int i = 0; i < m_kinds.size(); ++i) {
            if (m_kinds[i].state == KindProgress::State::Waiting ||
                m_kinds[i].state == KindProgress::State::Fetching) {
                m_kinds[i].state = KindProgress::State::Cancelled;
                showRow(i);
            }
        }
    }
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_cancel->setEnabled(false);
}

KindProgress ConnectProgress::kind(const QString &kind) const
{
    for (const KindProgress &k : m_kinds)
        if (k.kind == kind)
            return k;
    return KindProgress{kind, 0, KindProgress::State::Waiting, {}};
}

QString ConnectProgress::title() const
{
    return m_title->text();
}

} // namespace parapet::ui
