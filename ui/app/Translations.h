// Translations: which language RetryDesk speaks. Installs RetryDesk's own translator and Qt's
// (qtbase: standard buttons, dialogs) for one language, both compiled into the binary, and makes
// that language QLocale's default so numbers, dates and durations follow it.
#pragma once

#include <QString>
#include <QStringList>

namespace rd::ui {

class Translations {
public:
    // "" = follow the system locale; "en"; "es". Installs (replacing any earlier install) the
    // RetryDesk translator and Qt's own for that language, and sets QLocale::setDefault so
    // numbers, dates and durations follow. Returns the language actually applied ("en" when
    // nothing matches). Needs a QCoreApplication.
    static QString install(const QString &language);
    // The languages RetryDesk ships, source language first: {"en", "es"}.
    static QStringList available();
    // A language's name in that language ("English", "Español"), for a language picker.
    static QString displayName(const QString &language);
    // The first of the system's UI languages RetryDesk ships ("en" when none), from
    // QLocale::system().uiLanguages().
    static QString systemLanguage();
};

} // namespace rd::ui
