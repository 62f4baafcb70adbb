// Envelope: the response bodies of both APIs (seed 003 envelope; seed 000 success/message).
#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRequest.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rd::sandbox::envelope {

inline constexpr auto kApiVersion = "2026-07-01";
inline constexpr auto kDocsBase = "https://retrydesk.invalid/docs/errors#";

// {"data": data, "error": null, "meta": {"requestId", "request_id", "version", …extraMeta}}.
// WireMode::SeedsOnly leaves out "request_id" (seed 003's meta is {requestId, version}).
SandboxResponse success(const QJsonValue &data, const QString &requestId,
                        const QJsonObject &extraMeta = {}, int status = 200,
                        WireMode wire = WireMode::Full);
// The same envelope around data already written as JSON (a listing page's array).
SandboxResponse successRaw(const QByteArray &dataJson, const QString &requestId,
                           const QJsonObject &extraMeta = {}, int status = 200,
                           WireMode wire = WireMode::Full);
// seed 003: {"data": null, "error": {code, message, field, docs}, "meta": {…}}; meta as above.
SandboxResponse error(int status, const QString &code, const QString &message,
                      const QString &requestId, const QString &field = {},
                      WireMode wire = WireMode::Full);
// seed 000: {"success": bool, "message": string or object}.
SandboxResponse lists(int status, bool success, const QJsonValue &message);

} // namespace rd::sandbox::envelope
