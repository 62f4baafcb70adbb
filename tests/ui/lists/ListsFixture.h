// ListsFixture: a lists screen on the sandbox over loopback, on a fake clock, its listing loaded.
#pragma once

#include "core/FakeClock.h"
#include "lists/ListRetryDialogs.h"
#include "lists/ListsHarness.h"
#include "lists/ListsScreen.h"
#include "models/ListTableModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "services/ListRetryOutcome.h"
#include "services/ListService.h"
#include "support/RenderedTest.h"

#include <QLabel>
#include <QPushButton>

#include <optional>

namespace rd::test {

class ListsFixture : public RenderedTest {
protected:
    void SetUp() override { start(); }

    void start(sandbox::SandboxOptions options = ui::ListsHarness::demoLists()) {
        m_h = std::make_unique<ui::ListsHarness>(m_clock, options);
        m_h->resize(1280, 800);
        m_h->setAttribute(Qt::WA_DontShowOnScreen);
        m_h->show();
        model().setTimeSpec(Qt::UTC);
        ASSERT_TRUE(m_h->waitForRefresh());
        screen().setConfirm([this](ui::ListRetryConfirmDialog &d) {
            m_confirmations << d.text();
            return true;
        });
    }

    ui::ListsScreen &screen() { return m_h->screen(); }
    ListService &service() { return m_h->service(); }
    ListTableModel &model() { return service().model(); }
    sandbox::SandboxServer &server() { return m_h->sandbox(); }

    // Selects id, retries it through the screen (answered yes) and waits for the outcome.
    ListRetryOutcome retryThroughScreen(const QString &id) {
        std::optional<ListRetryOutcome> outcome;
        const auto c = QObject::connect(&screen(), &ui::ListsScreen::retryFinished,
                                        [&](const ListRetryOutcome &o) { outcome = o; });
        screen().selectList(id);
        screen().retrySelected();
        EXPECT_TRUE(m_h->waitUntil([&] { return outcome.has_value(); }));
        QObject::disconnect(c);
        return outcome.value_or(ListRetryOutcome{});
    }

    std::optional<double> fraction(const QString &id) {
        const int row = model().rowForId(id);
        if (row < 0) {
            return std::nullopt;
        }
        const QVariant v = model()
                               .index(row, int(ListColumn::Progress))
                               .data(ListTableModel::ProgressFractionRole);
        return v.isValid() ? std::optional(v.toDouble()) : std::nullopt;
    }
    BulkList::Status status(const QString &id) { return model().list(id).value().status; }

    FakeClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<ui::ListsHarness> m_h;
    QStringList m_confirmations;
};

} // namespace rd::test
