// CliApp: one run of retrydesk-cli — parses the command line, connects (environment key or a
// saved profile + keychain), runs the command on the event loop and returns its exit code.
#pragma once

#include "api/ListsApi.h"
#include "api/ValidationsApi.h"
#include "cli/ExitCode.h"
#include "cli/Invocation.h"
#include "cli/Printer.h"
#include "net/ApiClient.h"
#include "net/RequestLog.h"

#include <QEventLoop>
#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace rd {
class Clock;
class ConnectionRegistry;
class ProfileStore;
class SecretStore;
} // namespace rd
class QSettings;

namespace rd::cli {

class CliApp : public QObject {
    Q_OBJECT
public:
    // env: where RETRYDESK_API_KEY and RETRYDESK_CLI_TIME_SCALE are read.
    CliApp(QTextStream &out, QTextStream &err, QProcessEnvironment env, Clock &clock);
    ~CliApp() override;

    // Blocks (in a local event loop) until the command has finished.
    int run(const QStringList &arguments);
    // Whether stdout is a terminal (main() asks the OS): states are coloured there unless
    // NO_COLOR is set; RETRYDESK_COLOR=always|never overrides either way.
    void setStdoutIsTerminal(bool terminal) { m_terminal = terminal; }

    // For the commands.
    const Invocation &invocation() const { return m_inv; }
    Printer &printer() { return *m_printer; }
    Clock &clock() { return m_clock; }
    api::ValidationsApi &validations() { return *m_validations; }
    api::ListsApi &lists() { return *m_lists; }
    // The connection's client (listings; single writes of `outbox resume` on a lists connection).
    net::ApiClient &client() { return *m_client; }
    // The API the connection speaks (the command's, or for `outbox` the profile's or --kind).
    Api api() const { return m_api; }
    // Which connection this is, for its outbox: the saved profile's id (--profile), else the id
    // connectionIdFor(--base-url), so every run against one URL shares one outbox.
    QString connectionId() const { return m_connectionId; }
    // "url-" + the first 16 hex digits of the SHA-256 of the base URL (without a trailing '/').
    static QString connectionIdFor(const QUrl &baseUrl);
    // RETRYDESK_OUTBOX_DIR, else outbox::Outbox::defaultDirectory(): the window's folder, so the
    // CLI and the window journal a connection's writes in the same file.
    QString outboxDirectory() const;
    double timeScale() const { return m_timeScale; }
    // -v: the attempts of op and its waits on stderr.
    net::Operation *trace(net::Operation *op);
    // The command line to repeat with --idempotency-key to reconcile a write (no key in it:
    // keys come from the environment or the keychain).
    QString reconcileCommand() const { return m_reconcile; }
    // The same for one id of a multi-id command (lists retry A B: the line with only A).
    QString reconcileCommandFor(const QString &id) const;
    // Ends the run with this code (the first call wins).
    void finish(ExitCode code);
    // Ctrl-C: cancels every request under way (each unsettled write prints the key and command
    // that reconcile it) and ends the run with ExitCode::Interrupted.
    void interrupt();
    // While set, Ctrl-C calls this instead of cancelling every request, so a bulk run can stop
    // gracefully (requests under way finish); the command then finishes as usual and exits with
    // ExitCode::Interrupted. Pass {} to clear.
    void setInterruptHandler(std::function<void()> handler) { m_onInterrupt = std::move(handler); }
    bool interrupted() const { return m_interrupted; }
    // Keeps a command's helper (a bulk session) alive until the run ends; destroyed before the
    // client and the APIs it may use.
    template <typename T> T *keep(std::unique_ptr<T> object) {
        T *raw = object.get();
        m_kept.push_back(std::move(object));
        return raw;
    }
    // Prints the failed call and finishes with its class's exit code.
    void fail(const net::Result &r, const QString &decodeError, bool write = false);

private:
    void connectWithKey(const QUrl &baseUrl, Api api, const QString &key);
    void connectProfile();
    void dispatch();

    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_env;
    Clock &m_clock;
    Invocation m_inv;
    std::unique_ptr<Printer> m_printer;
    double m_timeScale = 1.0;
    QString m_reconcile;
    QString m_connectionId;
    Api m_api = Api::Validations;
    std::function<void()> m_onInterrupt;
    QStringList m_arguments;
    net::RequestLog m_log;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<api::ValidationsApi> m_validations;
    std::unique_ptr<api::ListsApi> m_lists;
    std::vector<std::unique_ptr<QObject>> m_kept; // after m_client: destroyed before it
    // --profile: the same settings and keychain entries as the window.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_session;
    std::unique_ptr<ConnectionRegistry> m_registry;
    QEventLoop m_loop;
    bool m_finished = false;
    bool m_terminal = false;
    bool m_interrupted = false;
    int m_exitCode = 0;
};

} // namespace rd::cli
