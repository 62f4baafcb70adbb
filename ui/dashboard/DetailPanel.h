// DetailPanel: one validation in full — its data, every retry_state field, the policy, the
// timestamps and the timeline of its retry cycle with the reason it will not retry.
#pragma once

#include "api/ValidationDetail.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd::ui {

class DetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);
    // Wide enough for the timeline's five columns and the longest field values.
    QSize sizeHint() const override;

    // requestId: of the GET that returned it (Copy request id). serverNow: for the age check.
    void showDetail(const api::ValidationDetail &detail, const QString &requestId,
                    const QDateTime &serverNow, Qt::TimeSpec spec);
    void showLoading(const QString &id);
    void showError(const QString &message);
    void clear();
    // A sentence above the timeline ("This cycle has already ended…"); empty hides it.
    void setMessage(const QString &message, bool isError = false);
    QString message() const;

    std::optional<api::ValidationDetail> detail() const { return m_detail; }
    QString currentId() const { return m_id; }
    QString requestId() const { return m_requestId; }
    QTreeWidget *timeline() const { return m_timeline; }
    QString stopReason() const;
    QString fieldText(const QString &name) const; // the value shown for a field ("terminal_state")

signals:
    void editPolicyRequested();
    void cancelCycleRequested();

private:
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);

    QLabel *m_header;
    QLabel *m_message;
    QWidget *m_body;
    QTreeWidget *m_timeline;
    QLabel *m_stop;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QPushButton *m_copyId;
    QPushButton *m_copyRequestId;
    std::optional<api::ValidationDetail> m_detail;
    QString m_id;
    QString m_requestId;
};

} // namespace rd::ui
