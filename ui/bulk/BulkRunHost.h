// BulkRunHost: owns the window's bulk runs, so a run keeps going while its connection's screen is
// replaced (the user switches connection and back) and stops, resumable from the outbox, only
// when the window closes. Deleted before the services the runs write through.
#pragma once

#include "services/BulkRun.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace rd {
class ValidationService;
}

namespace rd::ui {

class BulkRunHost : public QObject {
    Q_OBJECT
public:
    explicit BulkRunHost(QObject *parent = nullptr);
    ~BulkRunHost() override;

    // A new run over plan's eligible ids (BulkRun's first constructor); it starts on the next
    // event-loop turn.
    BulkRun *start(ValidationService &service, const BulkAction &action, const DryRun &plan,
                   const QString &description, const QString &spec, const BulkOptions &options);
    // Resumes an unfinished run of the service's outbox with its journaled keys and bytes.
    BulkRun *resume(ValidationService &service, qint64 runId, const BulkOptions &options = {});

    // The service's runs, oldest first (active and ended ones of this session).
    QList<BulkRun *> runsOf(const ValidationService &service) const;
    BulkRun *latestRunOf(const ValidationService &service) const;
    // The run of this outbox run id that this session is running, if any.
    BulkRun *findRun(const ValidationService &service, qint64 runId) const;
    // Stops and deletes the service's runs (what they did not send stays in the outbox, resumable
    // with the same keys). Before a service is replaced: a run must never outlive its service.
    void discardRunsOf(const ValidationService &service);

    // The outbox problem of a connection is said once per session, not at every screen change.
    bool reportShown(const QString &connectionId) const {
        return m_reported.contains(connectionId);
    }
    void setReportShown(const QString &connectionId) { m_reported.insert(connectionId); }

signals:
    void runAdded(rd::BulkRun *run);

private:
    BulkRun *adopt(ValidationService &service, BulkRun *run);

    struct Entry {
        QPointer<ValidationService> service;
        BulkRun *run;
    };
    QList<Entry> m_runs;
    QSet<QString> m_reported;
};

} // namespace rd::ui
