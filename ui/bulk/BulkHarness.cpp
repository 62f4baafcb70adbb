#include "bulk/BulkHarness.h"

#include "bulk/BulkController.h"
#include "bulk/BulkRunHost.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "dashboard/ValidationsScreen.h"
#include "models/ValidationTableModel.h"
#include "net/RequestLog.h"
#include "outbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/HarnessWait.h"
#include "services/BulkRun.h"
#include "services/ValidationServiceRegistry.h"
#include "validations/ValidationTableView.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

sandbox::SandboxOptions BulkHarness::smallDataset() {
    sandbox::SandboxOptions o;
    o.datasetSize = 24;
    o.listCount = 0;
    o.wire = sandbox::wireModeFromEnvironment(); // the test suites run against both wires
    return o;
}

BulkHarness::BulkHarness(FakeClock &clock, sandbox::SandboxOptions options, const Prepare &prepare,
                         QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_jitter(std::make_unique<SeededRandom>(7))
    , m_sandbox(std::make_unique<sandbox::SandboxServer>(clock, options)) {
    setObjectName(QStringLiteral("bulkHarness"));
    m_tempDir = std::make_unique<QTemporaryDir>();
    m_outboxDirectory = m_tempDir->path();
    if (prepare) {
        prepare(m_outboxDirectory);
    }
    m_services = std::make_unique<ValidationServiceRegistry>(clock, *m_jitter);
    m_services->setOutboxDirectory(m_outboxDirectory);
    m_host = std::make_unique<BulkRunHost>();
    m_sandbox->listen();
    m_service = m_services->serviceFor({QLatin1String(kConnectionId), m_sandbox->baseUrl(),
                                        QLatin1String(sandbox::kDemoUpdateKey)});
    m_screen = new ValidationsScreen(*m_service, QStringLiteral("Sandbox"), this);
    m_screen->setBulkHost(m_host.get());
    m_screen->bulk().checkOutbox();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
}

BulkHarness::~BulkHarness() {
    delete m_screen; // it observes the service
    m_screen = nullptr;
    m_host.reset(); // runs before the services they write through
}

BulkController &BulkHarness::bulk() const {
    return m_screen->bulk();
}

bool BulkHarness::waitUntil(const std::function<bool()> &done, int advanceMs, int limit) {
    return waitOnFakeClock(m_clock, done, advanceMs, limit);
}

bool BulkHarness::waitForRefresh() {
    QCoreApplication::processEvents();
    return waitUntil([this] { return serviceSettled(*m_service); });
}

bool BulkHarness::waitForEnd(BulkRun &run, int limit) {
    QPointer<BulkRun> guard(&run);
    int idle = 0;
    int ended = -1;
    for (int i = 0; i < limit && guard && guard->isActive(); ++i) {
        QEventLoop io;
        QTimer::singleShot(2, &io, &QEventLoop::quit);
        io.exec();
        if (!guard) {
            break;
        }
        const BulkProgress p = guard->progress();
        idle = p.ended() == ended ? idle + 1 : 0;
        ended = p.ended();
        // The clock moves when nothing is under way (a speed-limit or rate-limit wait), or when
        // loopback I/O has brought nothing for a while (a backoff before the next attempt).
        if (p.sending == 0 || idle >= 5) {
            m_clock.advance(Millis(100));
            idle = 0;
        }
    }
    return guard && !guard->isActive();
}

bool BulkHarness::driveToEnd(BulkRun &run, int limit) {
    QPointer<BulkRun> guard(&run);
    const net::RequestLog &log = m_service->requestLog();
    auto inFlight = [&log] {
        for (int row = log.rowCount() - 1; row >= 0 && row >= log.rowCount() - 64; --row) {
            if (log.entry(row).durationMs < 0) {
                return true;
            }
        }
        return false;
    };
    for (int i = 0; i < limit && guard && guard->isActive(); ++i) {
        QCoreApplication::sendPostedEvents(); // journaling chunks, queued starts
        QCoreApplication::processEvents();
        if (inFlight()) {
            QEventLoop io;
            QTimer::singleShot(2, &io, &QEventLoop::quit);
            io.exec();
            continue;
        }
        QCoreApplication::sendPostedEvents();
        if (guard && guard->isActive() && !inFlight() && !m_clock.fireNext()) {
            break; // nothing left to wait for, yet not ended
        }
    }
    return guard && !guard->isActive();
}

bool BulkHarness::waitFor(const std::function<bool()> &done, FakeClock *clock, int limit) {
    for (int i = 0; i < limit && !done(); ++i) {
        QEventLoop io;
        QTimer::singleShot(2, &io, &QEventLoop::quit);
        io.exec();
        if (clock && !done()) {
            clock->advance(Millis(100));
        }
    }
    return done();
}

void BulkHarness::selectIds(const QStringList &ids) {
    ValidationTableView *table = m_screen->table();
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_service->model().rowForId(id);
        if (row >= 0) {
            selection.select(m_service->model().index(row, 0),
                             m_service->model().index(row, m_service->model().columnCount() - 1));
        }
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

qint64 BulkHarness::journalUnfinishedRun(const QString &directory, FakeClock &clock,
                                         const BulkAction &action, const QStringList &ids, int sent,
                                         const QString &connectionId) {
    outbox::Outbox box(directory, connectionId, clock);
    const std::optional<qint64> run = box.createRun(
        action.name(),
        QStringLiteral("%1 — %2 validations (the selection)").arg(action.title()).arg(ids.size()),
        QStringLiteral("window %1 test").arg(action.name()), action.body());
    if (!run) {
        return 0;
    }
    QList<outbox::NewWrite> writes;
    QStringList keys;
    for (int i = 0; i < ids.size(); ++i) {
        const QString key =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i + 1, 12, 10, QLatin1Char('0'));
        keys << key;
        writes.append({key, action.method(), action.pathFor(ids[i]), action.body()});
    }
    box.addRunItems(*run, writes);
    box.claim(keys.mid(0, sent));
    box.flush();
    return *run;
}

} // namespace rd::ui
