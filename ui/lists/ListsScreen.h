// ListsScreen: one bulk-lists connection (seed 000) — the lists with their progress and retry
// chains, the selected list's detail, retries (one, or the selection) with seed 000's rules, and
// CSV export of what is shown.
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace rd {
class ListService;
struct ListRetryOutcome;
} // namespace rd

class QVBoxLayout;

namespace rd::ui {
class NoticeBanner;
}

namespace rd::ui {

class ListFilterProxy;
class ListRetryConfirmDialog;
class ListRetryResultsDialog;

class ListsScreen : public QWidget {
    Q_OBJECT
public:
    ListsScreen(ListService &service, const QString &connectionName, QWidget *parent = nullptr);
    ~ListsScreen() override;

    // How a retry is confirmed; the default runs the dialog modally. Tests answer it.
    using Confirm = std::function<bool(ListRetryConfirmDialog &)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Where the CSV goes; the default asks with a file dialog. Tests give a path.
    using AskPath = std::function<QString()>;
    void setExportPath(AskPath ask) { m_askPath = std::move(ask); }

    void selectList(const QString &id);
    QString selectedId() const;
    QStringList selectedIds() const;
    void retrySelected();   // the current list, or every selected one
    bool exportCsv();       // false when cancelled or the file could not be written

    ListService &service() const { return m_service; }
    QTableView *table() const { return m_table; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *detailMessage() const { return m_message; }
    QString statusText() const;
    QString detailText() const;
    ListRetryResultsDialog *lastResults() const { return m_results; }
    void updateRetryButton(); // the countdown (also every second by a timer)

    // The banners of the connection's outbox: a damaged file kept aside, and list retries the
    // last session left unfinished (Resume resends them with their journaled keys and bytes).
    NoticeBanner *outboxProblemBanner() const { return m_outboxProblem; }
    NoticeBanner *unfinishedBanner() const { return m_unfinished; }

signals:
    void retryFinished(const rd::ListRetryOutcome &outcome);

private:
    void addOutboxBanners(QVBoxLayout *layout); // hidden until checkOutbox() has news
    void checkOutbox();
    QWidget *buildToolRow();
    QWidget *buildDetail();
    void showDetail();
    void updateStatus();
    void startRetries(const QStringList &ids);

    ListService &m_service;
    QString m_connectionName;
    NoticeBanner *m_outboxProblem = nullptr;
    NoticeBanner *m_unfinished = nullptr;
    ListFilterProxy *m_proxy;
    QTableView *m_table;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fields = nullptr;
    QListWidget *m_chain = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_tick;
    QAction *m_refreshAction = nullptr;
    QString m_shownId; // the list the detail shows
    Confirm m_confirm;
    AskPath m_askPath;
    ListRetryResultsDialog *m_results = nullptr;
};

} // namespace rd::ui
