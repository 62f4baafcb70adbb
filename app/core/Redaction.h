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
// Whether a settings key, JSON field or query parameter name suggests a secret value
// ("apiKey", "connections/1/token", "client_secret", "password" …).
bool isSensitiveName(QStringView name);

// Secrets known to this process (keys read from the keychain or environment). scrub() replaces
// every occurrence of any registered secret in text with ***: as written, in any letter case,
// percent-encoded and base64-encoded (also inside a longer base64 run, such as Basic
// credentials). Registration is thread-safe.
void registerSecret(const QString &secret);
void forgetSecret(const QString &secret);
QString scrub(const QString &text);

// For text that leaves the process for humans (log files, support reports): scrub() plus every
// shape of credential a line may carry even when the secret was never registered —
// "Authorization: Bearer …" and other credential headers, "Bearer <token>", apiKey=… / token=…
// query and form values, JSON "api_key": "…" fields, and strings shaped like API keys
// (mxcep_…, cliova_…, ic_live_…, sk_test_…) or JWTs.
QString text(const QString &text);

} // namespace rd::redact
