// retrydesk-sandbox: the sandbox server as a standalone tool (thin; see SandboxCli).
#include "core/SystemClock.h"
#include "sandbox/SandboxCli.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/ScaledClock.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retrydesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRYDESK_VERSION));
    rd::sandbox::SandboxCliConfig config;
    QString message;
    int exitCode = 0;
    QTextStream out(stdout);
    if (!rd::sandbox::parseSandboxCli(app.arguments(), &config, &message, &exitCode)) {
        if (exitCode == 0) {
            out << message << Qt::endl;
        } else {
            QTextStream(stderr) << message << Qt::endl;
        }
        return exitCode;
    }
    rd::sandbox::ScaledClock clock(*rd::SystemClock::instance(), config.timeScale);
    rd::sandbox::SandboxServer server(clock, config.options);
    server.setFaults(config.faults);
    if (!config.quiet) {
        QObject::connect(
            &server, &rd::sandbox::SandboxServer::requestHandled, &server,
            [&out](const QString &method, const QString &path, int status, const QString &fault) {
                out << method << ' ' << path << ' ' << status
                    << (fault.isEmpty() ? QString() : QStringLiteral(" fault=") + fault)
                    << Qt::endl;
            });
    }
    if (!server.listen(QHostAddress(config.bind), config.port)) {
        QTextStream(stderr) << "Cannot listen on " << config.bind << ':' << config.port
                            << "; is another sandbox running? Try --port 0." << Qt::endl;
        return 1;
    }
    out << "retrydesk-sandbox listening on http://" << config.bind << ':' << server.port()
        << " (seed " << config.options.seed << ", time scale " << config.timeScale << ", wire "
        << rd::sandbox::toString(config.options.wire) << ')' << Qt::endl;
    for (const rd::sandbox::WebhookSubscription &w : server.webhooks()) {
        out << "webhooks of " << w.userId << " go to " << w.url.toString() << " (" << w.id
            << ", duplicate rate " << w.duplicateRate << ')' << Qt::endl;
    }
    return app.exec();
}
