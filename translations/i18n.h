#pragma once

#include <QString>
#include <QStringList>

/// The application's languages. The translations (translations/parapet_LANG.ts, compiled by
/// lrelease at build time) are embedded as resources under :/i18n; English is the source language
/// and needs no file. Used by the desktop app (QSettings "ui/language") and parapet-cli (--lang,
/// PARAPET_LANG).
namespace parapet::i18n {

/// Language codes Parapet speaks: "en" (the source language) first, then every embedded
/// translation ("de", ...), discovered from the resources.
QStringList availableLanguages();

/// Installs the translators for \a language ("de", "en", or "de_DE"-style names) on the
/// application and removes the ones a previous call installed. An empty \a language follows
/// the system: the first of QLocale::system().uiLanguages() (LANGUAGE, LC_ALL, LC_MESSAGES,
/// LANG) that Parapet speaks, else English. Qt's own translation (qtbase_LANG.qm from
/// QLibraryInfo::TranslationsPath) is loaded too when installed. Needs a QCoreApplication.
/// Returns false when \a language is not available (English stays in effect).
bool installTranslators(const QString &language);

/// The language in effect since the last installTranslators() ("en" before any call).
QString currentLanguage();

/// The language installTranslators(\a language) would pick, without installing anything:
/// \a language reduced to an available code, or the system's language for "".
QString resolveLanguage(const QString &language);

/// The name of \a language in that language, for a language menu ("English", "Deutsch").
QString nativeLanguageName(const QString &language);

} // namespace parapet::i18n
