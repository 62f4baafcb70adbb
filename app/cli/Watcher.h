// Watcher: `retrydesk-cli watch ID` — follows one validation's retry cycle until it ends,
// printing a live countdown and each state change; every wait is on rd::Clock.
#pragma once

#include "core/Clock.h"
#include "domain/Validation.h"
#include "models/CountdownFormatter.h"

#include <QObject>

#include <optional>

namespace rd::cli {

class CliApp;

class Watcher : public QObject {
    Q_OBJECT
public:
    // Longest pause between polls: a cancel or policy change made elsewhere shows within it.
    static constexpr Millis kMaxPoll{60'000};
    // After next_attempt_at the server's scheduler needs a moment to record the attempt.
    static constexpr Millis kGrace{1'000};
    static constexpr Millis kFirstBackoff{1'000};

    Watcher(CliApp &app, bool liveCountdown, QObject *parent = nullptr);
    ~Watcher() override;

    void start();
    // The pause before the next poll, on the server's clock (before time scaling): just after
    // the next attempt is due, at most kMaxPoll; once it is due and not yet recorded, doubling
    // from kFirstBackoff to kMaxPoll (seed 000: "exponential backoff for status checking").
    static Millis nextPoll(const RetryState &rs, qint64 serverNowMs, Millis *backoff);

private:
    void poll();
    void schedule(Millis serverWait);
    void tick();
    void report(const Validation &v);

    CliApp &m_app;
    bool m_live;
    std::optional<std::optional<RetryState>> m_last; // outer: seen yet; inner: has a cycle
    Millis m_backoff{kFirstBackoff};
    quint64 m_pollTimer = 0;
    quint64 m_tickTimer = 0;
    std::optional<RetryState> m_current;
    QString m_shownCountdown;
};

} // namespace rd::cli
