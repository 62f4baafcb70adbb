// HarnessWait: how the screen harnesses (tests and goldens) wait for the app on a fake clock.
#pragma once

#include <functional>

namespace rd {
class FakeClock;
class ValidationService;
} // namespace rd

namespace rd::ui {

// Until done() holds, at most limit rounds: each moves the fake clock advanceMs and runs the
// events that made due, or with advanceMs 0 serves a few real milliseconds of loopback I/O (so
// work waiting on the fake clock makes the wait fail instead of hang).
bool waitOnFakeClock(FakeClock &clock, const std::function<bool()> &done, int advanceMs,
                     int limit);
// No refresh, sync or account request of the service is under way (the account request runs
// beside the first refresh: what a screen shows must not depend on which answer came first).
bool serviceSettled(const ValidationService &service);

} // namespace rd::ui
