// UnreadableItem: one item of a server's answer that cannot be read as what it should be.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// Nothing is dropped silently: a list item that is not a validation (not an object, no UUID id,
// a retry_state of the wrong shape) is counted and kept with the server's JSON, so the window and
// the CLI can say how many, why, and show the JSON to copy into a support ticket.
struct UnreadableItem {
    static constexpr int kMaxRawBytes = 64 * 1024; // raw JSON beyond this is cut
    static constexpr int kMaxKept = 100;           // per answer; the count includes the rest

    QString reason; // "id: missing", "retry_state.enabled: expected a boolean", …
    QByteArray raw; // the item's JSON as the server sent it

    friend bool operator==(const UnreadableItem &, const UnreadableItem &) = default;
};

} // namespace rd
