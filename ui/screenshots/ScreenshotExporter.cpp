#include "screenshots/ScreenshotExporter.h"

#include "screenshots/RenderEnvironment.h"
#include "screenshots/ScreenCatalog.h"

#include <QDir>
#include <QImage>
#include <QTextStream>

namespace rd::ui {

int ScreenshotExporter::exportAll(const QString &dir, QTextStream &out, QTextStream &err) {
    if (!QDir().mkpath(dir)) {
        err << QObject::tr("Cannot create the folder %1: check the path and your permissions.\n")
                   .arg(QDir::toNativeSeparators(dir));
        return 1;
    }
    if (!RenderEnvironment::apply()) {
        err << QObject::tr("The bundled font could not be loaded; screenshots would not match the "
                           "goldens. Rebuild RetryDesk with its resources.\n");
        return 1;
    }
    int failures = 0;
    int written = 0;
    for (const ScreenState &state : ScreenCatalog::instance().states()) {
        for (const ScreenVariant &variant : ScreenCatalog::variants(state.name)) {
            ScreenVariantScope scope(variant);
            ScreenContext context;
            std::unique_ptr<QWidget> widget = state.create(context);
            const QImage image =
                RenderEnvironment::render(*widget, state.size, variant.devicePixelRatio);
            const QString path =
                QDir(dir).filePath(state.name + variant.suffix() + QStringLiteral(".png"));
            if (image.save(path, "PNG")) {
                out << QDir::toNativeSeparators(path) << '\n';
                ++written;
            } else {
                err << QObject::tr("Could not write %1.\n").arg(QDir::toNativeSeparators(path));
                ++failures;
            }
        }
    }
    out << QObject::tr("%n screenshot(s) written.", nullptr, written) << '\n';
    return failures == 0 ? 0 : 1;
}

} // namespace rd::ui
