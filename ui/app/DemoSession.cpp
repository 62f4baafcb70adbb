#include "app/DemoSession.h"

#include "app/AppContext.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "storage/ConnectionRegistry.h"

namespace rd::ui {

DemoSession::DemoSession(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context) {}

DemoSession::~DemoSession() = default;

void DemoSession::start(std::function<void(const QString &, const QString &)> done) {
    if (m_server) {
        done(m_validationsId, {});
        return;
    }
    sandbox::SandboxOptions options;
    options.wire = m_seedsOnly ? sandbox::WireMode::SeedsOnly : sandbox::WireMode::Full;
    // Testers check exactly-once at GET /_admin/applied (docs/qa-checklist.md); loopback only.
    options.adminEnabled = true;
    auto server = std::make_unique<sandbox::SandboxServer>(m_context.clock(), options);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        done({},
             tr("The demo sandbox could not open a port on this computer (127.0.0.1). Check that "
                "no firewall blocks local connections, then try again."));
        return;
    }
    m_server = std::move(server);
    ConnectionProfile validations;
    validations.name = m_seedsOnly ? tr("Demo validations (seeds only)") : tr("Demo validations");
    validations.kind = ApiKind::Validations;
    validations.baseUrl = m_server->baseUrl();
    validations.keyStorage = KeyStorage::SessionOnly; // demo keys never go to the keychain
    validations.demo = true;
    // Fixed ids: each connection's outbox file is named after its id, so writes a demo left
    // unfinished are offered again the next time the demo starts.
    const QString suffix = m_seedsOnly ? QStringLiteral("-seeds-only") : QString();
    validations.id = QStringLiteral("demo-validations") + suffix;
    ConnectionProfile lists = validations;
    lists.id = QStringLiteral("demo-lists") + suffix;
    lists.name = m_seedsOnly ? tr("Demo bulk lists (seeds only)") : tr("Demo bulk lists");
    lists.kind = ApiKind::BulkLists;

    auto &registry = m_context.connections();
    registry.save(validations, QLatin1String(sandbox::kDemoUpdateKey),
                  [this, &registry, lists, done](const SecretResult &r) {
                      if (!r.ok()) {
                          done({}, r.message);
                          return;
                      }
                      m_validationsId = registry.lastSavedId();
                      registry.save(lists, QLatin1String(sandbox::kDemoListsKey),
                                    [this, done](const SecretResult &r2) {
                                        done(r2.ok() ? m_validationsId : QString(),
                                             r2.ok() ? QString() : r2.message);
                                    });
                  });
}

} // namespace rd::ui
