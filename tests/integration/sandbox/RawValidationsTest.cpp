// Unreadable rows on demand: injectRawValidations and /_admin/raw-validations, in either wire.
#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

// No id; not an object; a retry_state of the wrong type (keys in QJsonDocument's sorted order, so
// the page carries these exact bytes).
const QList<QByteArray> kRaw{
    R"({"amount":"1.00"})", "42",
    R"({"id":"0000000b-0000-4000-8000-000000000001","retry_state":"oops"})"};

class RawValidations : public SandboxTest {
protected:
    QJsonArray page(const QString &query, const char *key = kDemoUpdateKey) {
        const auto r = get(QStringLiteral("/v1/validations?") + query, key);
        EXPECT_EQ(r->status(), 200) << r->body().toStdString();
        return r->data().toArray();
    }
    static QJsonArray parsed() {
        QJsonArray out;
        for (const QByteArray &raw : kRaw) {
            out.append(QJsonDocument::fromJson('[' + raw + ']').array().first());
        }
        return out;
    }
};

} // namespace

TEST_F(RawValidations, Injected_FollowTheRegularItemsOfTheFirstPageVerbatim) {
    ASSERT_TRUE(m_server->injectRawValidations(kRaw));
    const auto r = get(QStringLiteral("/v1/validations?limit=5"));
    const QJsonArray data = r->data().toArray();
    ASSERT_EQ(data.size(), 5 + kRaw.size());
    for (qsizetype i = 0; i < kRaw.size(); ++i) {
        EXPECT_EQ(data.at(5 + i), parsed().at(i));
        EXPECT_TRUE(r->body().contains(kRaw.at(i))) << kRaw.at(i).constData();
    }
    EXPECT_TRUE(data.at(4).toObject().contains(QLatin1String("retry_state")));
}

TEST_F(RawValidations, Injected_AppearWhateverTheFilters) {
    ASSERT_TRUE(m_server->injectRawValidations(kRaw));
    const QJsonArray data = page(QStringLiteral("retry_state=resolved&limit=1"));
    ASSERT_EQ(data.size(), 1 + kRaw.size());
    EXPECT_EQ(data.last(), parsed().last());
}

TEST_F(RawValidations, Injected_AreNotOnLaterPages) {
    ASSERT_TRUE(m_server->injectRawValidations(kRaw));
    const auto first = get(QStringLiteral("/v1/validations?limit=5"));
    const QString cursor = first->nextCursor();
    ASSERT_FALSE(cursor.isEmpty());
    const QJsonArray second = page(QStringLiteral("limit=5&cursor=") + cursor);
    EXPECT_EQ(second.size(), 5);
    for (const QJsonValue &v : second) {
        EXPECT_FALSE(parsed().contains(v));
    }
}

TEST_F(RawValidations, Injected_OnlyForTheirUser) {
    ASSERT_TRUE(m_server->injectRawValidations(kRaw));
    for (const QJsonValue &v : page(QStringLiteral("limit=1000"), kOtherUserKey)) {
        EXPECT_TRUE(v.isObject() && v.toObject().value(QLatin1String("id")).isString());
    }
}

TEST_F(RawValidations, InvalidJson_IsRefusedAndNothingIsStored) {
    const qsizetype before = page(QStringLiteral("limit=1000")).size();
    EXPECT_FALSE(m_server->injectRawValidations({"42", "{\"amount\":"}));
    EXPECT_FALSE(m_server->injectRawValidations({"1,2"}));
    EXPECT_FALSE(m_server->injectRawValidations({""}));
    EXPECT_EQ(page(QStringLiteral("limit=1000")).size(), before);
}

TEST_F(RawValidations, Clear_RemovesThem) {
    const qsizetype before = page(QStringLiteral("limit=1000")).size();
    ASSERT_TRUE(m_server->injectRawValidations(kRaw));
    m_server->clearRawValidations();
    EXPECT_EQ(page(QStringLiteral("limit=1000")).size(), before);
}

TEST_F(RawValidations, AdminEndpoint_PostsThenDeletesRawRows) {
    const qsizetype before = page(QStringLiteral("limit=1000")).size();
    const auto posted = send("POST", QStringLiteral("/_admin/raw-validations"),
                             R"({"items": [{"amount": "1.00"}, 42, "x", null, [1]]})");
    ASSERT_EQ(posted->status(), 200) << posted->body().toStdString();
    EXPECT_EQ(posted->data().toObject().value(QLatin1String("raw_validations")).toInt(), 5);
    const QJsonArray data = page(QStringLiteral("limit=1000"));
    ASSERT_EQ(data.size(), before + 5);
    EXPECT_EQ(data.at(before),
              QJsonValue(QJsonObject{{QLatin1String("amount"), QLatin1String("1.00")}}));
    EXPECT_EQ(data.at(before + 1), QJsonValue(42));
    EXPECT_TRUE(data.at(before + 3).isNull());
    EXPECT_EQ(send("DELETE", QStringLiteral("/_admin/raw-validations"))->status(), 200);
    EXPECT_EQ(page(QStringLiteral("limit=1000")).size(), before);
}

TEST_F(RawValidations, AdminEndpoint_RefusesABodyWithoutItems) {
    for (const QByteArray &body :
         {QByteArray("{\"items\": [1,"), QByteArray("{\"items\": 1}"), QByteArray("[1]")}) {
        const auto r = send("POST", QStringLiteral("/_admin/raw-validations"), body);
        EXPECT_EQ(r->status(), 400) << body.constData();
        EXPECT_EQ(r->errorCode(), QLatin1String("invalid_json"));
    }
}
