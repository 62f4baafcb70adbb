// The real window in bench_app's own process: rd::ui::MainWindow as ui/app/main.cpp builds it, on
// an AppContext with temporary settings and an in-memory keychain, connected to a sandbox that
// runs in another process. Two measurements: a full load (first painted row, every row loaded,
// the GUI thread's longest stall, resident memory) and an idle minute (CPU time over wall time).
#pragma once

#include <QString>
#include <QUrl>

#include <cstddef>
#include <utility>
#include <vector>

namespace rd::bench::app {

struct LoadFigures {
    bool ok = false;
    QString message;
    double firstRowPaintMs = -1; // connect → the first paint of the table viewport with a row
    double loadedMs = -1;        // connect → refreshFinished with every row in the model
    double longestGapMs = 0;     // longest gap between ticks of a 1 ms precise timer
    std::vector<std::pair<double, double>> longGaps; // (at ms, gap ms) over 16 ms
    int rows = 0;
    int viewportPaints = 0;
    double firstPaintRows = 0;  // rows the model held at that first paint
    qint64 rssKb = -1;          // after the load settled
    qint64 hwmKb = -1;          // peak resident memory of the process so far
    qint64 rssBeforeKb = -1;    // this process before the window was built
    std::size_t modelBytes = 0; // the model's own accounting (rows, index, view, strings)
};

// connect: the profile is saved and the window opens it (the moment the user would pick it).
LoadFigures measureLoad(const QUrl &url, const QString &key, int expectedRows);

struct IdleFigures {
    bool ok = false;
    QString message;
    int rows = 0;
    double loadSeconds = 0;
    double seconds = 0;    // wall time measured
    double cpuSeconds = 0; // user + system of this whole process over that time
    int syncs = 0;         // polls that ran meanwhile
    int fullRefreshes = 0;
    int requests = 0; // attempts the request log recorded
    int viewportPaints = 0;
    int pollSeconds = 0; // the window's auto-refresh interval (the settings' default)
    double cpuPercent() const { return seconds > 0 ? 100.0 * cpuSeconds / seconds : 0; }
};

// The window loads every row, settles, then stays open for `seconds` with the settings' default
// auto-refresh and its countdowns ticking.
IdleFigures measureIdle(const QUrl &url, const QString &key, int expectedRows, int seconds);

} // namespace rd::bench::app
