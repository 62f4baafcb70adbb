#include "core/Random.h"

#include <QRandomGenerator>
#include <QUuid>

#include <cstring>
#include <vector>

namespace rd {

Random::~Random() = default;

quint64 SystemRandom::uniform(quint64 low, quint64 high)
{
    if (high <= low) {
        return low;
    }
    if (low == 0 && high == std::numeric_limits<quint64>::max()) {
        return QRandomGenerator::system()->generate64();
    }
    return low + QRandomGenerator::system()->bounded(high - low + 1);
}

QByteArray SystemRandom::bytes(int n)
{
    // One fill of whole words (one read of the OS CSPRNG), not one 32-bit draw per byte.
    QByteArray out(n, Qt::Uninitialized);
    std::vector<quint32> words(std::size_t(n + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    std::memcpy(out.data(), words.data(), std::size_t(n));
    return out;
}

SystemRandom *SystemRandom::instance()
{
    static SystemRandom random;
    return &random;
}

quint64 SeededRandom::uniform(quint64 low, quint64 high)
{
    if (high <= low) {
        return low;
    }
    std::uniform_int_distribution<quint64> dist(low, high);
    return dist(m_engine);
}

QByteArray SeededRandom::bytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        out[i] = char(m_engine() & 0xff);
    }
    return out;
}

QString uuidV4(Random &r)
{
    QByteArray b = r.bytes(16);
    b[6] = char((uchar(b[6]) & 0x0f) | 0x40); // version 4
    b[8] = char((uchar(b[8]) & 0x3f) | 0x80); // variant 10
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace rd
