// Redaction: the one place that removes secrets from URLs, headers and free text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace rd::redact {

inline constexpr auto kMask = "***";

// The URL with every apiKey / api_key / key / token query value replaced by ***, and any
// user-info password removed.
QString url(const QUrl &url);
// Header value as it may be logged: Authorization, Cookie, X-Api-Key and friends become ***.
QByteArray headerValue(const QByteArray &name, const QByteArray &value);
// Whether a header name carries credentials.
bool isSensitiveHeader(const QByteArray &name);

// Secrets known to this process (keys read from the keychain or environment). scrub() replaces
// every occurrence of any registered secret in text with ***. Registration is thread-safe.
void registerSecret(const QString &secret);
void forgetSecret(const QString &secret);
QString scrub(const QString &text);

} // namespace rd::redact
