#include "sandbox/FaultInjector.h"

namespace rd::sandbox {

void FaultInjector::enqueue(const ScriptedFault &f) {
    if (f.count > 0) {
        m_script.append(f);
    }
}

int FaultInjector::pendingScripted() const {
    int n = 0;
    for (const auto &f : m_script) {
        n += f.count;
    }
    return n;
}

std::optional<ChosenFault> FaultInjector::next(const QByteArray &method, const QString &path) {
    for (auto it = m_script.begin(); it != m_script.end(); ++it) {
        if (!path.contains(it->pathContains) ||
            (!it->method.isEmpty() && it->method.toLatin1() != method)) {
            continue;
        }
        const ChosenFault chosen{it->kind,
                                 it->retryAfterSeconds >= 0 ? it->retryAfterSeconds
                                                            : m_config.retryAfterSeconds,
                                 it->latencyMs >= 0 ? it->latencyMs : m_config.latencyMs};
        if (--it->count <= 0) {
            m_script.erase(it);
        }
        return chosen;
    }
    if (m_config.probabilities.isEmpty() || !path.contains(m_config.pathContains)) {
        return std::nullopt;
    }
    // One draw per request, in a fixed order of kinds: the same seed replays the same faults.
    constexpr quint64 kScale = 1'000'000;
    const double draw = double(m_random.uniform(0, kScale - 1)) / double(kScale);
    double acc = 0;
    for (FaultKind k : kAllFaultKinds) {
        acc += m_config.probability(k);
        if (draw < acc) {
            return ChosenFault{k, m_config.retryAfterSeconds, m_config.latencyMs};
        }
    }
    return std::nullopt;
}

} // namespace rd::sandbox
