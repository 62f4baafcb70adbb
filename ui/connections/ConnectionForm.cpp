#include "connections/ConnectionForm.h"

#include "app/ErrorTone.h"
#include "connections/ApiKeyEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rd::ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_key(new ApiKeyEdit(this))
    , m_allowHttp(
          new QCheckBox(tr("Allow plain &HTTP to this host (the key travels unencrypted)"), this))
    , m_errors(new QLabel(this)) {
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_kind->addItem(tr("Validations API (Bearer key)"), int(ApiKind::Validations));
    m_kind->addItem(tr("Bulk lists API (apiKey parameter)"), int(ApiKind::BulkLists));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_errors->setObjectName(QStringLiteral("formErrors"));
    m_errors->setWordWrap(true);
    setErrorTone(m_errors);
    m_errors->hide();

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("A&PI:"), m_kind);
    layout->addRow(tr("Base &URL:"), m_url);
    layout->addRow(tr("API &key:"), m_key);
    layout->addRow(QString(), m_allowHttp);
    layout->addRow(QString(), m_errors);

    for (QLineEdit *edit : {m_name, m_url, static_cast<QLineEdit *>(m_key)}) {
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionForm::edited);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ConnectionForm::edited);
    clear();
}

void ConnectionForm::load(const ConnectionProfile &profile) {
    m_loaded = profile;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_url->setText(profile.baseUrl.toString());
    m_key->clear();
    m_key->setRevealed(false);
    m_key->setPlaceholderText(profile.keyStorage == KeyStorage::Keychain
                                  ? tr("Kept in the system keychain; type a new key to replace it")
                                  : tr("Kept for this session only; type a new key to replace it"));
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_name->setReadOnly(profile.demo);
    m_url->setReadOnly(profile.demo);
    showErrors({});
}

void ConnectionForm::clear() {
    m_loaded = ConnectionProfile{};
    m_name->clear();
    m_name->setReadOnly(false);
    m_kind->setCurrentIndex(0);
    m_url->clear();
    m_url->setReadOnly(false);
    m_key->clear();
    m_key->setRevealed(false);
    m_key->setPlaceholderText(tr("Paste the key from your account"));
    m_allowHttp->setChecked(false);
    showErrors({});
}

ConnectionProfile ConnectionForm::profile() const {
    ConnectionProfile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.kind = ApiKind(m_kind->currentData().toInt());
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.contains(QStringLiteral("://"))) {
        url.prepend(QStringLiteral("https://")); // TLS unless the user writes http:// themselves
    }
    p.baseUrl = QUrl(url, QUrl::StrictMode);
    p.allowInsecureHttp = m_allowHttp->isChecked();
    return p;
}

QString ConnectionForm::key() const {
    return m_key->text().trimmed();
}

void ConnectionForm::setKey(const QString &key) {
    m_key->setText(key);
}

void ConnectionForm::showErrors(const FieldErrors &errors) {
    QStringList lines;
    for (const FieldError &e : errors) {
        lines << e.message;
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

} // namespace rd::ui
