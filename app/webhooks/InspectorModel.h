// InspectorModel: the webhook inspector's table: one row per event id with its deliveries,
// duplicates, retries, last answer, signature verdict and effect count (which must be 1), and each
// event's deliveries in arrival order for the timeline. No widgets; fed by a WebhookReceiver or
// by hand (screenshots, tests).
#pragma once

#include "webhooks/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace rd::webhooks {

class WebhookReceiver;

struct InspectedEvent {
    QString eventId;
    QString type;
    QString validationId;
    QDateTime firstSeen;
    QList<WebhookDelivery> deliveries; // arrival order
    int duplicates = 0;                // the same attempt delivered again
    int retries = 0;                   // later attempts after failed ones
    int effects = 0;                   // accepted deliveries: 1 when deduped right, else 0
    int rejected = 0;                  // bad signature, replayed timestamp, not an event
};

class InspectorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EventColumn,
        TypeColumn,
        ValidationColumn,
        FirstSeenColumn,
        DeliveriesColumn,
        DuplicatesColumn,
        RetriesColumn,
        LastStatusColumn,
        SignatureColumn,
        EffectsColumn,
        EndpointColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable value of the cell
        EventIdRole,
        LastOutcomeRole, // int DeliveryOutcome of the event's last delivery
    };

    explicit InspectorModel(QObject *parent = nullptr);

    // Takes the receiver's deliveries so far and every later one; null stops following.
    void follow(WebhookReceiver *receiver);
    // A new delivery, or a delivery whose answer or forward result came later (same index).
    void addDelivery(const WebhookDelivery &delivery);
    void updateDelivery(const WebhookDelivery &delivery);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString &eventId) const { return m_rowOf.value(eventId, -1); }
    const InspectedEvent &event(int row) const { return m_events[row]; }
    // Requests that were not readable HTTP or carried no event id at all.
    int unreadableCount() const { return m_unreadable; }
    int deliveryCount() const { return m_total; }

signals:
    void eventChanged(const QString &eventId);

private:
    void recount(InspectedEvent &e) const;
    QString endpointSummary(const InspectedEvent &e) const;

    QList<InspectedEvent> m_events;
    QHash<QString, int> m_rowOf;
    QHash<int, QString> m_eventOfDelivery; // receiver index → event id
    int m_unreadable = 0;
    int m_total = 0;
    QPointer<WebhookReceiver> m_receiver;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace rd::webhooks
