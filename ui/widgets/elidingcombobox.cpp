#include "elidingcombobox.h"

#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace parapet::ui {

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        updateGeometry();
        updateToolTip();
    });
}

QSize ElidingComboBox::sizeHint() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    int width = fontMetrics().horizontalAdvance(currentText());
    if (!option.currentIcon.isNull())
        width += option.iconSize.width() + 4;
    const QSize contents(width, fontMetrics().height());
    return style()
        ->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this)
        .expandedTo(QComboBox::sizeHint());
}

QString ElidingComboBox::elidedText(const QStyleOptionComboBox &option) const
{
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width() - 2;
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    const QString elided = fontMetrics().elidedText(option.currentText, Qt::ElideRight, room);
    return elided == option.currentText ? QString() : elided;
}

void ElidingComboBox::paintEvent(QPaintEvent *event)
{
    if (isEditable()) {
        QComboBox::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (const QString elided = elidedText(option); !elided.isEmpty())
        option.currentText = elided;
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::resizeEvent(QResizeEvent *event)
{
    QComboBox::resizeEvent(event);
    updateToolTip();
}

bool ElidingComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTipChange && !m_settingToolTip)
        m_toolTip = toolTip();
    return QComboBox::event(event);
}

void ElidingComboBox::updateToolTip()
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    // The whole current text when it is shown elided; else the owner's tooltip alone.
    const QString tip = elidedText(option).isEmpty() ? m_toolTip
                        : m_toolTip.isEmpty()        ? currentText()
                                                     : currentText() + u'\n' + m_toolTip;
    if (tip == toolTip())
        return;
    m_settingToolTip = true;
    setToolTip(tip);
    m_settingToolTip = false;
}

} // namespace parapet::ui
