#pragma once

#include <array>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace parapet::ui {

/// Semantic colours of UI.md's visual language: severities, check statuses and load
/// diagnostics. A tone is never shown by colour alone: toneIcon() and toneWord() go with it.
enum class Tone
{
    Critical,
    High,
    Medium,
    Low,
    Pass,
    Fail,
    Partial,
    NotVerifiable,
    Excepted,
    Info,
    Error,
    Warning,
};

/// The one place where Parapet's colours, icons and fonts are defined (light and dark). Every
/// widget, delegate and (later) chart or PDF asks the current Theme instead of naming colours.
/// Tone and syntax colours meet WCAG AA (4.5:1) on the base, alternate and window backgrounds
/// of their scheme; tests/gui/tst_theme.cpp checks it.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(parapet::ui::Theme)
public:
    enum class Scheme
    {
        Light,
        Dark
    };

    struct Colors
    {
        QColor window;        ///< panels, navigation, bars
        QColor base;          ///< tables, text areas
        QColor alternateBase; ///< alternate rows
        QColor text;
        QColor mutedText; ///< secondary text, icons
        QColor border;
        QColor highlight; ///< selection background (light, so tones stay legible on it)
        QColor highlightedText;
        QColor link;
        QColor chip; ///< background of chips and badges
        QColor card; ///< background of overview cards
    };
    struct SyntaxColors
    {
        QColor key;
        QColor string;
        QColor number;
        QColor keyword; ///< booleans, null
        QColor comment;
        QColor punctuation;
    };

    /// The theme in use (Light until apply() or setCurrent() says otherwise).
    static const Theme &current();
    /// Switches the current theme without touching the application (tests, previews).
    static void setCurrent(Scheme scheme);
    /// Dark when the platform's window colour is dark.
    static Scheme systemScheme();
    /// Makes \a scheme current and gives \a app the Fusion style and this theme's palette.
    static void apply(QApplication &app, Scheme scheme);

    Scheme scheme() const { return m_scheme; }
    const Colors &colors() const { return m_colors; }
    const SyntaxColors &syntax() const { return m_syntax; }
    QPalette palette() const;

    QColor tone(Tone tone) const;
    static QString toneWord(Tone tone);
    QIcon toneIcon(Tone tone) const;

    /// An icon of resources/icons (`:/icons/NAME.svg`), drawn in \a color (the SVG's
    /// `currentColor`), by default the muted text colour.
    QIcon icon(const QString &name) const;
    QIcon icon(const QString &name, const QColor &color) const;
    /// The icon of a Kubernetes kind (workload kinds share one; unknown kinds get a generic one).
    QIcon kindIcon(QStringView kind) const;
    static QString kindIconName(QStringView kind);
    /// The application icon (full colour).
    static QIcon appIcon();

    static QFont monospaceFont();

    /// WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

    explicit Theme(Scheme scheme);

private:
    Scheme m_scheme;
    Colors m_colors;
    SyntaxColors m_syntax;
    std::array<QColor, 12> m_tones;
    mutable QHash<QString, QIcon> m_iconCache;
};

} // namespace parapet::ui
