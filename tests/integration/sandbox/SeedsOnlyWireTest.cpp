// --wire seeds-only over loopback: only what seeds 000–003 define is reliable, the rest varies.
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

const QStringList kRetryStateTimestamps{
    QStringLiteral("next_attempt_at"), QStringLiteral("resolved_at"),
    QStringLiteral("exhausted_at"), QStringLiteral("cancelled_at")};

// RFC 3339 §5.6 date-time, written here from the RFC (not the client's parser, which is under
// test elsewhere): the instant in UTC, or nullopt.
std::optional<QDateTime> rfc3339(const QJsonValue &v) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = re.match(v.toString());
    if (!v.isString() || !m.hasMatch()) {
        return std::nullopt;
    }
    auto n = [&m](int i) { return m.captured(i).toInt(); };
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    QDateTime t(QDate(n(1), n(2), n(3)), QTime(n(4), n(5), n(6), fraction.toInt()), Qt::UTC);
    if (!t.isValid()) {
        return std::nullopt;
    }
    if (m.captured(8).isEmpty()) {
        const int offset = (n(10) * 60 + n(11)) * 60;
        t = t.addSecs(m.captured(9) == u"+" ? -offset : offset);
    }
    return t;
}

// What is wrong with a retry_state against the field list and types of seeds 001/002.
QStringList seedTypeProblems(const QJsonObject &rs) {
    QStringList problems;
    auto check = [&](const char *field, bool ok) {
        if (!rs.contains(QLatin1String(field)) || !ok) {
            problems.append(QLatin1String(field));
        }
    };
    auto intOrNull = [&](const char *f) {
        const QJsonValue v = rs.value(QLatin1String(f));
        return v.isNull() || (v.isDouble() && v.toDouble() == double(v.toInt()));
    };
    check("enabled", rs.value(QLatin1String("enabled")).isBool());
    check("max_retries", intOrNull("max_retries"));
    check("interval_seconds", intOrNull("interval_seconds"));
    const QJsonValue outcomes = rs.value(QLatin1String("outcomes"));
    bool outcomesOk = outcomes.isNull() || outcomes.isArray();
    for (const QJsonValue &o : outcomes.toArray()) {
        outcomesOk =
            outcomesOk && QStringList{QStringLiteral("not_found"),
                                      QStringLiteral("cep_unavailable"), QStringLiteral("error")}
                              .contains(o.toString());
    }
    check("outcomes", outcomesOk);
    check("attempts_completed", rs.value(QLatin1String("attempts_completed")).isDouble() &&
                                    !rs.value(QLatin1String("attempts_completed")).isNull());
    for (const QString &f : kRetryStateTimestamps) {
        check(f.toLatin1().constData(), rs.value(f).isNull() || rfc3339(rs.value(f)).has_value());
    }
    const QJsonValue t = rs.value(QLatin1String("terminal_state"));
    check("terminal_state",
          t.isNull() || QStringList{QStringLiteral("pending"), QStringLiteral("resolved"),
                                    QStringLiteral("exhausted"), QStringLiteral("cancelled")}
                            .contains(t.toString()));
    return problems;
}

// The retry_state rendered matches the stored one: same values, timestamps the same instant.
void expectSameRetryState(const QJsonValue &rendered, const std::optional<RetryState> &stored) {
    if (!stored) {
        EXPECT_TRUE(rendered.isNull());
        return;
    }
    const QJsonObject full = stored->toJson();
    const QJsonObject got = rendered.toObject();
    EXPECT_TRUE(seedTypeProblems(got).isEmpty()) << seedTypeProblems(got).join(u',').toStdString();
    for (auto it = full.begin(); it != full.end(); ++it) {
        if (kRetryStateTimestamps.contains(it.key()) && !it.value().isNull()) {
            EXPECT_EQ(rfc3339(got.value(it.key())), rfc3339(it.value())) << it.key().toStdString();
        } else {
            EXPECT_EQ(got.value(it.key()), it.value()) << it.key().toStdString();
        }
    }
}

enum class Seen { AsIs, Absent, Null, Retyped, OtherForm, UnknownEnum, Unexplained };

