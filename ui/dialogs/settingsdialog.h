#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace parapet::ui {

/// Settings: colour scheme (system, light, dark; QSettings `ui/theme`) and language (system,
/// English, German...; `ui/language`, read by i18n::installTranslators() at start). Both take
/// effect at the next start, which the dialog says.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a settings (not owned) may be null: the dialog then changes nothing.
    explicit SettingsDialog(QSettings *settings, QWidget *parent = nullptr);

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }

    /// `system`, `light` or `dark` as stored; anything else reads as `system`.
    static QString storedTheme(const QSettings &settings);

    void accept() override;

private:
    QSettings *m_settings;
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace parapet::ui
