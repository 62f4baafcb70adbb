#include "faultlab/FaultLabScreens.h"

#include "faultlab/FaultLabPanel.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/HarnessWait.h"
#include "screenshots/ScreenCatalog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace rd::ui {

namespace {
const QSize kSize(640, 600);

// A panel on its own small sandbox (the panel's child, so it lives as long as the picture).
std::unique_ptr<FaultLabPanel> panel(ScreenContext &c) {
    sandbox::SandboxOptions o;
    o.datasetSize = 8;
    o.listCount = 0;
    auto *server = new sandbox::SandboxServer(c.clock(), o);
    server->listen();
    auto p = std::make_unique<FaultLabPanel>(*server);
    server->setParent(p.get()); // after the controller: deleted after it
    return p;
}

// `count` GETs of the listing over loopback, each waited for: the live line has numbers to show.
void sendRequests(ScreenContext &c, sandbox::SandboxServer &server, int count) {
    QNetworkAccessManager net;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(
            server.baseUrl().resolved(QUrl(QStringLiteral("/v1/validations?limit=1"))));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + sandbox::kDemoUpdateKey);
        QNetworkReply *reply = net.get(request);
        waitOnFakeClock(
            c.clock(), [reply] { return reply->isFinished(); }, 0, 2000);
        delete reply;
    }
}
} // namespace

void addFaultLabScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("faultlab_normal"), kSize,
                 [](ScreenContext &c) { return std::unique_ptr<QWidget>(panel(c).release()); }});
    // A storm under way: four of the five requests answered 429 (Retry-After 3 s).
    catalog.add({QStringLiteral("faultlab_429_storm"), kSize, [](ScreenContext &c) {
                     auto p = panel(c);
                     sendRequests(c, p->controller().server(), 1);
                     p->controller().applyPreset(FaultLabController::Preset::RateLimitStorm);
                     p->controller().setRetryAfterSeconds(3);
                     sendRequests(c, p->controller().server(), 4);
                     return std::unique_ptr<QWidget>(p.release());
                 }});
}

} // namespace rd::ui