// How the seeds-only wire rendered one field the full wire renders as full.
Seen classify(const QString &field, const QJsonObject &rendered, const QJsonValue &full) {
    if (!rendered.contains(field)) {
        return Seen::Absent;
    }
    const QJsonValue v = rendered.value(field);
    if (v == full) {
        return Seen::AsIs;
    }
    if (v.isNull()) {
        return Seen::Null;
    }
    if (v.isDouble() && full.isString()) {
        return Seen::Retyped;
    }
    if (v.isString() && rfc3339(v) && rfc3339(v) == rfc3339(full)) {
        return Seen::OtherForm;
    }
    if ((field == u"outcome" && !outcomeFromWire(v.toString())) ||
        (field == u"source" && !sourceFromWire(v.toString()))) {
        return Seen::UnknownEnum;
    }
    return Seen::Unexplained;
}

class SeedsOnlyWire : public SandboxTest {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxTest::options();
        o.wire = WireMode::SeedsOnly; // whatever RETRYDESK_SANDBOX_WIRE says
        o.datasetSize = 300;
        return o;
    }
    QJsonArray all(const QString &query = {}) {
        const auto r = get(QStringLiteral("/v1/validations?limit=1000") + query);
        EXPECT_EQ(r->status(), 200);
        EXPECT_FALSE(r->json()
                         .value(QLatin1String("meta"))
                         .toObject()
                         .value(QLatin1String("has_more"))
                         .toBool());
        return r->data().toArray();
    }
    std::unique_ptr<Exchange> lists(const QString &suffix, const QByteArray &method = "GET") {
        return send(method, QStringLiteral("/v1/webhooks/email-validations/bulk-emails%1?apiKey=%2")
                                .arg(suffix, QLatin1String(kDemoListsKey)));
    }
};

QSet<QString> keysOf(const QJsonValue &v) {
    const QStringList k = v.toObject().keys();
    return {k.begin(), k.end()};
}

} // namespace

TEST_F(SeedsOnlyWire, Account_IsAnsweredLikeAnyUnknownRoute) {
    const auto account = get(QStringLiteral("/v1/account"));
    const auto unknown = get(QStringLiteral("/v1/nothing"));
    EXPECT_EQ(account->status(), 404);
    EXPECT_EQ(account->errorCode(), unknown->errorCode());
    const QJsonObject a = account->json().value(QLatin1String("error")).toObject();
    QJsonObject u = unknown->json().value(QLatin1String("error")).toObject();
    u.insert(QLatin1String("message"),
             u.value(QLatin1String("message"))
                 .toString()
                 .replace(QLatin1String("/v1/nothing"), QLatin1String("/v1/account")));
    EXPECT_EQ(a, u);
    EXPECT_EQ(send("POST", QStringLiteral("/v1/account"), {},
                   {{"Authorization", "Bearer mxcep_demo_update_key"}})
                  ->status(),
              404)
        << "no 405: the path is unknown";
}

TEST_F(SeedsOnlyWire, Listing_EveryValidationHasItsIdAndTheStoredRetryStateOfSeedTypes) {
    const QJsonArray data = all();
    ASSERT_GE(data.size(), 300);
    for (const QJsonValue &v : data) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        ASSERT_TRUE(isUuid(id)) << id.toStdString();
        ASSERT_TRUE(v.toObject().contains(QLatin1String("retry_state")));
        expectSameRetryState(v.toObject().value(QLatin1String("retry_state")),
                             m_server->validation(id)->retryState);
    }
}

TEST_F(SeedsOnlyWire, Listing_AcrossTheDemoData_EveryKindOfVariationOccurs) {
    std::map<Seen, int> seen;
    int extras = 0;
    int fields = 0;
    for (const QJsonValue &v : all()) {
        const QJsonObject o = v.toObject();
        const QJsonObject full =
            m_server->validation(o.value(QLatin1String("id")).toString())->toJson();
        for (auto it = full.begin(); it != full.end(); ++it) {
            if (it.key() == u"id" || it.key() == u"retry_state") {
                continue;
            }
            const Seen s = classify(it.key(), o, it.value());
            ++seen[s];
            ++fields;
            EXPECT_NE(s, Seen::Unexplained)
                << it.key().toStdString() << ": " << o.value(it.key()).toString().toStdString();
            // Retyped is the same value in another JSON type.
            if (s == Seen::Retyped && it.key() == u"amount") {
                EXPECT_EQ(qRound64(o.value(it.key()).toDouble() * 100),
                          qRound64(it.value().toString().toDouble() * 100));
            }
            if (s == Seen::Retyped && it.key() == u"created_at") {
                EXPECT_EQ(qint64(o.value(it.key()).toDouble()),
                          rfc3339(it.value())->toSecsSinceEpoch());
            }
        }
        const QSet<QString> added = keysOf(o) - keysOf(full);
        extras += added.isEmpty() ? 0 : 1;
    }
    for (Seen kind :
         {Seen::Absent, Seen::Null, Seen::Retyped, Seen::OtherForm, Seen::UnknownEnum}) {
        EXPECT_GT(seen[kind], 0) << "variation " << int(kind) << " never occurs";
    }
    EXPECT_GT(seen[Seen::AsIs], fields * 35 / 100) << "about half are as in full mode";
    EXPECT_LT(seen[Seen::AsIs], fields * 65 / 100);
    EXPECT_EQ(extras, all().size()) << "every validation carries unknown fields";
}

