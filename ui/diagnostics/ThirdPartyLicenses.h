// ThirdPartyLicenses: what RetryDesk ships with and under which licence, the licence texts being
// compiled in (resources/licenses, resources/fonts). Licences as Debian 12's packages record them
// in /usr/share/doc/<package>/copyright.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rd::ui {

struct ThirdPartyComponent {
    QString name;
    QString version; // empty when not known
    QString license; // SPDX-style, "LGPL-3.0-only"
    QString usedFor;
    QString homepage;
    QString textResource; // ":/licenses/LGPL-3.0.txt"

    QString text() const; // the licence text, read from the resource
};

class ThirdPartyLicenses {
    Q_DECLARE_TR_FUNCTIONS(ThirdPartyLicenses)
public:
    static QList<ThirdPartyComponent> components(const QString &qtVersion,
                                                 const QString &qtKeychainVersion,
                                                 const QString &simdjsonVersion);
};

} // namespace rd::ui
