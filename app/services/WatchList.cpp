#include "services/WatchList.h"

#include "models/ValidationTableModel.h"
#include "services/ValidationService.h"

#include <QSettings>

namespace rd {

namespace {
std::optional<TerminalState> stateOf(const ValidationService &service, const QString &id) {
    const std::optional<Validation> v = service.model().validationById(id);
    if (!v || !v->retryState) {
        return std::nullopt;
    }
    return v->retryState->terminalState;
}
} // namespace

WatchList::WatchList(ValidationService &service, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
    , m_key(QStringLiteral("watchlist/") + service.endpoint().connectionId)
    , m_notifyOn{int(TerminalState::Resolved), int(TerminalState::Exhausted),
                 int(TerminalState::Cancelled)} {
    for (const QString &id : m_settings.value(m_key).toStringList()) {
        m_ids.insert(id);
        m_last.insert(id, stateOf(m_service, id));
    }
    ValidationTableModel *model = &m_service.model();
    connect(model, &QAbstractItemModel::dataChanged, this, &WatchList::scheduleCheck);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WatchList::scheduleCheck);
    connect(model, &QAbstractItemModel::modelReset, this, &WatchList::scheduleCheck);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WatchList::scheduleCheck);
}

void WatchList::setWatched(const QString &id, bool watched) {
    if (watched == m_ids.contains(id)) {
        return;
    }
    if (watched) {
        m_ids.insert(id);
        m_last.insert(id, stateOf(m_service, id));
    } else {
        m_ids.remove(id);
        m_last.remove(id);
    }
    save();
    emit changed();
}

QStringList WatchList::ids() const {
    QStringList out(m_ids.cbegin(), m_ids.cend());
    out.sort();
    return out;
}

void WatchList::setNotifyOn(TerminalState state, bool on) {
    if (on) {
        m_notifyOn.insert(int(state));
    } else {
        m_notifyOn.remove(int(state));
    }
}

void WatchList::save() {
    m_settings.setValue(m_key, ids());
}

void WatchList::scheduleCheck() {
    if (m_checkQueued || m_ids.isEmpty()) {
        return;
    }
    m_checkQueued = true;
    QMetaObject::invokeMethod(this, &WatchList::check, Qt::QueuedConnection);
}

void WatchList::check() {
    m_checkQueued = false;
    for (const QString &id : std::as_const(m_ids)) {
        const std::optional<TerminalState> now = stateOf(m_service, id);
        const std::optional<TerminalState> before = m_last.value(id);
        m_last.insert(id, now);
        if (before != TerminalState::Pending || !now || *now == TerminalState::Pending ||
            !m_notifyOn.contains(int(*now))) {
            continue;
        }
        if (*now == TerminalState::Cancelled && m_service.wroteLately(id)) {
            continue; // the user's own cancel is not news
        }
        const std::optional<Validation> v = m_service.model().validationById(id);
        const RetryState rs = v && v->retryState ? *v->retryState : RetryState{};
        const QString attempts =
            rs.maxRetries ? tr("attempt %1 of %2").arg(rs.attemptsCompleted).arg(*rs.maxRetries)
                          : tr("attempt %1").arg(rs.attemptsCompleted);
        QString sentence;
        switch (*now) {
        case TerminalState::Resolved:
            sentence = tr("Validation %1 resolved: a retry came back valid (%2).").arg(id, attempts);
            break;
        case TerminalState::Exhausted:
            sentence = tr("Validation %1 is exhausted: every retry was used without a valid "
                          "result (%2).")
                           .arg(id, attempts);
            break;
        case TerminalState::Cancelled:
            sentence = tr("Validation %1's retry cycle was cancelled elsewhere (%2).")
                           .arg(id, attempts);
            break;
        case TerminalState::Pending:
            break;
        }
        emit cycleEnded(id, *now, sentence);
    }
}

} // namespace rd
