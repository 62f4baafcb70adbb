// MessageLog: RetryDesk's Qt message handler. Every qDebug/qInfo/qWarning/qCritical/qFatal becomes
// one redacted line in the LogFiles ("<ISO time> <level> <category> <message>", time from the
// rd::Clock) and still goes to the previous handler (stderr), redacted too. It also switches on
// the request log's category (rd.net.requests, one line per finished attempt) for the files only.
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace rd {
class Clock;
}

namespace rd::diag {

class LogFiles;

class MessageLog {
public:
    // Installs the handler; at most one MessageLog at a time. The destructor restores the
    // previous handler and filter.
    MessageLog(LogFiles &files, const Clock &clock);
    ~MessageLog();
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;

    // The installed one, or null.
    static MessageLog *current();
    LogFiles &files() const { return m_files; }

    // One record as the files carry it: redacted, on one line (newlines written as \n).
    static QString formatLine(const QDateTime &utc, QtMsgType type, const char *category,
                              const QString &message);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    LogFiles &m_files;
    const Clock &m_clock;
};

// The request log's category (app/net/RequestLog): in the files, never newly on stderr.
inline constexpr auto kRequestsCategory = "rd.net.requests";

} // namespace rd::diag