TEST_F(SeedsOnlyWire, SameValidation_RendersIdenticallyInTheListingTheDetailAndAgain) {
    const QJsonArray first = all();
    EXPECT_EQ(all(), first);
    for (int i : {0, 7, 150}) {
        const QJsonObject listed = first.at(i).toObject();
        const auto detail =
            get(QStringLiteral("/v1/validations/") + listed.value(QLatin1String("id")).toString());
        EXPECT_EQ(detail->data().toObject(), listed);
    }
}

TEST_F(SeedsOnlyWire, SameSeed_RendersTheSameBytesOnAnotherServer) {
    FakeClock clock;
    SandboxServer twin(clock, options());
    ASSERT_TRUE(twin.listen());
    Exchange e(twin.port(), "GET", QStringLiteral("/v1/validations?limit=1000"), {},
               {{"Authorization", "Bearer mxcep_demo_update_key"}});
    e.waitClosed();
    EXPECT_EQ(e.data(), QJsonValue(all()));
}

TEST_F(SeedsOnlyWire, Detail_HasNoRetryHistory) {
    const auto r = get(QStringLiteral("/v1/validations/") + QLatin1String(demo::kExhaustedId));
    ASSERT_EQ(r->status(), 200);
    EXPECT_FALSE(r->data().toObject().contains(QLatin1String("retry_history")));
}

TEST_F(SeedsOnlyWire, RetryStateTimestamps_AreTheStoredInstantInSeveralRfc3339Forms) {
    QSet<QString> forms;
    for (const QJsonValue &v : all()) {
        const QJsonObject rs = v.toObject().value(QLatin1String("retry_state")).toObject();
        for (const QString &f : kRetryStateTimestamps) {
            const QString t = rs.value(f).toString();
            if (!t.isEmpty()) {
                forms.insert(t.mid(19)); // what follows the seconds: fraction and zone
            }
        }
    }
    EXPECT_TRUE(forms.contains(QStringLiteral("Z")))
        << QStringList(forms.values()).join(u' ').toStdString();
    EXPECT_TRUE(forms.contains(QStringLiteral("+00:00")));
    EXPECT_TRUE(forms.contains(QStringLiteral("-06:00")));
    EXPECT_TRUE(forms.contains(QStringLiteral(".000000Z")));
}

TEST_F(SeedsOnlyWire, RetryState_CarriesUnknownFieldsBesideTheSeedOnes) {
    const auto r = get(QStringLiteral("/v1/validations/") + QLatin1String(demo::kPendingId));
    const QJsonObject rs = r->data().toObject().value(QLatin1String("retry_state")).toObject();
    const QSet<QString> added =
        keysOf(rs) -
        keysOf(m_server->validation(QLatin1String(demo::kPendingId))->retryState->toJson());
    EXPECT_FALSE(added.isEmpty());
}

TEST_F(SeedsOnlyWire, PutPolicy_AnswersOnlyTheRetryState) {
    const auto r = putPolicy(QLatin1String(demo::kEligibleId), policyBody(3, 600));
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(keysOf(r->data()), QSet<QString>{QStringLiteral("retry_state")});
    expectSameRetryState(r->data().toObject().value(QLatin1String("retry_state")),
                         m_server->validation(QLatin1String(demo::kEligibleId))->retryState);
}

TEST_F(SeedsOnlyWire, CancelRetries_AnswersOnlyTheRetryState) {
    const auto r = cancel(QLatin1String(demo::kPendingId));
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(keysOf(r->data()), QSet<QString>{QStringLiteral("retry_state")});
    expectSameRetryState(r->data().toObject().value(QLatin1String("retry_state")),
                         m_server->validation(QLatin1String(demo::kPendingId))->retryState);
}

