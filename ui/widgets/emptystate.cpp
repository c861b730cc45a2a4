#include "emptystate.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parapet::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    // A centred column of limited width; the word-wrapped text must sit in the column's layout
    // without an alignment flag, or it would not get the height its wrapped lines need.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    outer->addLayout(row);
    outer->addStretch(3);
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QPalette muted = m_text->palette();
    muted.setColor(QPalette::WindowText, Theme::current().colors().mutedText);
    m_text->setPalette(muted);
    layout->addWidget(m_icon);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(10);
    m_actions->addStretch();
    m_actions->addStretch();
    layout->addLayout(m_actions);
    m_icon->hide();
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(40, 40)));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

QPushButton *EmptyState::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_actions->insertWidget(m_actions->count() - 1, button);
    return button;
}

void EmptyState::clearActions()
{
    for (int i = m_actions->count() - 1; i >= 0; --i) {
        QLayoutItem *item = m_actions->itemAt(i);
        if (QWidget *w = item->widget()) {
            m_actions->removeWidget(w);
            w->deleteLater();
        }
    }
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace parapet::ui
