#include "core/Clock.h"

namespace rd {
Clock::~Clock() = default;
} // namespace rd