TEST_F(SeedsOnlyWire, Replay_IsByteIdentical) {
    const auto first = putPolicy(QLatin1String(demo::kEligibleId), policyBody(), "so-1");
    const auto again = putPolicy(QLatin1String(demo::kEligibleId), policyBody(), "so-1");
    ASSERT_EQ(first->status(), 200);
    EXPECT_EQ(again->header("Idempotent-Replayed"), "true");
    EXPECT_EQ(again->body(), first->body());
    const auto cancelled = cancel(QLatin1String(demo::kPendingId), "so-2");
    EXPECT_EQ(cancel(QLatin1String(demo::kPendingId), "so-2")->body(), cancelled->body());
}

TEST_F(SeedsOnlyWire, Listing_IgnoresStatusAndSource) {
    EXPECT_EQ(all(QStringLiteral("&status=valid&source=api")), all());
    EXPECT_EQ(get(QStringLiteral("/v1/validations?status=maybe&source=fax"))->status(), 200);
}

TEST_F(SeedsOnlyWire, SuccessMeta_IsRequestIdVersionAndPagingOnly) {
    const auto page = get(QStringLiteral("/v1/validations?limit=2"));
    EXPECT_EQ(keysOf(page->json().value(QLatin1String("meta"))),
              (QSet<QString>{QStringLiteral("requestId"), QStringLiteral("version"),
                             QStringLiteral("next_cursor"), QStringLiteral("has_more")}));
    const auto one = get(QStringLiteral("/v1/validations/") + QLatin1String(demo::kPendingId));
    EXPECT_EQ(keysOf(one->json()), (QSet<QString>{QStringLiteral("data"), QStringLiteral("error"),
                                                  QStringLiteral("meta")}));
    EXPECT_TRUE(one->json().value(QLatin1String("error")).isNull());
    EXPECT_EQ(keysOf(one->json().value(QLatin1String("meta"))),
              (QSet<QString>{QStringLiteral("requestId"), QStringLiteral("version")}));
}

TEST_F(SeedsOnlyWire, ErrorEnvelope_IsExactlySeed003s) {
    const auto r = cancel(QStringLiteral("not-a-uuid"));
    EXPECT_EQ(r->status(), 422);
    EXPECT_EQ(keysOf(r->json()), (QSet<QString>{QStringLiteral("data"), QStringLiteral("error"),
                                                QStringLiteral("meta")}));
    EXPECT_TRUE(r->json().value(QLatin1String("data")).isNull());
    EXPECT_EQ(keysOf(r->json().value(QLatin1String("error"))),
              (QSet<QString>{QStringLiteral("code"), QStringLiteral("message"),
                             QStringLiteral("field"), QStringLiteral("docs")}));
    const QJsonObject meta = r->json().value(QLatin1String("meta")).toObject();
    EXPECT_EQ(keysOf(meta),
              (QSet<QString>{QStringLiteral("requestId"), QStringLiteral("version")}));
    EXPECT_EQ(meta.value(QLatin1String("requestId")).toString().toLatin1(),
              r->header("X-Request-Id"));
}

TEST_F(SeedsOnlyWire, ListRetry_AnswersExactlySeed000) {
    const auto r = lists(QStringLiteral("/list_12345/retry"), "POST");
    ASSERT_EQ(r->status(), 200);
    const QJsonObject message = r->json().value(QLatin1String("message")).toObject();
    EXPECT_EQ(
        r->json(),
        (QJsonObject{{QLatin1String("success"), true},
                     {QLatin1String("message"),
                      QJsonObject{{QLatin1String("id"), message.value(QLatin1String("id"))},
                                  {QLatin1String("status"), QLatin1String("In Progress")}}}}));
    EXPECT_TRUE(message.value(QLatin1String("id")).toString().startsWith(QLatin1String("list_")));
}

TEST_F(SeedsOnlyWire, Lists_KeepIdAndStatus_VaryTheRest_AddUnknownFields) {
    int varied = 0;
    for (const QJsonValue &v : lists({})->json().value(QLatin1String("message")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto stored = m_server->list(o.value(QLatin1String("id")).toString());
        ASSERT_TRUE(stored);
        EXPECT_EQ(o.value(QLatin1String("status")).toString(), BulkList::toWire(stored->status));
        const QJsonObject full = stored->toJson();
        EXPECT_FALSE((keysOf(o) - keysOf(full)).isEmpty()) << "unknown fields added";
        for (auto it = full.begin(); it != full.end(); ++it) {
            varied += o.value(it.key()) == it.value() ? 0 : 1;
        }
        const auto detail = lists(QLatin1Char('/') + stored->id);
        EXPECT_EQ(detail->json().value(QLatin1String("message")).toObject(), o);
    }
    EXPECT_GT(varied, 0);
}
