// InspectorModel: one row per event id, counts of duplicates and retries, one effect at most, and
// a model that views can trust (QAbstractItemModelTester watches every change).
#include "webhooks/InspectorModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd::webhooks;

namespace {

const QString kA = QStringLiteral("evt_aaaaaaaaaaaaaaaaaaaaaaaa");
const QString kB = QStringLiteral("evt_bbbbbbbbbbbbbbbbbbbbbbbb");

class InspectorModelTest : public ::testing::Test {
protected:
    WebhookDelivery add(const QString &eventId, int attempt, DeliveryOutcome outcome,
                        bool again = false, int status = 200) {
        WebhookDelivery d;
        d.index = m_next++;
        d.eventId = eventId;
        d.attempt = attempt;
        d.outcome = outcome;
        d.sameAttemptAgain = again;
        d.answeredStatus = status;
        d.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(d.index);
        WebhookEvent e;
        e.id = eventId;
        e.type = QString::fromLatin1(EventType::AttemptMade);
        e.validationId = QStringLiteral("v_%1").arg(eventId.right(1));
        d.event = e;
        m_model.addDelivery(d);
        return d;
    }
    InspectorModel m_model;
    QAbstractItemModelTester m_tester{&m_model,
                                      QAbstractItemModelTester::FailureReportingMode::Fatal};
    int m_next = 0;
};

TEST_F(InspectorModelTest, DeliveriesOfOneEvent_ShareOneRow) {
    add(kA, 1, DeliveryOutcome::Failed, false, 500);
    add(kB, 1, DeliveryOutcome::Accepted);
    add(kA, 2, DeliveryOutcome::Accepted);
    ASSERT_EQ(m_model.rowCount(), 2);
    EXPECT_EQ(m_model.rowOf(kA), 0);
    EXPECT_EQ(m_model.event(0).deliveries.size(), 2);
    EXPECT_EQ(m_model.data(m_model.index(0, InspectorModel::ValidationColumn)).toString(),
              QStringLiteral("v_a"));
    EXPECT_EQ(m_model.data(m_model.index(0, InspectorModel::DeliveriesColumn)).toInt(), 2);
}

TEST_F(InspectorModelTest, RetriesAndDuplicates_AreCountedApart) {
    add(kA, 1, DeliveryOutcome::Failed, false, 500);
    add(kA, 2, DeliveryOutcome::Failed, false, 503);
    add(kA, 3, DeliveryOutcome::Accepted);
    add(kA, 3, DeliveryOutcome::Duplicate, true);
    const QModelIndex row = m_model.index(0, 0);
    EXPECT_EQ(m_model.data(row.siblingAtColumn(InspectorModel::RetriesColumn)).toInt(), 2);
    EXPECT_EQ(m_model.data(row.siblingAtColumn(InspectorModel::DuplicatesColumn)).toInt(), 1);
    EXPECT_EQ(m_model.data(row.siblingAtColumn(InspectorModel::EffectsColumn)).toInt(), 1);
    EXPECT_EQ(m_model.data(row.siblingAtColumn(InspectorModel::LastStatusColumn)).toString(),
              QStringLiteral("200 duplicate"));
}

TEST_F(InspectorModelTest, RejectedDeliveries_AreNeitherRetriesNorEffects) {
    add(kA, 1, DeliveryOutcome::Rejected, false, 401);
    add(kA, 1, DeliveryOutcome::Accepted);
    EXPECT_EQ(m_model.event(0).retries, 0);
    EXPECT_EQ(m_model.event(0).rejected, 1);
    EXPECT_EQ(m_model.event(0).effects, 1);
}

TEST_F(InspectorModelTest, AForwardAnswerArrivingLater_UpdatesItsRow) {
    WebhookDelivery first = add(kA, 1, DeliveryOutcome::Accepted);
    WebhookDelivery second = add(kA, 1, DeliveryOutcome::Duplicate, true);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    first.forward = {ForwardResult::State::Answered, 200, {}, "{\"ok\":true}", {}};
    second.forward = {ForwardResult::State::Answered, 200, {}, "{\"ok\":true}", {}};
    m_model.updateDelivery(first);
    m_model.updateDelivery(second);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_model.data(m_model.index(0, InspectorModel::EndpointColumn)).toString(),
              QStringLiteral("200, 200 (same answer)"));
    second.forward.firstBytes = "{\"ok\":true,\"again\":1}";
    m_model.updateDelivery(second);
    EXPECT_EQ(m_model.data(m_model.index(0, InspectorModel::EndpointColumn)).toString(),
              QStringLiteral("200, 200 (answers differ)"));
}

TEST_F(InspectorModelTest, RequestsWithoutAnEventId_AreCountedAsUnreadable) {
    WebhookDelivery d;
    d.index = 0;
    d.outcome = DeliveryOutcome::Malformed;
    m_model.addDelivery(d);
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.unreadableCount(), 1);
}

} // namespace
