#include "webhooks/InspectorModel.h"

#include "webhooks/WebhookReceiver.h"

#include <QLocale>

namespace rd::webhooks {

InspectorModel::InspectorModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void InspectorModel::follow(WebhookReceiver *receiver) {
    for (const auto &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    m_receiver = receiver;
    clear();
    if (!receiver) {
        return;
    }
    for (const WebhookDelivery &d : receiver->deliveries()) {
        addDelivery(d);
    }
    m_connections << connect(receiver, &WebhookReceiver::deliveryAdded, this,
                             [this](int i) { addDelivery(m_receiver->deliveries().at(i)); });
    m_connections << connect(receiver, &WebhookReceiver::deliveryChanged, this,
                             [this](int i) { updateDelivery(m_receiver->deliveries().at(i)); });
    m_connections << connect(receiver, &WebhookReceiver::cleared, this, &InspectorModel::clear);
}

void InspectorModel::clear() {
    beginResetModel();
    m_events.clear();
    m_rowOf.clear();
    m_eventOfDelivery.clear();
    m_unreadable = 0;
    m_total = 0;
    endResetModel();
}

void InspectorModel::addDelivery(const WebhookDelivery &delivery) {
    ++m_total;
    if (delivery.eventId.isEmpty()) {
        ++m_unreadable;
        emit eventChanged({});
        return;
    }
    m_eventOfDelivery.insert(delivery.index, delivery.eventId);
    int row = rowOf(delivery.eventId);
    if (row < 0) {
        row = int(m_events.size());
        beginInsertRows({}, row, row);
        // Whole before the view hears of it: views ask for the new row's data at once.
        InspectedEvent e;
        e.eventId = delivery.eventId;
        e.firstSeen = delivery.receivedAt;
        e.deliveries.append(delivery);
        recount(e);
        m_events.append(e);
        m_rowOf.insert(delivery.eventId, row);
        endInsertRows();
    } else {
        InspectedEvent &e = m_events[row];
        e.deliveries.append(delivery);
        recount(e);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit eventChanged(delivery.eventId);
}

void InspectorModel::updateDelivery(const WebhookDelivery &delivery) {
    const int row = rowOf(m_eventOfDelivery.value(delivery.index));
    if (row < 0) {
        return;
    }
    InspectedEvent &e = m_events[row];
    for (WebhookDelivery &d : e.deliveries) {
        if (d.index == delivery.index) {
            d = delivery;
        }
    }
    recount(e);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit eventChanged(e.eventId);
}

void InspectorModel::recount(InspectedEvent &e) const {
    e.duplicates = e.retries = e.effects = e.rejected = 0;
    int counted = 0;
    for (const WebhookDelivery &d : std::as_const(e.deliveries)) {
        if (d.event) {
            e.type = d.event->type;
            e.validationId = d.event->validationId;
        }
        if (d.outcome == DeliveryOutcome::Rejected || d.outcome == DeliveryOutcome::Malformed) {
            ++e.rejected;
            continue;
        }
        e.effects += d.outcome == DeliveryOutcome::Accepted ? 1 : 0;
        if (d.sameAttemptAgain) {
            ++e.duplicates;
        } else if (counted++ > 0) {
            ++e.retries;
        }
    }
}

QString InspectorModel::endpointSummary(const InspectedEvent &e) const {
    QList<int> statuses;
    QList<QByteArray> answers;
    bool failed = false;
    for (const WebhookDelivery &d : e.deliveries) {
        if (d.forward.state == ForwardResult::State::Answered) {
            statuses.append(d.forward.status);
            answers.append(d.forward.firstBytes);
        } else if (d.forward.state == ForwardResult::State::Failed) {
            failed = true;
        }
    }
    if (statuses.isEmpty()) {
        return failed ? tr("unreachable") : QString();
    }
    QStringList parts;
    for (int s : statuses) {
        parts << QString::number(s);
    }
    QString text = parts.join(QStringLiteral(", "));
    if (statuses.size() > 1) {
        const bool same = std::all_of(answers.cbegin(), answers.cend(),
                                      [&](const QByteArray &a) { return a == answers.first(); }) &&
                          std::all_of(statuses.cbegin(), statuses.cend(),
                                      [&](int s) { return s == statuses.first(); });
        text += same ? tr(" (same answer)") : tr(" (answers differ)");
    }
    return failed ? tr("%1; unreachable once").arg(text) : text;
}

int InspectorModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int InspectorModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size() ||
        m_events[index.row()].deliveries.isEmpty()) {
        return {};
    }
    const InspectedEvent &e = m_events[index.row()];
    const WebhookDelivery &last = e.deliveries.last();
    if (role == EventIdRole) {
        return e.eventId;
    }
    if (role == LastOutcomeRole) {
        return int(last.outcome);
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return (c >= DeliveriesColumn && c <= RetriesColumn) || c == EffectsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == EffectsColumn && e.effects != 1) {
        return e.effects == 0 ? tr("Not accepted yet: no delivery of this event was answered 2xx "
                                   "with a valid signature.")
                              : tr("More than one effect: the event was not deduplicated.");
    }
    if (role == Qt::ToolTipRole && index.column() == SignatureColumn &&
        last.verdict != SignatureVerdict::NotVerified && last.verdict != SignatureVerdict::Valid) {
        return last.problem;
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case EventColumn:
        return e.eventId;
    case TypeColumn:
        return e.type;
    case ValidationColumn:
        return e.validationId;
    case FirstSeenColumn:
        // The same shape as every other time in the window ("2026-01-01 12:04:12"), local time
        // like the deliveries list below the table.
        return raw ? QVariant(e.firstSeen)
                   : QVariant(QLocale::c().toString(e.firstSeen.toLocalTime(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case DeliveriesColumn:
        return int(e.deliveries.size());
    case DuplicatesColumn:
        return e.duplicates;
    case RetriesColumn:
        return e.retries;
    case LastStatusColumn:
        if (raw) {
            return last.answeredStatus;
        }
        if (last.outcome == DeliveryOutcome::TimedOut || last.outcome == DeliveryOutcome::Pending) {
            return outcomeWord(last.outcome);
        }
        return tr("%1 %2").arg(last.answeredStatus).arg(outcomeWord(last.outcome));
    case SignatureColumn:
        return raw ? QVariant(int(last.verdict)) : QVariant(verdictWord(last.verdict));
    case EffectsColumn:
        return e.effects;
    case EndpointColumn:
        return endpointSummary(e);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case EventColumn:
        return tr("Event");
    case TypeColumn:
        return tr("Type");
    case ValidationColumn:
        return tr("Validation");
    case FirstSeenColumn:
        return tr("First seen");
    case DeliveriesColumn:
        return tr("Deliveries");
    case DuplicatesColumn:
        return tr("Duplicates");
    case RetriesColumn:
        return tr("Retries");
    case LastStatusColumn:
        return tr("Last answer");
    case SignatureColumn:
        return tr("Signature");
    case EffectsColumn:
        return tr("Effects");
    case EndpointColumn:
        return tr("Your endpoint");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rd::webhooks
