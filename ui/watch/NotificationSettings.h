// NotificationSettings: which ends of a watched validation's retry cycle give a desktop
// notification, kept in the settings ("notifications/…"), for every connection alike.
#pragma once

#include "domain/Enums.h"

#include <QObject>

class QSettings;

namespace rd::ui {

class NotificationSettings : public QObject {
    Q_OBJECT
public:
    // settings: not owned; read now, written on every change.
    explicit NotificationSettings(QSettings &settings, QObject *parent = nullptr);

    // The master switch: off, no notification at all (on by default).
    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Per ending (resolved, exhausted, cancelled elsewhere; all on by default). Pending: false.
    bool notifiesOn(TerminalState state) const;
    void setNotifyOn(TerminalState state, bool on);
    // Enabled and on for this ending.
    bool shows(TerminalState state) const { return m_enabled && notifiesOn(state); }

signals:
    void changed();

private:
    void save();

    QSettings &m_settings;
    bool m_enabled = true;
    bool m_resolved = true;
    bool m_exhausted = true;
    bool m_cancelled = true;
};

} // namespace rd::ui
