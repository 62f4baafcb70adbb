#include "WindowRun.h"

#include "ChildProcesses.h"

#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "core/SystemClock.h"
#include "mainwindow/MainWindow.h"
#include "models/ValidationTableModel.h"
#include "net/RequestLog.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"
#include "storage/AppSettings.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"
#include "validations/ValidationTableView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QFile>
#include <QMap>
#include <cstdio>
#include <cstdlib>

#include <algorithm>
#include <memory>

namespace rd::bench::app {

namespace {

constexpr int kLoadTimeoutMs = 15 * 60 * 1000;

void runEventsFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Paints of the table's viewport; the first one with a row in the model is timed after it is
// done (the paint is delivered through the view's own handlers from inside the filter).
class ViewportMeter : public QObject {
public:
    explicit ViewportMeter(const QElapsedTimer &clock)
        : m_clock(clock) {}
    void watch(QWidget *viewport, const ValidationTableModel *model) {
        m_model = model;
        viewport->installEventFilter(this);
    }
    int paints = 0;
    double firstRowMs = -1;
    int rowsAtFirst = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::Paint || m_inside) {
            return false;
        }
        ++paints;
        if (firstRowMs >= 0 || !m_model || m_model->rowCount() == 0) {
            return false;
        }
        m_inside = true;
        QCoreApplication::sendEvent(watched, event); // QTableView::paintEvent, rows and all
        m_inside = false;
        firstRowMs = double(m_clock.nsecsElapsed()) / 1e6;
        rowsAtFirst = m_model->rowCount();
        return true;
    }

private:
    const QElapsedTimer &m_clock;
    const ValidationTableModel *m_model = nullptr;
    bool m_inside = false;
};

// The GUI thread's longest stall: the gap between ticks of a 1 ms precise timer.
class GapMeter {
public:
    explicit GapMeter(const QElapsedTimer &clock)
        : m_clock(clock) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                const qint64 gap = now - m_last;
                m_longest = std::max(m_longest, gap);
                if (gap > 16'000'000) {
                    m_long.emplace_back(double(m_last) / 1e6, double(gap) / 1e6);
                }
            }
            m_last = now;
        });
    }
    void start() { // the first turn counts too: its gap runs from now
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    const std::vector<std::pair<double, double>> &longGaps() const { return m_long; }

private:
    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_last = -1;
    qint64 m_longest = 0;
    std::vector<std::pair<double, double>> m_long;
};

// MainWindow on temporary settings and an in-memory keychain, shown; connectTo() saves a
// connection to the sandbox, which the window opens as it would a user's choice.
class BenchWindow {
public:
    BenchWindow()
        : m_context(*SystemClock::instance(),
                    std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                QSettings::IniFormat),
                    std::make_unique<MemorySecretStore>(), m_dir.filePath(QStringLiteral("outbox")))
        , m_window(ui::AppOptions{}, m_context) {}

    void showAndSettle() {
        m_window.show();
        runEventsFor(500); // exposed, laid out, first frames painted
    }
    void connectTo(const QUrl &url, const QString &key) {
        ConnectionProfile p;
        p.name = QStringLiteral("Bench sandbox");
        p.kind = ApiKind::Validations;
        p.baseUrl = url;
        p.keyStorage = KeyStorage::Keychain; // the in-memory one
        m_context.connections().save(p, key, [](const SecretResult &) {});
    }
    // Calls opened(service, table) once the window has built the validations screen.
    template <typename F> void onOpened(F opened) {
        QObject::connect(
            &m_window, &ui::MainWindow::screenSet, &m_window, [this, opened](ApiKind kind) {
                QWidget *screen = m_window.screen(kind);
                if (kind != ApiKind::Validations || !screen) {
                    return;
                }
                auto *table =
                    screen->findChild<ValidationTableView *>(QStringLiteral("validationsTable"));
                ValidationService *service =
                    m_window.services().find(m_window.activeConnection(ApiKind::Validations));
                if (table && service) {
                    opened(service, table);
                }
            });
    }
    ui::AppContext &context() { return m_context; }

private:
    QTemporaryDir m_dir;
    ui::AppContext m_context;
    ui::MainWindow m_window;
};

// APPBENCH_MEMORY_DETAIL=1: where the resident memory is (a profiling aid): resident KiB by kind
// of mapping, and the malloc heap's own view.
void printMemoryDetail() {
    if (!qEnvironmentVariableIsSet("APPBENCH_MEMORY_DETAIL")) {
        return;
    }
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly)) {
        return;
    }
    QMap<QByteArray, qint64> rss;
    QByteArray kind;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 5 && f[0].contains('-') && !f[0].endsWith(':')) {
            const QByteArray path = f.size() >= 6 ? f[5] : QByteArray("[anon]");
            kind = path.startsWith('/') ? path.mid(path.lastIndexOf('/') + 1) : path;
            if (kind.contains(".so")) {
                kind = "shared libraries: " + kind.left(kind.indexOf(".so"));
            }
        } else if (f.size() >= 2 && f[0] == "Rss:") {
            rss[kind] += f[1].toLongLong();
        }
    }
    qint64 libs = 0;
    for (auto it = rss.cbegin(); it != rss.cend(); ++it) {
        if (it.key().startsWith("shared libraries")) {
            libs += it.value();
            if (qEnvironmentVariableIntValue("APPBENCH_MEMORY_DETAIL") >= 2 && it.value() >= 256) {
                std::printf("  rss %8lld KiB %s\n", it.value(), it.key().constData());
            }
        } else if (it.value() >= 256) {
            std::printf("  rss %8lld KiB %s\n", it.value(), it.key().constData());
        }
    }
    std::printf("  rss %8lld KiB shared libraries (all)\n", libs);
