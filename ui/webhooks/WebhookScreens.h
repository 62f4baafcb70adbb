// WebhookScreens: the webhook inspector's states for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addWebhookScreens(ScreenCatalog &catalog);
} // namespace rd::ui
