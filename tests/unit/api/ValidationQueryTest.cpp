// GET /v1/validations filters and paging as a query string (docs/api.md).
#include "api/ValidationQuery.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::api;

TEST(ValidationQuery, Empty_SendsNoParameters) {
    EXPECT_TRUE(ValidationQuery{}.toQuery().isEmpty());
}

TEST(ValidationQuery, Filters_UseTheWireNames) {
    ValidationQuery q;
    q.retryState = ValidationQuery::RetryFilter::Pending;
    q.status = Outcome::CepUnavailable;
    q.source = Source::BulkImport;
    q.limit = 25;
    EXPECT_EQ(
        q.toQuery().toString(),
        QStringLiteral("retry_state=pending&status=cep_unavailable&source=bulk_import&limit=25"));
}

TEST(ValidationQuery, Cursor_IsPercentEncoded) {
    ValidationQuery q;
    q.cursor = QStringLiteral("a+b&c=");
    EXPECT_EQ(q.toQuery().toString(QUrl::FullyEncoded), QStringLiteral("cursor=a%2Bb%26c%3D"));
}

TEST(ValidationQuery, RetryFilter_AcceptsNoneAndTerminalStates_RejectsOthers) {
    EXPECT_EQ(ValidationQuery::retryFilterFromWire(u"none"), ValidationQuery::RetryFilter::None);
    EXPECT_EQ(ValidationQuery::retryFilterFromWire(u"exhausted"),
              ValidationQuery::RetryFilter::Exhausted);
    EXPECT_FALSE(ValidationQuery::retryFilterFromWire(u"retrying"));
}
