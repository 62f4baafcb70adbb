#include "sandbox/ApiRouter.h"

#include "sandbox/Envelope.h"
#include "sandbox/ListsApi.h"
#include "sandbox/ValidationsApi.h"

#include <QRegularExpression>

namespace rd::sandbox {

namespace {

using Handler = SandboxResponse (*)(SandboxState &, const SandboxRequest &, const ApiKey &,
                                    const QString &, const QString &);

struct Route {
    const char *method;
    QRegularExpression pattern;
    const char *permission;
    Handler handler;
    // false: RetryDesk's own endpoint, absent from the seeds; a seeds-only server has no such
    // route and answers it like any unknown path.
    bool inSeeds = true;
};

constexpr auto kListsPrefix = "/v1/webhooks/email-validations/bulk-emails";

const QList<Route> &routes() {
    static const QList<Route> r{
        {"GET", QRegularExpression(QStringLiteral("^/v1/account$")), kPermValidationsRead,
         &ValidationsApi::account, false},
        {"GET", QRegularExpression(QStringLiteral("^/v1/validations$")), kPermValidationsRead,
         &ValidationsApi::list},
        {"GET", QRegularExpression(QStringLiteral("^/v1/validations/([^/]+)$")),
         kPermValidationsRead, &ValidationsApi::get},
        {"PUT", QRegularExpression(QStringLiteral("^/v1/validations/([^/]+)/retry-policy$")),
         kPermValidationsUpdate, &ValidationsApi::putPolicy},
        {"POST", QRegularExpression(QStringLiteral("^/v1/validations/([^/]+)/cancel-retries$")),
         kPermValidationsUpdate, &ValidationsApi::cancel},
        {"GET", QRegularExpression(QStringLiteral("^/v1/webhooks/email-validations/bulk-emails$")),
         kPermListsRead, &ListsApi::all},
        {"GET",
         QRegularExpression(QStringLiteral("^/v1/webhooks/email-validations/bulk-emails/([^/]+)$")),
         kPermListsRead, &ListsApi::one},
        {"POST",
         QRegularExpression(
             QStringLiteral("^/v1/webhooks/email-validations/bulk-emails/([^/]+)/retry$")),
         kPermListsWrite, &ListsApi::retry},
    };
    return r;
}

bool isListsApi(const QString &path) {
    return path.startsWith(QLatin1String(kListsPrefix));
}

// One error in the shape of the API the request went to.
SandboxResponse apiError(const SandboxState &s, bool lists, int status, const QString &code,
                         const QString &message, const QString &requestId,
                         const QString &field = {}) {
    return lists ? envelope::lists(status, false, message)
                 : envelope::error(status, code, message, requestId, field, s.options.wire);
}

} // namespace

SandboxResponse ApiRouter::handle(const SandboxRequest &req) {
    Prepared p = prepare(req);
    return p.done ? *p.done : p.run();
}

ApiRouter::Prepared ApiRouter::prepare(const SandboxRequest &req) {
    const QString requestId = m_s.newRequestId();
    const bool lists = isListsApi(req.path);
    // seed 000 passes the key as ?apiKey=; seeds 001/002 as "Authorization: Bearer …".
    QString presented;
    if (lists) {
        presented = req.query.queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded);
    } else {
        const QByteArray auth = req.header("authorization");
        if (auth.startsWith("Bearer ")) {
            presented = QString::fromLatin1(auth.mid(7).trimmed());
        }
    }
    const QString bucket = presented.isEmpty() ? QStringLiteral("anonymous") : presented;
    auto finish = [this, requestId, bucket](SandboxResponse r, bool limited = false) {
        if (r.header("X-Request-Id").isEmpty()) {
            r.setHeader("X-Request-Id", requestId.toLatin1());
        }
        m_s.rateLimiter.addHeaders(bucket, r, limited);
        return r;
    };
    auto answer = [&](SandboxResponse r) { return Prepared{finish(std::move(r)), {}, {}}; };

