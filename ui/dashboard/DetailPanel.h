// DetailPanel: one validation in full — its data, every retry_state field (the state as a
// StateChip), the policy, the timestamps and the timeline of its retry cycle: drawn on a time
// axis (CycleTimelineView), listed in a table, with the reason it will not retry.
#pragma once

#include "api/ValidationDetail.h"
#include "core/Clock.h"

#include <QWidget>
#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd::ui {

class ChipLabel;
class CycleTimelineView;

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
    CycleTimelineView *timelineChart() const { return m_chart; }
    ChipLabel *stateChip() const { return m_stateChip; }
    QString stopReason() const;
    // The value shown for a field; for "terminal_state" (drawn as a chip) the state as the
    // API names it ("cancelled", "no cycle").
    QString fieldText(const QString &name) const;

    // Lets the drawn timeline's Now move between refreshes: while the panel is visible and shows
    // a pending cycle, the chart is redrawn on clock's timers each time Now moves by a pixel (at
    // most once a second), with serverNow's time. Without it Now moves on each showDetail().
    void setNowSource(Clock *clock, std::function<QDateTime()> serverNow);

signals:
    void editPolicyRequested();
    void cancelCycleRequested();
    // Copy link: the screen knows the connection the link names.
    void copyLinkRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);
    void updateChart(const QDateTime &serverNow);
    void scheduleNowTick();
    void stopNowTick();

    QLabel *m_header;
    QLabel *m_message;
    QWidget *m_body;
    ChipLabel *m_stateChip;
    QString m_stateText;
    CycleTimelineView *m_chart;
    QTreeWidget *m_timeline;
    QLabel *m_stop;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QPushButton *m_copyId;
    QPushButton *m_copyLink;
    QPushButton *m_copyRequestId;
    std::optional<api::ValidationDetail> m_detail;
    QString m_id;
    QString m_requestId;
    Qt::TimeSpec m_spec = Qt::UTC;
    Clock *m_clock = nullptr;
    std::function<QDateTime()> m_serverNow;
    Clock::TimerId m_nowTimer = 0;
};

} // namespace rd::ui
