#include "diagnostics/DiagnosticsCollector.h"

#include "app/AppContext.h"
#include "core/Clock.h"
#include "diagnostics/LogFiles.h"
#include "diagnostics/MessageLog.h"
#include "net/RequestLog.h"
#include "services/ListServiceRegistry.h"
#include "services/ValidationServiceRegistry.h"
#include "storage/ConnectionRegistry.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPointer>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace rd::ui {

DiagnosticsCollector::DiagnosticsCollector(AppContext &context,
                                           ValidationServiceRegistry *validations,
                                           ListServiceRegistry *lists, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_validations(validations)
    , m_lists(lists) {}

void DiagnosticsCollector::addPlatform(diag::DiagnosticsInput &input) {
    input.platformPlugin = QGuiApplication::platformName();
    const QScreen *primary = QGuiApplication::primaryScreen();
    const auto screens = QGuiApplication::screens();
    for (const QScreen *s : screens) {
        input.screens.append({s->name(), s->size(), s->devicePixelRatio(), s == primary});
    }
    input.locale = QLocale().name();
    input.uiLanguages = QLocale().uiLanguages();
}

void DiagnosticsCollector::addRequests(diag::DiagnosticsInput &input, const net::RequestLog &log,
                                       const QString &connection) {
    for (int row = 0; row < log.rowCount(); ++row) {
        const net::RequestLog::Entry &e = log.entry(row);
        input.requests.append({e.time, connection, e.method, e.path, e.status, e.requestId,
                               e.attempt, e.durationMs, e.outcome});
    }
}

diag::DiagnosticsInput DiagnosticsCollector::collectNow() const {
    diag::DiagnosticsInput in;
    in.generatedAt = m_context.clock().utcNow();
    in.build = diag::BuildInfo::current();
    in.operatingSystem = diag::operatingSystem();
    addPlatform(in);
    in.settings = diag::DiagnosticsReport::readSettings(m_context.settings());
    if (const diag::MessageLog *log = diag::MessageLog::current()) {
        in.logFolder = log->files().directory();
        in.logProblem = log->files().problem();
        in.droppedLogLines = log->files().droppedLines();
    } else {
        in.logFolder = diag::LogFiles::defaultDirectory();
        in.logging = false;
    }
    const auto connections = m_context.connections().connections();
    for (const ConnectionProfile &p : connections) {
        in.connections.append({p.name,
                               toWire(p.kind),
                               p.baseUrl.toString(),
                               p.keyStorage == KeyStorage::Keychain
                                   ? QStringLiteral("keychain")
                                   : QStringLiteral("session only"),
                               p.demo,
                               diag::ConnectionInfo::Key::Unknown,
                               {}});
        if (m_validations) {
            if (const ValidationService *s = m_validations->find(p.id)) {
                addRequests(in, s->requestLog(), p.name);
            }
        }
        if (m_lists) {
            if (const ListService *s = m_lists->find(p.id)) {
                addRequests(in, s->requestLog(), p.name);
            }
        }
    }
    std::stable_sort(
        in.requests.begin(), in.requests.end(),
        [](const diag::RequestInfo &a, const diag::RequestInfo &b) { return a.time < b.time; });
    return in;
}

void DiagnosticsCollector::collect(std::function<void(const diag::DiagnosticsInput &)> done) {
    struct Pending {
        diag::DiagnosticsInput input;
        int waiting = 0;
        std::function<void(const diag::DiagnosticsInput &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->input = collectNow();
    pending->done = std::move(done);
    const auto connections = m_context.connections().connections();
    pending->waiting = int(connections.size());
    if (pending->waiting == 0) {
        pending->done(pending->input);
        return;
    }
    QPointer<DiagnosticsCollector> self(this);
    for (int i = 0; i < connections.size(); ++i) {
        // Whether a key is there, never the key: the report only says yes, no or why unknown.
        m_context.connections().readKey(
            connections.at(i).id, [self, pending, i](const SecretResult &r) {
                if (!self) {
                    return;
                }
                diag::ConnectionInfo &c = pending->input.connections[i];
                if (r.ok()) {
                    c.key = r.secret.isEmpty() ? diag::ConnectionInfo::Key::Absent
                                               : diag::ConnectionInfo::Key::Present;
                } else if (r.status == SecretResult::Status::NotFound) {
                    c.key = diag::ConnectionInfo::Key::Absent;
                } else {
                    c.keyNote = r.message;
                }
                if (--pending->waiting == 0) {
                    pending->done(pending->input);
                }
            });
    }
}

} // namespace rd::ui
