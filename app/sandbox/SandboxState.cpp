#include "sandbox/SandboxState.h"

#include "sandbox/ValidationsApi.h"

#include <QJsonDocument>

namespace rd::sandbox {

SandboxState::SandboxState(Clock &clock, SandboxOptions opts, QObject *timerContext)
    : options(std::move(opts))
    , baseClock(clock)
    , clock(clock)
    , dataRandom(options.seed)
    , requestIdRandom(options.seed ^ 0x5eedULL)
    , validations(this->clock, options)
    , scheduler(this->clock, validations, dataRandom, options.resolveProbability, timerContext)
    , lists(this->clock, dataRandom, options.listItemsPerSecond)
    , idempotency(this->clock)
    , rateLimiter(this->clock, options.rateLimit, options.rateLimitWindowSeconds)
    , faults(options.seed)
    , seedsOnlyWire(options.seed)
    , webhooks(this->clock, options.seed,
               [this](const ValidationRecord &r) { return ValidationsApi::object(*this, r); }) {
    validations.setScheduleHook([this](ValidationRecord &r) { scheduler.schedule(r); });
    scheduler.setAttemptHook(
        [this](const ValidationRecord &r) { webhooks.validationAttempted(r); });
    for (const WebhookSubscription &w : options.webhooks) {
        QString why;
        if (!webhooks.addSubscription(w, &why)) {
            qWarning("Webhook subscription to %s ignored: %s", qPrintable(w.url.toString()),
                     qPrintable(why));
        }
    }
    for (const ApiKey &k : options.effectiveApiKeys()) {
        m_keys.insert(k.key, k);
    }
}

void SandboxState::setClockOffset(qint64 offsetSeconds) {
    const qint64 delta = offsetSeconds - clock.offsetSeconds();
    if (delta == 0) {
        return;
    }
    clock.setOffsetSeconds(offsetSeconds);
    validations.shiftTimes(delta);
    lists.shiftTimes(delta);
    rateLimiter.shiftTimes(delta);
    webhooks.shiftTimes(delta);
    FaultConfig c = faults.config();
    c.clockOffsetSeconds = offsetSeconds;
    faults.setConfig(c);
}

QString SandboxState::newRequestId() {
    return QStringLiteral("req_") + QString::fromLatin1(requestIdRandom.bytes(12).toHex());
}

std::optional<QJsonValue> SandboxState::parseJsonValue(const QByteArray &bytes) {
    // QJsonDocument parses only objects and arrays at the top level: wrap the value in an array
    // and accept exactly one element ("1,2" gives two and is refused).
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().first();
}

const ApiKey *SandboxState::findKey(const QString &key) const {
    auto it = m_keys.constFind(key);
    return it == m_keys.cend() ? nullptr : &*it;
}

} // namespace rd::sandbox
