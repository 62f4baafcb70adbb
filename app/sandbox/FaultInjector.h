// FaultInjector: decides, per request, which fault (if any) the sandbox plays — script first.
#pragma once

#include "core/Random.h"
#include "sandbox/FaultConfig.h"

#include <QList>

#include <optional>

namespace rd::sandbox {

struct ChosenFault {
    FaultKind kind;
    int retryAfterSeconds;
    int latencyMs;
};

class FaultInjector {
public:
    explicit FaultInjector(quint64 seed)
        : m_random(seed ^ 0xfa017ULL) {}

    void setConfig(const FaultConfig &c) { m_config = c; }
    const FaultConfig &config() const { return m_config; }
    void enqueue(const ScriptedFault &f);
    void clearScript() { m_script.clear(); }
    int pendingScripted() const;

    // Consumes one scripted fault matching this request, else draws the random faults in order.
    std::optional<ChosenFault> next(const QByteArray &method, const QString &path);

private:
    FaultConfig m_config;
    QList<ScriptedFault> m_script;
    SeededRandom m_random;
};

} // namespace rd::sandbox
