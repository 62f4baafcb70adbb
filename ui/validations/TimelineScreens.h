// TimelineScreens: the detail panel's drawn retry timeline in each cycle state (pending, exhausted,
// resolved, cancelled), for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addTimelineScreens(ScreenCatalog &catalog);
} // namespace rd::ui
