// The test: a connection with a known, distinctive API key makes requests through the
// app's real paths (ValidationService, ListService, their ApiClient and request logs) against the
// sandbox on loopback — successes, a 401, a 502 retried, a 503 with Retry-After — while the key is
// also logged on purpose in several shapes. Then every log file and the diagnostics text are
// scanned: the key never appears, as written, in lower or upper case, percent-encoded or base64.
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "diagnostics/DiagnosticsCollector.h"
#include "diagnostics/LogFiles.h"
#include "diagnostics/MessageLog.h"
#include "sandbox/SandboxServer.h"
#include "services/ListServiceRegistry.h"
#include "services/ValidationServiceRegistry.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

using namespace rd;

namespace {
// No prefix a shape rule knows: only the registered secret can hide these.
const QString kKey = QStringLiteral("Zq7Canary+Vk4/Lw9Xp2Rt8Mn5"); // + and / percent-encode
const QString kListsKey = QStringLiteral("Hb3CanaryLists6Tq1Wz9Yd");
const QString kWrongKey = QStringLiteral("Pf8CanaryWrong2Kc5Nv7Gs");

// Every form in which a key could slip into text.
QStringList leakForms(const QString &key) {
    const QByteArray k = key.toUtf8();
    QStringList forms{key, key.toLower(), key.toUpper()};
    const QString pct = QString::fromLatin1(QUrl::toPercentEncoding(key));
    forms << pct << pct.toLower();
    for (auto opt : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms << QString::fromLatin1(k.toBase64(opt | QByteArray::OmitTrailingEquals));
        // The middle of "user:<key>" in Basic credentials.
        const QByteArray basic = ("user:" + k).toBase64(opt);
        forms << QString::fromLatin1(basic.mid(8, 16));
    }
    return forms;
}

class SecretLeakTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_files = std::make_unique<diag::LogFiles>(m_dir.filePath(QStringLiteral("logs")));
        m_log = std::make_unique<diag::MessageLog>(*m_files, m_clock);
        // CTest's QT_LOGGING_RULES turns debug off, and environment rules beat setFilterRules():
        // the qDebug shapes need the default category's debug on, on top of MessageLog's filter.
        // (Installed twice: Qt runs a new filter over every category before it returns the one
        // it replaced, so the second pass is the one that chains.)
        s_filterUnderTest = QLoggingCategory::installFilter(&enableDefaultDebug);
        QLoggingCategory::installFilter(&enableDefaultDebug);

        sandbox::SandboxOptions options;
        options.wire = sandbox::wireModeFromEnvironment();
        options.datasetSize = 20;
        options.listCount = 3;
        options.rateLimit = 0;
        options.apiKeys = sandbox::SandboxOptions::demoApiKeys();
        options.apiKeys.append({kKey,
                                QLatin1String(sandbox::kDemoUserId),
                                {QLatin1String(sandbox::kPermValidationsRead),
                                 QLatin1String(sandbox::kPermValidationsUpdate)}});
        options.apiKeys.append(
            {kListsKey,
             QLatin1String(sandbox::kDemoUserId),
             {QLatin1String(sandbox::kPermListsRead), QLatin1String(sandbox::kPermListsWrite)}});
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());

        m_context = std::make_unique<ui::AppContext>(
            m_clock,
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                        QSettings::IniFormat),
            std::make_unique<MemorySecretStore>(), m_dir.filePath(QStringLiteral("outbox")));
        m_validationsId = save(QStringLiteral("Production"), ApiKind::Validations, kKey);
        m_listsId = save(QStringLiteral("Lists"), ApiKind::BulkLists, kListsKey);
        m_wrongId = save(QStringLiteral("Stale key"), ApiKind::Validations, kWrongKey);
        m_validations = std::make_unique<ValidationServiceRegistry>(m_clock, m_jitter);
        m_lists = std::make_unique<ListServiceRegistry>(m_clock, m_jitter, m_validations->hosts());
    }
    void TearDown() override {
        QLoggingCategory::installFilter(s_filterUnderTest);
        m_log.reset();
    }

    static inline QLoggingCategory::CategoryFilter s_filterUnderTest = nullptr;
    static void enableDefaultDebug(QLoggingCategory *category) {
        if (s_filterUnderTest) {
            s_filterUnderTest(category);
        }
        if (qstrcmp(category->categoryName(), "default") == 0) {
            category->setEnabled(QtDebugMsg, true);
        }
    }

    QString save(const QString &name, ApiKind kind, const QString &key) {
        ConnectionProfile p;
        p.name = name;
        p.kind = kind;
        p.baseUrl = m_server->baseUrl();
        bool done = false;
        m_context->connections().save(p, key, [&](const SecretResult &r) {
            EXPECT_TRUE(r.ok()) << qPrintable(r.message);
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return m_context->connections().lastSavedId();
    }

    // Serves loopback I/O and moves the fake clock on (backoff and Retry-After waits run on it).
    bool waitUntil(const std::function<bool()> &done) {
        for (int i = 0; i < 3000 && !done(); ++i) {
            m_clock.advance(Millis(100));
            QEventLoop io;
            QTimer::singleShot(2, &io, &QEventLoop::quit);
            io.exec();
        }
        return done();
    }

    QString allLogText() {
        m_files->flush();
        QString text;
        const QStringList files = m_files->files();
        for (const QString &path : files) {
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
            text += QString::fromUtf8(f.readAll());
        }
        return text;
    }

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
    SeededRandom m_jitter{7};
    std::unique_ptr<diag::LogFiles> m_files;
    std::unique_ptr<diag::MessageLog> m_log;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ValidationServiceRegistry> m_validations;
    std::unique_ptr<ListServiceRegistry> m_lists;
    QString m_validationsId;
    QString m_listsId;
    QString m_wrongId;
};
} // namespace

