#include "cli/InterruptWatcher.h"

#include <QMetaObject>
#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace rd::cli {

namespace {
InterruptWatcher *g_watcher = nullptr;
} // namespace

#if defined(Q_OS_UNIX)

namespace {
int g_pipe[2] = {-1, -1}; // [0] written by the handler, [1] read on the event loop

// Async-signal-safe only: one write, and the default action back for a second Ctrl-C.
extern "C" void onSignal(int signo) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &byte, 1);
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(signo, &dfl, nullptr);
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent) {
    if (g_watcher || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        return; // one watcher per process; without a pipe the defaults stay
    }
    g_watcher = this;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_pipe[1], &byte, 1);
        emit interrupted();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

InterruptWatcher::~InterruptWatcher() {
    if (g_watcher != this) {
        return;
    }
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(SIGINT, &dfl, nullptr);
    ::sigaction(SIGTERM, &dfl, nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_watcher = nullptr;
}

#elif defined(Q_OS_WIN)

namespace {
// Runs on a thread of its own: hand the event to the watcher's thread, once.
BOOL WINAPI onConsoleEvent(DWORD type) {
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT) {
        return FALSE;
    }
    static bool seen = false;
    if (seen || !g_watcher) {
        return FALSE; // a second Ctrl-C: the default, which ends the process
    }
    seen = true;
    QMetaObject::invokeMethod(g_watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent) {
    if (!g_watcher) {
        g_watcher = this;
        SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    }
}

InterruptWatcher::~InterruptWatcher() {
    if (g_watcher == this) {
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
        g_watcher = nullptr;
    }
}

#else

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent) {}
InterruptWatcher::~InterruptWatcher() = default;

#endif

} // namespace rd::cli
