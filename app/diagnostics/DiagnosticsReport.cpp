#include "diagnostics/DiagnosticsReport.h"

#include "core/Redaction.h"

#include <QSettings>
#include <QTextStream>

namespace rd::diag {

namespace {
QString orUnknown(const QString &s) {
    return s.isEmpty() ? QStringLiteral("unknown") : s;
}

QString keyText(const ConnectionInfo &c) {
    switch (c.key) {
    case ConnectionInfo::Key::Present:
        return QStringLiteral("yes");
    case ConnectionInfo::Key::Absent:
        return QStringLiteral("no");
    case ConnectionInfo::Key::Unknown:
        break;
    }
    return c.keyNote.isEmpty() ? QStringLiteral("unknown")
                               : QStringLiteral("unknown (%1)").arg(c.keyNote);
}

QString variantText(const QVariant &v) {
    if (v.typeId() == QMetaType::QStringList) {
        return v.toStringList().join(QStringLiteral(", "));
    }
    if (v.typeId() == QMetaType::QByteArray) {
        return QStringLiteral("<%1 bytes>").arg(v.toByteArray().size()); // window state and such
    }
    if (v.canConvert<QString>()) {
        return v.toString();
    }
    return QStringLiteral("<%1>").arg(QString::fromLatin1(v.typeName()));
}
} // namespace

QList<QPair<QString, QVariant>> DiagnosticsReport::readSettings(QSettings &settings) {
    QList<QPair<QString, QVariant>> out;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        out.append({key, settings.value(key)});
    }
    return out;
}

QString DiagnosticsReport::settingValue(const QString &key, const QVariant &value) {
    if (redact::isSensitiveName(key)) {
        return QStringLiteral("*** (redacted)");
    }
    return redact::text(variantText(value));
}

QString DiagnosticsReport::render(const DiagnosticsInput &in, int maxRequests) {
    QString text;
    QTextStream out(&text);
    out << "RetryDesk diagnostics\n";
    out << "Generated: " << in.generatedAt.toUTC().toString(Qt::ISODate) << "\n";

    out << "\n== Build\n";
    out << "RetryDesk " << orUnknown(in.build.version) << " (" << orUnknown(in.build.build)
        << ")\n";
    out << "Qt " << orUnknown(in.build.qtRuntime) << " at run time, built against "
        << orUnknown(in.build.qtCompiled) << "\n";
    out << "QtKeychain " << orUnknown(in.build.qtKeychain) << "\n";
    out << "simdjson " << orUnknown(in.build.simdjson) << "\n";

    out << "\n== System\n";
    out << "OS: " << orUnknown(in.operatingSystem) << "\n";
    out << "Platform plugin: " << orUnknown(in.platformPlugin) << "\n";
    if (in.screens.isEmpty()) {
        out << "Screens: none\n";
    }
    for (int i = 0; i < in.screens.size(); ++i) {
        const ScreenInfo &s = in.screens[i];
        out << "Screen " << i + 1 << ": " << s.name << ", " << s.size.width() << "x"
            << s.size.height() << " logical, device pixel ratio " << s.devicePixelRatio
            << (s.primary ? ", primary" : "") << "\n";
    }
    out << "Locale: " << orUnknown(in.locale)
        << "; UI languages: " << orUnknown(in.uiLanguages.join(QStringLiteral(", "))) << "\n";

    out << "\n== Log files\n";
    out << "Folder: " << in.logFolder << "\n";
    if (!in.logging) {
        out << "Status: not logging in this process\n";
    } else if (!in.logProblem.isEmpty()) {
        out << "Status: NOT WRITTEN: " << in.logProblem << "\n";
    } else {
        out << "Status: written\n";
    }
    if (in.droppedLogLines > 0) {
        out << "Dropped lines (disk too slow): " << in.droppedLogLines << "\n";
    }

    out << "\n== Settings (" << in.settings.size()
        << " keys; values of keys that name a secret are redacted)\n";
    for (const auto &[key, value] : in.settings) {
        out << key << " = " << settingValue(key, value) << "\n";
    }

    out << "\n== Connections (" << in.connections.size() << ")\n";
    for (const ConnectionInfo &c : in.connections) {
        out << c.name << (c.demo ? " [demo]" : "") << ": " << c.kind << ", " << c.baseUrl
            << ", key in " << c.storage << ", key present: " << keyText(c) << "\n";
    }

    const qsizetype first = std::max<qsizetype>(0, in.requests.size() - maxRequests);
    out << "\n== Last requests (" << in.requests.size() - first << " of " << in.requests.size()
        << ", oldest first)\n";
    for (qsizetype i = first; i < in.requests.size(); ++i) {
        const RequestInfo &r = in.requests[i];
        out << r.time.toUTC().toString(Qt::ISODateWithMs) << " " << r.connection << " " << r.method
            << " " << r.path
            << " status=" << (r.status > 0 ? QString::number(r.status) : QStringLiteral("-"))
            << " request_id=" << (r.requestId.isEmpty() ? QStringLiteral("-") : r.requestId)
            << " attempt=" << r.attempt << " duration_ms="
            << (r.durationMs >= 0 ? QString::number(r.durationMs) : QStringLiteral("-"))
            << " outcome=\"" << r.outcome << "\"\n";
    }
    out.flush();
    // The whole text once more: connection names, URLs and outcomes are free text too.
    return redact::text(text);
}

} // namespace rd::diag
