#include "forecast/ForecastScreens.h"

#include "forecast/ForecastPanel.h"
#include "models/RetryForecast.h"
#include "screenshots/ScreenCatalog.h"

namespace rd::ui {

namespace {
const QSize kSize(900, 220);

std::unique_ptr<ForecastPanel> panel(ScreenContext &c, ForecastPanel::Range range) {
    auto p = std::make_unique<ForecastPanel>();
    p->setTimeSpec(Qt::UTC); // goldens never depend on the machine's zone
    ForecastBuckets b = sampleForecast();
    b.originMs = ForecastBuckets::floorToMinute(c.clock().utcNow().toMSecsSinceEpoch());
    p->setBuckets(b);
    p->setRange(range);
    return p;
}
} // namespace

ForecastBuckets sampleForecast() {
    ForecastBuckets b;
    b.originMs = 1767268800000; // 2026-01-01 12:00 UTC
    // A steady trickle of 5-minute cycles, a bulk import's burst at 12:30 and its retries
    // 10 minutes apart, and 3 overdue attempts due now (counted in the first minute).
    static constexpr int kMinutes[60] = {
        7,  2, 3, 1, 2, 9, 3, 2, 4, 1, 2,  3, 1, 2, 5, 8, 2, 1, 3, 2, 4, 2, 1, 3, 2, 6, 3, 2, 1, 2,
        18, 4, 2, 3, 1, 2, 3, 1, 0, 2, 11, 3, 1, 2, 4, 2, 1, 0, 3, 2, 7, 2, 3, 1, 0, 2, 4, 1, 2, 3};
    int firstHour = 0;
    for (int i = 0; i < ForecastBuckets::kMinutes; ++i) {
        b.perMinute[std::size_t(i)] = kMinutes[i];
        firstHour += kMinutes[i];
    }
    static constexpr int kHours[24] = {0,  236, 148, 96, 120, 75, 64, 58,  41, 37, 30, 26,
                                       22, 19,  24,  31, 48,  66, 92, 118, 84, 61, 45, 33};
    for (int i = 0; i < ForecastBuckets::kHours; ++i) {
        b.perHour[std::size_t(i)] = i == 0 ? firstHour : kHours[i];
    }
    b.cycles = 214;
    b.overdue = 3;
    return b;
}

void addForecastScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("forecast_next_hour"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(
                         panel(c, ForecastPanel::Range::NextHour).release());
                 }});
    catalog.add({QStringLiteral("forecast_next_day"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(
                         panel(c, ForecastPanel::Range::NextDay).release());
                 }});
    // The burst's bar activated (the table shows its 18 cycles): deeper colour and an outline.
    catalog.add({QStringLiteral("forecast_bar_selected"), kSize, [](ScreenContext &c) {
                     auto p = panel(c, ForecastPanel::Range::NextHour);
                     p->activateBar(30);
                     return std::unique_ptr<QWidget>(p.release());
                 }});
}

} // namespace rd::ui
