// ValidationsScreen: the validations workspace — composes the filters, the table, the detail
// panel, the policy form, the outage banner, the status line and the request-log dock over one
// ValidationService. It only observes the service and forwards the user's commands to it.
#pragma once

#include "api/ValidationDetail.h"
#include "services/WriteOutcome.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QSplitter;
class QStackedWidget;

namespace rd {
class ForecastFeed;
class ValidationService;
class ValidationTableView;
class WatchList;
} // namespace rd

namespace rd::ui {

class BulkController;
class BulkRunHost;
class CancelCycleDialog;
class DashboardStatusBar;
class DetailPanel;
class FilterBar;
class ForecastController;
class ForecastPanel;
class OutageBanner;
class RequestLogDock;
class RetryPolicyForm;
class WatchController;
struct DashboardActions;

class ValidationsScreen : public QWidget {
    Q_OBJECT
public:
    ValidationsScreen(ValidationService &service, const QString &connectionName,
                      QWidget *parent = nullptr);
    ~ValidationsScreen() override;

    // How a cancel is confirmed; the default runs the dialog modally. Tests answer it.
    using ConfirmCancel = std::function<bool(CancelCycleDialog &)>;
    void setConfirmCancel(ConfirmCancel confirm) { m_confirm = std::move(confirm); }

    void selectValidation(const QString &id);
    // A link's validation (retrydesk://validations/<id>): selected and shown when the table holds
    // it (after the first load, when one runs); otherwise fetched by id (GET
    // /v1/validations/{id}) and shown, or the detail says it was not found.
    void openValidation(const QString &id);
    // The connection name Copy link writes (the saved name: a demo's is shown with "(demo)").
    void setLinkConnection(const QString &name) { m_linkConnection = name; }
    // retrydesk://validations/<id>?connection=<name> on this screen's connection.
    QString linkTo(const QString &id) const;
    QString selectedId() const;
    void editPolicy();
    void cancelCycle();
    void setTimeSpec(Qt::TimeSpec spec);
    // Opens the list of rows that could not be read (status line's Show…).
    void showUnreadableRows();
    // The rows shown (filtered, in view order) as CSV; false when cancelled or not written.
    bool exportCsv();
    using AskPath = std::function<QString()>;
    void setExportPath(AskPath ask) { m_askPath = std::move(ask); }

    ValidationService &service() const { return m_service; }
    ValidationTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }
    DetailPanel *detailPanel() const { return m_detail; }
    RetryPolicyForm *policyForm() const { return m_form; }
    OutageBanner *banner() const { return m_banner; }
    DashboardStatusBar *statusLine() const { return m_status; }
    RequestLogDock *logDock() const { return m_log; }
    const DashboardActions &commands() const { return *m_actions; }
    // Bulk runs, the activity log and the outbox's banners (ui/bulk).
    BulkController &bulk() const { return *m_bulk; }
    // The window's run host, so runs outlive this screen (set before any run starts).
    void setBulkHost(BulkRunHost *host);
    bool isEditingPolicy() const;
    // The connection's watchlist (ValidationServiceRegistry makes it; not owned): the ID
    // column's stars, Watch (Ctrl+D) and the Watched filter (ui/watch). Null: none.
    void setWatchList(WatchList *list);
    WatchController &watch() const { return *m_watch; }
    // The retry forecast above the table (Ctrl+Shift+F shows or hides it); a bar filters the
    // table to the cycles due in it.
    ForecastPanel *forecast() const;
    ForecastFeed &forecastFeed() const;
    void setForecastVisible(bool visible);

signals:
    // A write finished (tests and the window's status bar).
    void writeFinished(const rd::WriteOutcome &outcome);

private:
    QWidget *buildToolRow();
    void connectService();
    void onCurrentChanged();
    void onDetailLoaded(const api::ValidationDetail &detail, const QString &requestId);
    void closeForm();
    void updateCounts();
    QDateTime serverNow() const;

    ValidationService &m_service;
    std::unique_ptr<DashboardActions> m_actions;
    FilterBar *m_filters;
    OutageBanner *m_banner;
    ValidationTableView *m_table;
    QStackedWidget *m_side;
    DetailPanel *m_detail;
    RetryPolicyForm *m_form;
    DashboardStatusBar *m_status;
    RequestLogDock *m_log;
    BulkController *m_bulk = nullptr;
    WatchController *m_watch = nullptr;
    ForecastController *m_forecast = nullptr;
    QComboBox *m_interval = nullptr;
    QComboBox *m_fullInterval = nullptr;
    QComboBox *m_timeSpec = nullptr;
    ConfirmCancel m_confirm;
    QString m_linkConnection;
    QString m_openWhenLoaded; // a link that came while the table loads
    AskPath m_askPath;
};

} // namespace rd::ui
