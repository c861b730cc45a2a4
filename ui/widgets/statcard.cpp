#include "statcard.h"

#include "formatting.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace parapet::ui {

StatCard::StatCard(const QString &icon, const QString &caption, QWidget *parent, Size size)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    setAttribute(Qt::WA_StyledBackground, true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setProperty("statCard", true);
    setStyleSheet(QStringLiteral("parapet--ui--StatCard { background: %1; border: 1px solid %2;"
                                 " border-radius: 6px; }"
                                 "parapet--ui--StatCard:hover, parapet--ui--StatCard:focus"
                                 " { border-color: %3; }")
                      .arg(c.card.name(), c.border.name(), c.link.name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 9, 12, 9);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(theme.icon(icon).pixmap(QSize(16, 16)));
    auto *captionLabel = new QLabel(caption, this);
    QPalette muted = captionLabel->palette();
    muted.setColor(QPalette::WindowText, c.mutedText);
    captionLabel->setPalette(muted);
    top->addWidget(iconLabel);
    top->addWidget(captionLabel, 1);
    layout->addLayout(top);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * (size == Size::Compact ? 1.3 : 1.9));
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("statCardValue"));
    if (size == Size::Compact) {
        layout->setContentsMargins(10, 5, 10, 5);
        top->addWidget(m_value);
        m_detail->hide();
        setAccessibleName(caption);
        return;
    }
    layout->addWidget(m_value);
    m_detail->setPalette(muted);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_detail->setWordWrap(true);
    // Two lines at most, so that the numbers of a row of cards line up.
    m_detail->setFixedHeight(m_detail->fontMetrics().lineSpacing() * 2);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setAccessibleName(caption);
}

void StatCard::setValue(qint64 value)
{
    m_value->setText(Format::count(value));
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText,
               value == 0 ? Theme::current().colors().mutedText : Theme::current().colors().text);
    m_value->setPalette(p);
}

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    setToolTip(detail);
}

QString StatCard::valueText() const
{
    return m_value->text();
}

void StatCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void StatCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace parapet::ui
