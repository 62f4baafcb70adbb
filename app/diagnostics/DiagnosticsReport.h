// DiagnosticsReport: the plain text a user pastes into a support ticket — versions, system,
// settings without secrets, connections without keys, the last requests with their request ids,
// and where the log files are. Everything it prints passes through rd::redact::text.
#pragma once

#include "diagnostics/BuildInfo.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace rd::diag {

struct ScreenInfo {
    QString name;
    QSize size; // logical pixels
    qreal devicePixelRatio = 1.0;
    bool primary = false;
};

struct ConnectionInfo {
    enum class Key { Present, Absent, Unknown };
    QString name;
    QString kind;    // "validations" / "lists"
    QString baseUrl; // redacted again when printed
    QString storage; // "keychain" / "session only"
    bool demo = false;
    Key key = Key::Unknown;
    QString keyNote; // why Unknown (keychain locked …); never the key
};

struct RequestInfo {
    QDateTime time; // UTC
    QString connection;
    QString method;
    QString path; // redacted by the request log already
    int status = 0;
    QString requestId;
    int attempt = 0;
    qint64 durationMs = -1;
    QString outcome;
};

struct DiagnosticsInput {
    QDateTime generatedAt; // from the rd::Clock
    BuildInfo build;
    QString operatingSystem;
    QString platformPlugin;
    QList<ScreenInfo> screens;
    QString locale;
    QStringList uiLanguages;
    QList<QPair<QString, QVariant>> settings; // every key, in order
    QList<ConnectionInfo> connections;
    QList<RequestInfo> requests; // oldest first; the report keeps the last maxRequests
    QString logFolder;
    QString logProblem; // LogFiles::problem(); empty when the files are written
    qint64 droppedLogLines = 0;
    bool logging = true; // false: no MessageLog installed in this process
};

class DiagnosticsReport {
public:
    static constexpr int kMaxRequests = 50;

    static QString render(const DiagnosticsInput &input, int maxRequests = kMaxRequests);
    // Every key of settings with its value (allKeys() order).
    static QList<QPair<QString, QVariant>> readSettings(QSettings &settings);
    // A value as the report prints it: "*** (redacted)" for a key whose name suggests a secret,
    // otherwise the value, itself redacted.
    static QString settingValue(const QString &key, const QVariant &value);
};

} // namespace rd::diag
