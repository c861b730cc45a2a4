#include "settingsdialog.h"

#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

QString SettingsDialog::storedTheme(const QSettings &settings)
{
    const QString value = settings.value(kThemeKey).toString();
    return value == u"light" || value == u"dark" ? value : QStringLiteral("system");
}

SettingsDialog::SettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Colour scheme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Colour scheme:"), m_theme);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system (%1)")
                            .arg(i18n::nativeLanguageName(i18n::resolveLanguage(QString()))),
                        QString());
    for (const QString &code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeLanguageName(code), code);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Changes take effect when Parapet starts next time. "
                               "--theme on the command line overrides the colour scheme."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_settings) {
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(storedTheme(*m_settings))));
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(m_settings->value(kLanguageKey).toString())));
    }
}

void SettingsDialog::accept()
{
    if (m_settings) {
        m_settings->setValue(kThemeKey, m_theme->currentData().toString());
        m_settings->setValue(kLanguageKey, m_language->currentData().toString());
        m_settings->sync();
    }
    QDialog::accept();
}

} // namespace parapet::ui
