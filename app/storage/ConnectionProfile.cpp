#include "storage/ConnectionProfile.h"

#include <QHostAddress>

namespace rd {

QString toWire(ApiKind kind) {
    return kind == ApiKind::BulkLists ? QStringLiteral("bulk_lists")
                                      : QStringLiteral("validations");
}

std::optional<ApiKind> apiKindFromWire(QStringView s) {
    if (s == u"validations") {
        return ApiKind::Validations;
    }
    if (s == u"bulk_lists") {
        return ApiKind::BulkLists;
    }
    return std::nullopt;
}

QString toWire(KeyStorage storage) {
    return storage == KeyStorage::SessionOnly ? QStringLiteral("session")
                                              : QStringLiteral("keychain");
}

std::optional<KeyStorage> keyStorageFromWire(QStringView s) {
    if (s == u"keychain") {
        return KeyStorage::Keychain;
    }
    if (s == u"session") {
        return KeyStorage::SessionOnly;
    }
    return std::nullopt;
}

bool isLoopbackHost(const QUrl &url) {
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

FieldErrors ConnectionProfile::validate() const {
    FieldErrors errors;
    if (name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), QStringLiteral("required"),
                       QStringLiteral("Give the connection a name, e.g. \"Production\".")});
    }
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        errors.append({QStringLiteral("base_url"), QStringLiteral("type"),
                       QStringLiteral("Enter the API's address, e.g. https://api.example.com.")});
    } else if (scheme == QStringLiteral("http") && !isLoopbackHost(baseUrl) && !allowInsecureHttp) {
        errors.append(
            {QStringLiteral("base_url"), QStringLiteral("not_allowed"),
             QStringLiteral("Plain http:// would send your key unencrypted. Use https://, "
                            "or allow plain HTTP for this connection explicitly.")});
    }
    return errors;
}

} // namespace rd
