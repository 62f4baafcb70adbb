// CsvWriter: RFC 4180 CSV for spreadsheet apps — a table as the user sees it, saved to a file.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QIODevice;

namespace rd {

// RFC 4180: records end in CRLF; a field holding a comma, a double quote, CR or LF is enclosed
// in double quotes with each quote doubled. The file is UTF-8 and starts with a byte order mark,
// which is how Excel and Numbers tell UTF-8 from the machine's legacy code page (without it,
// "Peñoles" opens as "PeÃ±oles").
class CsvWriter {
public:
    // rowsDone of total rows written; return false to stop (the file is then incomplete and
    // writeModel returns false with "cancelled").
    using Progress = std::function<bool(int rowsDone, int total)>;

    explicit CsvWriter(QIODevice &out);
    ~CsvWriter(); // flushes what is buffered

    // The BOM; once, before the first record.
    void writeBom();
    void writeRecord(const QStringList &fields);
    // Writes what is buffered; false (and errorString()) when the device refused bytes.
    bool flush();
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // One field, quoted when RFC 4180 requires it.
    static QString escape(const QString &field);

    // A model's rows in view order — row 0 to rowCount()-1, each cell's Qt::DisplayRole as text —
    // after a header record from headerData(section, Qt::Horizontal). A model whose rows are the
    // filtered and sorted view (ValidationTableModel, or a proxy over ListTableModel) is written
    // as the user sees it. columns: which columns, in that order (the view's visible ones);
    // empty: every column. progress is called every few thousand rows.
    static bool writeModel(const QAbstractItemModel &model, QIODevice &out,
                           const QList<int> &columns = {}, QString *error = nullptr,
                           const Progress &progress = {});

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace rd
