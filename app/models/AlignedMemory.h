// AlignedMemory: the models' one way to get large aligned blocks, asking Linux for huge pages
// (page faults cost ~12 µs each on this kind of VM, and ingest would otherwise fault per 4 KiB).
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

} // namespace rd::memory
