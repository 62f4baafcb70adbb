#include "app/FixedFont.h"

#include <QFontDatabase>

#include <optional>

namespace rd::ui {

namespace {
std::optional<QFont> &pinned() {
    static std::optional<QFont> font;
    return font;
}
} // namespace

QFont fixedFont() {
    return pinned() ? *pinned() : QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void pinFixedFont(const QFont &font) {
    pinned() = font;
}

} // namespace rd::ui
