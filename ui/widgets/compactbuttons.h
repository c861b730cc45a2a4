#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <vector>

class QAbstractButton;
class QWidget;

namespace parapet::ui {

/// Lets a bar of buttons narrow without clipping: below the width the buttons need with their
/// full texts, the registered secondary buttons show their compact form (the icon alone, or a
/// short text such as "‹"), the full text moving into the tooltip; the accessible name keeps
/// the full text. Buttons are compacted in the order they were added, only as many as the
/// bar's width needs. The bar's minimum width is the one with every registered button compact,
/// so a long translation no longer forces the window wider.
class CompactButtons : public QObject
{
    Q_OBJECT
public:
    /// Watches \a bar (the widget whose layout holds the buttons).
    explicit CompactButtons(QWidget *bar);

    /// Registers \a button (already in the bar's layout, its full text and icon set);
    /// \a compactText is shown when compact (empty: the icon alone, so the button needs one).
    void add(QAbstractButton *button, const QString &compactText = {});
    /// Changes the full text of a registered \a button (use instead of setText()).
    void setText(QAbstractButton *button, const QString &text);
    /// Whether \a button currently shows its compact form.
    bool isCompact(const QAbstractButton *button) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QAbstractButton> button;
        QString fullText;
        QString compactText;
        QString toolTip; ///< the button's own tooltip, without the full text
        int fullWidth = 0;
        int compactWidth = 0;
        bool compact = false;
    };
    Entry *find(const QAbstractButton *button);
    void measure(Entry &entry);
    void show(Entry &entry, bool compact);
    void fit();

    QWidget *m_bar;
    std::vector<Entry> m_entries;
    bool m_applying = false;
};

} // namespace parapet::ui
