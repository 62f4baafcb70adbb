#include "webhooks/WebhookSchedule.h"

#include <gtest/gtest.h>

using namespace rd::webhooks;
using namespace std::chrono_literals;

TEST(WebhookSchedule, DelayBeforeAttempt_IsSeed003Table) {
    EXPECT_EQ(kMaxDeliveries, 7);
    EXPECT_EQ(delayBeforeAttempt(1), 0ms);
    EXPECT_EQ(delayBeforeAttempt(2), 30s);
    EXPECT_EQ(delayBeforeAttempt(3), 5min);
    EXPECT_EQ(delayBeforeAttempt(4), 30min);
    EXPECT_EQ(delayBeforeAttempt(5), 3h);
    EXPECT_EQ(delayBeforeAttempt(6), 12h);
    EXPECT_EQ(delayBeforeAttempt(7), 24h);
}

TEST(WebhookSchedule, PlannedOffset_IsCumulative) {
    EXPECT_EQ(plannedOffset(1), 0ms);
    EXPECT_EQ(plannedOffset(2), 30s);
    EXPECT_EQ(plannedOffset(3), 5min + 30s);
    EXPECT_EQ(plannedOffset(4), 35min + 30s);
    EXPECT_EQ(plannedOffset(5), 3h + 35min + 30s);
    EXPECT_EQ(plannedOffset(6), 15h + 35min + 30s);
    EXPECT_EQ(plannedOffset(7), 39h + 35min + 30s);
}

TEST(WebhookSchedule, OutOfRangeAttempts_AreNegative) {
    EXPECT_LT(delayBeforeAttempt(0), 0ms);
    EXPECT_LT(delayBeforeAttempt(8), 0ms);
    EXPECT_LT(plannedOffset(0), 0ms);
    EXPECT_LT(plannedOffset(8), 0ms);
}
