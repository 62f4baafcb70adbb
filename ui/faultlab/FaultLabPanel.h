// FaultLabPanel: the demo's fault lab — one-click presets that make the embedded sandbox
// misbehave (429 storms, 502s, drops, slowness, an outage, a skewed clock), with their knobs and
// a live line of what the sandbox did.
#pragma once

#include "faultlab/FaultLabController.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rd::ui {

// A non-modal window (or any widget's child); it does not own the sandbox, which must outlive it.
class FaultLabPanel : public QWidget {
    Q_OBJECT
public:
    explicit FaultLabPanel(sandbox::SandboxServer &server, QWidget *parent = nullptr);

    FaultLabController &controller() const { return *m_controller; }
    QAbstractButton *presetButton(FaultLabController::Preset p) const;
    QPushButton *resetButton() const { return m_reset; }
    QSpinBox *intensityBox() const { return m_intensity; }
    QSpinBox *retryAfterBox() const { return m_retryAfter; }
    QSpinBox *latencyBox() const { return m_latency; }
    QString stateText() const;
    QString activityText() const;

private:
    void showState();

    FaultLabController *m_controller;
    QHash<int, QPushButton *> m_presets; // by Preset

    QFrame *m_stateFrame;
    QLabel *m_state;
    QSpinBox *m_intensity;
    QSpinBox *m_retryAfter;
    QSpinBox *m_latency;
    QPushButton *m_reset;
    QLabel *m_activity;
};

} // namespace rd::ui
