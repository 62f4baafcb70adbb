#include "connections/ConnectionsDialog.h"

#include "app/KeyboardAccess.h"
#include "connections/ApiKeyEdit.h"
#include "connections/ConnectionForm.h"
#include "connections/VerdictView.h"
#include "core/Random.h"
#include "storage/ConnectionRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

ConnectionsDialog::ConnectionsDialog(ConnectionRegistry &registry, Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_tester(clock, *SystemRandom::instance())
    , m_list(new QTreeWidget(this))
    , m_form(new ConnectionForm(this))
    , m_verdict(new VerdictView(this))
    , m_keychainBanner(new QFrame(this))
    , m_keychainMessage(new QLabel(m_keychainBanner))
    , m_addButton(new QPushButton(tr("&New"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this)) {
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    m_list->setColumnCount(int(Column::Count));
    m_list->setHeaderLabels({tr("Name"), tr("API"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnWidth(int(Column::Name), 130);
    m_list->setColumnWidth(int(Column::Api), 80);
    m_list->setAccessibleName(tr("Connections"));

    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setFrameShape(QFrame::StyledPanel);
    m_keychainMessage->setWordWrap(true);
    auto *sessionOnly =
        new QPushButton(tr("Keep the key for this &session only"), m_keychainBanner);
    connect(sessionOnly, &QPushButton::clicked, this, &ConnectionsDialog::keepForSessionOnly);
    auto *bannerLayout = new QVBoxLayout(m_keychainBanner);
    bannerLayout->addWidget(m_keychainMessage);
    bannerLayout->addWidget(sessionOnly, 0, Qt::AlignLeft);
    m_keychainBanner->hide();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch();
    formButtons->addWidget(m_saveButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(formButtons);
    right->addWidget(m_keychainBanner);
    right->addWidget(m_verdict);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    // Tab as laid out: the list and its New / Delete, then the form and its buttons, then Close.
    chainTabOrder(layout);

    m_addButton->setShortcut(QKeySequence::New);
    m_testButton->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::startNew);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionsDialog::deleteSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &ConnectionsDialog::onSelectionChanged);
    connect(m_form, &ConnectionForm::edited, m_keychainBanner, &QWidget::hide);
    connect(&m_tester, &ConnectionTester::finished, this, [this](const ConnectionTestResult &r) {
        setBusy(false);
        showVerdict(r);
    });
    connect(&m_registry, &ConnectionRegistry::connectionsChanged, this,
            &ConnectionsDialog::reloadList);
    reloadList();
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    } else {
        startNew();
    }
}

void ConnectionsDialog::reloadList() {
    const QString current = selectedId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : m_registry.connections()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(int(Column::Name), p.demo ? tr("%1 (demo)").arg(p.name) : p.name);
        item->setText(int(Column::Api),
                      p.kind == ApiKind::Validations ? tr("Validations") : tr("Lists"));
        item->setText(int(Column::Address), p.baseUrl.toDisplayString());
        item->setData(int(Column::Name), kIdRole, p.id);
        if (p.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    m_deleteButton->setEnabled(!selectedId().isEmpty());
}

QString ConnectionsDialog::selectedId() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(int(Column::Name), kIdRole).toString()
                                      : QString();
}

void ConnectionsDialog::selectConnection(const QString &id) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(int(Column::Name), kIdRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
    startNew();
}

void ConnectionsDialog::onSelectionChanged() {
    m_tester.abort();
    setBusy(false);
    m_verdict->clear();
    m_keychainBanner->hide();
    const auto profile = m_registry.find(selectedId());
    if (profile) {
        m_form->load(*profile);
    }
    m_deleteButton->setEnabled(profile.has_value());
}

void ConnectionsDialog::startNew() {
    m_list->clearSelection();
    m_form->clear();
    m_verdict->clear();
    m_keychainBanner->hide();
    m_deleteButton->setEnabled(false);
    m_form->nameEdit()->setFocus();
}

void ConnectionsDialog::save() {
    saveWith(m_form->profile());
}

void ConnectionsDialog::saveWith(ConnectionProfile profile) {
    const FieldErrors errors = m_registry.validate(profile);
    m_form->showErrors(errors);
    if (!errors.isEmpty()) {
        return;
    }
    if (profile.id.isEmpty() && m_form->key().isEmpty()) {
        m_form->showErrors(
            {{QStringLiteral("key"), QStringLiteral("required"),
              tr("Paste the API key of this account; it is kept in your system's keychain.")}});
        return;
    }
    setBusy(true);
    m_registry.save(profile, m_form->key(), [this](const SecretResult &r) {
        setBusy(false);
        if (r.keychainUnusable()) {
            showKeychainProblem(r.message);
            return;
        }
        if (!r.ok()) {
            m_form->showErrors({{QString(), QStringLiteral("save"), r.message}});
            return;
        }
        m_keychainBanner->hide();
        selectConnection(m_registry.lastSavedId());
        emit connectionSaved(m_registry.lastSavedId());
    });
}

void ConnectionsDialog::keepForSessionOnly() {
    ConnectionProfile profile = m_form->profile();
    profile.keyStorage =
        KeyStorage::SessionOnly; // the user's explicit choice, never a silent fallback
    saveWith(profile);
}

void ConnectionsDialog::showKeychainProblem(const QString &message) {
    m_keychainMessage->setText(message);
    m_keychainBanner->show();
}

void ConnectionsDialog::testConnection() {
    const ConnectionProfile profile = m_form->profile();
    FieldErrors errors = profile.validate();
    errors.removeIf(
        [](const FieldError &e) { return e.code == QStringLiteral("not_allowed"); }); // a verdict
    errors.removeIf([](const FieldError &e) { return e.field == QStringLiteral("name"); });
    m_form->showErrors(errors);
    if (!errors.isEmpty()) {
        return;
    }
    setBusy(true);
    m_verdict->showTesting();
    if (!m_form->key().isEmpty() || profile.id.isEmpty()) {
        m_tester.start(profile, m_form->key());
        return;
    }
    m_registry.readKey(profile.id, [this, profile](const SecretResult &r) {
        if (!r.ok()) {
            setBusy(false);
            m_verdict->clear();
            showKeychainProblem(r.message);
            return;
        }
        m_tester.start(profile, r.secret);
    });
}

void ConnectionsDialog::showVerdict(const ConnectionTestResult &result) {
    m_verdict->showResult(result);
}

void ConnectionsDialog::deleteSelected() {
    const auto profile = m_registry.find(selectedId());
    if (!profile) {
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Delete connection"),
                              tr("Delete the connection \"%1\" and its key from %2?")
                                  .arg(profile->name, profile->keyStorage == KeyStorage::Keychain
                                                          ? tr("the system keychain")
                                                          : tr("this session")));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_registry.remove(profile->id, [this](const SecretResult &r) {
        if (!r.ok()) {
            QMessageBox::warning(
                this, tr("Delete connection"),
                tr("The connection was deleted, but its keychain entry may remain: %1")
                    .arg(r.message));
        }
        startNew();
    });
}

void ConnectionsDialog::setBusy(bool busy) {
    m_busy = busy;
    m_testButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_testButton->setText(busy ? tr("Testing…") : tr("&Test connection"));
}

} // namespace rd::ui
