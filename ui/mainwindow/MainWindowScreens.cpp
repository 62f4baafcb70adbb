#include "mainwindow/MainWindowScreens.h"

#include "app/AppContext.h"
#include "mainwindow/MainWindow.h"
#include "screenshots/ScreenCatalog.h"

#include <QSettings>

namespace rd::ui {

void addMainWindowScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("main_window_welcome"), QSize(1000, 640), [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(new MainWindow(AppOptions{}, c.app()));
                 }});
    catalog.add({QStringLiteral("main_window_empty"), QSize(1000, 640), [](ScreenContext &c) {
                     c.app().settings().setValue(QStringLiteral("welcome/seen"), true);
                     return std::unique_ptr<QWidget>(new MainWindow(AppOptions{}, c.app()));
                 }});
}

} // namespace rd::ui
