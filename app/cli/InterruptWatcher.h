// InterruptWatcher: Ctrl-C (and SIGTERM) as a Qt signal on the event loop, so retrydesk-cli can
// end a write in flight with the Idempotency-Key that reconciles it instead of dying mid-request.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace rd::cli {

// One per process. The first Ctrl-C is delivered as interrupted(); a second one, while the CLI
// is still finishing, ends the process the default way.
class InterruptWatcher : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rd::cli
