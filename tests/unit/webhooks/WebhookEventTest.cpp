#include "webhooks/WebhookEvent.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd::webhooks;

namespace {

WebhookEvent sample() {
    WebhookEvent e;
    e.id = QStringLiteral("evt_0123456789abcdef01234567");
    e.type = QString::fromLatin1(EventType::Resolved);
    e.createdAt = QDateTime(QDate(2026, 7, 4), QTime(11, 0, 0, 123), Qt::UTC);
    e.validationId = QStringLiteral("val_42");
    QJsonObject validation{{QStringLiteral("id"), e.validationId},
                           {QStringLiteral("status"), QStringLiteral("passed")}};
    e.data.insert(QStringLiteral("validation"), validation);
    return e;
}

QByteArray withField(const char *key, const QJsonValue &v) {
    QJsonObject o = QJsonDocument::fromJson(serialize(sample())).object();
    if (v.isUndefined()) {
        o.remove(QString::fromLatin1(key));
    } else {
        o.insert(QString::fromLatin1(key), v);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(WebhookEvent, Serialize_IsCompactWireShape) {
    const QByteArray body = serialize(sample());
    EXPECT_FALSE(body.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    EXPECT_EQ(o.value("id").toString(), "evt_0123456789abcdef01234567");
    EXPECT_EQ(o.value("type").toString(), "validation.resolved");
    EXPECT_EQ(o.value("created_at").toString(), "2026-07-04T11:00:00.123Z");
    EXPECT_EQ(o.value("data").toObject().value("validation").toObject().value("id").toString(),
              "val_42");
    EXPECT_EQ(o.size(), 4);
}

TEST(WebhookEvent, RoundTrip_KeepsEveryField) {
    QString error;
    const auto parsed = parseEvent(serialize(sample()), &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    const WebhookEvent e = sample();
    EXPECT_EQ(parsed->id, e.id);
    EXPECT_EQ(parsed->type, e.type);
    EXPECT_EQ(parsed->createdAt, e.createdAt);
    EXPECT_EQ(parsed->createdAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(parsed->validationId, e.validationId);
    EXPECT_EQ(parsed->data, e.data);
}

TEST(WebhookEvent, EveryEventType_Parses) {
    for (const QString &type : eventTypes()) {
        EXPECT_TRUE(parseEvent(withField("type", type), nullptr)) << type.toStdString();
    }
    EXPECT_EQ(eventTypes().size(), 4);
}

TEST(WebhookEvent, BadBodies_AreRejectedWithAReason) {
    const QList<QByteArray> bad = {
        "",
        "not json",
        "[1,2]",
        withField("id", QJsonValue::Undefined),
        withField("id", "evt_short"),
        withField("id", "evt_0123456789ABCDEF01234567"),
        withField("type", "validation.exploded"),
        withField("type", QJsonValue::Undefined),
        withField("created_at", "yesterday"),
        withField("created_at", QJsonValue::Undefined),
        withField("data", "x"),
        withField("data", QJsonObject{}),
        withField("data", QJsonObject{{"validation", QJsonObject{{"status", "passed"}}}}),
    };
    for (const QByteArray &body : bad) {
        QString error;
        EXPECT_FALSE(parseEvent(body, &error)) << body.data();
        EXPECT_FALSE(error.isEmpty()) << body.data();
    }
}
