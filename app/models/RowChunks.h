// RowChunks: the table's rows in fixed-size chunks — appending never moves or copies a row.
#pragma once

#include "core/AlignedMemory.h"
#include "models/ValidationRow.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include <type_traits>
#include <vector>

namespace rd {

// A million rows arrive page by page with no total known in advance. One growing vector
// copied every row ~3 times and faulted in fresh pages for each copy, then copied them once more to
// release the slack after the last page. Chunks grow without copying and never hold more than one
// chunk of slack (2% at 1M rows), so there is nothing to squeeze. A chunk is one 2 MiB huge page
// where the OS offers them (Linux THP in madvise mode): first-touch page faults were the largest
// cost of ingest (8 MB of rows per 100k = 2,000 faults of ~12 µs each on the CI VMs; one each
// for a huge page).
class RowChunks {
public:
    static constexpr std::size_t kChunkBytes = std::size_t(2) << 20;
    static constexpr quint32 kChunkRows = quint32(kChunkBytes / sizeof(ValidationRow));
    static constexpr std::size_t kSmallBytes = std::size_t(64) << 10;
    static_assert(std::is_trivially_copyable_v<ValidationRow> &&
                  std::is_trivially_destructible_v<ValidationRow>);

    RowChunks() = default;
    RowChunks(const RowChunks &) = delete;
    RowChunks &operator=(const RowChunks &) = delete;
    RowChunks(RowChunks &&o) noexcept
        : m_chunks(std::move(o.m_chunks))
        , m_size(o.m_size)
        , m_firstCapacity(o.m_firstCapacity) {
        o.m_chunks.clear();
        o.m_size = 0;
        o.m_firstCapacity = 0;
    }
    RowChunks &operator=(RowChunks &&o) noexcept {
        if (this != &o) {
            release();
            m_chunks = std::move(o.m_chunks);
            m_size = o.m_size;
            m_firstCapacity = o.m_firstCapacity;
            o.m_chunks.clear();
            o.m_size = 0;
            o.m_firstCapacity = 0;
        }
        return *this;
    }
    ~RowChunks() { release(); }

    const ValidationRow &operator[](quint32 i) const {
        return m_chunks[i / kChunkRows][i % kChunkRows];
    }
    ValidationRow &operator[](quint32 i) { return m_chunks[i / kChunkRows][i % kChunkRows]; }
    quint32 size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // The next row's storage, uninitialised until written (decoders write it in place).
    ValidationRow *appendSlot() {
        if (m_size == m_firstCapacity && m_firstCapacity < kChunkRows) {
            growFirst();
        } else if (m_size % kChunkRows == 0 && m_size / kChunkRows == m_chunks.size()) {
            m_chunks.push_back(allocate(kChunkRows));
        }
        ValidationRow *r = &(*this)[m_size];
        ++m_size;
        return r;
    }
    void push_back(const ValidationRow &r) { new (appendSlot()) ValidationRow(r); }
    // Keeps the first n rows (n ≤ size) and frees the chunks no longer used.
    void truncate(quint32 n) {
        m_size = n;
        const std::size_t keep = (std::size_t(n) + kChunkRows - 1) / kChunkRows;
        while (m_chunks.size() > std::max<std::size_t>(keep, 1)) {
            freeChunk(m_chunks.back());
            m_chunks.pop_back();
        }
    }
    // A table smaller than one chunk gives back its growth slack (the last page has arrived).
    void shrinkToFit() {
        if (m_chunks.size() != 1 || m_size == m_firstCapacity) {
            return;
        }
        if (m_size == 0) {
            clear();
            return;
        }
        ValidationRow *c = allocate(m_size);
        std::memcpy(static_cast<void *>(c), m_chunks[0], m_size * sizeof(ValidationRow));
        freeChunk(m_chunks[0]);
        m_chunks[0] = c;
        m_firstCapacity = m_size;
    }
    void clear() {
        release();
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
        m_firstCapacity = 0;
    }
    std::size_t bytes() const {
        return (m_chunks.empty() ? 0 : (m_chunks.size() - 1) * kChunkBytes) +
               m_firstCapacity * sizeof(ValidationRow) +
               m_chunks.capacity() * sizeof(ValidationRow *);
    }

private:
    // A small table stays small: the first chunk grows (doubling) until it is a whole chunk.
    void growFirst() {
        // Past 64 KiB, straight to a whole (huge-page) chunk: doubling through 4 KiB pages faulted
        // in twice the chunk's size (~1,000 faults) before the first huge page.
        quint32 cap = std::min(kChunkRows, std::max<quint32>(64, m_size * 2));
        if (cap * sizeof(ValidationRow) > kSmallBytes) {
            cap = kChunkRows;
        }
        ValidationRow *c = allocate(cap);
        if (!m_chunks.empty()) {
            std::memcpy(static_cast<void *>(c), m_chunks[0], m_size * sizeof(ValidationRow));
            freeChunk(m_chunks[0]);
            m_chunks[0] = c;
        } else {
            m_chunks.push_back(c);
        }
        m_firstCapacity = cap;
    }
    static ValidationRow *allocate(quint32 rows) {
        // Raw memory, not new[]: ValidationRow's default member initialisers would write the
        // whole chunk once before the decoder writes it again.
        const bool whole = rows == kChunkRows;
        const std::size_t align = whole ? kChunkBytes : 16; // 80-byte rows: a multiple of 16
        const std::size_t bytes = whole ? kChunkBytes : rows * sizeof(ValidationRow);
        return static_cast<ValidationRow *>(memory::allocateAligned(bytes, align, whole));
    }
    static void freeChunk(ValidationRow *c) { memory::freeAligned(c); }
    void release() {
        for (ValidationRow *c : m_chunks) {
            freeChunk(c);
        }
    }

    std::vector<ValidationRow *> m_chunks;
    quint32 m_size = 0;
    quint32 m_firstCapacity = 0; // rows the first chunk holds (kChunkRows once it is whole)
};

} // namespace rd
