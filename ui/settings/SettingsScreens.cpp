#include "settings/SettingsScreens.h"

#include "app/AppContext.h"
#include "screenshots/ScreenCatalog.h"
#include "settings/SettingsDialog.h"
#include "watch/NotificationSettings.h"

#include <QComboBox>
#include <QLineEdit>

namespace rd::ui {

namespace {
const QSize kSize(900, 560);

std::unique_ptr<SettingsDialog> makeDialog(ScreenContext &c) {
    auto *notifications = new NotificationSettings(c.app().settings());
    auto dialog = std::make_unique<SettingsDialog>(c.app().appSettings(), *notifications);
    notifications->setParent(dialog.get());
    return dialog;
}
} // namespace

void addSettingsScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("settings_dialog"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(makeDialog(c).release());
                 }});
    // Manual proxy, no host yet: the inline message says what is missing; OK and Apply wait.
    catalog.add({QStringLiteral("settings_dialog_proxy_missing_host"), kSize, [](ScreenContext &c) {
                     auto dialog = makeDialog(c);
                     QComboBox *mode = dialog->proxyModeBox();
                     mode->setCurrentIndex(mode->findData(int(AppSettings::ProxyMode::Manual)));
                     return std::unique_ptr<QWidget>(dialog.release());
                 }});
}

} // namespace rd::ui
