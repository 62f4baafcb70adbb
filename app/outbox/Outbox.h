// Outbox: the durable journal of one connection's writes — SQLite through QtSql, WAL mode, one
// file per connection in the platform's app-data location. Every write (a single policy change, a
// cancel, a list retry, each item of a bulk run) is recorded with its Idempotency-Key and exact
// body bytes before its first byte is sent and marked done only on a definitive answer, so after a
// crash unfinished writes are resent with the same key and bytes (the server replays them) and
// never under a new key. The activity log reads it.
#pragma once

#include "core/Clock.h"
#include "net/WriteJournal.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace rd::outbox {

class OutboxCheckpointer;

// A write's life: Queued → Sending → Done, or Unknown / Superseded / Dropped.
enum class WriteState {
    Queued,     // journaled, never handed to the network (a bulk run's later items)
    Sending,    // claimed for sending: its bytes may have reached the server
    Done,       // a definitive answer arrived (result says which)
    Unknown,    // sent more than 24 h ago without a definitive answer: never resent (seed 001's
                // key window is over); message says how to check the validation
    Superseded, // a later write to the same path replaced it before it settled: never resent
    Dropped,    // the user cancelled it before it was sent
};
// How a write ended, for the activity log and a bulk run's result list.
enum class WriteResult {
    None,     // not ended yet (Queued / Sending), or Unknown / Superseded / Dropped
    Applied,  // 2xx
    Replayed, // 2xx with Idempotent-Replayed: true — an earlier send of this key was applied
    Rejected, // a definitive 4xx: nothing applied (code says why)
    Failed,   // the last attempt ended without a definitive answer (5xx, no answer, timeout…)
};
enum class RunState { Running, Paused, Finished, Cancelled };

QString toString(WriteState s);  // "queued", "sending", "done", "unknown", "superseded", "dropped"
QString toString(WriteResult r); // "", "applied", "replayed", "rejected", "failed"
QString toString(RunState s);    // "running", "paused", "finished", "cancelled"
std::optional<WriteState> writeStateFromString(QStringView s);
std::optional<WriteResult> writeResultFromString(QStringView s);
std::optional<RunState> runStateFromString(QStringView s);

// What a write does, read from its method and path: "policy" (PUT …/retry-policy), "cancel"
// (POST …/cancel-retries), "list-retry" (POST …/bulk-emails/{id}/retry), "write" otherwise; and
// the validation or list id it is about.
QString actionOf(const QByteArray &method, const QString &path);
QString targetOf(const QString &path);

struct WriteRecord {
    qint64 id = 0;
    std::optional<qint64> runId; // the bulk run it belongs to; nullopt for a single write
    QString idempotencyKey;
    QByteArray method;
    QString path;
    QByteArray body;
    QString action; // actionOf(method, path)
    QString target; // targetOf(path)
    QDateTime createdAt;                // UTC, when journaled
    std::optional<QDateTime> claimedAt; // UTC, first claimed for sending (start of its 24 h)
    int sends = 0;                      // operations started with this key
    WriteState state = WriteState::Queued;
    WriteResult result = WriteResult::None;
    int httpStatus = 0; // of the last answer; 0: none
    QString code;       // the server's error.code, or a local one ("outcome_unknown", …)
    QString requestId;  // of the last answer
    QString message;    // one sentence for a person
    std::optional<QDateTime> finishedAt;

    bool unsettled() const { return state == WriteState::Queued || state == WriteState::Sending; }
};

// A bulk run: what it does, to what, and how far it got.
struct RunRecord {
    qint64 id = 0;
    QString action;      // "policy" / "cancel"
    QString description; // "Apply policy (3 × every 10 min) to 2,000 validations (filter: …)"
    QString spec;        // identity of the request that started it (the CLI resumes a run whose
                         // spec equals its own command's)
    QByteArray body;     // the body every item sends (empty for cancels)
    QDateTime createdAt; // UTC
    std::optional<QDateTime> finishedAt;
    RunState state = RunState::Running;
    int total = 0; // items journaled (skipped ones are not journaled)
    // Counts by state / result, read with the run.
    int queued = 0, sending = 0, applied = 0, replayed = 0, rejected = 0, failed = 0, unknown = 0,
        dropped = 0;
    int done() const { return applied + replayed + rejected; }
};

// A write to journal as part of a run (Outbox::addRunItems).
struct NewWrite {
    QString idempotencyKey;
    QByteArray method;
    QString path;
    QByteArray body;
};

// How opening went. A file that is not a readable outbox is never silently reset: it is moved
// aside (keptCopy) and a fresh outbox is made, and message says so and what to do.
struct OpenReport {
    bool ok = false;        // the outbox can be written
    bool recovered = false; // a damaged file was moved aside and a fresh one made
    QString message;        // empty when nothing needs saying
    QString keptCopy;       // path of the damaged file's copy, when recovered
};

// Filters of the activity log (every field optional).
struct ActivityQuery {
    QString text;                      // in action, target, key, code, request id or message
    std::optional<WriteResult> result; // None matches unsettled ones
    std::optional<QDateTime> since;    // createdAt ≥ since
    int limit = 10000;                 // newest first
};

class Outbox : public QObject, public net::WriteJournal {
    Q_OBJECT
public:
    static constexpr Millis kKeyWindow{24LL * 3600 * 1000}; // seed 001: keys live 24 h
    static constexpr int kSchemaVersion = 1;

    // <AppDataLocation>/outbox (QStandardPaths), created on demand.
    static QString defaultDirectory();
    // "outbox-<connectionId>.sqlite", the id made file-name safe.
    static QString fileNameFor(const QString &connectionId);

