// BulkRun: one bulk policy change or cancel over many validations — the engine behind the window's
// bulk dialogs and the CLI's `validations bulk-policy` / `bulk-cancel`. Every item is journaled in
// the connection's outbox (key + exact bytes) before any is sent, then sent with bounded
// concurrency, an optional speed limit, pause / resume / cancel, at Priority::Bulk (the key's
// limit less a reserve for the user's own actions and less background sync's share). A run killed
// half-way is resumed from the outbox with the same keys and bytes.
#pragma once

#include "net/RateLimitTracker.h"
#include "outbox/Outbox.h"
#include "services/BulkAction.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <optional>
#include <vector>

namespace rd::net {
class Operation;
struct Result;
} // namespace rd::net

namespace rd {

class ValidationService;

// One item of a run's result list.
struct BulkItem {
    enum class Status {
        Queued,   // journaled, not sent yet
        Sending,  // an operation is under way (or was, when the app stopped)
        Applied,  // 2xx
        Replayed, // 2xx replayed: an earlier send of this key was applied (counts as applied)
        Skipped,  // left out by the dry run (reason), or the run was cancelled before it was sent
        Failed,  // code / message / request id; definitive: the server refused it (nothing applied)
        Unknown, // sent more than 24 h ago without an answer: check the validation
    };
    QString validationId;
    QString idempotencyKey; // empty for skipped items
    Status status = Status::Queued;
    bool definitive = false; // Failed: the server's answer says nothing was applied
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    int sends = 0;

    bool ended() const { return status != Status::Queued && status != Status::Sending; }
    bool retryable() const { return status == Status::Failed; }
};
QString toString(BulkItem::Status s); // "applied", "replayed", …

struct BulkOptions {
    // Attempts under way at once: Qt opens 6 connections a host; 2 more wait in its queue so a
    // connection never idles while the GUI thread takes an answer in.
    int concurrency = 8;
    int speedLimitPerMinute = 0; // 0: as fast as the rate limit allows
    int journalChunk = 100;      // items journaled per event-loop turn (keeps the window fluid)
    int claimBatch = 64;         // items claimed (marked Sending) per outbox transaction
};

struct BulkProgress {
    int total = 0; // items in the result list (skipped ones included)
    int applied = 0, replayed = 0, skipped = 0, failed = 0, unknown = 0, sending = 0, queued = 0;
    int journaled = 0;         // while preparing: items written to the outbox so far
    double perSecond = 0;      // over the last few seconds
    std::optional<Millis> eta; // of the items left, at the current rate
    int ended() const { return applied + replayed + skipped + failed + unknown; }
};

class BulkRun : public QObject {
    Q_OBJECT
public:
    enum class State {
        Preparing, // journaling the items in the outbox
        Running,
        Paused,     // nothing new is sent; operations under way finish
        Cancelling, // nothing new is sent; the rest are dropped once operations under way finish
        Finished,   // every item ended
        Cancelled,
        Failed, // the outbox could not be written: nothing further was sent (message())
    };

    // A new run over the dry run's eligible ids; its skipped ones join the result list as Skipped.
    // Starts on the next event-loop turn.
    BulkRun(ValidationService &service, outbox::Outbox &outbox, const BulkAction &action,
            const DryRun &plan, const QString &description, const QString &spec,
            BulkOptions options = {}, QObject *parent = nullptr);
    // Resumes an unfinished run of this outbox: writes claimed more than 24 h ago become Unknown
    // (never resent), Sending and Queued ones are sent with their journaled keys and bytes, at
    // the concurrency and speed limit the run was started with (options: for older runs).
    BulkRun(ValidationService &service, outbox::Outbox &outbox, qint64 runId,
            BulkOptions options = {}, QObject *parent = nullptr);
    ~BulkRun() override;

    State state() const { return m_state; }
    bool isActive() const; // Preparing / Running / Paused / Cancelling
    qint64 runId() const { return m_runId; }
    const BulkAction &action() const { return m_action; }
    QString description() const { return m_description; }
    QString message() const { return m_message; } // why it Failed
    const BulkOptions &options() const { return m_options; }
    const QList<BulkItem> &items() const { return m_items; }
    BulkProgress progress() const;

    void pause();
    void resume();
    void cancel();
    void setSpeedLimit(int perMinute); // 0: none
    void setConcurrency(int n);
    // Sends the Failed items again: not definitive ones with their own key and bytes (the
    // server may have applied them: a replay tells), definitive ones under a new journaled key.
    // Only when the run has ended; it becomes Running again.
    void retryFailed();

signals:
    void stateChanged(rd::BulkRun::State state);
    void itemChanged(int index); // index into items()
    void progressChanged();      // coalesced: at most every 100 ms
    void finished();             // Finished, Cancelled or Failed

private:
    void prepareNext();
    void loadFromOutbox();
    void startSending();
    void pump();
    void sendItem(int index);
    void onAnswer(int index, const net::Result &result);
    void fail(const QString &message);
    void setState(State s);
    void saveSettings(); // concurrency and speed limit, for a resume
    // The service is being destroyed (ValidationService::closing): what was answered is
    // committed, the run stays resumable in the outbox, and nothing touches the service again.
    void detach();
    void maybeFinish();
    void noteProgress();
    void scheduleWake(Millis delay);
    Millis speedDelay() const;

    ValidationService &m_service;
    outbox::Outbox &m_outbox;
    BulkAction m_action;
    QByteArray m_method;
    QByteArray m_body;
    QString m_description;
    QString m_spec;
    BulkOptions m_options;
    qint64 m_runId = 0;
    State m_state = State::Preparing;
    QString m_message;
    QList<BulkItem> m_items;
    std::deque<int> m_queue;          // item indexes to send, in order
    std::vector<char> m_claimed;      // per item: marked Sending in the outbox (may be sent)
    int m_inFlight = 0;               // attempts on the wire (operations not waiting to retry)
    QSet<int> m_waiting;              // items whose operation waits out a backoff / Retry-After
    int m_prepared = 0;               // items journaled so far (Preparing)
    QList<int> m_toJournal;           // item indexes still to journal
    std::optional<Millis> m_lastSend; // monotonic, of the latest send (speed limit)
    std::deque<std::pair<Millis, int>> m_doneTimes; // monotonic, ended count (rate)
    int m_operations = 0;                           // operations started and not answered yet
    quint64 m_wakeTimer = 0;
    quint64 m_progressTimer = 0;
    bool m_progressDirty = false;
    bool m_detached = false;
};

} // namespace rd
