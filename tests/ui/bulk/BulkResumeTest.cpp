// After a crash: the next start shows what did not finish and resumes it with the same keys and
// bytes; sends older than 24 h become "outcome unknown"; a damaged outbox is kept aside and said.
#include "BulkFixture.h"

#include "app/AppContext.h"
#include "bulk/PendingWorkDialog.h"
#include "mainwindow/MainWindow.h"
#include "net/WriteJournal.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace rd::test {
namespace {

class BulkResume : public BulkFixture {
protected:
    QStringList ids() const {
        using namespace sandbox::demo;
        return {QLatin1String(kEligibleId), QLatin1String(kCancelledId), QLatin1String(kPendingId)};
    }
    // The crash: a run of three journaled, the first claimed (its bytes may have left).
    void startAfterCrash(qint64 *runId, int sent = 1) {
        start(ui::BulkHarness::smallDataset(), [this, runId, sent](const QString &dir) {
            *runId = ui::BulkHarness::journalUnfinishedRun(
                dir, m_clock, BulkAction::setPolicy(threeEveryTenMinutes()), ids(), sent);
        });
    }
    QPushButton *bannerButton(const char *name) {
        return bulk().pendingBanner()->findChild<QPushButton *>(QLatin1String(name));
    }
};

TEST_F(BulkResume, UnfinishedRun_TheBannerOffersIt_ResumeSendsEachOnceWithItsJournaledKey) {
    qint64 runId = 0;
    startAfterCrash(&runId);
    ASSERT_GT(runId, 0);
    ui::NoticeBanner *banner = bulk().pendingBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(
        QStringLiteral("1 bulk run (0 of 3 done) did not finish when RetryDesk last stopped.")))
        << qPrintable(banner->text());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "never a modal box";
    EXPECT_EQ(server().writesApplied(ids().first()), 0) << "nothing is sent before the user says";

    bannerButton("pendingResume")->click();
    EXPECT_FALSE(banner->isVisible());
    BulkRun *run = bulk().host().findRun(m_h->service(), runId);
    ASSERT_TRUE(run);
    ui::BulkProgressDialog *d = bulk().progressDialog(run);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->isVisible());
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(run->state(), BulkRun::State::Finished);
    EXPECT_EQ(run->items().size(), 3);
    for (const BulkItem &i : run->items()) {
        EXPECT_TRUE(i.idempotencyKey.startsWith(QStringLiteral("00000000-0000-4000-8000-")))
            << "the journaled key, not a new one: " << qPrintable(i.idempotencyKey);
        EXPECT_EQ(server().appliedCount(i.idempotencyKey), 1);
        EXPECT_EQ(server().writesApplied(i.validationId), 1) << qPrintable(i.validationId);
    }
    EXPECT_EQ(server().keysWithTwoBodies(), 0) << "the same bytes";
    EXPECT_EQ(box().run(runId)->state, outbox::RunState::Finished);
    d->refresh();
    EXPECT_EQ(d->model()->rowCount(), 3);
}

TEST_F(BulkResume, Later_HidesTheBannerAndSendsNothing) {
    qint64 runId = 0;
    startAfterCrash(&runId);
    bannerButton("pendingLater")->click();
    EXPECT_FALSE(bulk().pendingBanner()->isVisible());
    m_h->waitUntil([] { return false; }, 1000, 10);
    for (const QString &id : ids()) {
        EXPECT_EQ(server().writesApplied(id), 0) << qPrintable(id);
    }
    for (const outbox::WriteRecord &w : box().runWrites(runId)) {
        EXPECT_EQ(w.sends, 0) << qPrintable(w.target);
    }
    EXPECT_EQ(box().unfinishedRuns().size(), 1) << "offered again at the next start";
}

