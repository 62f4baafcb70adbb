#include "screenshots/ScreenCatalog.h"

#include "app/AppContext.h"
#include "bulk/BulkScreens.h"
#include "connections/ConnectionsScreens.h"
#include "dashboard/DashboardScreens.h"
#include "forecast/ForecastScreens.h"
#include "lists/ListsScreens.h"
#include "mainwindow/MainWindowScreens.h"
#include "storage/MemorySecretStore.h"
#include "validations/TimelineScreens.h"
#include "watch/WatchScreens.h"

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
        return c;
    }();
    return catalog;
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
