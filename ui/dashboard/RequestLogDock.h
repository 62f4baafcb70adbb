// RequestLogDock: the client's request log (one row per attempt, redacted) in a dock window.
#pragma once

#include <QDockWidget>

class QTableView;

namespace rd::net {
class RequestLog;
}

namespace rd::ui {

class RequestLogDock : public QDockWidget {
    Q_OBJECT
public:
    RequestLogDock(net::RequestLog &log, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
    bool m_following = true; // the view shows the newest attempt (the user did not scroll up)
};

} // namespace rd::ui
