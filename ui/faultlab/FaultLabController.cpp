#include "faultlab/FaultLabController.h"

#include "sandbox/SandboxServer.h"

#include <QLocale>

#include <algorithm>

namespace rd::ui {

using sandbox::FaultConfig;
using sandbox::FaultKind;

FaultLabController::FaultLabController(sandbox::SandboxServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server) {
    connect(&server, &sandbox::SandboxServer::requestHandled, this,
            &FaultLabController::activityChanged);
}

QString FaultLabController::title(Preset p) {
    switch (p) {
    case Preset::Normal:
        return tr("Normal");
    case Preset::RateLimitStorm:
        return tr("429 storm");
    case Preset::BadGateway:
        return tr("502s");
    case Preset::CommitThenDrop:
        return tr("Commit, then drop");
    case Preset::Slow:
        return tr("Slow answers");
    case Preset::Outage:
        return tr("Outage");
    case Preset::ClockAhead:
        return tr("Server clock 2 min ahead");
    }
    return {};
}

QString FaultLabController::explanation(Preset p) {
    switch (p) {
    case Preset::Normal:
        return tr("Every request answered at once. Watch: no banner, 200s in the request log.");
    case Preset::RateLimitStorm:
        return tr("Requests answer 429 with Retry-After and X-RateLimit-*. Watch: the request log "
                  "waits exactly Retry-After before each retry, then the refresh gives up.");
    case Preset::BadGateway:
        return tr("Requests answer 502 Bad Gateway. Watch: retries with growing backoff, and "
                  "writes still applied once.");
    case Preset::CommitThenDrop:
        return tr("Writes are applied, then the connection drops without a reply. Watch: the "
                  "retry reuses its Idempotency-Key and is replayed, never applied twice.");
    case Preset::Slow:
        return tr("Answers come late. Watch: the progress stays responsive and nothing is sent "
                  "twice.");
    case Preset::Outage:
        return tr("Nothing answers: every connection is reset. Watch: the outage banner with "
                  "Retry, and the table keeps what it showed.");
    case Preset::ClockAhead:
        return tr("On or off, with any fault: the server's clock and everything it stores jump "
                  "2 min ahead. Watch: every countdown stays exactly as it was.");
    }
    return {};
}

bool FaultLabController::usesIntensity(Preset p) {
    return p != Preset::Normal && p != Preset::ClockAhead;
}

int FaultLabController::defaultIntensityPercent(Preset p) {
    // Half of the requests for 502s and drops: retries then succeed and the exactly-once
    // evidence shows; the storm, slowness and outage are most visible on every request.
    return p == Preset::BadGateway || p == Preset::CommitThenDrop ? 50 : 100;
}

void FaultLabController::applyPreset(Preset p) {
    if (p == Preset::ClockAhead) {
        setClockAhead(true);
        return;
    }
    if (p == Preset::Normal) {
        m_clockAhead = false;
    }
    m_preset = p;
    m_intensity = defaultIntensityPercent(p);
    apply();
}

void FaultLabController::setClockAhead(bool on) {
    m_clockAhead = on;
    apply();
}

bool FaultLabController::isOn(Preset p) const {
    switch (p) {
    case Preset::Normal:
        return m_preset == Preset::Normal && !m_clockAhead;
    case Preset::ClockAhead:
        return m_clockAhead;
    default:
        return m_preset == p;
    }
}

void FaultLabController::setIntensityPercent(int percent) {
    m_intensity = std::clamp(percent, 1, 100);
    apply();
}

void FaultLabController::setRetryAfterSeconds(int seconds) {
    m_retryAfter = std::clamp(seconds, 1, 3600);
    apply();
}

void FaultLabController::setLatencyMs(int ms) {
    m_latencyMs = std::clamp(ms, 0, 120'000);
    apply();
}

void FaultLabController::resetToNormal() {
    m_server.clearScriptedFaults();
    applyPreset(Preset::Normal);
}

void FaultLabController::apply() {
    FaultConfig c;
    c.retryAfterSeconds = m_retryAfter;
    c.latencyMs = m_latencyMs;
    const double p = m_intensity / 100.0;
    switch (m_preset) {
    case Preset::Normal:
        break;
    case Preset::RateLimitStorm:
        c.set(FaultKind::Http429, p);
        break;
    case Preset::BadGateway:
        c.set(FaultKind::Http502, p);
        break;
    case Preset::CommitThenDrop:
        c.set(FaultKind::CommitThenDrop, p);
        break;
    case Preset::Slow:
        c.set(FaultKind::Latency, p);
        break;
    case Preset::Outage:
        c.set(FaultKind::ResetBeforeReply, p);
        break;
    case Preset::ClockAhead:
        break; // never the fault preset (applyPreset)
    }
    c.clockOffsetSeconds = m_clockAhead ? kClockAheadSeconds : 0;
    // One call: the faults and the offset change together, and a new offset moves the sandbox's
    // whole world (stored times, scheduled attempts) with it.
    m_server.setFaults(c);
    emit stateChanged();
}

QString FaultLabController::faultText() const {
    const QLocale locale;
    const QString share = m_intensity >= 100
                              ? tr("every request")
                              : tr("%1 % of requests").arg(locale.toString(m_intensity));
    switch (m_preset) {
    case Preset::Normal:
        return {};
    case Preset::RateLimitStorm:
        return tr("429 storm on: 429 with Retry-After %1 s on %2.")
            .arg(locale.toString(m_retryAfter), share);
    case Preset::BadGateway:
        return tr("502s on: 502 Bad Gateway on %1.").arg(share);
    case Preset::CommitThenDrop:
        return tr("Commit, then drop on: applied, then the connection dropped without a reply, "
                  "on %1.")
            .arg(share);
    case Preset::Slow:
        return tr("Slow answers on: answers %1 ms late on %2.")
            .arg(locale.toString(m_latencyMs), share);
    case Preset::Outage:
        return tr("Outage on: connection reset on %1.").arg(share);
    case Preset::ClockAhead:
        break;
    }
    return {};
}

QString FaultLabController::stateText() const {
    if (isOn(Preset::Normal)) {
        return tr("Normal: no faults; the server's clock is this computer's.");
    }
    QStringList parts;
    if (m_preset != Preset::Normal) {
        parts << faultText();
    }
    if (m_clockAhead) {
        parts << tr("Server clock on: %1 s ahead of this computer (the server's data moved with "
                    "it).")
                     .arg(QLocale().toString(m_server.clockOffsetSeconds()));
    }
    return parts.join(u' ');
}

QString FaultLabController::activityText() const {
    const QLocale locale;
    const auto injected = m_server.faultsInjected();
    QStringList parts;
    for (FaultKind k : sandbox::kAllFaultKinds) {
        if (const int count = injected.value(k)) {
            parts << tr("%1 × %2").arg(sandbox::faultName(k), locale.toString(count));
        }
    }
    const int n = m_server.requestsReceived();
    const QString requests = n == 1
                                 ? tr("1 request since the demo started")
                                 : tr("%1 requests since the demo started").arg(locale.toString(n));
    const QString played = parts.isEmpty()
                               ? tr("%1; no faults played yet.").arg(requests)
                               : tr("%1; faults played: %2.").arg(requests, parts.join(tr(", ")));
    // seed 001 from the client's side: a key resent with other bytes would be a second write.
    return played + u'\n' +
           tr("Idempotency-Keys sent with two different bodies: %1 (must stay 0).")
               .arg(locale.toString(m_server.keysWithTwoBodies()));
}

} // namespace rd::ui
