#include "navigationdelegate.h"

#include "formatting.h"
#include "theme.h"

#include <QPainter>

namespace parapet::ui {

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant countData = index.data(CountRole);
    const qint64 count = countData.isValid() ? countData.toLongLong() : -1;
    QString countText;
    int countWidth = 0;
    QFont countFont = opt.font;
    if (count >= 0) {
        countText = Format::count(count);
        countFont.setPointSizeF(countFont.pointSizeF() * 0.9);
        countWidth = QFontMetrics(countFont).horizontalAdvance(countText) + 12;
        opt.rect.setRight(opt.rect.right() - countWidth);
    }
    // Background across the whole row, text and icon in the narrowed rect.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_Selected;
    opt.state &= ~QStyle::State_HasFocus;
    opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    if (option.state & QStyle::State_Selected) {
        opt.font.setBold(true);
        opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    }
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (countText.isEmpty())
        return;
    painter->save();
    painter->setFont(countFont);
    const QVariant toneData = index.data(ToneRole);
    const Theme &theme = Theme::current();
    painter->setPen(toneData.isValid() ? theme.tone(Tone(toneData.toInt()))
                                       : theme.colors().mutedText);
    const QRect countRect(option.rect.right() - countWidth, option.rect.top(), countWidth - 8,
                          option.rect.height());
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace parapet::ui
