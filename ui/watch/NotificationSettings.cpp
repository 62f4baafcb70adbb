#include "watch/NotificationSettings.h"

#include <QSettings>

namespace rd::ui {

namespace {
const QString kEnabled = QStringLiteral("notifications/enabled");
const QString kResolved = QStringLiteral("notifications/resolved");
const QString kExhausted = QStringLiteral("notifications/exhausted");
const QString kCancelled = QStringLiteral("notifications/cancelledElsewhere");
} // namespace

NotificationSettings::NotificationSettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_enabled(settings.value(kEnabled, true).toBool())
    , m_resolved(settings.value(kResolved, true).toBool())
    , m_exhausted(settings.value(kExhausted, true).toBool())
    , m_cancelled(settings.value(kCancelled, true).toBool()) {}

void NotificationSettings::setEnabled(bool on) {
    if (on != m_enabled) {
        m_enabled = on;
        save();
    }
}

bool NotificationSettings::notifiesOn(TerminalState state) const {
    switch (state) {
    case TerminalState::Resolved:
        return m_resolved;
    case TerminalState::Exhausted:
        return m_exhausted;
    case TerminalState::Cancelled:
        return m_cancelled;
    case TerminalState::Pending:
        break;
    }
    return false;
}

void NotificationSettings::setNotifyOn(TerminalState state, bool on) {
    bool *flag = state == TerminalState::Resolved    ? &m_resolved
                 : state == TerminalState::Exhausted ? &m_exhausted
                 : state == TerminalState::Cancelled ? &m_cancelled
                                                     : nullptr;
    if (flag && *flag != on) {
        *flag = on;
        save();
    }
}

void NotificationSettings::save() {
    m_settings.setValue(kEnabled, m_enabled);
    m_settings.setValue(kResolved, m_resolved);
    m_settings.setValue(kExhausted, m_exhausted);
    m_settings.setValue(kCancelled, m_cancelled);
    emit changed();
}

} // namespace rd::ui