TEST_F(SecretLeakTest, DistinctiveKey_NeverAppearsInLogFilesOrDiagnostics) {
    // Validations: a refresh whose first page meets a 502 (retried) and a 503 with Retry-After.
    m_server->enqueueFault(sandbox::FaultKind::Http502, 1, QStringLiteral("/v1/validations"));
    m_server->enqueueFault(sandbox::FaultKind::Http503, 1, QStringLiteral("/v1/validations"));
    ValidationService *service =
        m_validations->serviceFor({m_validationsId, m_server->baseUrl(), kKey});
    service->setPollInterval(PollInterval::Off);
    QSignalSpy refreshed(service, &ValidationService::refreshFinished);
    service->refresh();
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0; }));
    EXPECT_TRUE(refreshed.first().at(0).toBool()) << qPrintable(refreshed.first().at(1).toString());

    // Lists: the key travels in the query string (seed 000), on a GET and on a retry POST.
    ListService *lists = m_lists->serviceFor({m_listsId, m_server->baseUrl(), kListsKey});
    QSignalSpy listsRefreshed(lists, &ListService::refreshFinished);
    lists->refresh();
    ASSERT_TRUE(waitUntil([&] { return listsRefreshed.count() > 0; }));
    QSignalSpy retried(lists, &ListService::retryFinished);
    lists->retry(m_server->listIds().first());
    ASSERT_TRUE(waitUntil([&] { return retried.count() > 0; }));

    // A key the server does not know: 401 (its own request log rows, its own ApiClient).
    ValidationService *wrong =
        m_validations->serviceFor({m_wrongId, m_server->baseUrl(), kWrongKey});
    wrong->setPollInterval(PollInterval::Off);
    QSignalSpy wrongRefreshed(wrong, &ValidationService::refreshFinished);
    wrong->refresh();
    ASSERT_TRUE(waitUntil([&] { return wrongRefreshed.count() > 0; }));
    EXPECT_FALSE(wrongRefreshed.first().at(0).toBool());

    // The key logged on purpose, in the shapes careless code would use.
    qWarning().noquote() << "shape-1 Authorization: Bearer" << kKey;
    qDebug().noquote() << "shape-2 GET /retry?api_key=" + kKey + "&x=1";
    qInfo().noquote() << "shape-3 body {\"api_key\":\"" + kKey + "\",\"id\":1}";
    qDebug() << "shape-4" << QStringLiteral("{\"api_key\":\"%1\"}").arg(kListsKey); // quoted
    qCritical().noquote() << "shape-5 the key is" << kKey << "and lowercase" << kKey.toLower();
    qWarning().noquote() << "shape-6 encoded" << QString::fromLatin1(QUrl::toPercentEncoding(kKey))
                         << QString::fromLatin1(kKey.toUtf8().toBase64())
                         << QString::fromLatin1(("user:" + kKey.toUtf8()).toBase64());
    qWarning().noquote() << "shape-7 wrong key" << kWrongKey;

    QString report;
    ui::DiagnosticsCollector collector(*m_context, m_validations.get(), m_lists.get());
    collector.collect(
        [&](const diag::DiagnosticsInput &in) { report = diag::DiagnosticsReport::render(in); });
    ASSERT_TRUE(waitUntil([&] { return !report.isEmpty(); }));

    const QString logs = allLogText();
    // What was logged is there (so the scan below reads real lines): each shape, and the request
    // lines of the faults, the 401, the lists' query-string key and the retry's wait.
    for (int shape = 1; shape <= 7; ++shape) {
        EXPECT_TRUE(logs.contains(QStringLiteral("shape-%1").arg(shape))) << shape;
    }
    EXPECT_TRUE(logs.contains(QLatin1String("INFO rd.net.requests GET"))) << qPrintable(logs);
    EXPECT_TRUE(logs.contains(QLatin1String("status=502")));
    EXPECT_TRUE(logs.contains(QLatin1String("status=503")));
    EXPECT_TRUE(logs.contains(QLatin1String("status=401")));
    EXPECT_TRUE(logs.contains(QLatin1String("wait_ms=")));
    EXPECT_TRUE(logs.contains(QLatin1String("apiKey=***")));
    EXPECT_TRUE(logs.contains(QLatin1String("/retry?apiKey=***")));
    EXPECT_TRUE(report.contains(QLatin1String("Production: validations")));
    EXPECT_TRUE(report.contains(QLatin1String("key present: yes")));
    EXPECT_TRUE(report.contains(QLatin1String("status=401")));
    EXPECT_TRUE(report.contains(QRegularExpression(QStringLiteral("request_id=[^-\\s]\\S+"))))
        << qPrintable(report);

    for (const QString &key : {kKey, kListsKey, kWrongKey}) {
        for (const QString &form : leakForms(key)) {
            EXPECT_FALSE(logs.contains(form)) << "log files contain " << qPrintable(form);
            EXPECT_FALSE(report.contains(form)) << "diagnostics contain " << qPrintable(form);
        }
    }
}
