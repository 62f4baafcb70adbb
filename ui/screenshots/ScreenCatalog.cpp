#include "screenshots/ScreenCatalog.h"

#include "app/AppContext.h"
#include "app/Translations.h"
#include "bulk/BulkScreens.h"
#include "connections/ConnectionsScreens.h"
#include "dashboard/DashboardScreens.h"
#include "diagnostics/DiagnosticsScreens.h"
#include "faultlab/FaultLabScreens.h"
#include "forecast/ForecastScreens.h"
#include "lists/ListsScreens.h"
#include "mainwindow/MainWindowScreens.h"
#include "storage/MemorySecretStore.h"
#include "settings/SettingsScreens.h"
#include "validations/TimelineScreens.h"
#include "watch/WatchScreens.h"
#include "webhooks/WebhookScreens.h"

#include <QSettings>
#include <QTemporaryDir>

namespace rd::ui {

ScreenContext::ScreenContext()
    : m_clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
    , m_dir(std::make_unique<QTemporaryDir>())
    , m_app(std::make_unique<AppContext>(
          m_clock,
          std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                      QSettings::IniFormat),
          std::make_unique<MemorySecretStore>())) {}

ScreenContext::~ScreenContext() = default;

const ScreenCatalog &ScreenCatalog::instance() {
    static const ScreenCatalog catalog = [] {
        ScreenCatalog c;
        addMainWindowScreens(c);
        addConnectionsScreens(c);
        addDashboardScreens(c);
        addForecastScreens(c);
        addListsScreens(c);
        addBulkScreens(c);
        addWatchScreens(c);
        addTimelineScreens(c);
        addDiagnosticsScreens(c);
        addSettingsScreens(c);
        addFaultLabScreens(c);
        addWebhookScreens(c);
        return c;
    }();
    return catalog;
}

QString ScreenVariant::suffix() const {
    QString s = u'_' + themeName(theme);
    if (!language.isEmpty()) {
        s += u'_' + language;
    }
    if (devicePixelRatio != 1.0) {
        s += u'@' + QString::number(devicePixelRatio) + u'x';
    }
    return s;
}

ScreenVariantScope::ScreenVariantScope(const ScreenVariant &variant)
    : m_translated(!variant.language.isEmpty()) {
    RenderEnvironment::applyTheme(variant.theme);
    if (m_translated) {
        Translations::install(variant.language);
    }
}

ScreenVariantScope::~ScreenVariantScope() {
    if (m_translated) {
        Translations::install(QStringLiteral("en"));
    }
    RenderEnvironment::applyTheme(Theme::Light);
    RenderEnvironment::applyLocale();
}

const QStringList &ScreenCatalog::mainScreens() {
    static const QStringList names = {
        QStringLiteral("main_window_welcome"),
        QStringLiteral("connections_dialog_verdict_ok"),
        QStringLiteral("dashboard_table"),
        QStringLiteral("dashboard_detail_timeline"),
        QStringLiteral("dashboard_form_server_422"),
        QStringLiteral("dashboard_forecast_bar_filter"),
        QStringLiteral("lists_mixed"),
        QStringLiteral("bulk_progress"),
        QStringLiteral("settings_dialog"),
    };
    return names;
}

QList<ScreenVariant> ScreenCatalog::variants(const QString &stateName) {
    QList<ScreenVariant> out;
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        out.append({theme, {}, 1.0});
    }
    if (mainScreens().contains(stateName)) {
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            out.append({theme, QStringLiteral("es"), 1.0});
        }
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            out.append({theme, {}, 2.0});
        }
    }
    return out;
}

std::optional<ScreenState> ScreenCatalog::find(const QString &name) const {
    for (const ScreenState &s : m_states) {
        if (s.name == name) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace rd::ui
