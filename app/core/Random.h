// Random: the one source of randomness (jitter, idempotency keys, sandbox outcomes).
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <random>

namespace rd {

class Random {
public:
    virtual ~Random();
    // Uniform integer in [low, high] (both inclusive).
    virtual quint64 uniform(quint64 low, quint64 high) = 0;
    // n bytes. SystemRandom takes them from the OS CSPRNG; idempotency keys rely on that.
    virtual QByteArray bytes(int n) = 0;
};

// The OS cryptographic source (QRandomGenerator::system(): getrandom / BCryptGenRandom / arc4random).
class SystemRandom final : public Random {
public:
    quint64 uniform(quint64 low, quint64 high) override;
    QByteArray bytes(int n) override;
    static SystemRandom *instance();
};

// Deterministic, seeded: tests and the sandbox's --seed.
class SeededRandom final : public Random {
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) {}
    quint64 uniform(quint64 low, quint64 high) override;
    QByteArray bytes(int n) override;

private:
    std::mt19937_64 m_engine;
};

// A random UUID version 4 (RFC 9562) in canonical lower-case form, 122 random bits from r.
QString uuidV4(Random &r);

} // namespace rd
