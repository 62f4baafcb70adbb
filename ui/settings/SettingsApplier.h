// SettingsApplier: makes each preference of AppSettings take effect without a restart — sync
// intervals on every connection's service, timeouts on every API client, the proxy, the theme's
// palette, times in local time or UTC on every open screen, and the language (the window rebuilds
// what tr() built when languageApplied() is emitted).
#pragma once

#include "storage/AppSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace rd {
class ListServiceRegistry;
class ValidationServiceRegistry;
} // namespace rd

namespace rd::ui {

class SettingsApplier : public QObject {
    Q_OBJECT
public:
    // Applies everything but the theme and the language now (a "system" theme leaves the palette
    // as it is; main() installed the language), and every change from then on.
    SettingsApplier(AppSettings &settings, ValidationServiceRegistry &validations,
                    ListServiceRegistry &lists, QObject *parent = nullptr);

    // A screen just opened (ValidationsScreen or ListsScreen): it shows times as chosen, and its
    // UTC toggle (Ctrl+U) changes the preference for every screen.
    void adopt(QWidget *screen);

    static Qt::TimeSpec timeSpecOf(AppSettings::TimeZone zone);
    // System: the platform's palette; Light and Dark: RetryDesk's (ThemePalettes).
    static void applyTheme(AppSettings::Theme theme);

signals:
    // Translations for the new language are installed: whatever tr() built must be built again.
    void languageApplied(const QString &language);

private:
    void applySyncIntervals();
    void applyListsPolling();
    void applyTimeouts();
    void applyTimeZone();
    void applyTimeZoneTo(QWidget *screen);

    AppSettings &m_settings;
    ValidationServiceRegistry &m_validations;
    ListServiceRegistry &m_lists;
    QList<QPointer<QWidget>> m_screens;
};

} // namespace rd::ui
