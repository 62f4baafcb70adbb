// EmptyStateWidget: what the main window shows before any connection exists: what to do next.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd::ui {

class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

signals:
    void demoRequested();
    void addConnectionRequested();

private:
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_demoButton;
    QPushButton *m_addButton;
};

} // namespace rd::ui
