// AboutDialog: Help → About RetryDesk — version, build, Qt versions, links, and the licence of
// every third-party component RetryDesk ships with (a list and the selected licence's text).
#pragma once

#include "diagnostics/BuildInfo.h"
#include "diagnostics/ThirdPartyLicenses.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace rd::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // build: BuildInfo::current() in the app; fixed values in screenshots.
    explicit AboutDialog(const diag::BuildInfo &build, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *licenseList() const { return m_list; }
    QPlainTextEdit *licenseText() const { return m_text; }
    void showLicenses(int row); // the Licences tab with that component selected

private:
    QWidget *createAboutTab(const diag::BuildInfo &build);
    QWidget *createLicensesTab(const diag::BuildInfo &build);
    void showComponent(int row);

    QTabWidget *m_tabs;
    QList<ThirdPartyComponent> m_components;
    QListWidget *m_list = nullptr;
    QLabel *m_componentInfo = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace rd::ui
