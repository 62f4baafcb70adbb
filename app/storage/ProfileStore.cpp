#include "storage/ProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace rd {

namespace {
const QString kGroup = QStringLiteral("connections");
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> result;
    m_settings.beginGroup(kGroup);
    for (const QString &id : m_settings.childGroups()) {
        m_settings.beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        const auto kind = apiKindFromWire(m_settings.value(QStringLiteral("kind")).toString());
        const auto storage = keyStorageFromWire(
            m_settings.value(QStringLiteral("keyStorage"), QStringLiteral("keychain")).toString());
        p.baseUrl = QUrl(m_settings.value(QStringLiteral("baseUrl")).toString());
        p.allowInsecureHttp = m_settings.value(QStringLiteral("allowInsecureHttp"), false).toBool();
        m_settings.endGroup();
        if (kind && storage && !p.name.isEmpty()) {
            p.kind = *kind;
            p.keyStorage = *storage;
            result.append(p);
        }
    }
    m_settings.endGroup();
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const {
    for (const ConnectionProfile &p : profiles()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const {
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.name == name) {
            return p;
        }
    }
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile &profile) {
    if (profile.demo || profile.id.isEmpty()) {
        return false;
    }
    m_settings.beginGroup(kGroup + u'/' + profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name);
    m_settings.setValue(QStringLiteral("kind"), toWire(profile.kind));
    m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    m_settings.setValue(QStringLiteral("allowInsecureHttp"), profile.allowInsecureHttp);
    m_settings.setValue(QStringLiteral("keyStorage"), toWire(profile.keyStorage));
    m_settings.endGroup();
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void ProfileStore::remove(const QString &id) {
    if (id.isEmpty()) {
        return;
    }
    m_settings.remove(kGroup + u'/' + id);
    m_settings.sync();
}

} // namespace rd
