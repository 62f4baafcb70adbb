// Translations: RetryDesk's translator (":/i18n/retrydesk_<lang>.qm", compiled from
// resources/translations by qt_add_translations) and Qt's own ("qtbase_<lang>.qm", compiled in
// from the Qt RetryDesk was built with, see resources/CMakeLists.txt; the Qt installation's
// translations folder only when it is not).
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace rd::ui {
namespace {

// English is the source language: its own translator holds only plural forms.
const QString kSource = QStringLiteral("en");

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed() {
    static Installed s;
    return s;
}

void removeInstalled() {
    auto &s = installed();
    for (auto *slot : {&s.app, &s.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

std::unique_ptr<QTranslator> loadTranslator(const QString &file, const QStringList &dirs) {
    auto translator = std::make_unique<QTranslator>();
    for (const auto &dir : dirs) {
        if (translator->load(file, dir)) {
            QCoreApplication::installTranslator(translator.get());
            return translator;
        }
    }
    return nullptr;
}

// "es-MX", "es_419", "es" → "es"; "" when RetryDesk does not ship the language.
QString shippedLanguageOf(const QString &tag) {
    const QString language = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
    return Translations::available().contains(language) ? language : QString();
}

// The locale numbers and dates follow: the system's own when it speaks the applied language (a
// user in Spain keeps es_ES's formats), otherwise the language's usual one — Mexican Spanish,
// RetryDesk's users' — so "es" never formats numbers the English way.
QLocale formattingLocaleFor(const QString &language) {
    const QLocale system = QLocale::system();
    if (system.name().section(QLatin1Char('_'), 0, 0) == language) {
        return system;
    }
    if (language == QLatin1String("es")) {
        return QLocale(QLocale::Spanish, QLocale::Mexico);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList Translations::available() {
    return {kSource, QStringLiteral("es")};
}

QString Translations::displayName(const QString &language) {
    if (language == QLatin1String("es")) {
        return QStringLiteral("Español");
    }
    if (language == kSource) {
        return QStringLiteral("English");
    }
    // Not shipped: the language's own name as the locale database spells it.
    return QLocale(language).nativeLanguageName();
}

QString Translations::systemLanguage() {
    for (const auto &tag : QLocale::system().uiLanguages()) {
        const QString language = shippedLanguageOf(tag);
        if (!language.isEmpty()) {
            return language;
        }
    }
    return kSource;
}

QString Translations::install(const QString &language) {
    removeInstalled();
    QString applied = language.isEmpty() ? systemLanguage() : shippedLanguageOf(language);
    if (applied.isEmpty()) {
        applied = kSource;
    }
    if (applied == kSource) {
        // English is the source language; its translator holds only the plural forms, so
        // "%n list(s)" reads "1 list" and "2 lists".
        installed().app =
            loadTranslator(QStringLiteral("retrydesk_en"), {QStringLiteral(":/i18n")});
    } else {
        auto &s = installed();
        s.app = loadTranslator(QStringLiteral("retrydesk_") + applied, {QStringLiteral(":/i18n")});
        s.qt = loadTranslator(
            QStringLiteral("qtbase_") + applied,
            {QStringLiteral(":/i18n"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        if (!s.app) {
            // Without RetryDesk's own translation, Qt's alone would mix two languages.
            removeInstalled();
            applied = kSource;
        }
    }
    QLocale::setDefault(formattingLocaleFor(applied));
    return applied;
}

} // namespace rd::ui
