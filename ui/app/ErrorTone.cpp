#include "app/ErrorTone.h"

#include "validations/StateChip.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace rd::ui {
namespace {

constexpr char kProperty[] = "rdErrorTone";

void applyTone(QWidget *widget) {
    const QColor red = errorTextColor(QApplication::palette(widget));
    QPalette p = widget->palette();
    if (p.color(QPalette::WindowText) == red && p.color(QPalette::Text) == red) {
        return; // also ends the PaletteChange that setPalette sends
    }
    p.setColor(QPalette::WindowText, red);
    p.setColor(QPalette::Text, red);
    widget->setPalette(p);
}

// One per toned widget: re-applies the tone when the application's palette changes.
class ToneKeeper final : public QObject {
public:
    explicit ToneKeeper(QWidget *widget)
        : QObject(widget) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        // A theme switch reaches a widget with roles of its own as PaletteChange (its other
        // roles change), or as ApplicationPaletteChange, depending on where it sits.
        if (event->type() == QEvent::PaletteChange ||
            event->type() == QEvent::ApplicationPaletteChange) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->property(kProperty).toBool()) {
                applyTone(w);
            }
        }
        return false;
    }
};

} // namespace

void setErrorTone(QWidget *widget, bool on) {
    if (!widget) {
        return;
    }
    if (!widget->property(kProperty).isValid()) {
        widget->installEventFilter(new ToneKeeper(widget));
    }
    widget->setProperty(kProperty, on);
    if (on) {
        applyTone(widget);
    } else {
        // Back to inheriting every role from the parent (and so from the theme).
        widget->setPalette(QPalette());
        widget->setAttribute(Qt::WA_SetPalette, false);
    }
}

} // namespace rd::ui
