// Envelope: the response bodies of both APIs (seed 003 envelope; seed 000 success/message).
#pragma once

#include "sandbox/SandboxRequest.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rd::sandbox::envelope {

inline constexpr auto kApiVersion = "2026-07-01";
inline constexpr auto kDocsBase = "https://retrydesk.invalid/docs/errors#";

// {"data": data, "error": null, "meta": {"requestId", "request_id", "version", …extraMeta}}.
SandboxResponse success(const QJsonValue &data, const QString &requestId,
                        const QJsonObject &extraMeta = {}, int status = 200);
// seed 003: {"data": null, "error": {code, message, field, docs}, "meta": {…}}.
SandboxResponse error(int status, const QString &code, const QString &message,
                      const QString &requestId, const QString &field = {});
// seed 000: {"success": bool, "message": string or object}.
SandboxResponse lists(int status, bool success, const QJsonValue &message);

} // namespace rd::sandbox::envelope
