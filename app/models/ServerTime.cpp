#include "models/ServerTime.h"

#include <QLocale>
#include <QTimeZone>

namespace rd {

qint64 ServerTime::nowMs() const {
    const qint64 local =
        m_clock ? m_clock->utcNow().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    return local + m_skew.count();
}

std::optional<Millis> ServerTime::skewFromDateHeader(const QByteArray &date,
                                                     qint64 localReceivedMs) {
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(date.trimmed()),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid()) {
        return std::nullopt;
    }
    t.setTimeSpec(Qt::UTC);
    const qint64 skew = t.toMSecsSinceEpoch() - localReceivedMs;
    // The header truncates to the second: a difference under one second is not evidence of skew.
    return Millis(std::abs(skew) < 1000 ? 0 : skew);
}

} // namespace rd
