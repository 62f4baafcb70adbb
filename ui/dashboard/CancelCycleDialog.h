// CancelCycleDialog: "Cancel this retry cycle?" — says what cancelling does before it is done.
#pragma once

#include <QDialog>

namespace rd::ui {

class CancelCycleDialog : public QDialog {
    Q_OBJECT
public:
    // attemptsDone / maxRetries / next attempt text describe what the user is about to stop.
    CancelCycleDialog(const QString &validationId, const QString &cycleSummary,
                      QWidget *parent = nullptr);
};

} // namespace rd::ui
