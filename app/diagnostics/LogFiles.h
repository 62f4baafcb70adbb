// LogFiles: RetryDesk's rotating log files (retrydesk.log, retrydesk.1.log …), written by a thread
// of their own so a slow, full or read-only disk never blocks or crashes the caller; a failure is
// kept (problem()) for the diagnostics report instead of being retried line after line.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rd::diag {

class LogFiles {
public:
    struct Limits {
        qint64 maxFileBytes = 1024 * 1024; // a file is rotated before it grows past this
        int maxFiles = 5;                  // retrydesk.log plus maxFiles - 1 older ones
        int maxQueuedLines = 20000; // beyond this (disk far behind) lines are dropped, counted
    };

    explicit LogFiles(QString directory, Limits limits);
    explicit LogFiles(QString directory)
        : LogFiles(std::move(directory), Limits{}) {}
    ~LogFiles(); // writes what is queued, then stops the writer
    LogFiles(const LogFiles &) = delete;
    LogFiles &operator=(const LogFiles &) = delete;

    // The platform's app-data folder + "/logs" (Linux: ~/.local/share/RetryDesk/logs, macOS:
    // ~/Library/Application Support/RetryDesk/logs, Windows: %LOCALAPPDATA%/RetryDesk/logs);
    // RETRYDESK_LOG_DIR overrides it (tests, and users who want them elsewhere).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString currentFile() const;
    // The log files that exist, newest first.
    QStringList files() const;

    // Queues one line (a newline is added) and returns at once. Thread-safe.
    void append(const QString &line);
    // Waits until every line queued so far is written (or given up on). For tests and shutdown.
    void flush();

    // Empty while the files are written; otherwise what went wrong first, with the file's path.
    QString problem() const;
    qint64 droppedLines() const;

private:
    void run();
    void writeBatch(std::deque<QByteArray> &batch);
    bool openCurrent();
    void rotate();
    void fail(const QString &why);
    QString pathOf(int index) const;

    const QString m_directory;
    const Limits m_limits;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // the writer: lines queued, or stop
    std::condition_variable m_drained; // flush(): the writer caught up
    std::deque<QByteArray> m_queue;
    quint64 m_queuedSeq = 0;  // lines accepted so far
    quint64 m_handledSeq = 0; // lines written or given up on
    bool m_stop = false;
    QString m_problem;
    qint64 m_dropped = 0;

    // Writer thread only.
    struct Writer;
    Writer *m_writer;
    std::thread m_thread;
};

} // namespace rd::diag
