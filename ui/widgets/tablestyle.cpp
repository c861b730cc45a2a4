#include "tablestyle.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
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