    const ApiKey *caller = m_s.findKey(presented);
    if (!caller) {
        return answer(apiError(m_s, lists, 401, QStringLiteral("unauthorized"),
                               lists ? QStringLiteral("Invalid or missing apiKey; pass your lists "
                                                      "API key as ?apiKey=.")
                                     : QStringLiteral("Invalid or missing authentication "
                                                      "credentials; send Authorization: Bearer "
                                                      "<API key>."),
                               requestId));
    }

    const Route *route = nullptr;
    bool pathKnown = false;
    QString arg;
    for (const Route &r : routes()) {
        if (!r.inSeeds && m_s.seedsOnly()) {
            continue;
        }
        const auto m = r.pattern.match(req.path);
        if (m.hasMatch()) {
            pathKnown = true;
            if (req.method == r.method) {
                route = &r;
                arg = m.captured(1);
                break;
            }
        }
    }
    if (!route) {
        return answer(pathKnown ? apiError(m_s, lists, 405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("%1 is not allowed on %2.")
                                               .arg(QString::fromLatin1(req.method), req.path),
                                           requestId)
                                : apiError(m_s, lists, 404, QStringLiteral("not_found"),
                                           QStringLiteral("No endpoint at %1.").arg(req.path),
                                           requestId));
    }
    if (!caller->has(route->permission)) {
        return answer(apiError(m_s, lists, 403, QStringLiteral("forbidden"),
                               QStringLiteral("This API key lacks the %1 permission; use a key "
                                              "that has it.")
                                   .arg(QLatin1String(route->permission)),
                               requestId));
    }

    // seed 001 idempotency on writes: scope (user_id, endpoint, key).
    const QByteArray idemKey = req.isWrite() ? req.header("idempotency-key") : QByteArray();
    QString scope;
    QByteArray fingerprint;
    const bool hasKey =
        req.isWrite() && std::any_of(req.headers.begin(), req.headers.end(),
                                     [](const auto &h) { return h.first == "idempotency-key"; });
    if (hasKey) {
        if (!IdempotencyCache::isValidKey(idemKey)) {
            // RetryDesk's choice: a malformed header is a malformed request (seed 003: 400).
            return answer(apiError(m_s, lists, 400, QStringLiteral("idempotency_key_invalid"),
                                   QStringLiteral("Idempotency-Key must be 1–255 characters of "
                                                  "A–Z, a–z, 0–9, _ and -."),
                                   requestId, QStringLiteral("Idempotency-Key")));
        }
        scope = caller->userId + u'\n' + QString::fromLatin1(req.method) + u' ' + req.path + u'\n' +
                QString::fromLatin1(idemKey);
        fingerprint = IdempotencyCache::fingerprint(req.body);
        const QString userKey = caller->userId + u'\n' + QString::fromLatin1(idemKey);
        const auto first = m_s.firstBodyByKey.constFind(userKey);
        if (first == m_s.firstBodyByKey.cend()) {
            m_s.firstBodyByKey.insert(userKey, fingerprint);
        } else if (*first != fingerprint) {
            m_s.keysWithTwoBodies.insert(userKey);
        }
        SandboxResponse cached;
        switch (m_s.idempotency.lookup(scope, fingerprint, &cached)) {
        case IdempotencyCache::Lookup::Fresh:
            break;
        case IdempotencyCache::Lookup::Replay:
            // seed 001: byte-for-byte, Idempotent-Replayed: true, no rate-limit quota used.
            cached.setHeader("Idempotent-Replayed", "true");
            return answer(cached);
        case IdempotencyCache::Lookup::InProgress:
            return answer(apiError(m_s, lists, 409, QStringLiteral("idempotency_key_in_progress"),
                                   QStringLiteral("A request with this Idempotency-Key is still "
                                                  "being processed; retry it in a moment."),
                                   requestId, QStringLiteral("Idempotency-Key")));
        case IdempotencyCache::Lookup::Reused:
            return answer(apiError(m_s, lists, 422, QStringLiteral("idempotency_key_reused"),
                                   QStringLiteral("This Idempotency-Key was used with a different "
                                                  "body; use a new key for a new operation."),
                                   requestId, QStringLiteral("Idempotency-Key")));
        }
    }

