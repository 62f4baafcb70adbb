#include "mainwindow/DeepLinkOpener.h"

#include "app/AppContext.h"
#include "dashboard/ValidationsScreen.h"
#include "instance/DeepLink.h"
#include "mainwindow/MainWindow.h"
#include "services/ValidationService.h"
#include "storage/ConnectionRegistry.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>

namespace rd::ui {

using instance::DeepLink;

DeepLinkOpener::DeepLinkOpener(MainWindow &window, AppContext &context)
    : QObject(&window)
    , m_window(window)
    , m_context(context) {
    setObjectName(QStringLiteral("deepLinkOpener"));
    connect(&window, &MainWindow::screenSet, this, &DeepLinkOpener::onScreenSet);
    // macOS hands a clicked retrydesk:// link to the running app as a FileOpen event on the
    // application object, not as an argument.
    QCoreApplication::instance()->installEventFilter(this);
}

bool DeepLinkOpener::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance()) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(DeepLink::scheme(), Qt::CaseInsensitive) == 0) {
            m_window.openDeepLink(url);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString DeepLinkOpener::connectionFor(const DeepLink &link,
                                      const QList<ConnectionProfile> &connections,
                                      const QString &activeId, QString *error) {
    QStringList names;
    QString firstId;
    for (const ConnectionProfile &p : connections) {
        if (p.kind == ApiKind::Validations) {
            names << tr("“%1”").arg(p.name);
            if (firstId.isEmpty()) {
                firstId = p.id;
            }
            if (link.connection.isEmpty() && p.id == activeId) {
                return p.id;
            }
        }
    }
    const QString add = tr("Add one with File → Connections… (Ctrl+Shift+N).");
    if (link.connection.isEmpty()) {
        if (firstId.isEmpty()) {
            *error = tr("RetryDesk has no validations connection to show validation %1 on.")
                         .arg(link.validationId) +
                     u' ' + add;
        }
        return firstId;
    }
    const QString known =
        names.isEmpty()
            ? tr("RetryDesk has no validations connection yet.")
            : tr("The validations connections are %1.").arg(QLocale().createSeparatedList(names));
    for (const ConnectionProfile &p : connections) {
        if (p.name.trimmed().compare(link.connection, Qt::CaseInsensitive) == 0) {
            if (p.kind == ApiKind::Validations) {
                return p.id;
            }
            *error = tr("The link names “%1”, a bulk-lists connection: a validation can only be "
                        "shown on a validations connection. %2")
                         .arg(p.name, known);
            return {};
        }
    }
    *error = tr("The link names the connection “%1”, and there is none by that name. %2 %3")
                 .arg(link.connection, known,
                      tr("Add it with File → Connections… (Ctrl+Shift+N) with the same name, or "
                         "ask for a link to one of these."));
    return {};
}

void DeepLinkOpener::open(const QUrl &url) {
    QString error;
    const auto link = DeepLink::parse(url, &error);
    if (!link) {
        showProblem(error);
        return;
    }
    const QString connectionId =
        connectionFor(*link, m_context.connections().connections(),
                      m_window.activeConnection(ApiKind::Validations), &error);
    if (connectionId.isEmpty()) {
        showProblem(error);
        return;
    }
    m_problem.clear();
    if (m_box) {
        m_box->close();
    }
    m_connectionId = connectionId;
    m_validationId = link->validationId;
    // Opens the connection's screen unless it is open; that happens once its key is read.
    m_window.setActiveConnection(connectionId);
    m_window.showScreen(ApiKind::Validations);
    deliver();
}

void DeepLinkOpener::deliver() {
    auto *screen = qobject_cast<ValidationsScreen *>(m_window.screen(ApiKind::Validations));
    if (m_connectionId.isEmpty() || !screen ||
        screen->service().endpoint().connectionId != m_connectionId) {
        return; // still opening
    }
    m_connectionId.clear();
    screen->openValidation(std::exchange(m_validationId, {}));
}

void DeepLinkOpener::onScreenSet(ApiKind kind) {
    if (kind != ApiKind::Validations) {
        return;
    }
    auto *screen = qobject_cast<ValidationsScreen *>(m_window.screen(kind));
    if (screen) {
        // Copy link names the connection as it is saved, not as the window shows it ("(demo)").
        if (const auto p =
                m_context.connections().find(screen->service().endpoint().connectionId)) {
            screen->setLinkConnection(p->name);
        }
        deliver();
    } else if (!m_connectionId.isEmpty() && m_window.activeConnection(kind) == m_connectionId) {
        const auto p = m_context.connections().find(m_connectionId);
        showProblem(tr("The connection “%1” could not be opened, so validation %2 is not shown. %3")
                        .arg(p ? p->name : m_connectionId, m_validationId,
                             m_window.statusBar()->currentMessage()));
        m_connectionId.clear();
        m_validationId.clear();
    }
}

QMessageBox *DeepLinkOpener::problemBox() const {
    return m_box;
}

void DeepLinkOpener::showProblem(const QString &message) {
    m_problem = message;
    m_window.statusBar()->showMessage(message, 15000);
    // Not modal: a link arriving from another launch never blocks the window.
    if (!m_box) {
        m_box = new QMessageBox(QMessageBox::Warning, tr("Link to a validation"), QString(),
                                QMessageBox::Ok, &m_window);
        m_box->setObjectName(QStringLiteral("deepLinkProblem"));
        m_box->setAttribute(Qt::WA_DeleteOnClose);
        m_box->setWindowModality(Qt::NonModal);
    }
    m_box->setText(message);
    m_box->setAccessibleDescription(message);
    m_box->show();
    m_box->raise();
}

} // namespace rd::ui
