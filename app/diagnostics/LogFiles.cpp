#include "diagnostics/LogFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace rd::diag {

struct LogFiles::Writer {
    QFile file;
    qint64 size = 0;
    bool failed = false;
};

LogFiles::LogFiles(QString directory, Limits limits)
    : m_directory(std::move(directory))
    , m_limits{std::max<qint64>(limits.maxFileBytes, 1024), std::max(limits.maxFiles, 1),
               std::max(limits.maxQueuedLines, 1)}
    , m_writer(new Writer)
    , m_thread([this] { run(); }) {}

LogFiles::~LogFiles() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    delete m_writer;
}

QString LogFiles::defaultDirectory() {
    const QString overridden = qEnvironmentVariable("RETRYDESK_LOG_DIR");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
}

QString LogFiles::pathOf(int index) const {
    return index == 0 ? m_directory + QStringLiteral("/retrydesk.log")
                      : m_directory + QStringLiteral("/retrydesk.%1.log").arg(index);
}

QString LogFiles::currentFile() const {
    return pathOf(0);
}

QStringList LogFiles::files() const {
    QStringList out;
    for (int i = 0; i < m_limits.maxFiles; ++i) {
        if (QFileInfo::exists(pathOf(i))) {
            out << pathOf(i);
        }
    }
    return out;
}

void LogFiles::append(const QString &line) {
    QByteArray bytes = line.toUtf8();
    bytes += '\n';
    {
        std::lock_guard lock(m_mutex);
        if (!m_problem.isEmpty()) {
            return; // the files cannot be written: reported once, not retried per line
        }
        if (int(m_queue.size()) >= m_limits.maxQueuedLines) {
            ++m_dropped;
            return;
        }
        m_queue.push_back(std::move(bytes));
        ++m_queuedSeq;
    }
    m_wake.notify_one();
}

void LogFiles::flush() {
    std::unique_lock lock(m_mutex);
    const quint64 target = m_queuedSeq;
    m_drained.wait(lock, [&] { return m_handledSeq >= target || !m_thread.joinable(); });
}

QString LogFiles::problem() const {
    std::lock_guard lock(m_mutex);
    return m_problem;
}

qint64 LogFiles::droppedLines() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void LogFiles::run() {
    std::deque<QByteArray> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty() && m_stop) {
                break;
            }
            batch.swap(m_queue);
        }
        const quint64 n = batch.size();
        writeBatch(batch);
        batch.clear();
        {
            std::lock_guard lock(m_mutex);
            m_handledSeq += n;
        }
        m_drained.notify_all();
    }
    m_writer->file.close();
}

void LogFiles::writeBatch(std::deque<QByteArray> &batch) {
    Writer &w = *m_writer;
    for (const QByteArray &line : batch) {
        if (w.failed) {
            return;
        }
        if (!w.file.isOpen() && !openCurrent()) {
            return;
        }
        if (w.size > 0 && w.size + line.size() > m_limits.maxFileBytes) {
            rotate();
            if (!openCurrent()) {
                return;
            }
        }
        if (w.file.write(line) != line.size()) {
            fail(
                QStringLiteral("cannot write %1: %2").arg(w.file.fileName(), w.file.errorString()));
            return;
        }
        w.size += line.size();
    }
    // Each batch reaches the OS: a crash right after loses nothing already logged.
    if (w.file.isOpen() && !w.file.flush()) {
        fail(QStringLiteral("cannot write %1: %2").arg(w.file.fileName(), w.file.errorString()));
    }
}

bool LogFiles::openCurrent() {
    Writer &w = *m_writer;
    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create the folder %1").arg(m_directory));
        return false;
    }
    w.file.setFileName(currentFile());
    if (!w.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(QStringLiteral("cannot open %1: %2").arg(currentFile(), w.file.errorString()));
        return false;
    }
    w.size = w.file.size();
    return true;
}

void LogFiles::rotate() {
    Writer &w = *m_writer;
    w.file.close();
    // retrydesk.log -> .1 -> .2 … ; the oldest is dropped.
    QFile::remove(pathOf(m_limits.maxFiles - 1));
    for (int i = m_limits.maxFiles - 2; i >= 0; --i) {
        if (QFile::exists(pathOf(i))) {
            QFile::rename(pathOf(i), pathOf(i + 1));
        }
    }
    w.size = 0;
}

void LogFiles::fail(const QString &why) {
    m_writer->failed = true;
    m_writer->file.close();
    std::deque<QByteArray> dropped;
    {
        std::lock_guard lock(m_mutex);
        if (m_problem.isEmpty()) {
            m_problem = why;
        }
        dropped.swap(m_queue);
        m_handledSeq += dropped.size();
    }
    // Once, straight to stderr: the message handler would only route it back to these files.
    std::fprintf(stderr, "RetryDesk: log files are not written: %s\n", qPrintable(why));
}

} // namespace rd::diag
