#include "settings/SettingsApplier.h"

#include "app/Translations.h"
#include "dashboard/DashboardActions.h"
#include "dashboard/ValidationsScreen.h"
#include "lists/ListsScreen.h"
#include "models/ListTableModel.h"
#include "net/RequestLog.h"
#include "services/ListServiceRegistry.h"
#include "services/ValidationServiceRegistry.h"
#include "settings/ProxyFactory.h"
#include "settings/ThemePalettes.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace rd::ui {

SettingsApplier::SettingsApplier(AppSettings &settings, ValidationServiceRegistry &validations,
                                 ListServiceRegistry &lists, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_validations(validations)
    , m_lists(lists) {
    applySyncIntervals();
    applyListsPolling();
    applyTimeouts();
    ProxyFactory::install(m_settings.values());
    if (m_settings.theme() != AppSettings::Theme::System) {
        applyTheme(m_settings.theme());
    }
    connect(&m_settings, &AppSettings::syncIntervalsChanged, this,
            &SettingsApplier::applySyncIntervals);
    connect(&m_settings, &AppSettings::listsPollingChanged, this,
            &SettingsApplier::applyListsPolling);
    connect(&m_settings, &AppSettings::timeoutsChanged, this, &SettingsApplier::applyTimeouts);
    connect(&m_settings, &AppSettings::proxyChanged, this,
            [this] { ProxyFactory::install(m_settings.values()); });
    connect(&m_settings, &AppSettings::themeChanged, this, &SettingsApplier::applyTheme);
    connect(&m_settings, &AppSettings::timeZoneChanged, this, &SettingsApplier::applyTimeZone);
    connect(&m_settings, &AppSettings::languageChanged, this, [this](const QString &language) {
        emit languageApplied(Translations::install(language));
    });
}

Qt::TimeSpec SettingsApplier::timeSpecOf(AppSettings::TimeZone zone) {
    return zone == AppSettings::TimeZone::Utc ? Qt::UTC : Qt::LocalTime;
}

void SettingsApplier::applyTheme(AppSettings::Theme theme) {
    if (theme == AppSettings::Theme::System) {
        // A palette without resolved roles: Qt falls back to the platform theme's (or the
        // style's standard) palette.
        QApplication::setPalette(QPalette());
        return;
    }
    // Some native styles (Windows' "windowsvista", macOS') draw with the system's colours and
    // ignore a palette: RetryDesk's palettes need Fusion there.
    const QString style = QApplication::style()->name();
    if (style == QLatin1String("windowsvista") || style == QLatin1String("macos")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette() : lightPalette());
}

void SettingsApplier::applySyncIntervals() {
    const AppSettings::Values &v = m_settings.values();
    m_validations.setSyncIntervals(PollInterval(v.validationsPollSeconds),
                                   Millis(qint64(v.fullRefreshMinutes) * 60'000));
}

void SettingsApplier::applyListsPolling() {
    const AppSettings::Values &v = m_settings.values();
    m_lists.setPollBackoff(Millis(qint64(v.listsFirstPollSeconds) * 1000),
                           Millis(qint64(v.listsMaxPollSeconds) * 1000));
}

void SettingsApplier::applyTimeouts() {
    const AppSettings::Values &v = m_settings.values();
    m_validations.hosts().setTimeouts(Millis(qint64(v.requestTimeoutSeconds) * 1000),
                                      Millis(qint64(v.totalTimeoutSeconds) * 1000));
}

void SettingsApplier::adopt(QWidget *screen) {
    if (!screen) {
        return;
    }
    m_screens.removeAll(nullptr);
    m_screens.append(screen);
    applyTimeZoneTo(screen);
    if (auto *validations = qobject_cast<ValidationsScreen *>(screen)) {
        // Ctrl+U and the toolbar's zone box are the same preference, not a second one.
        connect(validations->commands().toggleUtc, &QAction::toggled, this, [this](bool utc) {
            AppSettings::Values v = m_settings.values();
            v.timeZone = utc ? AppSettings::TimeZone::Utc : AppSettings::TimeZone::Local;
            m_settings.apply(v);
        });
    }
}

void SettingsApplier::applyTimeZone() {
    m_screens.removeAll(nullptr);
    for (const QPointer<QWidget> &screen : std::as_const(m_screens)) {
        applyTimeZoneTo(screen);
    }
}

void SettingsApplier::applyTimeZoneTo(QWidget *screen) {
    const Qt::TimeSpec spec = timeSpecOf(m_settings.timeZone());
    if (auto *validations = qobject_cast<ValidationsScreen *>(screen)) {
        validations->setTimeSpec(spec); // table, detail, forecast, status line, request log
    } else if (auto *lists = qobject_cast<ListsScreen *>(screen)) {
        lists->service().model().setTimeSpec(spec); // table and detail
        lists->service().requestLog().setTimeSpec(spec);
    }
}

} // namespace rd::ui
