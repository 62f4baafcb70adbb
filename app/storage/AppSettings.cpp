#include "storage/AppSettings.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cstdlib>

namespace rd {

namespace {

// Every key of the preferences, here and nowhere else. Notifications keep their own keys
// ("notifications/…", ui/watch/NotificationSettings).
const QString kValidationsPoll = QStringLiteral("sync/validationsPollSeconds");
const QString kFullRefresh = QStringLiteral("sync/fullRefreshMinutes");
const QString kListsFirstPoll = QStringLiteral("sync/listsFirstPollSeconds");
const QString kListsMaxPoll = QStringLiteral("sync/listsMaxPollSeconds");
const QString kTimeZone = QStringLiteral("display/timeZone");
const QString kTheme = QStringLiteral("display/theme");
const QString kLanguage = QStringLiteral("display/language");
const QString kRequestTimeout = QStringLiteral("network/requestTimeoutSeconds");
const QString kTotalTimeout = QStringLiteral("network/totalTimeoutSeconds");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");

template <typename E> struct Names;
template <> struct Names<AppSettings::TimeZone> {
    static inline const QStringList list = {QStringLiteral("local"), QStringLiteral("utc")};
};
template <> struct Names<AppSettings::Theme> {
    static inline const QStringList list = {QStringLiteral("system"), QStringLiteral("light"),
                                            QStringLiteral("dark")};
};
template <> struct Names<AppSettings::ProxyMode> {
    static inline const QStringList list = {QStringLiteral("system"), QStringLiteral("none"),
                                            QStringLiteral("manual")};
};

template <typename E> QString nameOf(E e) {
    return Names<E>::list.value(int(e));
}
template <typename E> E enumOf(const QVariant &v, E fallback) {
    const qsizetype i = Names<E>::list.indexOf(v.toString().trimmed().toLower());
    return i < 0 ? fallback : E(i);
}

// The allowed choice nearest to value (the smaller one on a tie). 0 means "off" and is only
// ever chosen as itself: 1 s is a wish for a fast poll, which the floor grants, not for none.
template <std::size_t N> int nearest(const int (&choices)[N], int value) {
    if (value == 0) {
        return 0;
    }
    int best = choices[1];
    for (int c : choices) {
        if (c != 0 && std::abs(c - value) < std::abs(best - value)) {
            best = c;
        }
    }
    return best;
}

// Clamps value into [lo, hi]; an adjustment adds an issue with the reason.
void clampInto(int &value, int lo, int hi, AppSettings::Field field, const QString &why,
               QList<AppSettings::Issue> &issues) {
    const int clamped = std::clamp(value, lo, hi);
    if (clamped != value) {
        issues.append({field, false, why.arg(value).arg(clamped)});
        value = clamped;
    }
}

} // namespace

AppSettings::AppSettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_values(read()) {}

AppSettings::Values AppSettings::read() const {
    const Values d;
    Values v;
    const QSettings &s = m_settings;
    v.validationsPollSeconds = s.value(kValidationsPoll, d.validationsPollSeconds).toInt();
    v.fullRefreshMinutes = s.value(kFullRefresh, d.fullRefreshMinutes).toInt();
    v.listsFirstPollSeconds = s.value(kListsFirstPoll, d.listsFirstPollSeconds).toInt();
    v.listsMaxPollSeconds = s.value(kListsMaxPoll, d.listsMaxPollSeconds).toInt();
    v.timeZone = enumOf(s.value(kTimeZone), d.timeZone);
    v.theme = enumOf(s.value(kTheme), d.theme);
    v.language = s.value(kLanguage, d.language).toString();
    v.requestTimeoutSeconds = s.value(kRequestTimeout, d.requestTimeoutSeconds).toInt();
    v.totalTimeoutSeconds = s.value(kTotalTimeout, d.totalTimeoutSeconds).toInt();
    v.proxyMode = enumOf(s.value(kProxyMode), d.proxyMode);
    v.proxyHost = s.value(kProxyHost, d.proxyHost).toString();
    v.proxyPort = s.value(kProxyPort, d.proxyPort).toInt();
    // A hand-edited file out of bounds is brought back within them; a manual proxy that cannot
    // be used falls back to the system's rather than sending nothing anywhere.
    if (hasBlocking(normalize(v))) {
        v.proxyMode = ProxyMode::System;
    }
    return v;
}

void AppSettings::write(const Values &v) {
    QSettings &s = m_settings;
    s.setValue(kValidationsPoll, v.validationsPollSeconds);
    s.setValue(kFullRefresh, v.fullRefreshMinutes);
    s.setValue(kListsFirstPoll, v.listsFirstPollSeconds);
    s.setValue(kListsMaxPoll, v.listsMaxPollSeconds);
    s.setValue(kTimeZone, nameOf(v.timeZone));
    s.setValue(kTheme, nameOf(v.theme));
    s.setValue(kLanguage, v.language);
    s.setValue(kRequestTimeout, v.requestTimeoutSeconds);
    s.setValue(kTotalTimeout, v.totalTimeoutSeconds);
    s.setValue(kProxyMode, nameOf(v.proxyMode));
    // Host and port only: a proxy password is never written to a file (none is asked for).
    s.setValue(kProxyHost, v.proxyHost);
    s.setValue(kProxyPort, v.proxyPort);
    s.sync();
}

QString AppSettings::storedLanguage(const QSettings &settings) {
    Values v;
    v.language = settings.value(kLanguage).toString();
    normalize(v);
    return v.language;
}

QList<AppSettings::Issue> AppSettings::normalize(Values &v) {
    QList<Issue> issues;
    const int poll = nearest(kValidationsPollChoices, v.validationsPollSeconds);
    if (poll != v.validationsPollSeconds) {
        issues.append({Field::ValidationsPoll, false,
                       tr("Auto-refresh every %1 s is not offered: every %2 s instead (the "
                          "choices keep background work within half the rate limit).")
                           .arg(v.validationsPollSeconds)
                           .arg(poll)});
        v.validationsPollSeconds = poll;
    }
    const int full = nearest(kFullRefreshChoices, v.fullRefreshMinutes);
    if (full != v.fullRefreshMinutes) {
        issues.append({Field::FullRefresh, false,
                       tr("A full refresh every %1 min is not offered: every %2 min instead.")
                           .arg(v.fullRefreshMinutes)
                           .arg(full)});
        v.fullRefreshMinutes = full;
    }
    clampInto(v.listsFirstPollSeconds, kListsFirstPollMin, kListsFirstPollMax,
              Field::ListsFirstPoll,
              tr("The first status check after %1 s is outside 5–60 s (seed 000's backoff starts "
                 "at 5 s): %2 s instead."),
              issues);
    clampInto(v.listsMaxPollSeconds, v.listsFirstPollSeconds, kListsMaxPollMax, Field::ListsMaxPoll,
              tr("Status checks at most every %1 s must lie between the first check and 5 "
                 "minutes (seed 000): %2 s instead."),
              issues);
    static const QRegularExpression languageTag(QStringLiteral("^[a-z]{2,3}$"));
    if (!v.language.isEmpty() && !languageTag.match(v.language).hasMatch()) {
        issues.append(
            {Field::Language, false,
             tr("“%1” is not a language code: the system's language instead.").arg(v.language)});
        v.language.clear();
    }
    clampInto(v.requestTimeoutSeconds, kRequestTimeoutMin, kRequestTimeoutMax,
              Field::RequestTimeout,
              tr("A request timeout of %1 s is outside 5–30 s (seed 003: a request takes at most "
                 "30 s): %2 s instead."),
              issues);
    clampInto(v.totalTimeoutSeconds, v.requestTimeoutSeconds, kTotalTimeoutMax, Field::TotalTimeout,
              tr("A total time of %1 s must lie between the request timeout and 5 minutes (seed "
                 "003): %2 s instead."),
              issues);
    v.proxyHost = v.proxyHost.trimmed();
    if (v.proxyMode == ProxyMode::Manual) {
        static const QRegularExpression bad(QStringLiteral("[\\s/@]|://"));
        if (v.proxyHost.isEmpty()) {
            issues.append({Field::ProxyHost, true, tr("Enter the proxy's host name or address.")});
        } else if (bad.match(v.proxyHost).hasMatch()) {
            issues.append({Field::ProxyHost, true,
                           tr("Enter the host only (for example proxy.example.com), without "
                              "http://, a user or a path.")});
        }
        if (v.proxyPort < 1 || v.proxyPort > 65535) {
            issues.append({Field::ProxyPort, true, tr("The port is a number from 1 to 65535.")});
        }
    } else if (v.proxyPort < 1 || v.proxyPort > 65535) {
        v.proxyPort = Values().proxyPort; // not in use: remembered for later, never an error
    }
    return issues;
}

bool AppSettings::hasBlocking(const QList<Issue> &issues) {
    return std::any_of(issues.begin(), issues.end(), [](const Issue &i) { return i.blocking; });
}

QList<AppSettings::Issue> AppSettings::apply(Values v) {
    const QList<Issue> issues = normalize(v);
    if (hasBlocking(issues)) {
        return issues;
    }
    const Values old = m_values;
    if (v == old) {
        return issues;
    }
    m_values = v;
    write(v);
    if (v.validationsPollSeconds != old.validationsPollSeconds ||
        v.fullRefreshMinutes != old.fullRefreshMinutes) {
        emit syncIntervalsChanged();
    }
    if (v.listsFirstPollSeconds != old.listsFirstPollSeconds ||
        v.listsMaxPollSeconds != old.listsMaxPollSeconds) {
        emit listsPollingChanged();
    }
    if (v.timeZone != old.timeZone) {
        emit timeZoneChanged(v.timeZone);
    }
    if (v.theme != old.theme) {
        emit themeChanged(v.theme);
    }
    if (v.language != old.language) {
        emit languageChanged(v.language);
    }
    if (v.requestTimeoutSeconds != old.requestTimeoutSeconds ||
        v.totalTimeoutSeconds != old.totalTimeoutSeconds) {
        emit timeoutsChanged();
    }
    if (v.proxyMode != old.proxyMode || v.proxyHost != old.proxyHost ||
        v.proxyPort != old.proxyPort) {
        emit proxyChanged();
    }
    emit changed();
    return issues;
}

} // namespace rd
