#include "services/BulkAction.h"

#include "api/ValidationsApi.h"
#include "net/RateLimitTracker.h"
#include "services/RetryTimeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rd {

namespace {
// Q_DECLARE_TR_FUNCTIONS rather than a helper function: lupdate then files every text under this
// context, free functions included, as the runtime looks it up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::BulkAction)
};
} // namespace

QString BulkAction::name() const {
    return kind == Kind::SetPolicy ? QStringLiteral("policy") : QStringLiteral("cancel");
}

QByteArray BulkAction::method() const {
    return kind == Kind::SetPolicy ? QByteArray("PUT") : QByteArray("POST");
}

QString BulkAction::pathFor(const QString &validationId) const {
    return api::ValidationsApi::validationPath(validationId) +
           (kind == Kind::SetPolicy ? QStringLiteral("/retry-policy")
                                    : QStringLiteral("/cancel-retries"));
}

QByteArray BulkAction::body() const {
    // The same serialisation as ApiClient::put / post, so a journaled body is byte-identical to
    // what a single write of this policy sends.
    if (kind == Kind::CancelRetries) {
        return {};
    }
    return QJsonDocument(policy.toRequestBody()).toJson(QJsonDocument::Compact);
}

QString BulkAction::title() const {
    if (kind == Kind::CancelRetries) {
        return Text::tr("Cancel retry cycles");
    }
    if (!policy.enabled) {
        return Text::tr("Turn retries off");
    }
    QStringList outcomes;
    for (Outcome o : policy.outcomes.value_or(kRetryableOutcomes)) {
        outcomes << toWire(o);
    }
    const int every = policy.intervalSeconds.value_or(0);
    const QString interval = every % 3600 == 0 ? Text::tr("%1 h").arg(every / 3600)
                                               : Text::tr("%1 min").arg(every / 60);
    return Text::tr("Apply retry policy: %1 retries every %2 on %3")
        .arg(policy.maxRetries.value_or(0))
        .arg(interval, outcomes.join(QStringLiteral(", ")));
}

QString describe(BulkSkipReason reason) {
    switch (reason) {
    case BulkSkipReason::FromBulkImport:
        return Text::tr("from a bulk import: retry the list instead (seed 002, D35)");
    case BulkSkipReason::OutcomeNotEligible:
        return Text::tr("outcome not eligible: only not_found, cep_unavailable and error are retried");
    case BulkSkipReason::AlreadyResolved:
        return Text::tr("retry cycle already resolved or exhausted");
    case BulkSkipReason::TooOld:
        return Text::tr("older than the 30-day age window");
    case BulkSkipReason::NoActiveCycle:
        return Text::tr("no active retry cycle to cancel");
    case BulkSkipReason::Duplicate:
        return Text::tr("listed twice: sent once");
    }
    return {};
}

