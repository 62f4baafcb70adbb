// The outbox's names: enum strings (stored in the file and shown in the activity log), what a write
// does and to what, and the file name of a connection's outbox.
#include "outbox/Outbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace rd::outbox {

QString toString(WriteState s) {
    switch (s) {
    case WriteState::Queued:
        return QStringLiteral("queued");
    case WriteState::Sending:
        return QStringLiteral("sending");
    case WriteState::Done:
        return QStringLiteral("done");
    case WriteState::Unknown:
        return QStringLiteral("unknown");
    case WriteState::Superseded:
        return QStringLiteral("superseded");
    case WriteState::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

QString toString(WriteResult r) {
    switch (r) {
    case WriteResult::None:
        return QString();
    case WriteResult::Applied:
        return QStringLiteral("applied");
    case WriteResult::Replayed:
        return QStringLiteral("replayed");
    case WriteResult::Rejected:
        return QStringLiteral("rejected");
    case WriteResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toString(RunState s) {
    switch (s) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Paused:
        return QStringLiteral("paused");
    case RunState::Finished:
        return QStringLiteral("finished");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<WriteState> writeStateFromString(QStringView s) {
    for (auto v : {WriteState::Queued, WriteState::Sending, WriteState::Done, WriteState::Unknown,
                   WriteState::Superseded, WriteState::Dropped}) {
        if (s == toString(v)) {
            return v;
        }
    }
    return std::nullopt;
}

std::optional<WriteResult> writeResultFromString(QStringView s) {
    for (auto v : {WriteResult::None, WriteResult::Applied, WriteResult::Replayed,
                   WriteResult::Rejected, WriteResult::Failed}) {
        if (s == toString(v)) {
            return v;
        }
    }
    return std::nullopt;
}

std::optional<RunState> runStateFromString(QStringView s) {
    for (auto v : {RunState::Running, RunState::Paused, RunState::Finished, RunState::Cancelled}) {
        if (s == toString(v)) {
            return v;
        }
    }
    return std::nullopt;
}

namespace {

// The path's segments without a query (the lists API's ?apiKey= is never journaled, but be safe).
QList<QStringView> segmentsOf(const QString &path) {
    QStringView p(path);
    if (const auto q = p.indexOf(u'?'); q >= 0) {
        p = p.left(q);
    }
    QList<QStringView> out;
    for (QStringView part : p.split(u'/', Qt::SkipEmptyParts)) {
        out.append(part);
    }
    return out;
}

} // namespace

QString actionOf(const QByteArray &method, const QString &path) {
    const auto s = segmentsOf(path);
    if (s.size() < 3) {
        return QStringLiteral("write");
    }
    const QStringView collection = s.at(s.size() - 3);
    const QStringView verb = s.last();
    if (method == "PUT" && collection == u"validations" && verb == u"retry-policy") {
        return QStringLiteral("policy");
    }
    if (method == "POST" && collection == u"validations" && verb == u"cancel-retries") {
        return QStringLiteral("cancel");
    }
    if (method == "POST" && collection == u"bulk-emails" && verb == u"retry") {
        return QStringLiteral("list-retry");
    }
    return QStringLiteral("write");
}

QString targetOf(const QString &path) {
    const auto s = segmentsOf(path);
    // The id after the last collection name the APIs use (…/validations/{id}/…,
    // …/bulk-emails/{id}).
    for (qsizetype i = s.size() - 2; i >= 0; --i) {
        if (s.at(i) == u"validations" || s.at(i) == u"bulk-emails") {
            return s.at(i + 1).toString();
        }
    }
    return {};
}

QString Outbox::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outbox"));
}

QString Outbox::fileNameFor(const QString &connectionId) {
    // Characters other than [A-Za-z0-9._-] become '_'; when that changed anything (or the id is
    // empty or long) a hash of the id is appended, so two connections never share a journal.
    constexpr int kMaxSafe = 64;
    QString safe;
    safe.reserve(connectionId.size());
    for (QChar c : connectionId) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        safe.append(plain ? c : u'_');
    }
    if (safe != connectionId || safe.isEmpty() || safe.size() > kMaxSafe) {
        const QByteArray hash =
            QCryptographicHash::hash(connectionId.toUtf8(), QCryptographicHash::Sha1).toHex();
        safe = safe.left(kMaxSafe) + u'-' + QString::fromLatin1(hash.left(10));
    }
    return QStringLiteral("outbox-%1.sqlite").arg(safe);
}

} // namespace rd::outbox
