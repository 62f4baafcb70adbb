// ListColumn: the columns of the bulk-lists table, in display order.
#pragma once

namespace rd {

// The lists screen: id, name, status, progress (processed of total), the valid / invalid / unknown
// counts, created and updated times, and the retry chain.
enum class ListColumn : int {
    Id,
    Name,
    Status,
    Progress,
    Valid,
    Invalid,
    Unknown,
    Created,
    Updated,
    Chain,
    Count
};

inline constexpr int kListColumnCount = int(ListColumn::Count);

} // namespace rd
