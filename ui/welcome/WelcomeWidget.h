// WelcomeWidget: the first-run page: what RetryDesk is for and the two ways to start (the demo
// on the built-in sandbox, or one's own connection).
#pragma once

#include <QWidget>

class QPushButton;

namespace rd::ui {

class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

signals:
    void demoRequested();
    void addConnectionRequested();
    void dismissed();
};

} // namespace rd::ui
