#include "diagnostics/DiagnosticsDialog.h"

#include "app/FixedFont.h"
#include "app/KeyboardAccess.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace rd::ui {

DiagnosticsDialog::DiagnosticsDialog(const QString &report, const QString &logFolder,
                                     const QDateTime &generatedAt, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_logFolder(logFolder)
    , m_generatedAt(generatedAt)
    , m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));
    m_intro->setObjectName(QStringLiteral("diagnosticsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("This text is on the clipboard: paste it into your support ticket. It "
                        "names versions, settings, connections and the last requests with their "
                        "request ids. API keys, tokens and passwords are replaced by ***."));
    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setAccessibleName(tr("Diagnostics report"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(fixedFont());
    m_text->setPlainText(report);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("diagnosticsCopy"));
    m_copy->setAccessibleDescription(tr("Copies the report to the clipboard again"));
    m_save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("diagnosticsSave"));
    m_save->setAccessibleDescription(tr("Saves the report as a text file to attach to a ticket"));
    m_openFolder = buttons->addButton(tr("Open &Log Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("diagnosticsOpenLogFolder"));
    m_openFolder->setAccessibleDescription(tr("Shows the folder of RetryDesk's log files: %1")
                                               .arg(QDir::toNativeSeparators(logFolder)));
    m_openFolder->setToolTip(QDir::toNativeSeparators(logFolder));
    m_openFolder->setEnabled(!logFolder.isEmpty());
    keepButtonsInTabChain(buttons);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &DiagnosticsDialog::saveAs);
    connect(m_openFolder, &QPushButton::clicked, this, &DiagnosticsDialog::openLogFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

void DiagnosticsDialog::copy() {
    QGuiApplication::clipboard()->setText(m_report);
    emit copied();
}

bool DiagnosticsDialog::saveTo(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_report.toUtf8()) < 0 ||
        !file.commit()) {
        if (error) {
            *error = tr("The report could not be saved to %1: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

void DiagnosticsDialog::saveAs() {
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/retrydesk-diagnostics-%1.txt")
            .arg(m_generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Diagnostics"), suggested,
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Diagnostics not saved"), error);
    }
}

void DiagnosticsDialog::openLogFolder() {
    QDir().mkpath(m_logFolder); // nothing may have been logged yet
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_logFolder))) {
        QMessageBox::information(this, tr("Log folder"),
                                 tr("No file manager could be opened. The log files are in:\n%1")
                                     .arg(QDir::toNativeSeparators(m_logFolder)));
    }
}

} // namespace rd::ui
