// DiagnosticsCollector: gathers what the diagnostics report needs from the running window — build,
// system and screens, settings, connections (whether each has a key, read from its store), the
// request logs of every connection's service, and the log files' state — then renders it.
#pragma once

#include "diagnostics/DiagnosticsReport.h"

#include <QObject>

#include <functional>

namespace rd {
class ListServiceRegistry;
class ValidationServiceRegistry;
namespace net {
class RequestLog;
}
} // namespace rd

namespace rd::ui {

class AppContext;

class DiagnosticsCollector : public QObject {
    Q_OBJECT
public:
    // The registries may be null (no service has been made for a kind).
    DiagnosticsCollector(AppContext &context, ValidationServiceRegistry *validations,
                         ListServiceRegistry *lists, QObject *parent = nullptr);

    // Calls done with the input once every connection's key store has answered (the OS keychain
    // answers asynchronously); on this object's thread, unless it is destroyed first.
    void collect(std::function<void(const diag::DiagnosticsInput &)> done);

    // The parts that need no key store: build, system, screens, settings, requests, log files.
    diag::DiagnosticsInput collectNow() const;

    // Screens, platform plugin and locale of this process's QGuiApplication.
    static void addPlatform(diag::DiagnosticsInput &input);
    // Every finished or running attempt of log, with its connection's name.
    static void addRequests(diag::DiagnosticsInput &input, const net::RequestLog &log,
                            const QString &connection);

private:
    AppContext &m_context;
    ValidationServiceRegistry *m_validations;
    ListServiceRegistry *m_lists;
};

} // namespace rd::ui
