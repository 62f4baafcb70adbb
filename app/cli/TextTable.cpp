#include "cli/TextTable.h"

namespace rd::cli {

qsizetype TextTable::visibleWidth(const QString &cell) {
    qsizetype w = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell[i] == u'\x1b' && i + 1 < cell.size() && cell[i + 1] == u'[') {
            i += 2;
            while (i < cell.size() && cell[i] != u'm') {
                ++i;
            }
            continue;
        }
        ++w;
    }
    return w;
}

QString TextTable::render() const {
    QList<qsizetype> widths;
    for (const QString &h : m_headers) {
        widths.append(h.size());
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], visibleWidth(row[c]));
        }
    }
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            s += cell;
            if (c + 1 < widths.size()) {
                s += QString(widths[c] + 2 - visibleWidth(cell), u' ');
            }
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
