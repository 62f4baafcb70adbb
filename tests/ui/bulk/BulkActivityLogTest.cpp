// The activity log: the user's own writes read from the outbox — listed, filtered, searched,
// refreshed as writes end, exported.
#include "BulkFixture.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

namespace rd::test {
namespace {

using Scope = ui::BulkController::Scope;

class BulkActivityLog : public BulkFixture {
protected:
    void SetUp() override { start(); }

    // A run over the eligible fixture and the one the server refuses (reactivation cap).
    BulkRun *runTwo() {
        using namespace sandbox::demo;
        m_h->selectIds({QLatin1String(kEligibleId), QLatin1String(kReactivationCapId)});
        ui::BulkProgressDialog *d =
            startThroughDialog(BulkAction::Kind::SetPolicy, Scope::Selection);
        EXPECT_TRUE(d);
        if (!d) {
            return nullptr;
        }
        EXPECT_TRUE(m_h->waitForEnd(*d->run()));
        return d->run();
    }
    QString cell(ui::ActivityLogDialog &log, int row, ui::ActivityColumn c) {
        return log.model()->index(row, int(c)).data().toString();
    }
};

TEST_F(BulkActivityLog, ListsTheRunsWrites_WhatWhenResultRequestIdAndKey) {
    BulkRun *run = runTwo();
    ASSERT_TRUE(run);
    ui::ActivityLogDialog *log = bulk().openActivityLog();
    ASSERT_TRUE(log);
    EXPECT_FALSE(log->isModal());
    ASSERT_EQ(log->model()->rowCount(), 2);
    EXPECT_TRUE(log->statusText().startsWith(QStringLiteral("2 writes shown")))
        << qPrintable(log->statusText());
    for (int row = 0; row < 2; ++row) {
        const QString target = cell(*log, row, ui::ActivityColumn::Target);
        const BulkItem i = item(*run, target);
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::Key), i.idempotencyKey);
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::RequestId), i.requestId);
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::Connection), QStringLiteral("Sandbox"));
        EXPECT_TRUE(cell(*log, row, ui::ActivityColumn::What)
                        .startsWith(QStringLiteral("Set policy: 3 × every 10 min · run ")))
            << qPrintable(cell(*log, row, ui::ActivityColumn::What));
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::When),
                  QStringLiteral("2026-01-01 12:00:00 UTC"));
        const bool refused = target == QLatin1String(sandbox::demo::kReactivationCapId);
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::Result),
                  refused ? QStringLiteral("Rejected") : QStringLiteral("Applied"));
        EXPECT_EQ(cell(*log, row, ui::ActivityColumn::Http),
                  refused ? QStringLiteral("422") : QStringLiteral("200"));
    }
}

TEST_F(BulkActivityLog, FiltersByResultAndSearch) {
    ASSERT_TRUE(runTwo());
    ui::ActivityLogDialog *log = bulk().openActivityLog();
    log->setShow(ui::ActivityLogDialog::Show::Rejected);
    ASSERT_EQ(log->model()->rowCount(), 1);
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::Code), QStringLiteral("reactivation_cap_exceeded"));
    log->setShow(ui::ActivityLogDialog::Show::Applied);
    ASSERT_EQ(log->model()->rowCount(), 1);
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::Target), QLatin1String(sandbox::demo::kEligibleId));
    log->setShow(ui::ActivityLogDialog::Show::All);
    log->searchField()->setText(QStringLiteral("reactivation"));
    ASSERT_EQ(log->model()->rowCount(), 1);
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::Target),
              QLatin1String(sandbox::demo::kReactivationCapId));
    log->searchField()->setText(QStringLiteral("no-such-thing"));
    EXPECT_EQ(log->model()->rowCount(), 0);
    log->setShow(ui::ActivityLogDialog::Show::Unknown);
    log->searchField()->clear();
    EXPECT_EQ(log->model()->rowCount(), 0);
}

TEST_F(BulkActivityLog, OpenDuringAWrite_RefreshesWhenTheOutboxChanges) {
    ui::ActivityLogDialog *log = bulk().openActivityLog();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->model()->rowCount(), 0);
    std::optional<WriteOutcome> outcome;
    m_h->service().cancelRetries(QLatin1String(sandbox::demo::kPendingId),
                                 [&outcome](const WriteOutcome &o) { outcome = o; });
    ASSERT_TRUE(m_h->waitUntil([&outcome] { return outcome.has_value(); }));
    m_clock.advance(ui::ActivityLogDialog::kRefreshDelay);
    ASSERT_EQ(log->model()->rowCount(), 1) << "a single write is in the log too";
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::What), QStringLiteral("Cancel retry cycle"));
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::Result), QStringLiteral("Applied"));
    EXPECT_EQ(cell(*log, 0, ui::ActivityColumn::RequestId), outcome->requestId);
}

TEST_F(BulkActivityLog, ExportsWhatItShowsAsCsv) {
    ASSERT_TRUE(runTwo());
    ui::ActivityLogDialog *log = bulk().openActivityLog();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("activity.csv"));
    log->setExportPath([path] { return path; });
    log->exportButton()->click();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Request id")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Idempotency key")));
    EXPECT_TRUE(log->statusText().contains(QStringLiteral("exported")))
        << qPrintable(log->statusText());
}

} // namespace
} // namespace rd::test
