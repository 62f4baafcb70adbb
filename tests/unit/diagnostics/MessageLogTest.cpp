// MessageLog: each Qt message becomes one redacted line in the files (time from the rd::Clock),
// still reaches the previous handler, and request lines go to the files only.
#include "diagnostics/MessageLog.h"

#include "core/FakeClock.h"
#include "core/Redaction.h"
#include "diagnostics/LogFiles.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;

namespace {
Q_LOGGING_CATEGORY(lcTestRequests, "rd.net.requests", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTest, "rd.test.diag")

QStringList s_forwarded; // what reached the handler MessageLog replaced
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message) {
    s_forwarded << message;
}

class MessageLogTest : public ::testing::Test {
protected:
    void SetUp() override {
        s_forwarded.clear();
        m_outer = qInstallMessageHandler(&recordingHandler);
        m_files = std::make_unique<diag::LogFiles>(m_dir.path());
        m_log = std::make_unique<diag::MessageLog>(*m_files, m_clock);
    }
    void TearDown() override {
        m_log.reset();
        qInstallMessageHandler(m_outer);
    }
    QString fileText() {
        m_files->flush();
        QFile f(m_files->currentFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC)};
    QtMessageHandler m_outer = nullptr;
    std::unique_ptr<diag::LogFiles> m_files;
    std::unique_ptr<diag::MessageLog> m_log;
};
} // namespace

TEST_F(MessageLogTest, Warning_IsOneLineWithClockTimeLevelCategoryAndMessage) {
    qCWarning(lcTest) << "sync failed" << 3;
    EXPECT_EQ(fileText(),
              QStringLiteral("2026-03-04T05:06:07.089Z WARNING rd.test.diag sync failed 3\n"));
    EXPECT_EQ(s_forwarded, QStringList{QStringLiteral("sync failed 3")});
}

TEST_F(MessageLogTest, MultiLineMessage_StaysOneLine) {
    qInfo("first\nsecond");
    EXPECT_EQ(fileText(), QStringLiteral("2026-03-04T05:06:07.089Z INFO default first\\nsecond\n"));
}

TEST_F(MessageLogTest, Secrets_AreRedactedInTheFileAndOnStderr) {
    qWarning("Authorization: Bearer zz_unregistered_9f8e7d6c5b4a");
    const QString text = fileText();
    EXPECT_FALSE(text.contains(QLatin1String("9f8e7d6c5b4a"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Authorization: ***"))) << qPrintable(text);
    ASSERT_EQ(s_forwarded.size(), 1);
    EXPECT_FALSE(s_forwarded.first().contains(QLatin1String("9f8e7d6c5b4a")));
}

TEST_F(MessageLogTest, RequestLines_AreWrittenToTheFiles_ButNotNewlyToStderr) {
    // The category is off by default (QtWarningMsg): MessageLog turns it on for the files only.
    qCInfo(lcTestRequests) << "GET http://127.0.0.1/v1/validations attempt=1 status=200";
    EXPECT_TRUE(fileText().contains(
        QLatin1String("INFO rd.net.requests GET http://127.0.0.1/v1/validations attempt=1")));
    EXPECT_TRUE(s_forwarded.isEmpty());
}

TEST_F(MessageLogTest, Destruction_RestoresThePreviousHandler) {
    m_log.reset();
    qWarning("after");
    EXPECT_EQ(s_forwarded, QStringList{QStringLiteral("after")});
    EXPECT_FALSE(fileText().contains(QLatin1String("after")));
    EXPECT_EQ(diag::MessageLog::current(), nullptr);
}
