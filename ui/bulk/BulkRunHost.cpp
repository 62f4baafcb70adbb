#include "bulk/BulkRunHost.h"

#include "services/ValidationService.h"

namespace rd::ui {

BulkRunHost::BulkRunHost(QObject *parent)
    : QObject(parent) {}

BulkRunHost::~BulkRunHost() {
    // Runs first (each flushes its outbox); the services they write through outlive the host.
    for (const Entry &e : std::as_const(m_runs)) {
        delete e.run;
    }
}

BulkRun *BulkRunHost::adopt(ValidationService &service, BulkRun *run) {
    m_runs.append({&service, run});
    emit runAdded(run);
    return run;
}

BulkRun *BulkRunHost::start(ValidationService &service, const BulkAction &action,
                            const DryRun &plan, const QString &description, const QString &spec,
                            const BulkOptions &options) {
    Q_ASSERT(service.outbox());
    return adopt(service, new BulkRun(service, *service.outbox(), action, plan, description, spec,
                                      options, this));
}

BulkRun *BulkRunHost::resume(ValidationService &service, qint64 runId, const BulkOptions &options) {
    Q_ASSERT(service.outbox());
    if (BulkRun *running = findRun(service, runId)) {
        return running;
    }
    return adopt(service, new BulkRun(service, *service.outbox(), runId, options, this));
}

void BulkRunHost::discardRunsOf(const ValidationService &service) {
    for (int i = int(m_runs.size()) - 1; i >= 0; --i) {
        if (m_runs[i].service == &service) {
            delete m_runs.takeAt(i).run;
        }
    }
}

QList<BulkRun *> BulkRunHost::runsOf(const ValidationService &service) const {
    QList<BulkRun *> out;
    for (const Entry &e : m_runs) {
        if (e.service == &service) {
            out << e.run;
        }
    }
    return out;
}

BulkRun *BulkRunHost::latestRunOf(const ValidationService &service) const {
    const QList<BulkRun *> runs = runsOf(service);
    return runs.isEmpty() ? nullptr : runs.last();
}

BulkRun *BulkRunHost::findRun(const ValidationService &service, qint64 runId) const {
    for (BulkRun *run : runsOf(service)) {
        if (run->runId() == runId) {
            return run;
        }
    }
    return nullptr;
}

} // namespace rd::ui
