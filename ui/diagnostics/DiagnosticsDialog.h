// DiagnosticsDialog: the diagnostics report as it was copied — to read before sending, copy again,
// save as a file for the ticket, or open the log folder the report names.
#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rd::ui {

class DiagnosticsDialog : public QDialog {
    Q_OBJECT
public:
    // generatedAt (from the rd::Clock) names the file Save As… suggests.
    DiagnosticsDialog(const QString &report, const QString &logFolder, const QDateTime &generatedAt,
                      QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openFolderButton() const { return m_openFolder; }

    // Writes the report to path (atomically); false with a message for the user on failure.
    bool saveTo(const QString &path, QString *error) const;

signals:
    void copied();

private:
    void copy();
    void saveAs();
    void openLogFolder();

    QString m_report;
    QString m_logFolder;
    QDateTime m_generatedAt;
    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_openFolder;
};

} // namespace rd::ui
