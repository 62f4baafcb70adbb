// LogFiles: rotation at the size cap keeps a fixed number of files, and a folder or disk that
// cannot be written is reported, never fatal.
#include "diagnostics/LogFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rd::diag::LogFiles;

namespace {
QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString lineNo(int i) {
    // 100 bytes with the newline: 12 numbered lines fill just under 1.2 KiB.
    return QStringLiteral("line %1 ").arg(i, 6, 10, QLatin1Char('0')).leftJustified(99, u'.');
}
} // namespace

TEST(LogFiles, Rotation_AtTheSizeCap_KeepsMaxFilesAndDropsTheOldest) {
    QTemporaryDir dir;
    {
        LogFiles logs(dir.path(), {/*maxFileBytes*/ 1024, /*maxFiles*/ 3, 1000});
        for (int i = 0; i < 100; ++i) {
            logs.append(lineNo(i));
        }
        logs.flush();
        EXPECT_TRUE(logs.problem().isEmpty()) << qPrintable(logs.problem());
        const QStringList files = logs.files();
        ASSERT_EQ(files.size(), 3);
        EXPECT_EQ(files.first(), logs.currentFile());
    }
    const QStringList onDisk = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(onDisk,
              (QStringList{QStringLiteral("retrydesk.1.log"), QStringLiteral("retrydesk.2.log"),
                           QStringLiteral("retrydesk.log")}));
    for (const QString &name : onDisk) {
        EXPECT_LE(QFile(dir.filePath(name)).size(), 1024) << qPrintable(name);
    }
    // The newest line is in retrydesk.log, older ones in .1 and .2, the oldest are gone.
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("retrydesk.log")))
                    .endsWith(lineNo(99).toUtf8() + '\n'));
    EXPECT_TRUE(
        readAll(dir.filePath(QStringLiteral("retrydesk.2.log"))).startsWith(lineNo(70).toUtf8()));
    for (const QString &name : onDisk) {
        EXPECT_FALSE(readAll(dir.filePath(name)).contains(lineNo(0).toUtf8()));
    }
}

TEST(LogFiles, ExistingLog_IsAppendedTo_AndRotatedWhenItReachesTheCap) {
    QTemporaryDir dir;
    {
        QFile old(dir.filePath(QStringLiteral("retrydesk.log")));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(1000, 'x') + '\n');
    }
    LogFiles logs(dir.path(), {1024, 5, 1000});
    logs.append(lineNo(1));
    logs.flush();
    EXPECT_EQ(logs.files().size(), 2); // 1001 + 100 bytes would pass the cap
    EXPECT_EQ(readAll(logs.currentFile()), lineNo(1).toUtf8() + '\n');
}

TEST(LogFiles, FolderThatCannotBeCreated_IsReported_AndLoggingGoesOn) {
    QTemporaryDir dir;
    // A file where the folder should be: mkpath fails even for root.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LogFiles logs(dir.filePath(QStringLiteral("blocker/logs")));
    logs.append(QStringLiteral("first"));
    logs.flush();
    EXPECT_TRUE(logs.problem().contains(QStringLiteral("blocker/logs")))
        << qPrintable(logs.problem());
    const QString first = logs.problem();
    for (int i = 0; i < 1000; ++i) { // no crash, no wait, the first problem kept
        logs.append(QStringLiteral("more"));
    }
    logs.flush();
    EXPECT_EQ(logs.problem(), first);
    EXPECT_TRUE(logs.files().isEmpty());
}

TEST(LogFiles, FullDisk_IsReported_NotFatal) {
    if (!QFile::exists(QStringLiteral("/dev/full"))) {
        GTEST_SKIP() << "no /dev/full on this system";
    }
    QTemporaryDir dir;
    // retrydesk.log leads to a device whose every write fails with ENOSPC.
    ASSERT_TRUE(
        QFile::link(QStringLiteral("/dev/full"), dir.filePath(QStringLiteral("retrydesk.log"))));
    LogFiles logs(dir.path());
    logs.append(QStringLiteral("this line cannot be written"));
    logs.flush();
    EXPECT_TRUE(logs.problem().startsWith(QStringLiteral("cannot write")))
        << qPrintable(logs.problem());
    logs.append(QStringLiteral("nor this one"));
    logs.flush();
}

TEST(LogFiles, LinesBeyondTheQueueLimit_AreCountedAsDropped_NeverBlocking) {
    QTemporaryDir dir;
    LogFiles logs(dir.path(), {1024 * 1024, 5, 1});
    // Whatever the writer thread manages, nothing waits and every line is written or counted.
    for (int i = 0; i < 2000; ++i) {
        logs.append(lineNo(i));
    }
    logs.flush();
    const qsizetype written = readAll(logs.currentFile()).count('\n');
    EXPECT_EQ(written + logs.droppedLines(), 2000);
}

TEST(LogFiles, DefaultDirectory_IsTheEnvironmentOverride_WhenSet) {
    qputenv("RETRYDESK_LOG_DIR", "/tmp/rd-logs-elsewhere");
    EXPECT_EQ(LogFiles::defaultDirectory(), QStringLiteral("/tmp/rd-logs-elsewhere"));
    qunsetenv("RETRYDESK_LOG_DIR");
    EXPECT_TRUE(LogFiles::defaultDirectory().endsWith(QStringLiteral("/logs")));
}
