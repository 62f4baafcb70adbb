// StringPool: interned strings (bank names) shared by every row, addressed by a 16-bit id.
#pragma once

#include <QString>

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rd {

// CEP banks form a small catalogue, so a million rows name a few hundred strings: each row keeps
// a 2-byte id (interned strings, for the million-row budget). Id 0 is the empty string.
class StringPool {
public:
    static constexpr quint16 kFull = 0xFFFF; // returned when 65,535 names are already interned

    StringPool();

    quint16 intern(std::string_view utf8) {
        // Ingest interns two bank names per row: a direct-mapped cache of recent names answers
        // most of them with one short compare instead of hashing the whole name.
        if (const quint16 id = recent(utf8); id != kFull) {
            return id;
        }
        const quint16 id = lookup(utf8);
        if (id != kFull && utf8.find('\\') == std::string_view::npos) {
            m_recent[slotOf(utf8)] = id; // names with a backslash stay out: see recent()
        }
        return id;
    }
    // The id of utf8 when it is one of the recently interned names, else kFull. Those names hold
    // no backslash, so a hit also says utf8 has none (the decoder then skips its escape scan).
    quint16 recent(std::string_view utf8) const {
        const quint16 cached = m_recent[slotOf(utf8)];
        return sameText(m_utf8[cached], utf8) ? cached : kFull;
    }
    quint16 intern(const QString &s);
    const QString &text(quint16 id) const { return m_texts[id < m_texts.size() ? id : 0]; }
    std::string_view utf8(quint16 id) const { return m_utf8[id < m_utf8.size() ? id : 0]; }
    int size() const { return int(m_texts.size()); }
    // Position of each id in the names' collation order (for sorting by bank name).
    const std::vector<quint16> &ranks() const;
    std::size_t bytes() const;

private:
    // First, middle and last byte and the length: bank names often share a first letter or a
    // length ("BANAMEX", "BANORTE"), and a slot two names share answers neither of them.
    static std::size_t slotOf(std::string_view s) {
        return s.empty() ? 0
                         : (s.size() * 0x61 + quint8(s.front()) * 0x9Eu +
                            quint8(s[s.size() / 2]) * 0x3Bu + quint8(s.back())) %
                               kRecentSlots;
    }
    quint16 lookup(std::string_view utf8);
    // Short names: two overlapping 8-byte compares instead of a call to memcmp.
    static bool sameText(std::string_view a, std::string_view b) {
        const std::size_t n = a.size();
        if (n != b.size()) {
            return false;
        }
        if (n < 8 || n > 16) {
            return a == b;
        }
        quint64 a0, a1, b0, b1;
        std::memcpy(&a0, a.data(), 8);
        std::memcpy(&b0, b.data(), 8);
        std::memcpy(&a1, a.data() + n - 8, 8);
        std::memcpy(&b1, b.data() + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, quint16, Hash, std::equal_to<>> m_ids;
    std::vector<std::string> m_utf8;
    std::vector<QString> m_texts;
    mutable std::vector<quint16> m_ranks;
    static constexpr std::size_t kRecentSlots = 64;
    quint16 m_recent[kRecentSlots] = {}; // ids of recent names, by slotOf (0: the empty name)
};

} // namespace rd
