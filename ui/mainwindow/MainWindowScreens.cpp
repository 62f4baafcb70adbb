#include "mainwindow/MainWindowScreens.h"

#include "mainwindow/MainWindow.h"
#include "screenshots/ScreenCatalog.h"

namespace rd::ui {

void addMainWindowScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("main_window_empty"), QSize(1000, 640), [](ScreenContext &) {
                     return std::unique_ptr<QWidget>(new MainWindow(AppOptions{}));
                 }});
}

} // namespace rd::ui
