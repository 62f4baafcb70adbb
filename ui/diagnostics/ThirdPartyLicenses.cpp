#include "diagnostics/ThirdPartyLicenses.h"

#include <QFile>

namespace rd::ui {

QString ThirdPartyComponent::text() const {
    QFile f(textResource);
    if (!f.open(QIODevice::ReadOnly)) {
        return ThirdPartyLicenses::tr("The licence text is missing from this build (%1).")
            .arg(textResource);
    }
    return QString::fromUtf8(f.readAll());
}

QList<ThirdPartyComponent> ThirdPartyLicenses::components(const QString &qtVersion,
                                                          const QString &qtKeychainVersion,
                                                          const QString &simdjsonVersion) {
    const QString lgpl = QStringLiteral(":/licenses/LGPL-3.0.txt");
    const QString gpl = QStringLiteral(":/licenses/GPL-3.0.txt");
    return {
        // Debian: "LGPL-3 or GPL-2" for qtbase and qtsvg; RetryDesk uses them under LGPL-3.
        {QStringLiteral("Qt: Core, GUI, Widgets, Network,\nSQL, SVG, Concurrent"), qtVersion,
         QStringLiteral("LGPL-3.0-only"), tr("the application framework"),
         QStringLiteral("https://www.qt.io/"), lgpl},
        {QStringLiteral("Qt Charts"), qtVersion, QStringLiteral("GPL-3.0-or-later"),
         tr("the retry forecast chart"), QStringLiteral("https://www.qt.io/"), gpl},
        {QStringLiteral("Qt HTTP Server"), qtVersion, QStringLiteral("GPL-3.0-only"),
         tr("the embedded demo sandbox"), QStringLiteral("https://www.qt.io/"), gpl},
        {QStringLiteral("QtKeychain"), qtKeychainVersion, QStringLiteral("BSD-2-Clause"),
         tr("API keys in the OS keychain"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain"),
         QStringLiteral(":/licenses/QtKeychain-BSD-2-Clause.txt")},
        {QStringLiteral("simdjson"), simdjsonVersion, QStringLiteral("Apache-2.0"),
         tr("reading validation pages quickly"), QStringLiteral("https://simdjson.org/"),
         QStringLiteral(":/licenses/Apache-2.0.txt")},
        {QStringLiteral("DejaVu Sans, Sans Mono"), QStringLiteral("2.37"),
         QStringLiteral("Bitstream-Vera"), // DejaVu's own changes: public domain
         tr("the font of screenshots and tests"), QStringLiteral("https://dejavu-fonts.github.io/"),
         QStringLiteral(":/fonts/LICENSE-DejaVu.txt")},
    };
}

} // namespace rd::ui
