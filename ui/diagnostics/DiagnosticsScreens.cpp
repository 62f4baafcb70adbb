#include "diagnostics/DiagnosticsScreens.h"

#include "app/AppContext.h"
#include "diagnostics/AboutDialog.h"
#include "diagnostics/DiagnosticsDialog.h"
#include "diagnostics/DiagnosticsReport.h"
#include "screenshots/ScreenCatalog.h"

#include <QListWidget>
#include <QSettings>

namespace rd::ui {

diag::BuildInfo screenBuildInfo() {
    return {QStringLiteral("0.1.0"),
            QStringLiteral("RelWithDebInfo, GCC 12.2.0, x86_64-little_endian-lp64"),
            QStringLiteral("6.4.2"),
            QStringLiteral("6.4.2"),
            QStringLiteral("0.13.2"),
            QStringLiteral("3.0.1"),
            QStringLiteral("https://example.invalid/retrydesk")};
}

diag::DiagnosticsInput screenDiagnosticsInput(ScreenContext &c) {
    QSettings &s = c.app().settings();
    s.setValue(QStringLiteral("connections/1/name"), QStringLiteral("Production"));
    s.setValue(QStringLiteral("connections/1/baseUrl"), QStringLiteral("https://api.veriko.mx"));
    s.setValue(QStringLiteral("connections/1/apiKey"), QStringLiteral("left over by an old build"));
    s.setValue(QStringLiteral("ui/timeZone"), QStringLiteral("utc"));
    s.setValue(QStringLiteral("watch/notify/exhausted"), true);

    diag::DiagnosticsInput in;
    in.generatedAt = c.clock().utcNow();
    in.build = screenBuildInfo();
    in.operatingSystem = QStringLiteral("Debian GNU/Linux 12 (bookworm), linux 6.1.0, x86_64");
    in.platformPlugin = QStringLiteral("xcb");
    in.screens = {{QStringLiteral("HDMI-1"), QSize(2560, 1440), 1.25, true},
                  {QStringLiteral("eDP-1"), QSize(1280, 800), 2.0, false}};
    in.locale = QStringLiteral("en_US");
    in.uiLanguages = {QStringLiteral("en-US"), QStringLiteral("es-MX")};
    in.settings = diag::DiagnosticsReport::readSettings(s);
    in.connections = {{QStringLiteral("Production"),
                       QStringLiteral("validations"),
                       QStringLiteral("https://api.veriko.mx"),
                       QStringLiteral("keychain"),
                       false,
                       diag::ConnectionInfo::Key::Present,
                       {}},
                      {QStringLiteral("Lists (staging)"),
                       QStringLiteral("lists"),
                       QStringLiteral("https://staging.cliova.com"),
                       QStringLiteral("keychain"),
                       false,
                       diag::ConnectionInfo::Key::Absent,
                       {}}};
    in.logFolder = QStringLiteral("/home/ana/.local/share/RetryDesk/logs");
    const QDateTime t0 = c.clock().utcNow().addSecs(-90);
    const struct {
        int second;
        const char *method;
        const char *path;
        int status;
        const char *requestId;
        int attempt;
        int ms;
        const char *outcome;
    } rows[] = {
        {0, "GET", "/v1/validations?retry_state=pending&limit=100", 200, "req_01HZX4K2M9", 1, 84,
         "ok"},
        {12, "PUT", "/v1/validations/0000000a-0000-4000-8000-000000000001/retry-policy", 502,
         "req_01HZX4K3QF", 1, 131, "HTTP 502"},
        {14, "PUT", "/v1/validations/0000000a-0000-4000-8000-000000000001/retry-policy", 200,
         "req_01HZX4K3TZ", 2, 97, "ok"},
        {40, "GET", "/v1/account", 401, "req_01HZX4K6AB", 1, 22, "HTTP 401"},
    };
    for (const auto &r : rows) {
        in.requests.append({t0.addSecs(r.second), QStringLiteral("Production"),
                            QLatin1String(r.method), QLatin1String(r.path), r.status,
                            QLatin1String(r.requestId), r.attempt, r.ms, QLatin1String(r.outcome)});
    }
    return in;
}

void addDiagnosticsScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("about_dialog"), QSize(720, 520), [](ScreenContext &) {
                     return std::unique_ptr<QWidget>(new AboutDialog(screenBuildInfo()));
                 }});
    // The licences tab on Qt Charts: a GPL component, its text below.
    catalog.add({QStringLiteral("about_dialog_licenses"), QSize(720, 520), [](ScreenContext &) {
                     auto dialog = std::make_unique<AboutDialog>(screenBuildInfo());
                     dialog->showLicenses(1);
                     return std::unique_ptr<QWidget>(dialog.release());
                 }});
    catalog.add({QStringLiteral("diagnostics_dialog"), QSize(760, 560), [](ScreenContext &c) {
                     const diag::DiagnosticsInput in = screenDiagnosticsInput(c);
                     return std::unique_ptr<QWidget>(new DiagnosticsDialog(
                         diag::DiagnosticsReport::render(in), in.logFolder, in.generatedAt));
                 }});
}

} // namespace rd::ui
