// ErrorTone: gives a label (or any widget showing text) the error colour of the current theme
// and keeps it right when the theme changes while the widget is shown (Settings ▸ Theme).
#pragma once

class QWidget;

namespace rd::ui {

// on: the theme's errorTextColor (validations/StateChip); off: the palette's own text colour.
void setErrorTone(QWidget *widget, bool on = true);

} // namespace rd::ui
