// FaultLabController: the fault lab's presets and knobs, applied to the demo's embedded sandbox.
#pragma once

#include <QObject>
#include <QString>

namespace rd::sandbox {
class SandboxServer;
}

namespace rd::ui {

// One fault preset at a time, so what the sandbox does is always a sentence a tester can read;
// the knobs tune it. The skewed clock is the one thing that combines with a fault (a 429 storm on
// a server two minutes ahead): it stays until it is switched off or Normal is chosen, and it does
// not move when faults change, so a client holding rows from before never sees the world jump
// under a refresh that cannot get through. Widgets only observe this: the panel, the tests and
// the goldens drive it.
class FaultLabController : public QObject {
    Q_OBJECT
public:
    enum class Preset {
        Normal,
        RateLimitStorm,
        BadGateway,
        CommitThenDrop,
        Slow,
        Outage,
        ClockAhead
    };
    static constexpr Preset kPresets[] = {
        Preset::Normal, Preset::RateLimitStorm, Preset::BadGateway, Preset::CommitThenDrop,
        Preset::Slow,   Preset::Outage,         Preset::ClockAhead};
    // The clock-ahead preset: two minutes, enough to read wrong on every countdown if a client
    // ignored the Date header.
    static constexpr qint64 kClockAheadSeconds = 120;

    explicit FaultLabController(sandbox::SandboxServer &server, QObject *parent = nullptr);

    static QString title(Preset p);       // "429 storm"
    static QString explanation(Preset p); // one line: what it does and what to watch
    // Which knobs mean something for a preset.
    static bool usesIntensity(Preset p);
    static bool usesRetryAfter(Preset p) { return p == Preset::RateLimitStorm; }
    static bool usesLatency(Preset p) { return p == Preset::Slow; }
    static int defaultIntensityPercent(Preset p);

    Preset preset() const { return m_preset; }
    int intensityPercent() const { return m_intensity; }
    int retryAfterSeconds() const { return m_retryAfter; }
    int latencyMs() const { return m_latencyMs; }

    // Normal: no faults and the local clock. ClockAhead: the clock on (the fault stays). Any
    // other: that fault, with its default intensity, instead of the one before (the clock stays;
    // the Retry-After and latency knobs keep their values).
    void applyPreset(Preset p);
    // The server's clock kClockAheadSeconds ahead (moving its whole world), or back on the local.
    void setClockAhead(bool on);
    bool clockAhead() const { return m_clockAhead; }
    // Whether p's button shows as on: Normal when nothing is, ClockAhead while the clock is.
    bool isOn(Preset p) const;
    void setIntensityPercent(int percent); // 1–100: the share of requests the fault hits
    void setRetryAfterSeconds(int seconds);
    void setLatencyMs(int ms);
    // Normal: no faults, the server's clock back on the local one, scripted faults dropped.
    void resetToNormal();

    // "429 storm on: 429 with Retry-After 5 s on every request." / "Normal: …", plus the clock's
    // sentence while it is ahead.
    QString stateText() const;
    // What the sandbox did since the demo started, from its own counters: "84 requests; faults
    // played: 429 × 12, 502 × 3".
    QString activityText() const;
    sandbox::SandboxServer &server() const { return m_server; }

signals:
    void stateChanged();    // preset or a knob
    void activityChanged(); // the sandbox answered (or faulted) a request

private:
    void apply();
    QString faultText() const; // the fault preset's sentence; empty for Normal

    sandbox::SandboxServer &m_server;
    Preset m_preset = Preset::Normal; // the fault preset; never ClockAhead
    bool m_clockAhead = false;
    int m_intensity = 100;
    int m_retryAfter = 5;
    int m_latencyMs = 3000;
};

} // namespace rd::ui
