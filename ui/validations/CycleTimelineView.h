// CycleTimelineView: a retry cycle drawn on a time axis — the attempts made (filled, with their
// outcome's shape), the attempts still planned (hollow, dashed), the server's now (a line labelled
// Now) and how the cycle ends (a StateChip at its end time, or the reason it will not retry).
// It paints a CycleTimelinePlan and decides nothing; every marker has a shape, a word or number
// and a tooltip, and the accessible description says the whole plan in words.
#pragma once

#include "models/CycleTimelinePlan.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace rd::ui {

class CycleTimelineView : public QWidget {
    Q_OBJECT
public:
    explicit CycleTimelineView(QWidget *parent = nullptr);

    // spec: the time spec of the labels and tooltips (UTC or local), as the panel shows times.
    // A plan that differs from the last only in its now repaints only the Now line.
    void setPlan(const CycleTimelinePlan &plan, Qt::TimeSpec spec);
    void clearPlan();
    const std::optional<CycleTimelinePlan> &plan() const { return m_plan; }
    Qt::TimeSpec timeSpec() const { return m_spec; }

    // One hover target, as laid out for the current size (tests, tooltips).
    struct Marker {
        enum class Kind { Made, Planned, Now, End };
        Kind kind = Kind::Made;
        int index = 0;    // in plan().made or plan().planned
        QRectF hit;       // where hovering shows its tooltip
        QString label;    // drawn next to it ("#2"); empty when it did not fit
        QRectF labelRect; // where that label is drawn (null when it is not)
    };
    QList<Marker> markers() const;
    QString toolTipAt(const QPoint &pos) const; // rich text; empty away from every marker
    // Server milliseconds per device-independent pixel of the axis: how often Now moves by one.
    qint64 msPerPixel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout;
    const Layout &layout() const;
    QString toolTipFor(const Marker &m) const;

    std::optional<CycleTimelinePlan> m_plan;
    Qt::TimeSpec m_spec = Qt::UTC;
    mutable std::shared_ptr<Layout> m_layout; // for the current size, font and plan
};

} // namespace rd::ui
