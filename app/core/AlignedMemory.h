// AlignedMemory: the one way (models, sandbox) to get large aligned blocks, asking Linux for huge
// pages (page faults cost ~12 µs each on this kind of VM, and ingest would otherwise fault per
// 4 KiB).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#elif defined(_WIN32)
#include <malloc.h>
#endif

namespace rd::memory {

// bytes rounded up to a multiple of align; hugePage: advise the kernel to back the block with huge
// pages (advisory: falls back to 4 KiB pages). Throws std::bad_alloc. Release with freeAligned.
inline void *allocateAligned(std::size_t bytes, std::size_t align, bool hugePage) {
    bytes = (bytes + align - 1) / align * align;
#if defined(_WIN32)
    void *p = _aligned_malloc(bytes, align);
#else
    void *p = std::aligned_alloc(align, bytes);
#endif
    if (!p) {
        throw std::bad_alloc();
    }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (hugePage) {
        madvise(p, bytes, MADV_HUGEPAGE);
    }
#else
    (void)hugePage;
#endif
    return p;
}

inline void freeAligned(void *p) {
#if defined(_WIN32)
    _aligned_free(p);
#else
    std::free(p);
#endif
}

// A std::vector allocator for big flat tables: blocks of 2 MiB or more are 2 MiB aligned and on
// huge pages (fewer faults, and a random access at a million rows misses the TLB less); smaller
// ones come from operator new.
template <class T> struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;
    HugePageAllocator() = default;
    template <class U> HugePageAllocator(const HugePageAllocator<U> &) {}
    T *allocate(std::size_t n) {
        const std::size_t bytes = n * sizeof(T);
        return static_cast<T *>(bytes >= kHuge ? allocateAligned(bytes, kHuge, true)
                                               : ::operator new(bytes));
    }
    void deallocate(T *p, std::size_t n) {
        if (n * sizeof(T) >= kHuge) {
            freeAligned(p);
        } else {
            ::operator delete(p);
        }
    }
    template <class U> bool operator==(const HugePageAllocator<U> &) const { return true; }
};

} // namespace rd::memory
