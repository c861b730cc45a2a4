#pragma once

#include <QLabel>
#include <QString>

namespace parapet::ui {

/// A one-line label that never widens its window: below the width its text needs it shows the
/// text elided in the middle (paths keep their start and their file name); the whole text stays
/// in fullText() and, unless a tooltip is set, in the tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElision();

    QString m_fullText;
};

} // namespace parapet::ui