    // Opens or creates directory/fileNameFor(connectionId) in WAL mode (synchronous=NORMAL: a
    // killed app loses nothing committed). A file that is not SQLite, fails quick_check, or has a
    // schema this build does not know is moved to "<file>.corrupt-<yyyyMMdd-HHmmss>" (report()
    // names it) and a fresh one is made. If no outbox can be written (read-only directory…),
    // isOpen() is false and beginWrite() refuses every write with report().message.
    Outbox(const QString &directory, const QString &connectionId, Clock &clock,
           QObject *parent = nullptr);
    ~Outbox() override; // flushes

    bool isOpen() const { return m_report.ok; }
    const OpenReport &report() const { return m_report; }
    QString filePath() const { return m_path; }
    QString connectionId() const { return m_connectionId; }

    // net::WriteJournal. beginWrite: an unknown key is inserted as a single write in state
    // Sending (claimedAt now) and any older unsettled single write to the same method and path
    // becomes Superseded; a known key with the same method, path and bytes is claimed again
    // (sends + 1; state Sending unless it has ended); a known key with other bytes is refused.
    bool beginWrite(const net::JournalWrite &write, QString *error) override;
    // Records the answer (result, status, code, request id, message; Done when definitive). Kept
    // in memory and committed in one transaction at the next flush() — within kFlushDelay, or at
    // once for a single write — so a bulk run costs one commit per batch, not per item. A crash
    // before the flush only means the write is resent with its key (and replayed).
    void endWrite(const QString &idempotencyKey, const net::Result &result) override;
    static constexpr Millis kFlushDelay{25};
    void flush();

    // Bulk runs. createRun + addRunItems (chunks of any size, one transaction each) journal the
    // items as Queued with their keys and bytes; claim() marks a batch Sending (one transaction)
    // before their first byte. False on a write error (the run must stop: see lastError()).
    std::optional<qint64> createRun(const QString &action, const QString &description,
                                    const QString &spec, const QByteArray &body);
    bool addRunItems(qint64 runId, const QList<NewWrite> &items);
    bool claim(const QStringList &idempotencyKeys);
    // A run's definitively failed items get new keys for a retry (a 4xx answer is cached under
    // the old key): the old record stays as it ended, a new Queued record joins the run. Returns
    // the new keys in order (empty entries where a key was not a rejected item of the run).
    QStringList requeueRejected(qint64 runId, const QStringList &idempotencyKeys);
    // Items not yet sent (Queued) become Dropped: a cancelled run.
    int dropQueued(qint64 runId);
    // Drops one unsettled write (the user chose not to resume it): Queued or Sending → Dropped.
    bool drop(const QString &idempotencyKey);
    bool setRunState(qint64 runId, RunState state);
    // How a run is sent (its concurrency and speed limit, as "key=value;…" text), so a resumed
    // run keeps what the user chose. Kept in the meta table; empty when never set.
    bool setRunSettings(qint64 runId, const QString &settings);
    QString runSettings(qint64 runId) const;
    std::optional<RunRecord> run(qint64 runId) const;
    QList<RunRecord> runs(int limit = 100) const; // newest first
    // Runs that are Running or Paused (a crash left them so, or they were paused at exit).
    QList<RunRecord> unfinishedRuns() const;
    // The run whose spec is spec and that has not finished, if any (newest).
    std::optional<RunRecord> unfinishedRunWithSpec(const QString &spec) const;
    // All of a run's records in journal order (every state).
    QList<WriteRecord> runWrites(qint64 runId) const;

    // Single writes (not part of a run) still Queued or Sending.
    QList<WriteRecord> unsettledSingleWrites() const;
    std::optional<WriteRecord> write(const QString &idempotencyKey) const;

    // Every write claimed more than kKeyWindow ago that is still Sending becomes Unknown with a
    // message saying how to check ("Open validation … and look at its retry_state: the key
    // expired on …"); returns how many. Call it before resuming anything.
    int expireOldSends();

    // The activity log: writes, newest first.
    QList<WriteRecord> activity(const ActivityQuery &query = {}) const;

    QString lastError() const { return m_lastError; }

signals:
    // Records changed (flush committed answers, a run or write was added or changed).
    void changed();

private:
    void open(const QString &directory);
    bool createSchema();
    bool moveAside(const QString &why);
    void scheduleFlush();
    // "SELECT <every column> FROM writes " + rest, with binds; empty on an error (lastError).
    QList<WriteRecord> selectWrites(const QString &rest, const QVariantList &binds) const;
    bool commitAnswers(); // flush() without the signal (the destructor's); true: records changed

    QString m_connectionId;
    QString m_path;
    QString m_dbName; // QSqlDatabase connection name (unique per Outbox)
    Clock &m_clock;
    OpenReport m_report;
    mutable QString m_lastError; // const readers report their SQL errors too
    struct Answer {
        QString key;
        net::Result result;
        QDateTime at; // when it arrived: the write's finishedAt
    };
    QList<Answer> m_answers;
    // Run items journaled by this object (key → digest of method, path and bytes) and those of
    // them claimed: beginWrite's fast path. Sends counted since the last flush.
    static QByteArray digestOf(const QByteArray &method, const QString &path,
                               const QByteArray &body);
    QHash<QString, QByteArray> m_runDigests;
    QHash<QString, QByteArray> m_claimedDigests;
    QHash<QString, int> m_pendingSends;
    std::unique_ptr<OutboxCheckpointer> m_checkpointer;
    quint64 m_flushTimer = 0;
};

} // namespace rd::outbox
