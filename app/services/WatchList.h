// WatchList: the validations a user follows on one connection (kept in the settings), and the
// news about them: when a watched cycle resolves, is exhausted or is cancelled elsewhere — seen
// by the connection's sync, whatever screen is open — cycleEnded() says so exactly once.
#pragma once

#include "domain/Enums.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QSettings;

namespace rd {

class ValidationService;

class WatchList : public QObject {
    Q_OBJECT
public:
    // settings: where the ids are kept ("watchlist/<connection id>"); not owned.
    WatchList(ValidationService &service, QSettings &settings, QObject *parent = nullptr);

    bool isWatched(const QString &id) const { return m_ids.contains(id); }
    void setWatched(const QString &id, bool watched);
    QStringList ids() const;
    int count() const { return int(m_ids.size()); }

    // Which endings are news (all three by default).
    void setNotifyOn(TerminalState state, bool on);
    bool notifiesOn(TerminalState state) const { return m_notifyOn.contains(int(state)); }

    // Looks at the watched rows now (the model's changes call it on the next event-loop turn).
    void check();

signals:
    void changed();
    // A watched cycle that was pending has ended. sentence: "Validation 0f3a…: resolved by a
    // retry (attempt 2 of 3)."
    void cycleEnded(const QString &id, rd::TerminalState state, const QString &sentence);

private:
    void scheduleCheck();
    void save();

    ValidationService &m_service;
    QSettings &m_settings;
    QString m_key;
    QSet<QString> m_ids;
    QHash<QString, std::optional<TerminalState>> m_last; // the state last seen per watched id
    QSet<int> m_notifyOn;
    bool m_checkQueued = false;
};

} // namespace rd
