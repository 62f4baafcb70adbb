// GoldenImage: compares a rendered widget with its approved PNG under tests/ui/goldens/, so a
// change that alters what users see fails until someone looks at it and approves it.
//
//   expectMatchesGolden(dialog, "connections_dialog_dark");
//
// On a mismatch the test fails and names <name>.actual.png and <name>.diff.png (differing
// pixels in red) in <build>/tests/ui/golden-output/. RETRYDESK_UPDATE_GOLDENS=1 rewrites the
// baselines instead. Goldens are made on Debian 12 with the offscreen platform and FreeType
// 2.12.1; elsewhere only the comparison is skipped (with the reason), the rest of a test runs.
#pragma once

#include <QImage>
#include <QString>

#include <source_location>

class QWidget;

namespace rd::test {

struct GoldenTolerance {
    int channel = 16;            // a pixel differs when one channel is off by more than this
    int maxDifferingPixels = 25; // antialiasing noise allowed; a changed word or line is hundreds
};

struct ImageDifference {
    bool sizeMismatch = false;
    int differingPixels = 0;
    QImage diff; // the actual image faded, differing pixels red
};

ImageDifference compareImages(const QImage &expected, const QImage &actual, int channelTolerance);

// Why goldens cannot be compared on this machine, or an empty string when they can.
QString goldenEnvironmentMismatch();

// The name of the variable that rewrites baselines on purpose.
inline constexpr char kUpdateGoldensVariable[] = "RETRYDESK_UPDATE_GOLDENS";

void expectMatchesGolden(const QImage &actual, const QString &name, GoldenTolerance tolerance = {},
                         std::source_location where = std::source_location::current());
// Renders widget at its current size through RenderEnvironment (as --screenshots does).
void expectMatchesGolden(QWidget &widget, const QString &name, GoldenTolerance tolerance = {},
                         std::source_location where = std::source_location::current());

} // namespace rd::test
