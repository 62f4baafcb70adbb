// RenderEnvironment: deterministic rendering (bundled font, Fusion, DPR 1, no animations, fixed
// palettes) for the UI tests and --screenshots, so a golden image changes only when the UI does.
#pragma once

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QString>

class QWidget;

namespace rd::ui {

enum class Theme { Light, Dark };

// "light" / "dark": the suffix of golden and screenshot file names.
QString themeName(Theme theme);

class RenderEnvironment {
public:
    // Before QApplication exists: the offscreen platform, device pixel ratio 1, no desktop
    // settings (a platform theme would change fonts and colours behind our back).
    static void prepareProcess();

    // After QApplication exists (idempotent): the bundled DejaVu Sans, the Fusion style,
    // animations and cursor blinking off. Returns false when the bundled font cannot be loaded.
    static bool apply();

    static void applyTheme(Theme theme);
    // QLocale's default: English (United States), whatever the machine's LANG, so numbers and
    // dates in goldens do not depend on it. apply() calls it.
    static void applyLocale();
    static QPalette palette(Theme theme);
    // DejaVu Sans 9 pt, unhinted: hinting is where FreeType versions differ most.
    static QFont font();

    // Lays out widget at size (shown off-screen, without keyboard focus so no caret or focus
    // ring depends on window activation) and paints it into an image of the given device pixel
    // ratio: size × ratio pixels, text and SVG icons drawn at that resolution.
    static QImage render(QWidget &widget, const QSize &size, qreal devicePixelRatio = 1.0);
    static QImage render(QWidget &widget); // at its current size
};

} // namespace rd::ui
