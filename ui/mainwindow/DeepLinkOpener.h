// DeepLinkOpener: opens retrydesk://validations/<id>?connection=<name> in the window — the named
// connection (or the one open) on the Validations page, then, once that connection's screen is
// there, the validation selected in the table and shown in the detail — or a message that says
// why not. It also takes the links macOS delivers as QEvent::FileOpen, and tells each
// validations screen the connection name its Copy link writes.
#pragma once

#include "storage/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QUrl;

namespace rd::instance {
struct DeepLink;
}

namespace rd::ui {

class AppContext;
class MainWindow;

class DeepLinkOpener : public QObject {
    Q_OBJECT
public:
    DeepLinkOpener(MainWindow &window, AppContext &context);

    void open(const QUrl &url);

    // The id of the validations connection a link names: by name, in any case; without a name,
    // activeId, else the first validations connection. Empty and *error (which connections
    // there are, and what to do) when none fits.
    static QString connectionFor(const instance::DeepLink &link,
                                 const QList<ConnectionProfile> &connections,
                                 const QString &activeId, QString *error);

    // What the last link that could not be opened was told (empty once one opened).
    QString problem() const { return m_problem; }
    // The non-modal message showing it; null when none is open.
    QMessageBox *problemBox() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScreenSet(ApiKind kind);
    void deliver();
    void showProblem(const QString &message);

    MainWindow &m_window;
    AppContext &m_context;
    // A link waiting for its connection's screen (opened after the connection's key is read).
    QString m_connectionId;
    QString m_validationId;
    QString m_problem;
    QPointer<QMessageBox> m_box;
};

} // namespace rd::ui
