// TextArena: append-only UTF-8 storage for per-row strings (tracking keys), addressed by offset.
#pragma once

#include "core/AlignedMemory.h"

#include <QString>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <vector>

namespace rd {

// One allocation per 2 MiB for a million short strings instead of a million QStrings (compact
// storage for the million-row budget). Each entry is a 2-byte little-endian length followed by the
// bytes. Like RowChunks, the arena grows in chunks that are never moved: a doubling buffer
// copied 2.4 MB of keys per 100k rows several times over and faulted in fresh 4 KiB pages for every
// copy. A small arena stays small (its first chunk doubles until it is whole); whole chunks are one
// huge page where the OS offers them. An entry never straddles two chunks, so an offset is chunk ×
// 2 MiB + position.
class TextArena {
public:
    static constexpr std::size_t kMaxLength = 0xFFFF;
    static constexpr std::size_t kChunkBytes = std::size_t(2) << 20;
    static constexpr std::size_t kSmallBytes = std::size_t(64) << 10;

    quint32 append(std::string_view s) {
        const std::size_t n = std::min(s.size(), kMaxLength);
        if (m_end + 2 + n > m_limit) {
            makeRoom(2 + n);
        }
        const auto off = quint32(m_end);
        char *p = m_chunks.back().get() + (m_end & (kChunkBytes - 1));
        p[0] = char(n & 0xFF);
        p[1] = char(n >> 8);
        std::memcpy(p + 2, s.data(), n);
        m_end += 2 + n;
        return off;
    }
    std::string_view at(quint32 off) const {
        const char *c = m_chunks[off / kChunkBytes].get() + (off & (kChunkBytes - 1));
        const auto *p = reinterpret_cast<const unsigned char *>(c);
        return {c + 2, std::size_t(p[0] | (p[1] << 8))};
    }
    QString text(quint32 off) const {
        const auto s = at(off);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    void clear() { *this = TextArena(); }
    // Keeps the entries below offset n (a size() taken earlier) and frees the chunks past them.
    void truncate(std::size_t n) {
        if (n >= m_end) {
            return;
        }
        m_end = n;
        const std::size_t keep = std::max<std::size_t>(1, (n + kChunkBytes - 1) / kChunkBytes);
        while (m_chunks.size() > keep) {
            m_chunks.pop_back();
        }
        m_limit = m_chunks.size() == 1 ? m_firstCapacity : m_chunks.size() * kChunkBytes;
    }
    void reserve(std::size_t n) {
        if (m_chunks.size() <= 1 && n > m_firstCapacity) {
            growFirst(std::min(n, kChunkBytes));
        }
    }
    // A single partial chunk gives back its growth slack.
    void squeeze() {
        if (m_chunks.size() == 1 && m_end < m_firstCapacity) {
            if (m_end == 0) {
                clear();
            } else {
                resizeFirst(m_end);
            }
        }
    }
    std::size_t bytes() const {
        return m_chunks.empty() ? 0 : (m_chunks.size() - 1) * kChunkBytes + m_firstCapacity;
    }
    std::size_t size() const { return m_end; }

private:
    struct Free {
        void operator()(char *p) const { memory::freeAligned(p); }
    };
    using Chunk = std::unique_ptr<char[], Free>;

    static Chunk allocate(std::size_t bytes) {
        const bool whole = bytes == kChunkBytes;
        return Chunk(
            static_cast<char *>(memory::allocateAligned(bytes, whole ? kChunkBytes : 16, whole)));
    }
    void resizeFirst(std::size_t cap) {
        Chunk c = allocate(cap);
        if (!m_chunks.empty()) {
            std::memcpy(c.get(), m_chunks[0].get(), m_end);
            m_chunks[0] = std::move(c);
        } else {
            m_chunks.push_back(std::move(c));
        }
        m_firstCapacity = cap;
        m_limit = cap;
    }
    void growFirst(std::size_t atLeast) {
        std::size_t cap = std::max<std::size_t>(4096, m_firstCapacity * 2);
        while (cap < atLeast) {
            cap *= 2;
        }
        // Past 64 KiB, straight to a whole (huge-page) chunk: doubling through 4 KiB pages would
        // fault in twice the final size.
        resizeFirst(cap > kSmallBytes ? kChunkBytes : cap);
    }
    // Room for `need` more bytes: the first chunk grows until whole, then whole chunks follow
    // (the tail of a full chunk is skipped).
    void makeRoom(std::size_t need) {
        if (m_chunks.size() <= 1 && m_firstCapacity < kChunkBytes) {
            growFirst(m_end + need);
            return;
        }
        m_chunks.push_back(allocate(kChunkBytes));
        m_end = (m_chunks.size() - 1) * kChunkBytes;
        m_limit = m_end + kChunkBytes;
    }

    std::vector<Chunk> m_chunks;
    std::size_t m_end = 0;           // offset of the next entry
    std::size_t m_limit = 0;         // end of the last chunk, as an offset
    std::size_t m_firstCapacity = 0; // bytes the first chunk holds (kChunkBytes once whole)
};

} // namespace rd