    if (!m_s.rateLimiter.tryCharge(bucket)) {
        const int wait = std::max(1, m_s.rateLimiter.secondsUntilReset());
        return Prepared{
            finish(apiError(m_s, lists, 429, QStringLiteral("rate_limited"),
                            QStringLiteral("Rate limit exceeded. Retry in %1 seconds.").arg(wait),
                            requestId),
                   true),
            {},
            {}};
    }
    if (hasKey) {
        m_s.idempotency.reserve(scope, fingerprint);
    }
    const ApiKey who = *caller;
    const Handler handler = route->handler;
    auto fail = [this, hasKey, scope, finish](SandboxResponse r) {
        if (hasKey) {
            m_s.idempotency.complete(scope, r); // a 5xx: dropped, never cached
        }
        return finish(r);
    };
    return Prepared{std::nullopt,
                    [this, req, who, handler, requestId, arg, hasKey, scope, idemKey, finish] {
                        SandboxResponse r = handler(m_s, req, who, requestId, arg);
                        if (r.header("X-Request-Id").isEmpty()) {
                            r.setHeader("X-Request-Id", requestId.toLatin1());
                        }
                        if (hasKey) {
                            r.setHeader("Idempotent-Replayed", "false");
                            m_s.idempotency.complete(scope, r);
                            if (r.status >= 200 && r.status < 300) {
                                ++m_s.appliedByKey[QString::fromLatin1(idemKey)];
                            }
                        }
                        return finish(r);
                    },
                    fail};
}

SandboxResponse ApiRouter::faultResponse(const ChosenFault &f, const SandboxRequest &req) {
    const bool lists = isListsApi(req.path);
    const QString requestId = m_s.newRequestId();
    auto make = [&](int status, const char *code, const QString &message) {
        SandboxResponse r = apiError(m_s, lists, status, QLatin1String(code), message, requestId);
        r.setHeader("X-Request-Id", requestId.toLatin1());
        return r;
    };
    switch (f.kind) {
    case FaultKind::Http500:
        return make(500, "internal_error", QStringLiteral("Internal server error (injected)."));
    case FaultKind::Http502:
    case FaultKind::CommitThen502:
        return make(502, "bad_gateway", QStringLiteral("Bad gateway (injected)."));
    case FaultKind::Http504:
        return make(504, "gateway_timeout", QStringLiteral("Upstream timeout (injected)."));
    case FaultKind::Http503:
    case FaultKind::Http503Date: {
        SandboxResponse r = make(
            503, "service_unavailable",
            QStringLiteral("Maintenance (injected). Retry after %1 s.").arg(f.retryAfterSeconds));
        r.setHeader("Retry-After", f.kind == FaultKind::Http503
                                       ? QByteArray::number(f.retryAfterSeconds)
                                       : httpDate(m_s.clock.utcNow().addSecs(f.retryAfterSeconds)));
        return r;
    }
    case FaultKind::Http429: {
        SandboxResponse r = make(
            429, "rate_limited",
            QStringLiteral("Rate limit exceeded. Retry in %1 seconds.").arg(f.retryAfterSeconds));
        const qint64 now = m_s.clock.utcNow().toSecsSinceEpoch();
        r.setHeader("Retry-After", QByteArray::number(f.retryAfterSeconds));
        // Without a rate limit there is no window to describe: headers claiming a limit of 1
        // would make a client pace itself to one request a window.
        if (m_s.options.rateLimit > 0) {
            r.setHeader("X-RateLimit-Limit", QByteArray::number(m_s.options.rateLimit));
            r.setHeader("X-RateLimit-Remaining", "0");
            r.setHeader("X-RateLimit-Reset", QByteArray::number(now + f.retryAfterSeconds));
        }
        return r;
    }
    default:
        break;
    }
    return make(500, "internal_error", QStringLiteral("Unexpected fault."));
}

} // namespace rd::sandbox
