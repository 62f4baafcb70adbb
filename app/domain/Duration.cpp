#include "domain/Duration.h"

#include <QRegularExpression>

#include <limits>

namespace rd::duration {

std::optional<int> parseSeconds(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression whole(QStringLiteral("^[0-9]{1,9}$"));
    if (whole.match(t).hasMatch()) {
        return t.toInt();
    }
    static const QRegularExpression part(QStringLiteral("\\s*([0-9]{1,9})\\s*(d|h|min|m|sec|s)(?![a-z])"));
    qint64 total = 0;
    int pos = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos) {
            return std::nullopt; // garbage between parts
        }
        pos = m.capturedEnd();
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 scale = unit == u"d" ? 86400 : unit == u"h" ? 3600 : unit.startsWith(u'm') ? 60 : 1;
        total += n * scale;
        if (total > std::numeric_limits<int>::max()) {
            return std::nullopt;
        }
    }
    if (pos != t.size() || pos == 0) {
        return std::nullopt;
    }
    return int(total);
}

QString format(qint64 seconds)
{
    if (seconds < 0) {
        seconds = 0;
    }
    struct Unit {
        qint64 size;
        const char *name;
    };
    static constexpr Unit units[] = {{86400, "d"}, {3600, "h"}, {60, "min"}, {1, "s"}};
    for (size_t i = 0; i < std::size(units); ++i) {
        if (seconds >= units[i].size || units[i].size == 1) {
            const qint64 major = seconds / units[i].size;
            QString out = QStringLiteral("%1 %2").arg(major).arg(QLatin1String(units[i].name));
            if (i + 1 < std::size(units)) {
                const qint64 minor = (seconds % units[i].size) / units[i + 1].size;
                if (minor > 0) {
                    out += QStringLiteral(" %1 %2").arg(minor).arg(QLatin1String(units[i + 1].name));
                }
            }
            return out;
        }
    }
    return {};
}

} // namespace rd::duration
