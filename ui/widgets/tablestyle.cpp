#include "tablestyle.h"

#include "theme.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

namespace parapet::ui {

void applyTableStyle(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setIconSize(QSize(16, 16));
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(40);
    header->setSectionsMovable(false);
}

} // namespace parapet::ui

namespace parapet::ui {

void setUpFilterEdit(QLineEdit *edit, const QString &objectName, const QString &placeholder)
{
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->addAction(Theme::current().icon(QStringLiteral("action-search")),
                    QLineEdit::LeadingPosition);
}

QHBoxLayout *addFilterBar(QVBoxLayout *layout, QWidget *owner)
{
    auto *bar = new QWidget(owner);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 6, 8, 6);
    barLayout->setSpacing(6);
    layout->addWidget(bar);
    return barLayout;
}

} // namespace parapet::ui

namespace parapet::ui {

int fittingColumnWidth(const QAbstractItemView *view, const QHeaderView *header, int column,
                       const QStringList &values, bool withIcon)
{
    // The header's own measure: its (bold) font, margins and the sort indicator.
    int width = header->sectionSizeHint(column);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.features = QStyleOptionViewItem::HasDisplay;
    if (withIcon) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(small, small);
    }
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    for (const QString &value : values) {
        option.text = value;
        width =
            std::max(width, view->style()
                                ->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), view)
                                .width());
    }
    // Room for the cell's focus frame and a little air before the next column's text.
    return width + 6;
}

} // namespace parapet::ui
