#pragma once

#include <QComboBox>

namespace parapet::ui {

/// A combo box for filter bars: it asks for the width of its current item, but may be given
/// as little as its minimum contents length (setMinimumContentsLength()); narrower than its
/// current text, it shows the text elided with "…" and the whole text in the tooltip, instead
/// of cutting it off or holding the window wider.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The current text as it fits the edit field ("" when it fits whole).
    QString elidedText(const QStyleOptionComboBox &option) const;
    void updateToolTip();

    QString m_toolTip; ///< the owner's tooltip, without the elided text
    bool m_settingToolTip = false;
};

} // namespace parapet::ui