QString codeFor(BulkSkipReason reason) {
    switch (reason) {
    case BulkSkipReason::FromBulkImport:
        return QStringLiteral("retry_not_supported_for_bulk");
    case BulkSkipReason::OutcomeNotEligible:
        return QStringLiteral("retry_not_applicable");
    case BulkSkipReason::AlreadyResolved:
        return QStringLiteral("retry_already_resolved");
    case BulkSkipReason::TooOld:
        return QStringLiteral("retry_age_exceeded");
    case BulkSkipReason::NoActiveCycle:
        return QStringLiteral("retry_not_active");
    case BulkSkipReason::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QList<QPair<BulkSkipReason, int>> DryRun::reasonCounts() const {
    QHash<int, int> counts;
    for (const BulkSkip &s : skipped) {
        ++counts[int(s.reason)];
    }
    QList<QPair<BulkSkipReason, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out.append({BulkSkipReason(it.key()), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : int(a.first) < int(b.first);
    });
    return out;
}

DryRun dryRun(const QList<Validation> &validations, const BulkAction &action,
              const QDateTime &serverNow) {
    DryRun run;
    run.considered = int(validations.size());
    QSet<QString> seen;
    seen.reserve(validations.size());
    for (const Validation &v : validations) {
        auto skip = [&](BulkSkipReason r) { run.skipped.append({v.id, r}); };
        if (seen.contains(v.id)) {
            skip(BulkSkipReason::Duplicate);
            continue;
        }
        seen.insert(v.id);
        const std::optional<RetryState> &rs = v.retryState;
        if (action.kind == BulkAction::Kind::CancelRetries) {
            // seed 001: only an active cycle can be cancelled (else 422 retry_not_active).
            if (rs && !rs->terminalState && !rs->terminalStateText.isEmpty()) {
                ++run.serverDecides; // a terminal state this build does not know
            } else if (!rs || !rs->isActive()) {
                skip(BulkSkipReason::NoActiveCycle);
                continue;
            }
            run.eligible.append(v.id);
            continue;
        }
        // seed 002's preconditions, in the order its 422 codes are listed.
        if (v.source == Source::BulkImport) {
            skip(BulkSkipReason::FromBulkImport);
            continue;
        }
        if (v.outcome && !isRetryEligible(*v.outcome)) {
            skip(BulkSkipReason::OutcomeNotEligible);
            continue;
        }
        if (rs && rs->terminalState &&
            (*rs->terminalState == TerminalState::Resolved ||
             *rs->terminalState == TerminalState::Exhausted)) {
            skip(BulkSkipReason::AlreadyResolved);
            continue;
        }
        if (v.createdAt.isValid() &&
            v.createdAt.secsTo(serverNow) > RetryTimeline::kAssumedMaxAgeSeconds) {
            skip(BulkSkipReason::TooOld);
            continue;
        }
        if (!v.source || !v.outcome || !v.createdAt.isValid()) {
            ++run.serverDecides; // a field the rules need was not sent
        }
        run.eligible.append(v.id);
    }
    return run;
}

QString roughDuration(Millis d) {
    const qint64 minutes = (d.count() + 59999) / 60000;
    if (d.count() < 60000) {
        return Text::tr("under a minute");
    }
    if (minutes < 60) {
        return Text::tr("about %1 min").arg(minutes);
    }
    const qint64 h = minutes / 60;
    const qint64 m = minutes % 60;
    if (h >= 2 && (m < 10 || m >= 50)) {
        return Text::tr("about %1 h").arg(m >= 50 ? h + 1 : h);
    }
    return Text::tr("about %1 h %2 min").arg(h).arg(m);
}

BulkEta estimateEta(int items, std::optional<int> rateLimitPerMinute, int backgroundPerMinute,
                    int speedLimitPerMinute) {
    BulkEta eta;
    const QLocale locale;
    std::optional<int> perMinute;
    QString why;
    if (rateLimitPerMinute && *rateLimitPerMinute > 0) {
        const int limit = *rateLimitPerMinute;
        const int background =
            std::clamp(backgroundPerMinute, 0, net::RateLimitTracker::backgroundShare(limit));
        perMinute =
            std::max(1, limit - net::RateLimitTracker::bulkReserve(limit) - background);
        why = Text::tr("the key's limit of %1 a minute, less %2 kept for your own actions and %3 for "
                 "background sync")
                  .arg(locale.toString(limit))
                  .arg(locale.toString(net::RateLimitTracker::bulkReserve(limit)),
                       locale.toString(background));
    }
    if (speedLimitPerMinute > 0 && (!perMinute || speedLimitPerMinute < *perMinute)) {
        perMinute = speedLimitPerMinute;
        why = Text::tr("your speed limit");
    }
    eta.perMinute = perMinute;
    if (!perMinute) {
        eta.sentence = Text::tr("The key's rate limit is not known yet (the server has not sent "
                          "X-RateLimit-Limit): the time left is shown once the first answers "
                          "arrive.");
        return eta;
    }
    eta.duration = Millis(qint64(std::ceil(double(items) * 60000.0 / *perMinute)));
    eta.sentence = Text::tr("At about %1 a minute (%2), %3 take %4.")
                       .arg(locale.toString(*perMinute), why,
                            items == 1 ? Text::tr("1 validation")
                                       : Text::tr("%1 validations").arg(locale.toString(items)),
                            roughDuration(*eta.duration));
    return eta;
}

} // namespace rd
