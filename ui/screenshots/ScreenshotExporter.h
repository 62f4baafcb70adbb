// ScreenshotExporter: `retrydesk --screenshots DIR`: renders every catalog state, light and dark,
// into DIR/<state>_<theme>.png with the same deterministic settings as the golden tests.
#pragma once

#include <QString>

class QTextStream;

namespace rd::ui {

class ScreenshotExporter {
public:
    // Returns the process exit code (0 when every state was written); says what it wrote on out
    // and what failed on err.
    static int exportAll(const QString &dir, QTextStream &out, QTextStream &err);
};

} // namespace rd::ui
