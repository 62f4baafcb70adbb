// DeliveryTimelineView: one webhook event's deliveries drawn against seed 003's schedule: the
// planned attempts as dashed marks at their cumulative offsets, each real delivery at the time it
// arrived, its result told by colour, shape and a word (accepted, failed, timeout, rejected,
// duplicate). The axis is logarithmic, since the gaps run from 30 s to 24 h.
#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QList>
#include <QWidget>

namespace rd::ui {

class DeliveryTimelineView : public QWidget {
    Q_OBJECT
public:
    explicit DeliveryTimelineView(QWidget *parent = nullptr);

    void setDeliveries(const QList<webhooks::WebhookDelivery> &deliveries);
    void clear() { setDeliveries({}); }

    struct Marker {
        int delivery = -1;   // index in the list given, -1 for a planned mark
        int attempt = 0;     // planned: the attempt number
        qint64 offsetMs = 0; // from the first delivery
        QPointF centre;
        QString label;
    };
    QList<Marker> markers() const; // for the current size (tests)
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override { return {760, 190}; }
    QSize minimumSizeHint() const override { return {360, 160}; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    double xFor(qint64 offsetMs) const;
    qint64 axisEndMs() const;
    void updateDescription();

    QList<webhooks::WebhookDelivery> m_deliveries;
};

// "+30 s", "+5 min 30 s", "+3 h 35 min" (translated).
QString offsetText(qint64 ms);

} // namespace rd::ui
