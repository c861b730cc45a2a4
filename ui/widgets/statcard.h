#pragma once

#include <QFrame>

class QLabel;

namespace parapet::ui {

/// One count on the overview: icon and caption, the number, a one-line breakdown. Clicking it
/// (or Enter/Space when focused) emits activated(), which shows the objects behind the number.
class StatCard : public QFrame
{
    Q_OBJECT
public:
    /// Compact: one line (icon, caption, number); the breakdown goes to the tooltip only.
    enum class Size
    {
        Regular,
        Compact
    };

    explicit StatCard(const QString &icon, const QString &caption, QWidget *parent = nullptr,
                      Size size = Size::Regular);

    void setValue(qint64 value);
    void setDetail(const QString &detail);
    QString valueText() const;

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace parapet::ui
