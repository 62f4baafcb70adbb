#include "webhooks/WebhookScreens.h"

#include "screenshots/ScreenCatalog.h"
#include "webhooks/InspectorModel.h"
#include "webhooks/WebhookSchedule.h"
#include "webhooks/WebhooksScreen.h"

namespace rd::ui {

using namespace rd::webhooks;

namespace {
const QSize kSize(1200, 780);

// Three events as the receiver would have recorded them: one answered 500 seven times (seed 003's
// whole schedule), one accepted and then duplicated 3 s later, one whose first delivery carried a
// wrong signature.
std::unique_ptr<WebhooksScreen> inspector(ScreenContext &c, int selectRow) {
    auto screen = std::make_unique<WebhooksScreen>(c.clock());
    InspectorModel &model = screen->model();
    model.follow(nullptr); // fed by hand: no socket, the same picture every time
    const QDateTime start = c.clock().utcNow();
    int index = 0;
    const auto add = [&](const QString &event, const QString &validation, const char *type,
                         qint64 offsetMs, int attempt, DeliveryOutcome outcome, int status,
                         bool again = false, SignatureVerdict verdict = SignatureVerdict::Valid) {
        WebhookDelivery d;
        d.index = index++;
        d.receivedAt = start.addMSecs(offsetMs);
        d.receivedMono = std::chrono::milliseconds(offsetMs);
        d.remote = QStringLiteral("127.0.0.1:5%1").arg(4000 + d.index);
        d.method = "POST";
        d.target = "/hook";
        d.eventId = event;
        d.deliveryId = QStringLiteral("dlv_%1").arg(
            QString::number(0xa11ce000 + d.index, 16).rightJustified(24, QLatin1Char('0')));
        d.attempt = attempt;
        WebhookEvent e;
        e.id = event;
        e.type = QLatin1String(type);
        e.createdAt = start;
        e.validationId = validation;
        d.event = e;
        d.verdict = verdict;
        d.outcome = outcome;
        d.answeredStatus = status;
        d.sameAttemptAgain = again;
        if (outcome == DeliveryOutcome::Failed) {
            d.problem = WebhooksScreen::tr("The inspector answers 500 on purpose.");
        }
        model.addDelivery(d);
    };
    const QString failing = QStringLiteral("evt_5c1e0a7b9d2f4e6a8c0b1d3f");
    const QString duplicated = QStringLiteral("evt_0f9e8d7c6b5a49382716a5b4");
    const QString forged = QStringLiteral("evt_77aa00bb11cc22dd33ee44ff");
    add(duplicated, QStringLiteral("0000000a-0000-4000-8000-000000000002"), EventType::AttemptMade,
        -90'000, 1, DeliveryOutcome::Accepted, 200);
    add(duplicated, QStringLiteral("0000000a-0000-4000-8000-000000000002"), EventType::AttemptMade,
        -87'000, 1, DeliveryOutcome::Duplicate, 200, true);
    add(forged, QStringLiteral("0000000a-0000-4000-8000-000000000009"), EventType::Cancelled,
        -60'000, 1, DeliveryOutcome::Rejected, 401, false, SignatureVerdict::Invalid);
    add(forged, QStringLiteral("0000000a-0000-4000-8000-000000000009"), EventType::Cancelled,
        -30'000, 2, DeliveryOutcome::Accepted, 200);
    for (int n = 1; n <= kMaxDeliveries; ++n) {
        add(failing, QStringLiteral("1d1bc6d9-ca64-4c1e-8b0b-8babccf73374"), EventType::Exhausted,
            plannedOffset(n).count(), n, DeliveryOutcome::Failed, 500);
    }
    screen->selectEvent(model.event(selectRow).eventId);
    return screen;
}
} // namespace

void addWebhookScreens(ScreenCatalog &catalog) {
    // The event the sandbox gave up on: seven 500s on seed 003's schedule.
    catalog.add({QStringLiteral("webhooks_inspector_retries"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(inspector(c, 2).release());
                 }});
    // An event accepted once and delivered again 3 s later: one effect, one duplicate.
    catalog.add({QStringLiteral("webhooks_inspector_duplicate"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(inspector(c, 0).release());
                 }});
}

} // namespace rd::ui
