#include "models/CsvWriter.h"

#include <QAbstractItemModel>
#include <QIODevice>

namespace rd {

namespace {
constexpr qsizetype kFlushAt = 64 * 1024; // bytes buffered before a write to the device
constexpr int kProgressEvery = 2000;      // rows between progress calls
} // namespace

CsvWriter::CsvWriter(QIODevice &out)
    : m_out(out) {}

CsvWriter::~CsvWriter() {
    flush();
}

void CsvWriter::writeBom() {
    m_buffer.append("\xEF\xBB\xBF");
}

QString CsvWriter::escape(const QString &field) {
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
                       field.contains(u'\n');
    if (!quote) {
        return field;
    }
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_buffer.append(',');
        }
        m_buffer.append(escape(fields.at(i)).toUtf8());
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushAt) {
        flush();
    }
}

bool CsvWriter::flush() {
    if (!ok() || m_buffer.isEmpty()) {
        m_buffer.clear();
        return ok();
    }
    const qint64 written = m_out.write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = m_out.errorString().isEmpty()
                      ? QStringLiteral("the device accepted only %1 of %2 bytes")
                            .arg(qMax<qint64>(written, 0))
                            .arg(m_buffer.size())
                      : m_out.errorString();
    }
    m_buffer.clear();
    return ok();
}

bool CsvWriter::writeModel(const QAbstractItemModel &model, QIODevice &out,
                           const QList<int> &columns, QString *error, const Progress &progress) {
    QList<int> cols = columns;
    if (cols.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c) {
            cols.append(c);
        }
    }
    CsvWriter w(out);
    w.writeBom();
    QStringList fields;
    fields.reserve(cols.size());
    for (int c : cols) {
        fields.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    w.writeRecord(fields);
    const int rows = model.rowCount();
    for (int row = 0; row < rows && w.ok(); ++row) {
        fields.clear();
        for (int c : cols) {
            fields.append(model.data(model.index(row, c), Qt::DisplayRole).toString());
        }
        w.writeRecord(fields);
        if (progress && (row + 1) % kProgressEvery == 0 && !progress(row + 1, rows)) {
            w.flush();
            if (error) {
                *error = QStringLiteral("cancelled");
            }
            return false;
        }
    }
    w.flush();
    if (w.ok() && progress) {
        progress(rows, rows);
    }
    if (!w.ok() && error) {
        *error = w.errorString();
    }
    return w.ok();
}

} // namespace rd
