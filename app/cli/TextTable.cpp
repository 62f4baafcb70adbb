#include "cli/TextTable.h"

namespace rd::cli {

QString TextTable::render() const {
    QList<qsizetype> widths;
    for (const QString &h : m_headers) {
        widths.append(h.size());
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            s += c + 1 < widths.size() ? cell.leftJustified(widths[c] + 2) : cell;
        }
        while (s.endsWith(u' ')) {
            s.chop(1);
        }
        return s + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows) {
        out += line(row);
    }
    return out;
}

} // namespace rd::cli
