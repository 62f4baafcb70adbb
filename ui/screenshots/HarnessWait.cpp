#include "screenshots/HarnessWait.h"

#include "core/FakeClock.h"
#include "services/ValidationService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace rd::ui {

bool waitOnFakeClock(FakeClock &clock, const std::function<bool()> &done, int advanceMs,
                     int limit) {
    for (int i = 0; i < limit && !done(); ++i) {
        if (advanceMs > 0) {
            clock.advance(Millis(advanceMs));
            QCoreApplication::processEvents();
        } else {
            QEventLoop io;
            QTimer::singleShot(5, &io, &QEventLoop::quit);
            io.exec();
        }
    }
    return done();
}

bool serviceSettled(const ValidationService &service) {
    return !service.isRefreshing() && !service.isSyncing() && !service.isAccountLoading();
}

} // namespace rd::ui
