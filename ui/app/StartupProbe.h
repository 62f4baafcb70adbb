// StartupProbe: with RETRYDESK_STARTUP_PROBE=1 the window prints one line on stdout once its first
// frame is painted, then quits. tests/bench/app times a cold start with it, against a bare Qt
// window that includes this same header (so both report the same moment). Without the variable
// nothing is attached and nothing changes: the start-up itself is the ordinary one.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace rd::ui {

class StartupProbe : public QObject {
public:
    static void attachIfRequested(QWidget &window, const char *name) {
        if (qEnvironmentVariableIntValue("RETRYDESK_STARTUP_PROBE") == 1) {
            window.installEventFilter(new StartupProbe(name, &window));
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // A zero timer runs after this paint pass: every widget painted and the frame flushed.
            QTimer::singleShot(0, QCoreApplication::instance(), [name = m_name] {
                std::printf("startup-probe: %s first frame painted\n", name);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    StartupProbe(const char *name, QObject *parent)
        : QObject(parent)
        , m_name(name) {}

    const char *m_name;
    bool m_painted = false;
};

} // namespace rd::ui
