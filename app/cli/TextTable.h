// TextTable: a plain-text table with aligned columns for the CLI's human output.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::cli {

class TextTable {
public:
    explicit TextTable(QStringList headers)
        : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Columns padded to their widest cell, separated by two spaces; no trailing spaces. Colour
    // escapes in a cell (Printer's, on a terminal) take no width.
    QString render() const;
    static qsizetype visibleWidth(const QString &cell);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace rd::cli
