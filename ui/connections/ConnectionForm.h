// ConnectionForm: the fields of one connection (name, API, base URL, key, plain-HTTP opt-in) and
// the field problems next to them.
#pragma once

#include "storage/ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rd::ui {

class ApiKeyEdit;

class ConnectionForm : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // Fills the fields; the key field stays empty (the stored key is never shown back) with a
    // placeholder saying where it is kept.
    void load(const ConnectionProfile &profile);
    void clear();
    ConnectionProfile profile() const; // the fields over the loaded profile (id, storage kept)
    QString key() const;
    void setKey(const QString &key);
    void showErrors(const FieldErrors &errors);

    ApiKeyEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }

signals:
    void edited();

private:
    ConnectionProfile m_loaded;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    ApiKeyEdit *m_key;
    QCheckBox *m_allowHttp;
    QLabel *m_errors;
};

} // namespace rd::ui
