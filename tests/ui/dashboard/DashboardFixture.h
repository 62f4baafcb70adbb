// DashboardFixture: a validations screen on the sandbox over loopback, on a fake clock, loaded.
#pragma once

#include "core/FakeClock.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/RetryPolicyForm.h"
#include "dashboard/ValidationsScreen.h"
#include "models/ValidationTableModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationService.h"
#include "support/RenderedTest.h"
#include "validations/CountdownDelegate.h"
#include "validations/ValidationTableView.h"

#include <QCoreApplication>

namespace rd::test {

class DashboardFixture : public RenderedTest {
protected:
    void SetUp() override { start(); }

    void start(const QString &key = QLatin1String(sandbox::kDemoUpdateKey),
               sandbox::SandboxOptions options = ui::DashboardHarness::smallDataset()) {
        m_h = std::make_unique<ui::DashboardHarness>(m_clock, options, key);
        m_h->resize(1280, 800);
        m_h->setAttribute(Qt::WA_DontShowOnScreen);
        m_h->show(); // the countdown ticker runs while the table is visible
        m_h->service().setPollInterval(PollInterval::Off);
        m_h->screen().setTimeSpec(Qt::UTC);
        ASSERT_TRUE(m_h->waitForRefresh());
        ASSERT_GT(model().rowCount(), 0);
    }

    ui::ValidationsScreen &screen() { return m_h->screen(); }
    ValidationTableModel &model() { return m_h->service().model(); }
    sandbox::SandboxServer &server() { return m_h->sandbox(); }

    // The countdown cell's text, as the delegate paints it now.
    QString countdown(const QString &id) {
        const int row = model().rowForId(id);
        EXPECT_GE(row, 0) << qPrintable(id);
        return CountdownDelegate::textFor(model().index(row, int(ValidationColumn::NextAttempt)),
                                          model().serverNowMs());
    }

    // Runs one write through the screen and waits for its outcome.
    WriteOutcome awaitWrite(const std::function<void()> &start) {
        std::optional<WriteOutcome> outcome;
        const auto c = QObject::connect(&screen(), &ui::ValidationsScreen::writeFinished,
                                        [&](const WriteOutcome &o) { outcome = o; });
        start();
        EXPECT_TRUE(m_h->waitUntil([&] { return outcome.has_value(); }));
        QObject::disconnect(c);
        return outcome.value_or(WriteOutcome{});
    }

    FakeClock m_clock;
    std::unique_ptr<ui::DashboardHarness> m_h;
};

} // namespace rd::test
