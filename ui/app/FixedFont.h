// FixedFont: the one fixed-pitch font of the app's text views (request JSON, licences,
// diagnostics): the system's, or the bundled DejaVu Sans Mono once the screenshot environment pins
// it (so goldens do not depend on which monospace font and hinting a machine has).
#pragma once

#include <QFont>

namespace rd::ui {

QFont fixedFont();
// RenderEnvironment: from now on fixedFont() is this one.
void pinFixedFont(const QFont &font);

} // namespace rd::ui
