#include "elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace parapet::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateGeometry();
    updateElision();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for an ellipsis and a few characters; the layout gives more when it has it.
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("\u2026")) * 4, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(m_fullText) + m.left() + m.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::updateElision()
{
    const QFontMetrics fm(font());
    const QString shown = fm.elidedText(m_fullText, Qt::ElideMiddle, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace parapet::ui
