// The cycle-state chips read in both themes: the text of every chip is at least 4.5:1 against
// its fill (WCAG AA), computed from the light and the dark palette; the chips differ by more than
// colour (each has its own icon and word); and a painted chip shows its text's colour.
#include "validations/StateChip.h"
#include "app/ErrorTone.h"
#include "screenshots/RenderEnvironment.h"

#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSet>

#include <gtest/gtest.h>

using namespace rd::ui;

namespace {

TEST(StateChip, EveryChip_TextAtLeast4_5To1_InBothPalettes) {
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QPalette palette = RenderEnvironment::palette(theme);
        for (ChipKind kind : kAllChipKinds) {
            const ChipColors c = chipColors(kind, palette);
            const double ratio = contrastRatio(c.text, c.fill);
            EXPECT_GE(ratio, 4.5) << themeName(theme).toStdString() << " "
                                  << chipWord(kind).toStdString() << ": " << ratio;
        }
    }
}

TEST(StateChip, ErrorText_AtLeast4_5To1_OnWindowAndBase_InBothPalettes) {
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QPalette palette = RenderEnvironment::palette(theme);
        const QColor red = errorTextColor(palette);
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = contrastRatio(red, palette.color(role));
            EXPECT_GE(ratio, 4.5) << themeName(theme).toStdString() << " role " << int(role) << ": "
                                  << ratio;
        }
    }
}

TEST(StateChip, ErrorTone_FollowsALiveThemeSwitch_AndComesOff) {
    RenderEnvironment::applyTheme(Theme::Light);
    QWidget form; // a form's label, as in the app (windows get palette changes another way)
    QLabel &label = *new QLabel(QStringLiteral("Max retries must be at most 5."), &form);
    setErrorTone(&label);
    const auto switchTo = [](Theme theme) {
        RenderEnvironment::applyTheme(theme);
        QCoreApplication::processEvents(); // the palette reaches widgets through events
    };
    EXPECT_EQ(label.palette().color(QPalette::WindowText),
              errorTextColor(RenderEnvironment::palette(Theme::Light)));
    switchTo(Theme::Dark);
    EXPECT_EQ(label.palette().color(QPalette::WindowText),
              errorTextColor(RenderEnvironment::palette(Theme::Dark)));
    setErrorTone(&label, false);
    EXPECT_EQ(label.palette().color(QPalette::WindowText),
              RenderEnvironment::palette(Theme::Dark).color(QPalette::WindowText));
    switchTo(Theme::Light);
    EXPECT_EQ(label.palette().color(QPalette::WindowText),
              RenderEnvironment::palette(Theme::Light).color(QPalette::WindowText));
}

TEST(StateChip, ContrastRatio_IsWcags) {
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

TEST(StateChip, NeverColourAlone_EachKindHasItsOwnWord_AndFillsDiffer) {
    QSet<QString> words;
    QSet<QRgb> fills;
    for (ChipKind kind : kAllChipKinds) {
        words.insert(chipWord(kind));
        fills.insert(chipColors(kind, RenderEnvironment::palette(Theme::Light)).fill.rgb());
    }
    EXPECT_EQ(words.size(), int(std::size(kAllChipKinds)));
    EXPECT_EQ(fills.size(), int(std::size(kAllChipKinds)));
}

TEST(StateChip, Painted_ShowsTheFillAndTheTextColour) {
    RenderEnvironment::apply();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QPalette palette = RenderEnvironment::palette(theme);
        QImage image(160, 24, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter p(&image);
        p.setFont(RenderEnvironment::font());
        paintChip(p, image.rect(), ChipKind::Exhausted, chipWord(ChipKind::Exhausted), palette);
        p.end();
        const ChipColors c = chipColors(ChipKind::Exhausted, palette);
        int fill = 0, text = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = image.pixel(x, y) & 0xffffff;
                fill += px == (c.fill.rgb() & 0xffffff);
                text += px == (c.text.rgb() & 0xffffff);
            }
        }
        EXPECT_GT(fill, 200) << themeName(theme).toStdString();
        EXPECT_GT(text, 5) << themeName(theme).toStdString();
        EXPECT_LE(chipWidth(QPainter(&image), chipWord(ChipKind::Exhausted)), 160);
    }
}

// RETRYDESK_CHIP_DUMP=<dir>: writes every chip in both themes (chips_light.png, chips_dark.png)
// to look at them.
TEST(StateChip, AllChips_CanBeLookedAt) {
    const QString dir = qEnvironmentVariable("RETRYDESK_CHIP_DUMP");
    if (dir.isEmpty()) {
        GTEST_SKIP() << "set RETRYDESK_CHIP_DUMP to a folder to write the chips as PNGs";
    }
    RenderEnvironment::apply();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QPalette palette = RenderEnvironment::palette(theme);
        QImage image(560, 30, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter p(&image);
        p.setFont(RenderEnvironment::font());
        int x = 6;
        for (ChipKind kind : kAllChipKinds) {
            const int w = chipWidth(p, chipWord(kind));
            paintChip(p, QRect(x, 3, w, 24), kind, chipWord(kind), palette);
            x += w + 8;
        }
        p.end();
        EXPECT_TRUE(image.save(dir + QStringLiteral("/chips_") + themeName(theme) +
                               QStringLiteral(".png")));
    }
}

} // namespace
