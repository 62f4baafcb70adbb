// ConnectionProfile: one account/environment RetryDesk talks to (name, API kind, base URL);
// never its key, which lives in a SecretStore under secretAccount().
#pragma once

#include "domain/FieldError.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace rd {

// Which API a connection speaks, and so how its key travels (seeds 000 and 001/002).
enum class ApiKind {
    Validations, // Authorization: Bearer <key>
    BulkLists,   // ?apiKey=<key> in the query string
};

// Where a connection's key is kept.
enum class KeyStorage {
    Keychain,    // the OS keychain (QtKeychain): survives restarts
    SessionOnly, // memory only, chosen by the user when no keychain is available, or the demo
};

QString toWire(ApiKind kind);
std::optional<ApiKind> apiKindFromWire(QStringView s);
QString toWire(KeyStorage storage);
std::optional<KeyStorage> keyStorageFromWire(QStringView s);

struct ConnectionProfile {
    QString id; // stable uuid; the keychain entry's account name
    QString name;
    ApiKind kind = ApiKind::Validations;
    QUrl baseUrl;                   // e.g. https://api.example.com (no trailing /v1)
    bool allowInsecureHttp = false; // the user's explicit opt-in to http:// on a non-loopback host
    KeyStorage keyStorage = KeyStorage::Keychain;
    bool demo = false; // created by "Try the demo": never saved to settings

    QString secretAccount() const { return QStringLiteral("connection/") + id; }

    // Name required; base URL http(s) with a host; plain http only for loopback unless
    // allowInsecureHttp (the connection rule: TLS is the default, http must be a conscious choice).
    FieldErrors validate() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// 127.0.0.0/8, ::1 and "localhost": where plain http cannot be intercepted on the network.
bool isLoopbackHost(const QUrl &url);

} // namespace rd
