// AppSettings: the window's preferences as typed values — sync intervals, how times are shown,
// theme, language, request timeouts, proxy — with their defaults, their limits (each adjusted
// value says why) and their QSettings keys in one place. QtCore only: whoever applies a value
// (services, palette, translators, proxy) listens to the change signals.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace rd {

class AppSettings : public QObject {
    Q_OBJECT
public:
    enum class TimeZone { Local, Utc };
    enum class Theme { System, Light, Dark };
    enum class ProxyMode { System, None, Manual };
    Q_ENUM(TimeZone)
    Q_ENUM(Theme)
    Q_ENUM(ProxyMode)

    // The validations poll: the toolbar's choices (PollInterval, seed 003's rate limit is shared
    // with the user: background work takes at most half of it whatever is chosen). 0 = off.
    static constexpr int kValidationsPollChoices[] = {0, 5, 15, 60};
    // Full refreshes between polls, minutes (docs/api.md "Polite sync"); 0 = only on F5.
    static constexpr int kFullRefreshChoices[] = {0, 10, 30, 60};
    // Seed 000: status checks back off from 5 s to at most every 5 minutes.
    static constexpr int kListsFirstPollMin = 5;
    static constexpr int kListsFirstPollMax = 60;
    static constexpr int kListsMaxPollMax = 5 * 60;
    // Seed 003: "Request timeout … Set to 30 seconds", "Total timeout … Set to 5 minutes": the
    // most RetryDesk allows; shorter is the user's choice, down to these floors.
    static constexpr int kRequestTimeoutMin = 5;
    static constexpr int kRequestTimeoutMax = 30;
    static constexpr int kTotalTimeoutMax = 5 * 60;

    struct Values {
        int validationsPollSeconds = 15;
        int fullRefreshMinutes = 10;
        int listsFirstPollSeconds = 5;
        int listsMaxPollSeconds = 5 * 60;
        TimeZone timeZone = TimeZone::Local;
        Theme theme = Theme::System;
        QString language; // "" = the system's, else "en", "es", …
        int requestTimeoutSeconds = 30;
        int totalTimeoutSeconds = 5 * 60;
        ProxyMode proxyMode = ProxyMode::System;
        QString proxyHost;
        int proxyPort = 8080;
        friend bool operator==(const Values &, const Values &) = default;
    };

    enum class Field {
        ValidationsPoll,
        FullRefresh,
        ListsFirstPoll,
        ListsMaxPoll,
        Language,
        RequestTimeout,
        TotalTimeout,
        ProxyHost,
        ProxyPort,
    };
    struct Issue {
        Field field;
        bool blocking; // false: the value was adjusted (message says to what and why)
        QString message;
    };

    // settings: not owned; read (and adjusted to the limits) now, written on apply().
    explicit AppSettings(QSettings &settings, QObject *parent = nullptr);

    static Values defaults() { return {}; }
    // Brings v within the limits: each adjusted value gives a non-blocking issue saying why; a
    // value that cannot be adjusted (a manual proxy without a usable host) a blocking one.
    static QList<Issue> normalize(Values &v);
    static bool hasBlocking(const QList<Issue> &issues);

    const Values &values() const { return m_values; }
    // Normalises, saves and announces what changed. With a blocking issue nothing is applied.
    // Returns the issues (empty: applied as given).
    QList<Issue> apply(Values v);

    // The saved language, for main() before anything else is built ("" = the system's).
    static QString storedLanguage(const QSettings &settings);

    // Convenience readers of values().
    TimeZone timeZone() const { return m_values.timeZone; }
    Theme theme() const { return m_values.theme; }
    QString language() const { return m_values.language; }

signals:
    void syncIntervalsChanged(); // validations poll, full refresh
    void listsPollingChanged();  // lists backoff
    void timeZoneChanged(rd::AppSettings::TimeZone zone);
    void themeChanged(rd::AppSettings::Theme theme);
    void languageChanged(const QString &language);
    void timeoutsChanged(); // request, total
    void proxyChanged();
    void changed(); // after any of the above

private:
    Values read() const;
    void write(const Values &v);

    QSettings &m_settings;
    Values m_values;
};

} // namespace rd
