// ValidationService without any widget, against the sandbox over loopback TCP (FakeClock): a
// refresh reads every page and drops what the server no longer has; one that fails on a later
// page removes nothing, leaves no refresh open, and the next one completes.
#include "services/ValidationService.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ValidationTableModel.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationServiceRegistry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace rd;

namespace {

class ValidationServiceIntegration : public ::testing::Test {
protected:
    void SetUp() override {
        sandbox::SandboxOptions options;
        options.wire = sandbox::wireModeFromEnvironment();
        options.datasetSize = 24;
        options.listCount = 0;
        options.rateLimit = 0;
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());
        // More than one page (ValidationService::kPageSize) on the server.
        while (m_server->validationIds().size() <= ValidationService::kPageSize + 20) {
            m_server->addValidation(Outcome::NotFound);
        }
        m_registry = std::make_unique<ValidationServiceRegistry>(m_clock, m_jitter);
        m_service = m_registry->serviceFor(
            {QStringLiteral("itest"), m_server->baseUrl(), QLatin1String(sandbox::kDemoUpdateKey)});
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestHandled,
                         [this](const QString &method, const QString &path, int, const QString &) {
                             m_listPages += method == u"GET" && path == u"/v1/validations";
                         });
    }

    // Serves loopback I/O and moves the fake clock on (backoff waits run on it) until done.
    bool waitUntil(const std::function<bool()> &done) {
        for (int i = 0; i < 2000 && !done(); ++i) {
            m_clock.advance(Millis(50));
            QEventLoop io; // a few real milliseconds for the sockets
            QTimer::singleShot(2, &io, &QEventLoop::quit);
            io.exec();
        }
        return done();
    }
    bool refreshAndWait(bool *ok = nullptr) {
        QSignalSpy finished(m_service, &ValidationService::refreshFinished);
        m_service->refresh();
        const bool done = waitUntil([&] { return finished.count() > 0; });
        if (done && ok) {
            *ok = finished.first().at(0).toBool();
            m_message = finished.first().at(1).toString();
        }
        return done;
    }
    ValidationTableModel &model() { return m_service->model(); }

    FakeClock m_clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)};
    SeededRandom m_jitter{11};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ValidationServiceRegistry> m_registry;
    ValidationService *m_service = nullptr;
    int m_listPages = 0;
    QString m_message; // of the last refresh
};

TEST_F(ValidationServiceIntegration, Refresh_ReadsEveryPage_AndDropsRowsTheServerNoLongerHas) {
    bool ok = false;
    ASSERT_TRUE(refreshAndWait(&ok));
    ASSERT_TRUE(ok) << m_message.toStdString();
    const int loaded = model().totalCount();
    EXPECT_GT(loaded, ValidationService::kPageSize) << "the refresh read past the first page";
    EXPECT_GE(m_listPages, 2);
    const QStringList onServer = m_server->validationIds();
    for (int row = 0; row < model().rowCount(); ++row) {
        ASSERT_TRUE(onServer.contains(model().idAt(row))) << model().idAt(row).toStdString();
    }

    // A row the server no longer has (here: one only the model knows) goes at the next refresh.
    Validation gone = *m_server->validation(m_server->validationIds().first());
    gone.id = QStringLiteral("0000000f-0000-4000-8000-00000000dead");
    ASSERT_TRUE(model().upsert(gone));
    EXPECT_EQ(model().totalCount(), loaded + 1);
    ASSERT_TRUE(refreshAndWait(&ok));
    ASSERT_TRUE(ok) << m_message.toStdString();
    EXPECT_EQ(model().totalCount(), loaded);
    EXPECT_EQ(model().rowForId(gone.id), -1);
}

TEST_F(ValidationServiceIntegration, RefreshFailingOnALaterPage_RemovesNothing_NextOneCompletes) {
    bool ok = false;
    ASSERT_TRUE(refreshAndWait(&ok));
    ASSERT_TRUE(ok) << m_message.toStdString();
    const int before = model().totalCount();
    Validation extra = *m_server->validation(m_server->validationIds().first());
    extra.id = QStringLiteral("0000000f-0000-4000-8000-00000000beef");
    ASSERT_TRUE(model().upsert(extra)); // would be removed by a refresh that completed

    // The first page answers; every attempt at the second gets a 502 until the client gives up.
    bool armed = false;
    const auto arm = QObject::connect(
        m_server.get(), &sandbox::SandboxServer::requestHandled,
        [&](const QString &method, const QString &path, int status, const QString &) {
            if (!armed && method == u"GET" && path == u"/v1/validations" && status == 200) {
                armed = true;
                m_server->enqueueFault(sandbox::FaultKind::Http502, 20,
                                       QStringLiteral("/v1/validations"));
            }
        });
    ASSERT_TRUE(refreshAndWait(&ok));
    QObject::disconnect(arm);
    EXPECT_FALSE(ok);
    EXPECT_FALSE(model().isRefreshing()) << "the failed refresh is closed";
    EXPECT_EQ(model().totalCount(), before + 1) << "nothing removed, the unreached rows stay";
    EXPECT_GE(model().rowForId(extra.id), 0);

    m_server->clearScriptedFaults();
    ASSERT_TRUE(refreshAndWait(&ok));
    EXPECT_TRUE(ok);
    EXPECT_EQ(model().totalCount(), before);
    EXPECT_EQ(model().rowForId(extra.id), -1) << "the next full refresh judges every row again";
}

} // namespace
