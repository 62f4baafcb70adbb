// ConnectionsDialog: add, edit, test and delete connections; keys go to the keychain, or to this
// session only when the user chooses so because no keychain can be used.
#pragma once

#include "services/ConnectionTester.h"
#include "storage/ConnectionProfile.h"

#include <QDialog>

class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {
class Clock;
class ConnectionRegistry;
} // namespace rd

namespace rd::ui {

class ConnectionForm;
class VerdictView;

class ConnectionsDialog : public QDialog {
    Q_OBJECT
public:
    // Columns of the connection list.
    enum class Column { Name, Api, Address, Count };

    ConnectionsDialog(ConnectionRegistry &registry, Clock &clock, QWidget *parent = nullptr);

    void selectConnection(const QString &id); // empty: a new, unsaved connection
    QString selectedId() const;
    void startNew();
    void save();
    void testConnection();
    void deleteSelected(); // asks first

    // What the user sees; public so the screen catalog and tests can put the dialog in a state.
    void showVerdict(const ConnectionTestResult &result);
    void showKeychainProblem(const QString &message);

    ConnectionForm *form() const { return m_form; }
    VerdictView *verdictView() const { return m_verdict; }
    QTreeWidget *list() const { return m_list; }

signals:
    void connectionSaved(const QString &id);

private:
    void reloadList();
    void onSelectionChanged();
    void saveWith(ConnectionProfile profile);
    void keepForSessionOnly();
    void setBusy(bool busy);

    ConnectionRegistry &m_registry;
    ConnectionTester m_tester;
    QTreeWidget *m_list;
    ConnectionForm *m_form;
    VerdictView *m_verdict;
    QFrame *m_keychainBanner;
    QLabel *m_keychainMessage;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    bool m_busy = false;
};

} // namespace rd::ui
