// ProfileStore: connection profiles in QSettings (group "connections/<id>"), shared by the window
// and retrydesk-cli --profile. Holds no key: keys live in a SecretStore.
#pragma once

#include "storage/ConnectionProfile.h"

#include <QList>

#include <optional>

class QSettings;

namespace rd {

class ProfileStore {
public:
    explicit ProfileStore(QSettings &settings)
        : m_settings(settings) {}

    // Every saved profile, sorted by name (case-insensitive). Entries that do not parse are
    // skipped.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &id) const;
    // Exact name first, then case-insensitive: what retrydesk-cli --profile NAME resolves.
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    // Inserts or replaces by id (demo profiles are refused: they are never saved). Syncs to disk.
    bool save(const ConnectionProfile &profile);
    void remove(const QString &id);

private:
    QSettings &m_settings;
};

} // namespace rd
