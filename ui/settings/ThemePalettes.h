// ThemePalettes: RetryDesk's light and dark palettes, for Settings → Theme and for the
// deterministic rendering of goldens and screenshots (RenderEnvironment). Chips and other drawn
// colours follow whichever is in force through isDarkPalette().
#pragma once

#include <QPalette>

namespace rd::ui {

QPalette lightPalette();
QPalette darkPalette();

} // namespace rd::ui
