#pragma once

#include <functional>
#include <QFrame>
#include <QIcon>
#include <QString>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace parapet::ui {

/// One thing the command palette can jump to or run.
struct PaletteEntry
{
    enum class Group
    {
        View,
        Action,
        Control,
        Namespace,
        Object
    };
    Group group = Group::Action;
    QString title;  ///< `Findings`, `NSA-POD-08 Containers run as non-root`, `Deployment shop/cart`
    QString detail; ///< shown muted on the right: the group, a shortcut, a section
    QIcon icon;
    std::function<void()> run;
};

/// Ctrl+K: a search field over views, actions, controls, namespaces and objects with fuzzy
/// matching (the letters in order; word starts and runs score higher). Up/Down choose, Enter
/// runs, Esc closes. Floats over its parent window.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent);

    /// Entries are asked for each time the palette opens (the source may have changed).
    using Provider = std::function<std::vector<PaletteEntry>()>;
    void setProvider(Provider provider) { m_provider = std::move(provider); }

    /// Shows the palette over the parent's top centre and focuses the field.
    void popup();
    /// Runs the chosen entry and closes; false when nothing is chosen.
    bool runCurrent();

    QLineEdit *edit() const { return m_edit; }
    QListWidget *list() const { return m_list; }
    /// Titles of the entries shown, best first.
    QStringList shownTitles() const;

    /// Fuzzy score of \a pattern in \a text (case-insensitive), higher is better; -1 when the
    /// letters of \a pattern do not all occur in order.
    static int fuzzyScore(QStringView pattern, QStringView text);
    static QString groupTitle(PaletteEntry::Group group);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void place();

    Provider m_provider;
    std::vector<PaletteEntry> m_entries;
    std::vector<int> m_shown;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_hint;
};

} // namespace parapet::ui
