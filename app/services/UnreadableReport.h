// UnreadableReport: the validations a connection's listing held that could not be read.
#pragma once

#include "domain/UnreadableItem.h"

#include <QList>
#include <QSet>
#include <QString>

namespace rd {

// Nothing is dropped silently: the window's status line says "3 of 120 rows could not be read",
// with the first reason and the request id, and the items' JSON can be opened and copied.
struct UnreadableReport {
    int count = 0;                // items that could not be read
    QString requestId;            // of the first answer that held one
    QList<UnreadableItem> items;  // the first UnreadableItem::kMaxKept of them, with their JSON

    bool isEmpty() const { return count == 0; }
    QString firstReason() const { return items.isEmpty() ? QString() : items.first().reason; }
    // Adds what one answer held; an item already reported (same JSON) is not counted twice.
    void merge(int answerCount, const QList<UnreadableItem> &answerItems, const QString &answerId) {
        int known = 0;
        for (const UnreadableItem &u : answerItems) {
            if (m_raw.contains(u.raw)) {
                ++known;
                continue;
            }
            m_raw.insert(u.raw);
            if (items.size() < UnreadableItem::kMaxKept) {
                items.append(u);
            }
        }
        if (answerCount - known > 0 && requestId.isEmpty()) {
            requestId = answerId;
        }
        count += answerCount - known;
    }
    friend bool operator==(const UnreadableReport &a, const UnreadableReport &b) {
        return a.count == b.count && a.requestId == b.requestId && a.items == b.items;
    }

private:
    QSet<QByteArray> m_raw;
};

} // namespace rd
