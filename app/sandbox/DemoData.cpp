#include "sandbox/DemoData.h"

namespace rd::sandbox::demo {

namespace {

const QStringList kBanks{QStringLiteral("BANAMEX"),   QStringLiteral("BBVA MEXICO"),
                         QStringLiteral("SANTANDER"), QStringLiteral("BANORTE"),
                         QStringLiteral("HSBC"),      QStringLiteral("SCOTIABANK"),
                         QStringLiteral("INBURSA"),   QStringLiteral("AZTECA")};

RetryState cycle(const QDateTime &now, TerminalState t, int attempts, int maxRetries,
                 int interval) {
    RetryState s;
    s.enabled = true;
    s.maxRetries = maxRetries;
    s.intervalSeconds = interval;
    s.outcomes = kRetryableOutcomes;
    s.attemptsCompleted = attempts;
    s.terminalState = t;
    const QDateTime ended = now.addSecs(-interval);
    switch (t) {
    case TerminalState::Pending:
        s.nextAttemptAt = now.addSecs(interval / 2 + 30);
        break;
    case TerminalState::Resolved:
        s.resolvedAt = ended;
        break;
    case TerminalState::Exhausted:
        s.exhaustedAt = ended;
        break;
    case TerminalState::Cancelled:
        s.cancelledAt = ended;
        break;
    }
    return s;
}

} // namespace

Validation makeValidation(Random &random, const QDateTime &now, Outcome outcome, Source source,
                          qint64 ageSeconds, const QString &id) {
    Validation v;
    v.id = id.isEmpty() ? uuidV4(random) : id;
    v.trackingKey = QStringLiteral("MBAN%1").arg(random.uniform(10000000000ULL, 99999999999ULL));
    v.amountCents = qint64(random.uniform(1000, 5'000'000));
    v.senderBank = kBanks.at(int(random.uniform(0, quint64(kBanks.size() - 1))));
    v.receiverBank = kBanks.at(int(random.uniform(0, quint64(kBanks.size() - 1))));
    v.createdAt = now.addSecs(-ageSeconds);
    v.updatedAt = v.createdAt;
    v.paymentDate = v.createdAt.date().addDays(-qint64(random.uniform(0, 3)));
    v.outcome = outcome;
    v.source = source;
    return v;
}

void populate(ValidationStore &vs, ListStore &ls, Random &random, const QDateTime &now,
              const SandboxOptions &options) {
    const QString demo = QLatin1String(kDemoUserId);
    auto add = [&](const char *id, Outcome o, Source s, qint64 age, std::optional<RetryState> rs,
                   const QString &user, int reactivations = 0) {
        Validation v = makeValidation(random, now, o, s, age, QLatin1String(id));
        v.retryState = rs;
        vs.insert(v, user, reactivations);
    };
    add(kEligibleId, Outcome::NotFound, Source::Api, 3600, std::nullopt, demo);
    add(kPendingId, Outcome::CepUnavailable, Source::Api, 7200,
        cycle(now, TerminalState::Pending, 1, 3, 600), demo);
    add(kBulkImportId, Outcome::NotFound, Source::BulkImport, 3600, std::nullopt, demo);
    add(kValidId, Outcome::Valid, Source::Api, 3600, std::nullopt, demo);
    add(kResolvedId, Outcome::Valid, Source::Api, 86400,
        cycle(now, TerminalState::Resolved, 2, 3, 600), demo);
    add(kExhaustedId, Outcome::Error, Source::Api, 86400,
        cycle(now, TerminalState::Exhausted, 3, 3, 600), demo);
    add(kTooOldId, Outcome::NotFound, Source::Api, qint64(options.maxAgeSeconds) + 86400,
        std::nullopt, demo);
    add(kReactivationCapId, Outcome::Error, Source::Api, 7200,
        cycle(now, TerminalState::Cancelled, 1, 3, 600), demo, options.maxReactivations);
    add(kCancelledId, Outcome::NotFound, Source::Api, 7200,
        cycle(now, TerminalState::Cancelled, 1, 3, 600), demo);
    add(kOtherUsersId, Outcome::NotFound, Source::Api, 3600, std::nullopt,
        QLatin1String(kOtherUserId));
    add(kCappedEligibleId, Outcome::NotFound, Source::Api, 3600, std::nullopt,
        QLatin1String(kCappedUserId));
    add(kCappedPendingId, Outcome::Error, Source::Api, 3600,
        cycle(now, TerminalState::Pending, 0, 3, 900), QLatin1String(kCappedUserId));

    // The seeded bulk: every outcome, source and cycle state, spread over the last 20 days.
    vs.reserve(options.datasetSize);
    const Outcome outcomes[] = {Outcome::Valid, Outcome::NotFound, Outcome::CepUnavailable,
                                Outcome::Error};
    QList<Validation> batch; // inserted 64 at a time: ValidationStore::insertMany reads ahead
    batch.reserve(64);
    for (int i = 0; i < options.datasetSize; ++i) {
        const qint64 age = qint64(random.uniform(60, 20 * 86400));
        const Source source = random.uniform(0, 4) == 0 ? Source::BulkImport : Source::Api;
        const int kind = int(random.uniform(
            0, 9)); // 0-3 no cycle, 4-5 pending, 6 resolved, 7 exhausted, 8-9 cancelled
        Outcome outcome = outcomes[random.uniform(0, 3)];
        std::optional<RetryState> rs;
        const int interval = int(random.uniform(1, 12)) * 300;
        const int max = int(random.uniform(1, quint64(options.planMaxRetries)));
        if (source == Source::Api && kind >= 4) {
            const TerminalState t = kind <= 5   ? TerminalState::Pending
                                    : kind == 6 ? TerminalState::Resolved
                                    : kind == 7 ? TerminalState::Exhausted
                                                : TerminalState::Cancelled;
            // seed 001: "resolved — a retry obtained valid", so a resolved cycle made >= 1 attempt
            const int attempts = t == TerminalState::Exhausted ? max
                                 : t == TerminalState::Resolved
                                     ? int(random.uniform(1, quint64(max)))
                                     : int(random.uniform(0, quint64(max - 1)));
            rs = cycle(now, t, attempts, max, interval);
            if (t == TerminalState::Pending) {
                rs->nextAttemptAt = now.addSecs(qint64(random.uniform(5, quint64(interval))));
            }
            outcome =
                t == TerminalState::Resolved ? Outcome::Valid : outcomes[random.uniform(1, 3)];
        }
        Validation v = makeValidation(random, now, outcome, source, age);
        v.retryState = rs;
        batch.append(std::move(v));
        if (batch.size() == 64 || i + 1 == options.datasetSize) {
            vs.insertMany(batch, demo);
            batch.clear();
        }
    }

    auto list = [&](const char *id, const char *name, BulkList::Status st, int total, int processed,
                    qint64 age, const QString &user, bool willFail = false) {
        BulkList l;
        l.id = QLatin1String(id);
        l.name = QLatin1String(name);
        l.status = st;
        l.total = total;
        l.processed = processed;
        l.valid = processed * 7 / 10;
        l.invalid = processed * 2 / 10;
        l.unknown = processed - l.valid - l.invalid;
        l.createdAt = now.addSecs(-age);
        l.updatedAt = st == BulkList::Status::InProgress ? now : now.addSecs(-age / 2);
        ls.insert(l, user, willFail);
    };
    list(kCompletedListId, "March customers", BulkList::Status::Completed, 2500, 2500, 86400, demo);
    list(kFailedListId, "Newsletter import", BulkList::Status::Failed, 4000, 1830, 172800, demo);
    list(kProcessingListId, "Webinar leads", BulkList::Status::InProgress, 200000, 1200, 600, demo);
    list(kQueuedListId, "Partner upload", BulkList::Status::Queued, 90000, 0, 30, demo);
    list(kOtherUsersListId, "Someone else's list", BulkList::Status::Completed, 100, 100, 3600,
         QLatin1String(kOtherUserId));
    static const char *names[] = {"Q1 signups",       "Trade show scans", "CRM export",
                                  "Support contacts", "Old newsletter",   "Beta testers",
                                  "Shop customers",   "Event RSVPs"};
    for (int i = 0; i < options.listCount - 4; ++i) {
        const auto st = static_cast<BulkList::Status>(random.uniform(0, 3));
        const int total = int(random.uniform(100, 20000));
        const int processed = st == BulkList::Status::Completed ? total
                              : st == BulkList::Status::Queued
                                  ? 0
                                  : int(random.uniform(0, quint64(total - 1)));
        const QByteArray id = "list_" + QByteArray::number(13000 + i);
        list(id.constData(), names[i % 8], st, total, processed,
             qint64(random.uniform(60, 30 * 86400)), demo,
             st == BulkList::Status::InProgress && random.uniform(0, 3) == 0);
    }
}

} // namespace rd::sandbox::demo
