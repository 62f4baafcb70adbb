#include "services/OutboxResume.h"

#include "net/ApiClient.h"
#include "net/Operation.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a helper function: lupdate then files every text under this
// context, free functions included, as the runtime looks it up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::OutboxResume)
};
} // namespace

QString PendingWork::summary() const {
    const QLocale locale;
    QStringList parts;
    if (runs.size() == 1) {
        const outbox::RunRecord &r = runs.first();
        parts << Text::tr("1 bulk run (%1 of %2 done)")
                     .arg(locale.toString(r.done()), locale.toString(r.total));
    } else if (runs.size() > 1) {
        parts << Text::tr("%1 bulk runs").arg(runs.size());
    }
    if (singles.size() == 1) {
        parts << Text::tr("1 single write");
    } else if (singles.size() > 1) {
        parts << Text::tr("%1 single writes").arg(singles.size());
    }
    QString text;
    if (!parts.isEmpty()) {
        text = parts.size() == 1
                   ? Text::tr("%1 did not finish when RetryDesk last stopped.").arg(parts.value(0))
                   : Text::tr("%1 and %2 did not finish when RetryDesk last stopped.")
                         .arg(parts.value(0), parts.value(1));
    }
    if (expiredNow > 0) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                Text::tr("%1 sent over 24 hours ago never got an answer: their outcome is unknown "
                   "(see the activity log).")
                    .arg(expiredNow);
    }
    return text;
}

PendingWork pendingWork(outbox::Outbox &outbox) {
    PendingWork w;
    if (!outbox.isOpen()) {
        return w;
    }
    w.expiredNow = outbox.expireOldSends();
    w.runs = outbox.unfinishedRuns();
    w.singles = outbox.unsettledSingleWrites();
    return w;
}

SingleWriteResume::SingleWriteResume(net::ApiClient &client,
                                     const QList<outbox::WriteRecord> &writes, QObject *parent)
    : QObject(parent)
    , m_total(int(writes.size())) {
    if (writes.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(0, 0, {}); }, Qt::QueuedConnection);
        return;
    }
    for (const outbox::WriteRecord &w : writes) {
        m_targets << w.target;
        // The journaled key and bytes: the server replays what it already applied.
        net::Operation *op = client.send(w.method, w.path, {}, w.body, w.idempotencyKey);
        connect(op, &net::Operation::finished, this, [this](const net::Result &r) {
            ++m_answered;
            if (r.ok()) {
                ++m_applied;
            }
            if (m_answered == m_total) {
                emit finished(m_applied, m_total - m_applied, m_targets);
            }
        });
    }
}

} // namespace rd
