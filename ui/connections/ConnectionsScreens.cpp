#include "connections/ConnectionsScreens.h"

#include "app/AppContext.h"
#include "connections/ConnectionsDialog.h"
#include "screenshots/ScreenCatalog.h"
#include "storage/ProfileStore.h"

namespace rd::ui {

namespace {

const QSize kDialogSize(900, 520);

// Two saved connections, the first selected: the dialog as a returning user sees it.
std::unique_ptr<ConnectionsDialog> dialogWithConnections(ScreenContext &c) {
    ConnectionProfile prod;
    prod.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    prod.name = QStringLiteral("Production");
    prod.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    ConnectionProfile lists;
    lists.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    lists.name = QStringLiteral("Staging lists");
    lists.kind = ApiKind::BulkLists;
    lists.baseUrl = QUrl(QStringLiteral("https://staging.example.com"));
    c.app().profiles().save(prod);
    c.app().profiles().save(lists);
    auto dialog = std::make_unique<ConnectionsDialog>(c.app().connections(), c.clock());
    dialog->selectConnection(prod.id);
    return dialog;
}

void addVerdict(ScreenCatalog &catalog, const char *name, ConnectionTestResult result) {
    catalog.add({QStringLiteral("connections_dialog_verdict_") + QLatin1String(name), kDialogSize,
                 [result](ScreenContext &c) -> std::unique_ptr<QWidget> {
                     auto dialog = dialogWithConnections(c);
                     dialog->showVerdict(result);
                     return dialog;
                 }});
}

} // namespace

void addConnectionsScreens(ScreenCatalog &catalog) {
    catalog.add(
        {QStringLiteral("connections_dialog"), kDialogSize,
         [](ScreenContext &c) -> std::unique_ptr<QWidget> { return dialogWithConnections(c); }});
    catalog.add({QStringLiteral("connections_dialog_new"), kDialogSize,
                 [](ScreenContext &c) -> std::unique_ptr<QWidget> {
                     return std::make_unique<ConnectionsDialog>(c.app().connections(), c.clock());
                 }});
    catalog.add(
        {QStringLiteral("connections_dialog_no_keychain"), kDialogSize,
         [](ScreenContext &c) -> std::unique_ptr<QWidget> {
             auto dialog = std::make_unique<ConnectionsDialog>(c.app().connections(), c.clock());
             // What KeychainSecretStore reports without a Secret Service (tests/keychain).
             dialog->showKeychainProblem(QObject::tr(
                 "The system keychain could not be used (Could not connect: No such file or "
                 "directory). Check that your keyring is running and unlocked, or keep the key "
                 "for this session only."));
             return dialog;
         }});
    const QString requestId = QStringLiteral("req_7f3a9c1e");
    addVerdict(catalog, "ok", {ConnectionVerdict::Ok, 200, requestId, {}});
    addVerdict(catalog, "bad_key", {ConnectionVerdict::BadKey, 401, requestId, {}});
    addVerdict(catalog, "no_permission", {ConnectionVerdict::NoPermission, 403, requestId, {}});
    addVerdict(catalog, "unreachable",
               {ConnectionVerdict::Unreachable, 0, {}, QStringLiteral("Connection refused")});
    addVerdict(catalog, "tls_error",
               {ConnectionVerdict::TlsError,
                0,
                {},
                QStringLiteral("The certificate is self-signed, and untrusted")});
    addVerdict(catalog, "insecure_http", {ConnectionVerdict::InsecureRefused, 0, {}, {}});
}

} // namespace rd::ui
