#include "support/GoldenImage.h"

#include "screenshots/RenderEnvironment.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QWidget>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

namespace rd::test {

namespace {

QString goldenPath(const QString &name) {
    return QStringLiteral(RETRYDESK_SOURCE_DIR "/tests/ui/goldens/") + name +
           QStringLiteral(".png");
}

QString outputDir() {
    const QString dir = QStringLiteral(RETRYDESK_BINARY_DIR "/tests/ui/golden-output");
    QDir().mkpath(dir);
    return dir;
}

QString freeTypeVersion() {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) {
        return QStringLiteral("unknown");
    }
    FT_Int major = 0, minor = 0, patch = 0;
    FT_Library_Version(library, &major, &minor, &patch);
    FT_Done_FreeType(library);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QString osRelease() {
    QFile f(QStringLiteral("/etc/os-release"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString id, version;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line).remove(u'"');
        if (l.startsWith(QStringLiteral("ID="))) {
            id = l.mid(3);
        } else if (l.startsWith(QStringLiteral("VERSION_ID="))) {
            version = l.mid(11);
        }
    }
    return id + u' ' + version;
}

bool updateRequested() {
    return qEnvironmentVariable(kUpdateGoldensVariable) == QStringLiteral("1");
}

} // namespace

ImageDifference compareImages(const QImage &expected, const QImage &actual, int channelTolerance) {
    ImageDifference result;
    const QImage e = expected.convertToFormat(QImage::Format_RGB32);
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QSize size = a.size().expandedTo(e.size());
    result.sizeMismatch = e.size() != a.size();
    result.diff = QImage(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *out = reinterpret_cast<QRgb *>(result.diff.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const bool inA = x < a.width() && y < a.height();
            const bool inE = x < e.width() && y < e.height();
            const QRgb pa = inA ? a.pixel(x, y) : qRgb(0, 0, 0);
            const QRgb pe = inE ? e.pixel(x, y) : qRgb(0, 0, 0);
            const bool differs = !inA || !inE || std::abs(qRed(pa) - qRed(pe)) > channelTolerance ||
                                 std::abs(qGreen(pa) - qGreen(pe)) > channelTolerance ||
                                 std::abs(qBlue(pa) - qBlue(pe)) > channelTolerance;
            if (differs) {
                ++result.differingPixels;
                out[x] = qRgb(255, 0, 0);
            } else {
                const int grey = 160 + qGray(pa) * 95 / 255; // faded, so red stands out
                out[x] = qRgb(grey, grey, grey);
            }
        }
    }
    return result;
}

QString goldenEnvironmentMismatch() {
    QStringList reasons;
    if (QGuiApplication::platformName() != QStringLiteral("offscreen")) {
        reasons << QStringLiteral("platform is %1, goldens need offscreen")
                       .arg(QGuiApplication::platformName());
    }
    if (const QString os = osRelease(); os != QStringLiteral("debian 12")) {
        reasons << QStringLiteral("system is '%1', goldens are made on Debian 12").arg(os);
    }
    if (const QString ft = freeTypeVersion(); ft != QStringLiteral("2.12.1")) {
        reasons << QStringLiteral("FreeType is %1, goldens are made with 2.12.1").arg(ft);
    }
    if (!QString::fromLatin1(qVersion()).startsWith(QStringLiteral("6.4."))) {
        reasons << QStringLiteral("Qt is %1, goldens are made with Qt 6.4")
                       .arg(QString::fromLatin1(qVersion()));
    }
    if (qEnvironmentVariable("RETRYDESK_SANDBOX_WIRE") == QStringLiteral("seeds-only")) {
        reasons << QStringLiteral("the seeds-only wire varies the optional fields goldens show "
                                  "(the same screens are compared in the full-wire run)");
    }
    return reasons.join(QStringLiteral("; "));
}

void expectMatchesGolden(const QImage &actual, const QString &name, GoldenTolerance tolerance,
                         std::source_location where) {
    if (const QString why = goldenEnvironmentMismatch(); !why.isEmpty()) {
        std::cout << "[ GOLDEN SKIPPED ] " << qPrintable(name) << ": " << qPrintable(why) << '\n';
        ::testing::Test::RecordProperty("golden_skipped_" + name.toStdString(), why.toStdString());
        return;
    }
    const QString golden = goldenPath(name);
    if (updateRequested()) {
        QDir().mkpath(QFileInfo(golden).absolutePath());
        if (!actual.save(golden, "PNG")) {
            ADD_FAILURE_AT(where.file_name(), int(where.line()))
                << "could not write " << qPrintable(golden);
        } else {
            std::cout << "[ GOLDEN UPDATED ] " << qPrintable(golden)
                      << " (look at it before committing)\n";
        }
        return;
    }
    const QImage expected(golden);
    const QString actualPath = outputDir() + u'/' + name + QStringLiteral(".actual.png");
    if (expected.isNull()) {
        actual.save(actualPath, "PNG");
        ADD_FAILURE_AT(where.file_name(), int(where.line()))
            << "no golden image " << qPrintable(golden) << ". The rendering is in "
            << qPrintable(actualPath) << "; look at it, then run with " << kUpdateGoldensVariable
            << "=1 to make it the golden and commit it.";
        return;
    }
    const ImageDifference d = compareImages(expected, actual, tolerance.channel);
    if (!d.sizeMismatch && d.differingPixels <= tolerance.maxDifferingPixels) {
        QFile::remove(actualPath);
        return;
    }
    const QString diffPath = outputDir() + u'/' + name + QStringLiteral(".diff.png");
    actual.save(actualPath, "PNG");
    d.diff.save(diffPath, "PNG");
    ADD_FAILURE_AT(where.file_name(), int(where.line()))
        << "rendering of '" << qPrintable(name)
        << "' differs from its golden: " << d.differingPixels << " pixels differ (allowed "
        << tolerance.maxDifferingPixels << ", channel tolerance " << tolerance.channel << ")"
        << (d.sizeMismatch ? qPrintable(QStringLiteral(", size %1x%2 instead of %3x%4")
                                            .arg(actual.width())
                                            .arg(actual.height())
                                            .arg(expected.width())
                                            .arg(expected.height()))
                           : "")
        << ".\n  golden: " << qPrintable(golden) << "\n  actual: " << qPrintable(actualPath)
        << "\n  diff:   " << qPrintable(diffPath) << "\nIf the change is intended, look at the "
        << "actual image and rerun with " << kUpdateGoldensVariable << "=1.";
}

void expectMatchesGolden(QWidget &widget, const QString &name, GoldenTolerance tolerance,
                         std::source_location where) {
    expectMatchesGolden(rd::ui::RenderEnvironment::render(widget), name, tolerance, where);
}

} // namespace rd::test
