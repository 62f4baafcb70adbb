#include "diagnostics/MessageLog.h"

#include "core/Clock.h"
#include "core/Redaction.h"
#include "diagnostics/LogFiles.h"

#include <QLoggingCategory>

#include <atomic>
#include <cstring>

namespace rd::diag {

namespace {
std::atomic<MessageLog *> s_current{nullptr};
QtMessageHandler s_previousHandler = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
// Whether the rules in force (QT_LOGGING_RULES …) already showed request lines on stderr.
std::atomic<bool> s_requestsOnStderr{false};

void filter(QLoggingCategory *category) {
    if (s_previousFilter) {
        s_previousFilter(category);
    }
    if (std::strcmp(category->categoryName(), kRequestsCategory) == 0) {
        s_requestsOnStderr = category->isInfoEnabled();
        category->setEnabled(QtInfoMsg, true);
    }
}

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "CRITICAL";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}
} // namespace

MessageLog::MessageLog(LogFiles &files, const Clock &clock)
    : m_files(files)
    , m_clock(clock) {
    Q_ASSERT(!s_current.load());
    s_current = this;
    s_previousHandler = qInstallMessageHandler(&MessageLog::handle);
    // The rules in force first, so the filter chains to them from its very first call (Qt calls
    // it for every existing category while installing it).
    s_previousFilter = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter(&filter);
}

MessageLog::~MessageLog() {
    QLoggingCategory::installFilter(s_previousFilter);
    qInstallMessageHandler(s_previousHandler);
    s_current = nullptr;
    m_files.flush();
}

MessageLog *MessageLog::current() {
    return s_current.load();
}

QString MessageLog::formatLine(const QDateTime &utc, QtMsgType type, const char *category,
                               const QString &message) {
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(utc.toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                            QLatin1String(category && *category ? category : "default"), message);
    // Redacted before the newlines are folded: header values end at the end of their line.
    line = redact::text(line);
    line.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    line.replace(u'\n', QLatin1String("\\n"));
    line.replace(u'\r', QLatin1String("\\r"));
    return line;
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    // A message raised while handling one (a warning from inside the redaction, say) goes
    // straight to the previous handler: no recursion into the files.
    thread_local bool handling = false;
    const QString redacted = redact::text(message);
    if (handling) {
        if (s_previousHandler) {
            s_previousHandler(type, context, redacted);
        }
        return;
    }
    handling = true;
    if (MessageLog *self = s_current.load()) {
        self->m_files.append(formatLine(self->m_clock.utcNow(), type, context.category, message));
    }
    const bool fileOnly = type == QtInfoMsg && context.category &&
                          std::strcmp(context.category, kRequestsCategory) == 0 &&
                          !s_requestsOnStderr.load();
    if (!fileOnly && s_previousHandler) {
        s_previousHandler(type, context, redacted);
    }
    handling = false;
    if (type == QtFatalMsg) {
        if (MessageLog *self = s_current.load()) {
            self->m_files.flush(); // the last words reach the disk before qFatal aborts
        }
    }
}

} // namespace rd::diag