#if defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    std::printf("  malloc: arena %zu KiB, in use %zu KiB, free %zu KiB, mmapped %zu KiB\n",
                m.arena / 1024, m.uordblks / 1024, m.fordblks / 1024, m.hblkhd / 1024);
#endif
}

double cpuSecondsOfProcess() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto secs = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

} // namespace

LoadFigures measureLoad(const QUrl &url, const QString &key, int expectedRows) {
    LoadFigures f;
    f.rssBeforeKb = procStatusKb(QStringLiteral("self"), "VmRSS");
    {
        BenchWindow w;
        w.showAndSettle();
        QElapsedTimer clock;
        ViewportMeter meter(clock);
        GapMeter gaps(clock);
        ValidationService *service = nullptr;
        QEventLoop loading;
        bool done = false;
        w.onOpened([&](ValidationService *s, ValidationTableView *table) {
            if (service) {
                return;
            }
            service = s;
            meter.watch(table->viewport(), table->validationModel());
            QObject::connect(s, &ValidationService::refreshFinished, &loading,
                             [&](bool ok, const QString &message) {
                                 if (done) {
                                     return;
                                 }
                                 done = true;
                                 f.loadedMs = double(clock.nsecsElapsed()) / 1e6;
                                 f.ok = ok;
                                 f.message = message;
                                 loading.quit();
                             });
        });
        QTimer::singleShot(kLoadTimeoutMs, &loading, &QEventLoop::quit);
        clock.start();
        gaps.start();
        w.connectTo(url, key);
        loading.exec();
        gaps.stop();
        f.longestGapMs = gaps.longestMs();
        f.longGaps = gaps.longGaps();
        f.firstRowPaintMs = meter.firstRowMs;
        f.firstPaintRows = meter.rowsAtFirst;
        if (!done) {
            f.ok = false;
            f.message = service ? QStringLiteral("the load did not finish in 15 minutes")
                                : QStringLiteral("the window never opened the connection");
            return f;
        }
        f.rows = service->model().totalCount();
        if (f.ok && f.rows != expectedRows) {
            f.ok = false;
            f.message = QStringLiteral("the model holds %1 rows; the server has %2")
                            .arg(f.rows)
                            .arg(expectedRows);
        }
        runEventsFor(1000); // what follows a load (forecast, detail of row 0) settles
        f.viewportPaints = meter.paints;
        const auto memory = service->model().memory();
        f.modelBytes = memory.fixed + memory.strings;
        f.rssKb = procStatusKb(QStringLiteral("self"), "VmRSS");
        f.hwmKb = procStatusKb(QStringLiteral("self"), "VmHWM");
        printMemoryDetail();
        if (qEnvironmentVariableIsSet("APPBENCH_EXIT_AT_RSS")) {
            std::fflush(stdout);
            std::exit(0); // under heaptrack: what is still allocated here is reported as leaked
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return f;
}

IdleFigures measureIdle(const QUrl &url, const QString &key, int expectedRows, int seconds) {
    IdleFigures f;
    {
        BenchWindow w;
        f.pollSeconds = w.context().appSettings().values().validationsPollSeconds;
        w.showAndSettle();
        QElapsedTimer clock;
        ViewportMeter meter(clock);
        ValidationService *service = nullptr;
        QEventLoop loading;
        w.onOpened([&](ValidationService *s, ValidationTableView *table) {
            if (service) {
                return;
            }
            service = s;
            meter.watch(table->viewport(), table->validationModel());
            QObject::connect(s, &ValidationService::refreshFinished, &loading, &QEventLoop::quit);
        });
        QTimer::singleShot(kLoadTimeoutMs, &loading, &QEventLoop::quit);
        clock.start();
        w.connectTo(url, key);
        loading.exec();
        f.loadSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (!service || service->isRefreshing()) {
            f.message =
                QStringLiteral("the window did not load the %1 validations").arg(expectedRows);
            return f;
        }
        f.rows = service->model().totalCount();
        if (f.rows != expectedRows) {
            f.message = QStringLiteral("the model holds %1 rows; the server has %2")
                            .arg(f.rows)
                            .arg(expectedRows);
            return f;
        }
        runEventsFor(3000); // the forecast of the load and the first row's detail
        QObject::connect(service, &ValidationService::syncFinished, service, [&] { ++f.syncs; });
        QObject::connect(service, &ValidationService::refreshStarted, service,
                         [&] { ++f.fullRefreshes; });
        QObject::connect(&service->requestLog(), &QAbstractItemModel::rowsInserted, service,
                         [&] { ++f.requests; });
        const int paintsBefore = meter.paints;
        const double cpuBefore = cpuSecondsOfProcess();
        QElapsedTimer wall;
        wall.start();
        runEventsFor(seconds * 1000);
        f.cpuSeconds = cpuSecondsOfProcess() - cpuBefore;
        f.seconds = double(wall.nsecsElapsed()) / 1e9;
        f.viewportPaints = meter.paints - paintsBefore;
        f.ok = true;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return f;
}

} // namespace rd::bench::app
