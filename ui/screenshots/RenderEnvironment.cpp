#include "screenshots/RenderEnvironment.h"

#include "app/FixedFont.h"
#include "app/Translations.h"

#include "settings/ThemePalettes.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QWidget>

#include <memory>

namespace rd::ui {

QString themeName(Theme theme) {
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void RenderEnvironment::prepareProcess() {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_FONT_DPI");
    QGuiApplication::setDesktopSettingsAware(false);
}

bool RenderEnvironment::apply() {
    static bool fontLoaded = false;
    if (!fontLoaded) {
        fontLoaded =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf")) >= 0 &&
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")) >= 0 &&
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSansMono.ttf")) >= 0;
    }
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSize(9);
    mono.setHintingPreference(QFont::PreferNoHinting);
    mono.setStyleStrategy(
        QFont::StyleStrategy(QFont::PreferAntialias | QFont::NoSubpixelAntialias));
    pinFixedFont(mono);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(font());
    for (Qt::UIEffect effect : {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
                                Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox}) {
        QApplication::setEffectEnabled(effect, false);
    }
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    applyTheme(Theme::Light);
    // English as the app speaks it (its plural forms), then the pinned locale.
    Translations::install(QStringLiteral("en"));
    applyLocale();
    return fontLoaded;
}

void RenderEnvironment::applyTheme(Theme theme) {
    QApplication::setPalette(palette(theme));
}

void RenderEnvironment::applyLocale() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QPalette RenderEnvironment::palette(Theme theme) {
    // The app's own palettes (Settings → Theme uses the same ones).
    return theme == Theme::Light ? lightPalette() : darkPalette();
}

QFont RenderEnvironment::font() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(9);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::NoSubpixelAntialias));
    return f;
}

QImage RenderEnvironment::render(QWidget &widget, const QSize &size, qreal devicePixelRatio) {
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    widget.show();
    // Twice: a layout request posted while the first batch is handled (word-wrapped labels
    // asking for their height) must settle before painting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    if (QWidget *focused = QApplication::focusWidget(); focused && widget.isAncestorOf(focused)) {
        focused->clearFocus();
    }
    widget.resize(size);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(widget.palette().color(QPalette::Window));
    QPainter painter(&image);
    widget.render(&painter, QPoint(), QRegion(),
                  QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

QImage RenderEnvironment::render(QWidget &widget) {
    return render(widget, widget.size());
}

} // namespace rd::ui
