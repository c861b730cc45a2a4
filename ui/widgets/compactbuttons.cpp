#include "compactbuttons.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace parapet::ui {

CompactButtons::CompactButtons(QWidget *bar)
    : QObject(bar)
    , m_bar(bar)
{
    m_bar->installEventFilter(this);
}

void CompactButtons::add(QAbstractButton *button, const QString &compactText)
{
    Entry entry;
    entry.button = button;
    entry.fullText = button->text();
    entry.compactText = compactText;
    entry.toolTip = button->toolTip();
    if (button->accessibleName().isEmpty())
        button->setAccessibleName(QString(entry.fullText).remove(u'&'));
    button->installEventFilter(this);
    measure(entry);
    m_entries.push_back(entry);
    fit();
}

void CompactButtons::setText(QAbstractButton *button, const QString &text)
{
    Entry *entry = find(button);
    if (!entry) {
        button->setText(text);
        return;
    }
    entry->fullText = text;
    measure(*entry);
    fit();
}

bool CompactButtons::isCompact(const QAbstractButton *button) const
{
    for (const Entry &e : m_entries)
        if (e.button == button)
            return e.compact;
    return false;
}

CompactButtons::Entry *CompactButtons::find(const QAbstractButton *button)
{
    for (Entry &e : m_entries)
        if (e.button == button)
            return &e;
    return nullptr;
}

void CompactButtons::measure(Entry &entry)
{
    QAbstractButton *b = entry.button;
    if (!b)
        return;
    // The button's own size hints in both forms, in its current font and style.
    m_applying = true;
    b->setMinimumWidth(0);
    b->setText(entry.compactText);
    entry.compactWidth = b->sizeHint().width();
    b->setText(entry.fullText);
    entry.fullWidth = b->sizeHint().width();
    // The layout may give the button less than its hint down to the compact width.
    b->setMinimumWidth(entry.compactWidth);
    m_applying = false;
    show(entry, entry.compact);
}

void CompactButtons::show(Entry &entry, bool compact)
{
    QAbstractButton *b = entry.button;
    if (!b)
        return;
    entry.compact = compact;
    m_applying = true;
    b->setText(compact ? entry.compactText : entry.fullText);
    QString tip = entry.toolTip;
    if (compact && !tip.contains(QString(entry.fullText).remove(u'&')))
        tip = tip.isEmpty() ? QString(entry.fullText).remove(u'&')
                            : QString(entry.fullText).remove(u'&') + u'\n' + tip;
    b->setToolTip(tip);
    m_applying = false;
}

void CompactButtons::fit()
{
    if (!m_bar->layout())
        return;
    // The width the bar needs with every button in its full form, then compact in order
    // until the bar's width suffices.
    int needed = m_bar->layout()->sizeHint().width();
    for (const Entry &e : m_entries)
        if (e.button && e.compact && !e.button->isHidden())
            needed += e.fullWidth - e.compactWidth;
    const int available = m_bar->width();
    for (Entry &e : m_entries) {
        if (!e.button)
            continue;
        const bool compact = needed > available && !e.button->isHidden();
        if (compact)
            needed -= e.fullWidth - e.compactWidth;
        if (compact != e.compact)
            show(e, compact);
    }
}

bool CompactButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            fit();
    } else if (!m_applying) {
        // A new font or style changes what each form needs; a tooltip set by the owner
        // becomes the button's own.
        auto *button = qobject_cast<QAbstractButton *>(watched);
        Entry *entry = button ? find(button) : nullptr;
        if (entry &&
            (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
            measure(*entry);
            fit();
        } else if (entry && event->type() == QEvent::ToolTipChange) {
            entry->toolTip = button->toolTip();
            if (entry->compact)
                show(*entry, true);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parapet::ui
