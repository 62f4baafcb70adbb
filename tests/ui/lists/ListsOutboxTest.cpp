// The lists screen and its connection's outbox: a list retry the last session left unsettled is
// offered on a banner, and Resume resends it with its journaled key (the sandbox starts one job,
// never two); a damaged outbox says so with the kept copy.
#include "bulk/NoticeBanner.h"
#include "core/FakeClock.h"
#include "lists/ListsHarness.h"
#include "lists/ListsScreen.h"
#include "outbox/Outbox.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "services/ListService.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace rd;

namespace {

const QString kListId = QLatin1String(sandbox::demo::kFailedListId);
const QString kKey = QStringLiteral("resume-list-retry-key-1");

class ListsOutbox : public ::testing::Test {
protected:
    std::unique_ptr<ui::ListsHarness> open() {
        auto h = std::make_unique<ui::ListsHarness>(m_clock, ui::ListsHarness::demoLists(),
                                                    QLatin1String(sandbox::kDemoListsKey),
                                                    nullptr, m_dir.path());
        h->resize(1280, 800);
        h->setAttribute(Qt::WA_DontShowOnScreen);
        h->show();
        EXPECT_TRUE(h->waitForRefresh());
        return h;
    }

    FakeClock m_clock;
    QTemporaryDir m_dir;
};

TEST_F(ListsOutbox, UnsettledListRetry_TheBannerOffersIt_ResumeStartsOneJobWithTheJournaledKey) {
    {
        // As a killed session leaves it: journaled and claimed, no answer recorded.
        outbox::Outbox box(m_dir.path(), QStringLiteral("harness"), m_clock);
        QString error;
        ASSERT_TRUE(box.beginWrite({"POST",
                                    QStringLiteral("/v1/webhooks/email-validations/bulk-emails/") +
                                        kListId + QStringLiteral("/retry"),
                                    {},
                                    kKey},
                                   &error))
            << error.toStdString();
    }
    auto h = open();
    ui::NoticeBanner *banner = h->screen().unfinishedBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("1 single write"))) << banner->text().toStdString();
    auto *resume = banner->findChild<QPushButton *>(QStringLiteral("listsResume"));
    ASSERT_NE(resume, nullptr);
    resume->click();
    EXPECT_FALSE(banner->isVisible());
    ASSERT_TRUE(h->waitUntil([&] {
        const auto w = h->service().outbox()->write(kKey);
        return w && w->state == outbox::WriteState::Done;
    }));
    EXPECT_EQ(h->sandbox().listRetriesStarted(kListId), 1);
    EXPECT_EQ(h->sandbox().appliedCount(kKey), 1) << "sent with the journaled key";
    EXPECT_TRUE(outbox::Outbox(m_dir.path(), QStringLiteral("harness"), m_clock)
                    .unsettledSingleWrites()
                    .isEmpty());
}

TEST_F(ListsOutbox, NothingUnfinished_NoBanner) {
    auto h = open();
    EXPECT_FALSE(h->screen().unfinishedBanner()->isVisible());
    EXPECT_FALSE(h->screen().outboxProblemBanner()->isVisible());
}

TEST_F(ListsOutbox, DamagedOutbox_SaysSoWithTheKeptCopy) {
    QFile f(m_dir.filePath(outbox::Outbox::fileNameFor(QStringLiteral("harness"))));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    auto h = open();
    ui::NoticeBanner *problem = h->screen().outboxProblemBanner();
    ASSERT_TRUE(problem->isVisible());
    const QString kept = h->service().outbox()->report().keptCopy;
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_TRUE(QFile::exists(kept));
    EXPECT_TRUE(problem->text().contains(kept)) << problem->text().toStdString();
}

} // namespace
