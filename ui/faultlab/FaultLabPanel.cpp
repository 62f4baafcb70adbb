#include "faultlab/FaultLabPanel.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd::ui {

using Preset = FaultLabController::Preset;

namespace {

QSpinBox *spinBox(int min, int max, int step, const QString &suffix, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // applied when typing ends, not at every digit
    return box;
}

} // namespace

FaultLabPanel::FaultLabPanel(sandbox::SandboxServer &server, QWidget *parent)
    : QWidget(parent)
    , m_controller(new FaultLabController(server, this))
    , m_stateFrame(new QFrame(this))
    , m_state(new QLabel(m_stateFrame))
    , m_intensity(spinBox(1, 100, 10, tr(" %"), this))
    , m_retryAfter(spinBox(1, 3600, 1, tr(" s"), this))
    , m_latency(spinBox(0, 120'000, 500, tr(" ms"), this))
    , m_reset(new QPushButton(tr("&Reset to normal"), this))
    , m_activity(new QLabel(this)) {
    setObjectName(QStringLiteral("faultLabPanel"));
    setWindowTitle(tr("Fault lab — demo sandbox"));
    setAccessibleName(tr("Fault lab"));
    setAccessibleDescription(tr("Makes the demo's embedded sandbox misbehave on purpose, one "
                                "preset at a time, to watch RetryDesk's retries, waits and "
                                "banners."));

    auto *intro = new QLabel(tr("Makes the demo sandbox misbehave on purpose: one fault at a time, "
                                "with or without a skewed clock. RetryDesk's own windows show "
                                "what it does about it."),
                             this);
    intro->setWordWrap(true);

    // What is on, at a glance: a tinted strip while any fault is on, and the sentence saying it.
    m_stateFrame->setObjectName(QStringLiteral("faultLabState"));
    m_stateFrame->setFrameShape(QFrame::StyledPanel);
    m_stateFrame->setAutoFillBackground(true);
    m_state->setObjectName(QStringLiteral("faultLabStateText"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Faults now on"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    auto *stateLayout = new QVBoxLayout(m_stateFrame);
    stateLayout->addWidget(m_state);

    auto *presetBox = new QGroupBox(tr("Presets"), this);
    auto *grid = new QGridLayout(presetBox);
    grid->setColumnStretch(1, 1);
    // Plain checkable buttons, not a QButtonGroup: the clock combines with a fault
    // (FaultLabController), showState checks them, and each one is its own Tab stop.
    int row = 0;
    for (Preset p : FaultLabController::kPresets) {
        auto *button = new QPushButton(FaultLabController::title(p), presetBox);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("faultLabPreset%1").arg(int(p)));
        button->setAccessibleName(FaultLabController::title(p));
        button->setAccessibleDescription(FaultLabController::explanation(p));
        auto *why = new QLabel(FaultLabController::explanation(p), presetBox);
        why->setWordWrap(true);
        why->setBuddy(button);
        m_presets.insert(int(p), button);
        connect(button, &QPushButton::clicked, this, [this, p] {
            if (p == Preset::ClockAhead) {
                m_controller->setClockAhead(!m_controller->clockAhead()); // the one toggle
            } else {
                m_controller->applyPreset(p);
            }
            showState(); // a click toggled the button: its checked state is the controller's
        });
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(why, row, 1);
        ++row;
    }

    auto *knobs = new QGroupBox(tr("Knobs"), this);
    auto *form = new QFormLayout(knobs);
    m_intensity->setObjectName(QStringLiteral("faultLabIntensity"));
    m_intensity->setAccessibleName(tr("Share of requests hit"));
    m_intensity->setAccessibleDescription(tr("The percentage of requests the current fault hits."));
    m_retryAfter->setObjectName(QStringLiteral("faultLabRetryAfter"));
    m_retryAfter->setAccessibleName(tr("Retry-After seconds"));
    m_retryAfter->setAccessibleDescription(tr("What the 429 storm's Retry-After header asks for."));
    m_latency->setObjectName(QStringLiteral("faultLabLatency"));
    m_latency->setAccessibleName(tr("Latency in milliseconds"));
    m_latency->setAccessibleDescription(tr("How late slow answers come."));
    form->addRow(tr("Requests &hit:"), m_intensity);
    form->addRow(tr("Retry-&After:"), m_retryAfter);
    form->addRow(tr("&Latency:"), m_latency);
    connect(m_intensity, &QSpinBox::valueChanged, m_controller,
            &FaultLabController::setIntensityPercent);
    connect(m_retryAfter, &QSpinBox::valueChanged, m_controller,
            &FaultLabController::setRetryAfterSeconds);
    connect(m_latency, &QSpinBox::valueChanged, m_controller, &FaultLabController::setLatencyMs);

    m_reset->setObjectName(QStringLiteral("faultLabReset"));
    m_reset->setAccessibleName(tr("Reset to normal"));
    m_reset->setAccessibleDescription(
        tr("Turns every fault off and puts the server's clock back on this computer's."));
    connect(m_reset, &QPushButton::clicked, m_controller, &FaultLabController::resetToNormal);

    m_activity->setObjectName(QStringLiteral("faultLabActivity"));
    m_activity->setWordWrap(true);
    m_activity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_activity->setAccessibleName(tr("What the sandbox did"));
    auto *activityTitle = new QLabel(tr("What the sandbox did:"), this);
    activityTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stateFrame);
    layout->addWidget(presetBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(knobs, 1);
    bottom->addWidget(m_reset, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    layout->addWidget(activityTitle);
    layout->addWidget(m_activity);
    layout->addStretch(1);

    connect(m_controller, &FaultLabController::stateChanged, this, &FaultLabPanel::showState);
    connect(m_controller, &FaultLabController::activityChanged, this,
            [this] { m_activity->setText(m_controller->activityText()); });
    showState();
    m_activity->setText(m_controller->activityText());
}

QAbstractButton *FaultLabPanel::presetButton(Preset p) const {
    return m_presets.value(int(p));
}

QString FaultLabPanel::stateText() const {
    return m_state->text();
}

QString FaultLabPanel::activityText() const {
    return m_activity->text();
}

void FaultLabPanel::showState() {
    const Preset p = m_controller->preset();
    // What is on reads "✓ 429 storm" in bold, not only a sunken button.
    for (Preset each : FaultLabController::kPresets) {
        QAbstractButton *button = m_presets.value(int(each));
        const bool on = m_controller->isOn(each);
        button->setChecked(on);
        QFont font = button->font();
        font.setBold(on);
        button->setFont(font);
        button->setText(on ? tr("✓ %1").arg(FaultLabController::title(each))
                           : FaultLabController::title(each));
    }
    m_state->setText(m_controller->stateText());
    // The same amber as the outage banner (dark text on it in both themes) while a fault is on.
    QPalette palette = this->palette();
    if (!m_controller->isOn(Preset::Normal)) {
        palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
        palette.setColor(QPalette::WindowText, QColor(0x4a, 0x2c, 0x00));
    }
    m_stateFrame->setPalette(palette);
    m_state->setPalette(palette);
    const QSignalBlocker b1(m_intensity);
    const QSignalBlocker b2(m_retryAfter);
    const QSignalBlocker b3(m_latency);
    m_intensity->setValue(m_controller->intensityPercent());
    m_retryAfter->setValue(m_controller->retryAfterSeconds());
    m_latency->setValue(m_controller->latencyMs());
    m_intensity->setEnabled(FaultLabController::usesIntensity(p));
    m_retryAfter->setEnabled(FaultLabController::usesRetryAfter(p));
    m_latency->setEnabled(FaultLabController::usesLatency(p));
    m_reset->setEnabled(!m_controller->isOn(Preset::Normal));
}

} // namespace rd::ui