TEST_F(BulkResume, Review_ListsTheRun_DiscardSelectedDropsItAndTheBannerGoes) {
    qint64 runId = 0;
    startAfterCrash(&runId);
    bannerButton("pendingReview")->click();
    auto *review = screen().findChild<ui::PendingWorkDialog *>();
    ASSERT_TRUE(review);
    EXPECT_FALSE(review->isModal());
    ASSERT_EQ(review->pendingCount(), 1);
    const QTreeWidgetItem *runItem = review->tree()->topLevelItem(0)->child(0);
    EXPECT_TRUE(runItem->text(0).contains(QStringLiteral("3 validations")))
        << qPrintable(runItem->text(0));
    EXPECT_EQ(runItem->text(1), QStringLiteral("0 of 3 done"));
    EXPECT_EQ(runItem->text(2), QStringLiteral("2026-01-01 12:00:00 UTC"));
    review->selectAllPending();
    ASSERT_TRUE(review->discardButton()->isEnabled());
    review->discardButton()->click();
    EXPECT_EQ(review->pendingCount(), 0);
    EXPECT_FALSE(bulk().pendingBanner()->isVisible());
    EXPECT_EQ(box().run(runId)->state, outbox::RunState::Cancelled);
    EXPECT_TRUE(box().unfinishedRuns().isEmpty());
    EXPECT_EQ(box().run(runId)->dropped, 2) << "the unsent ones; the claimed one is kept";
}

TEST_F(BulkResume, UnsettledSingleWrite_ResumeResendsItWithItsKeyAndReadsTheRowAgain) {
    const QString key = QStringLiteral("00000000-0000-4000-8000-00000000aaaa");
    const BulkAction cancel = BulkAction::cancelRetries();
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    start(ui::BulkHarness::smallDataset(), [&](const QString &dir) {
        outbox::Outbox box(dir, QLatin1String(ui::BulkHarness::kConnectionId), m_clock);
        QString error;
        ASSERT_TRUE(
            box.beginWrite({cancel.method(), cancel.pathFor(id), cancel.body(), key}, &error))
            << qPrintable(error);
    });
    ASSERT_TRUE(bulk().pendingBanner()->isVisible());
    EXPECT_TRUE(
        bulk().pendingBanner()->text().startsWith(QStringLiteral("1 single write did not finish")))
        << qPrintable(bulk().pendingBanner()->text());
    std::optional<std::pair<int, int>> resumed;
    QObject::connect(&bulk(), &ui::BulkController::singlesResumed,
                     [&resumed](int applied, int notApplied) {
                         resumed = {applied, notApplied};
                     });
    bannerButton("pendingResume")->click();
    ASSERT_TRUE(m_h->waitUntil([&resumed] { return resumed.has_value(); }));
    EXPECT_EQ(*resumed, std::make_pair(1, 0));
    EXPECT_EQ(server().appliedCount(key), 1);
    EXPECT_EQ(server().writesApplied(id), 1);
    EXPECT_TRUE(bulk().pendingBanner()->text().contains(QStringLiteral("resent and applied")))
        << qPrintable(bulk().pendingBanner()->text());
    EXPECT_TRUE(box().unsettledSingleWrites().isEmpty());
    ASSERT_TRUE(m_h->waitUntil([this, id] {
        const auto v = model().validationAt(model().rowForId(id));
        return v && v->retryState && !v->retryState->isActive();
    })) << "the row was read again";
}

TEST_F(BulkResume, SendsOlderThan24Hours_AreOutcomeUnknownWithTheWayToCheck_NeverResent) {
    qint64 runId = 0;
    start(ui::BulkHarness::smallDataset(), [this, &runId](const QString &dir) {
        runId = ui::BulkHarness::journalUnfinishedRun(
            dir, m_clock, BulkAction::setPolicy(threeEveryTenMinutes()), ids(), 2);
        // The app stayed closed for a day (the wall clock only: nothing ran meanwhile).
        m_clock.shiftWallClock(Millis(25LL * 3600 * 1000));
    });
    ui::NoticeBanner *banner = bulk().pendingBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("outcome is unknown")))
        << qPrintable(banner->text());
    ui::ActivityLogDialog *log = bulk().openActivityLog();
    log->setShow(ui::ActivityLogDialog::Show::Unknown);
    ASSERT_EQ(log->model()->rowCount(), 2);
    const QString message =
        log->model()->index(0, int(ui::ActivityColumn::Message)).data().toString();
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(log->model()->index(0, int(ui::ActivityColumn::Result)).data().toString(),
              QStringLiteral("Outcome unknown"));

    bannerButton("pendingResume")->click();
    BulkRun *run = bulk().host().findRun(m_h->service(), runId);
    ASSERT_TRUE(run);
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(run->progress().unknown, 2);
    EXPECT_EQ(run->progress().applied, 1) << "only the one never claimed is sent";
    EXPECT_EQ(server().writesApplied(ids().first()), 0);
    EXPECT_EQ(server().writesApplied(ids().at(1)), 0);
    EXPECT_EQ(server().writesApplied(ids().at(2)), 1);
}

