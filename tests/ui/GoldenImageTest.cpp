// The golden comparison itself: what it tolerates, what it catches, and that it catches a
// changed label text on a real screen (the evidence a golden-image test must give).
#include "support/GoldenImage.h"
#include "mainwindow/MainWindow.h"
#include "screenshots/ScreenCatalog.h"
#include "support/RenderedTest.h"

#include <QFile>
#include <QLabel>

#include <gtest/gtest-spi.h>

using rd::test::compareImages;

namespace {

QImage filled(QSize size, QColor c) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(c);
    return image;
}

TEST(CompareImages, IdenticalImages_HaveNoDifferingPixel) {
    const auto d = compareImages(filled({20, 10}, Qt::white), filled({20, 10}, Qt::white), 16);
    EXPECT_FALSE(d.sizeMismatch);
    EXPECT_EQ(d.differingPixels, 0);
}

TEST(CompareImages, ChangeWithinChannelTolerance_IsNotADifference) {
    EXPECT_EQ(compareImages(filled({4, 4}, QColor(100, 100, 100)),
                            filled({4, 4}, QColor(110, 95, 100)), 16)
                  .differingPixels,
              0);
}

TEST(CompareImages, OnePixelBeyondTolerance_IsCountedAndPaintedRed) {
    QImage actual = filled({4, 4}, Qt::white);
    actual.setPixel(2, 1, qRgb(200, 255, 255));
    const auto d = compareImages(filled({4, 4}, Qt::white), actual, 16);
    EXPECT_EQ(d.differingPixels, 1);
    EXPECT_EQ(d.diff.pixel(2, 1), qRgb(255, 0, 0));
    EXPECT_NE(d.diff.pixel(0, 0), qRgb(255, 0, 0));
}

TEST(CompareImages, DifferentSizes_AreAMismatch) {
    const auto d = compareImages(filled({4, 4}, Qt::white), filled({5, 4}, Qt::white), 16);
    EXPECT_TRUE(d.sizeMismatch);
    EXPECT_EQ(d.differingPixels, 4); // the extra column
}

class GoldenImage : public rd::test::RenderedTest {};

TEST_F(GoldenImage, ChangedLabelText_FailsAndWritesActualAndDiffImages) {
    if (const QString why = rd::test::goldenEnvironmentMismatch(); !why.isEmpty()) {
        GTEST_SKIP() << "golden comparison unavailable: " << qPrintable(why);
    }
    if (qEnvironmentVariableIsSet(rd::test::kUpdateGoldensVariable)) {
        GTEST_SKIP() << "baselines are being rewritten";
    }
    const auto state = rd::ui::ScreenCatalog::instance().find(QStringLiteral("main_window_empty"));
    ASSERT_TRUE(state);
    rd::ui::ScreenContext context;
    auto window = state->create(context);
    window->resize(state->size);
    auto *title = window->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
    ASSERT_NE(title, nullptr);
    title->setText(QStringLiteral("No connections yet"));
    EXPECT_NONFATAL_FAILURE(
        rd::test::expectMatchesGolden(*window, QStringLiteral("main_window_empty_light")),
        "main_window_empty_light.diff.png");
    EXPECT_TRUE(QFile::exists(QStringLiteral(
        RETRYDESK_BINARY_DIR "/tests/ui/golden-output/main_window_empty_light.diff.png")));
}

} // namespace
