// OutageBanner: the strip above the table while the server is unreachable or the retry budget is
// empty; it hides itself as soon as the connection is healthy again.
#pragma once

#include "services/ConnectionHealth.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace rd::ui {

class OutageBanner : public QFrame {
    Q_OBJECT
public:
    explicit OutageBanner(QWidget *parent = nullptr);
    void setHealth(const ConnectionHealth &health);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace rd::ui