TEST_F(BulkResume, CorruptOutbox_SaysSoWithTheKeptCopy_AndBulkRunsStillWork) {
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i) {
        junk[i] = char((i * 7919 + 13) % 256); // not SQLite
    }
    start(ui::BulkHarness::smallDataset(), [&junk](const QString &dir) {
        QFile f(dir + u'/' +
                outbox::Outbox::fileNameFor(QLatin1String(ui::BulkHarness::kConnectionId)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(junk);
    });
    const outbox::OpenReport &report = box().report();
    ASSERT_TRUE(report.recovered);
    ASSERT_FALSE(report.keptCopy.isEmpty());
    ui::NoticeBanner *banner = bulk().problemBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(report.keptCopy)) << qPrintable(banner->text());
    EXPECT_TRUE(banner->text().contains(report.message)) << qPrintable(banner->text());
    QFile kept(report.keptCopy);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), junk) << "the damaged file is kept as it was";
    EXPECT_TRUE(banner->findChild<QPushButton *>(QStringLiteral("outboxCopyPath")));
    EXPECT_TRUE(banner->findChild<QPushButton *>(QStringLiteral("outboxShowFolder")));
    EXPECT_FALSE(bulk().pendingBanner()->isVisible());
    EXPECT_TRUE(screen().commands().bulkPolicyAll->isEnabled()) << "a fresh outbox was made";
    banner->findChild<QPushButton *>(QStringLiteral("outboxDismiss"))->click();
    EXPECT_FALSE(banner->isVisible());
}

// The window at start-up: the banner is there, and nothing waits for an answer.
TEST_F(BulkResume, MainWindow_UnfinishedRunAtStart_ShowsTheBannerWithoutBlocking) {
    QTemporaryDir dir;
    sandbox::SandboxServer server(m_clock, ui::BulkHarness::smallDataset());
    ASSERT_TRUE(server.listen());
    ui::AppContext context(
        m_clock,
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat),
        std::make_unique<MemorySecretStore>());
    ConnectionProfile p;
    p.id = QStringLiteral("8f1e2d3c-0000-4000-8000-000000000001");
    p.name = QStringLiteral("Sandbox");
    p.kind = ApiKind::Validations;
    p.baseUrl = server.baseUrl();
    p.keyStorage = KeyStorage::SessionOnly;
    bool saved = false;
    context.connections().save(p, QLatin1String(sandbox::kDemoUpdateKey),
                               [&saved](const SecretResult &r) { saved = r.ok(); });
    ASSERT_TRUE(ui::BulkHarness::waitFor([&saved] { return saved; }));
    EXPECT_EQ(context.outboxDirectory(), dir.filePath(QStringLiteral("outbox")));
    const qint64 runId = ui::BulkHarness::journalUnfinishedRun(
        context.outboxDirectory(), m_clock, BulkAction::cancelRetries(),
        {QLatin1String(sandbox::demo::kPendingId)}, 0, p.id);
    ASSERT_GT(runId, 0);

    ui::MainWindow window({}, context);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    ui::ValidationsScreen *screen = nullptr;
    ASSERT_TRUE(ui::BulkHarness::waitFor([&] {
        screen = qobject_cast<ui::ValidationsScreen *>(window.screen(ApiKind::Validations));
        return screen != nullptr;
    }));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    ui::NoticeBanner *banner = screen->bulk().pendingBanner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("1 bulk run (0 of 1 done)")))
        << qPrintable(banner->text());
    banner->findChild<QPushButton *>(QStringLiteral("pendingResume"))->click();
    BulkRun *run = window.bulkRuns().findRun(screen->service(), runId);
    ASSERT_TRUE(run);
    ASSERT_TRUE(ui::BulkHarness::waitFor([run] { return !run->isActive(); }, &m_clock));
    EXPECT_EQ(server.writesApplied(QLatin1String(sandbox::demo::kPendingId)), 1);
}

} // namespace
} // namespace rd::test
