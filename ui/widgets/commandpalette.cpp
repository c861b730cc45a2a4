#include "commandpalette.h"

#include "theme.h"

#include <algorithm>
#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

constexpr int kMaxShown = 60;
constexpr int kEntryRole = Qt::UserRole + 1;

bool isBoundary(QChar c)
{
    return c == u' ' || c == u'/' || c == u'-' || c == u'.' || c == u':' || c == u'_';
}

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    const Theme::Colors &c = Theme::current().colors();
    setStyleSheet(QStringLiteral("#commandPalette { background: %1; border: 1px solid %2;"
                                 " border-radius: 6px; }"
                                 "#paletteList { border: none; background: %1; }"
                                 "#paletteList::item { padding: 4px 6px; }")
                      .arg(c.base.name(), c.border.name()));
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setAccessibleName(tr("Search views, actions, controls, namespaces and objects"));
    m_edit->setPlaceholderText(
        tr("Go to a view, control, namespace or object, or run an action\u2026"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(Theme::current().icon(QStringLiteral("action-search")),
                      QLineEdit::LeadingPosition);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_edit->setFont(big);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    m_hint->setObjectName(QStringLiteral("paletteHint"));
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, c.mutedText);
    m_hint->setPalette(muted);
    m_hint->setText(tr("\u2191\u2193 choose \u00b7 Enter go \u00b7 Esc close"));
    layout->addWidget(m_hint);
    connect(m_edit, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemClicked, this, [this] { runCurrent(); });
    hide();
}

int CommandPalette::fuzzyScore(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return 0;
    // Greedy in-order match; a contiguous hit of the whole pattern scores best.
    const qsizetype exact = text.indexOf(pattern, 0, Qt::CaseInsensitive);
    int score = 0;
    if (exact >= 0) {
        score = 5000 + int(pattern.size()) * 20;
        if (exact == 0)
            score += 400;
        else if (isBoundary(text[exact - 1]))
            score += 200;
        return score - int(text.size());
    }
    qsizetype t = 0;
    qsizetype last = -2;
    for (const QChar p : pattern) {
        if (p == u' ')
            continue;
        const QChar lp = p.toLower();
        while (t < text.size() && text[t].toLower() != lp)
            ++t;
        if (t >= text.size())
            return -1;
        score += 10;
        if (t == 0 || isBoundary(text[t - 1]))
            score += 15;
        if (t == last + 1)
            score += 8;
        last = t;
        ++t;
    }
    return score - int(text.size()) / 4;
}

QString CommandPalette::groupTitle(PaletteEntry::Group group)
{
    switch (group) {
    case PaletteEntry::Group::View:
        return tr("View");
    case PaletteEntry::Group::Action:
        return tr("Action");
    case PaletteEntry::Group::Control:
        return tr("Control");
    case PaletteEntry::Group::Namespace:
        return tr("Namespace");
    case PaletteEntry::Group::Object:
        return tr("Object");
    }
    return {};
}

void CommandPalette::popup()
{
    m_entries = m_provider ? m_provider() : std::vector<PaletteEntry>();
    place();
    show();
    raise();
    m_edit->clear();
    refilter();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::place()
{
    QWidget *p = parentWidget();
    if (!p)
        return;
    const int w = std::min(680, std::max(320, p->width() - 80));
    const int h = std::min(460, std::max(200, p->height() - 120));
    setGeometry((p->width() - w) / 2, 56, w, h);
}

void CommandPalette::refilter()
{
    const QString pattern = m_edit->text().trimmed();
    std::vector<std::pair<int, int>> scored; // score, entry
    // When the query occurs as written somewhere, scattered-letter matches are noise.
    constexpr int kContiguous = 4000;
    bool anyContiguous = false;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const PaletteEntry &e = m_entries[std::size_t(i)];
        if (pattern.isEmpty()) {
            // Without a query: the views and actions, in their order.
            if (e.group == PaletteEntry::Group::View || e.group == PaletteEntry::Group::Action)
                scored.emplace_back(-i, i);
            continue;
        }
        int s = fuzzyScore(pattern, e.title);
        if (s < 0)
            continue;
        anyContiguous = anyContiguous || s >= kContiguous;
        // Views and actions first among equals; objects are many.
        if (e.group == PaletteEntry::Group::View)
            s += 30;
        else if (e.group == PaletteEntry::Group::Action || e.group == PaletteEntry::Group::Control)
            s += 15;
        scored.emplace_back(s, i);
    }
    if (anyContiguous)
        std::erase_if(scored, [](const auto &p) { return p.first < kContiguous; });
    const std::size_t n = std::min<std::size_t>(kMaxShown, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(n), scored.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    m_list->clear();
    m_shown.clear();
    for (std::size_t k = 0; k < n; ++k) {
        const PaletteEntry &e = m_entries[std::size_t(scored[k].second)];
        const QString detail = e.detail.isEmpty() ? groupTitle(e.group) : e.detail;
        auto *item =
            new QListWidgetItem(e.icon, e.title + QStringLiteral("    \u2014 ") + detail, m_list);
        item->setData(kEntryRole, scored[k].second);
        item->setToolTip(e.title);
        m_shown.push_back(scored[k].second);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    // As tall as the matches (4 to 14 rows), within the parent.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 8);
    const int rows = std::clamp(m_list->count(), 4, 14);
    const int wanted = m_edit->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() +
                       12 + m_hint->sizeHint().height() + layout()->spacing() * 2 +
                       layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    if (QWidget *p = parentWidget())
        resize(width(), std::min(wanted, std::max(200, p->height() - 120)));
    m_hint->setText(m_list->count() == 0 && !pattern.isEmpty()
                        ? tr("Nothing matches \u201c%1\u201d \u00b7 Esc close").arg(pattern)
                        : tr("\u2191\u2193 choose \u00b7 Enter go \u00b7 Esc close"));
}

QStringList CommandPalette::shownTitles() const
{
    QStringList titles;
    for (const int i : m_shown)
        titles.append(m_entries[std::size_t(i)].title);
    return titles;
}

bool CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const int index = item->data(kEntryRole).toInt();
    if (index < 0 || std::size_t(index) >= m_entries.size())
        return false;
    const std::function<void()> run = m_entries[std::size_t(index)].run;
    hide();
    m_entries.clear();
    if (run)
        run();
    return true;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            if (parentWidget())
                parentWidget()->setFocus();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Down:
            if (m_list->count() > 0)
                m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            if (m_list->count() > 0)
                m_list->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            if (m_list->count() > 0)
                m_list->setCurrentRow(std::min(row + 10, m_list->count() - 1));
            return true;
        case Qt::Key_PageUp:
            if (m_list->count() > 0)
                m_list->setCurrentRow(std::max(row - 10, 0));
            return true;
        default:
            break;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && isVisible()) {
        // Clicking elsewhere closes the palette (a click in its own list keeps it).
        auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::MouseFocusReason && !underMouse())
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace parapet::ui
