// TextArena: append-only UTF-8 storage for per-row strings (tracking keys), addressed by offset.
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace rd {

// One allocation for a million short strings instead of a million QStrings (issue [7]: compact
// storage). Each entry is a 2-byte little-endian length followed by the bytes.
class TextArena {
public:
    static constexpr std::size_t kMaxLength = 0xFFFF;

    quint32 append(std::string_view s) {
        const auto off = quint32(m_bytes.size());
        const std::size_t n = std::min(s.size(), kMaxLength);
        m_bytes.push_back(char(n & 0xFF));
        m_bytes.push_back(char(n >> 8));
        m_bytes.append(s.data(), n);
        return off;
    }
    std::string_view at(quint32 off) const {
        const auto *p = reinterpret_cast<const unsigned char *>(m_bytes.data() + off);
        return {m_bytes.data() + off + 2, std::size_t(p[0] | (p[1] << 8))};
    }
    QString text(quint32 off) const {
        const auto s = at(off);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    void clear() { m_bytes.clear(); }
    void truncate(std::size_t n) { m_bytes.resize(std::min(n, m_bytes.size())); }
    void reserve(std::size_t n) { m_bytes.reserve(n); }
    void squeeze() { m_bytes.shrink_to_fit(); }
    std::size_t bytes() const { return m_bytes.capacity(); }
    std::size_t size() const { return m_bytes.size(); }

private:
    std::string m_bytes;
};

} // namespace rd
