// crash_window_child: the real MainWindow (offscreen) driven as a user would, for
// CrashWindowTest — `crash_window_child <mode> <sandboxUrl> <stateDir>`.
//
// Both modes build the window on a settings file and an outbox folder in stateDir (so the second
// run finds the first one's connection and outbox) and a keychain stand-in in memory that is
// given the sandbox's demo key again each run (memory does not outlive the process). The first
// run adds the validations connection to sandboxUrl. Each waits until the table has every row.
//
//   start   Validations → "Apply policy to all matching…" (actionBulkPolicyAll), fills the dry
//           run's policy (3 retries every 10 minutes on not_found and error), clicks its Start
//           button (bulkStart), prints "STARTED <runId>" once the run is sending, and keeps
//           running until it is killed.
//   resume  Waits for the outbox's banner (pendingWorkBanner), clicks its Resume button
//           (pendingResume), waits for the run to end, prints "DONE <applied> <replayed>" (the
//           outbox's counts of the whole run) and exits 0.
//
// Also prints "CONNECTION <id>" (the outbox's connection id) and "ROWS <n>" when loaded.
// Failures: a message on stderr and a non-zero exit code.
#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "bulk/BulkDryRunDialog.h"
#include "bulk/BulkRunHost.h"
#include "bulk/NoticeBanner.h"
#include "core/SystemClock.h"
#include "mainwindow/MainWindow.h"
#include "models/ValidationTableModel.h"
#include "outbox/Outbox.h"
#include "services/BulkRun.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace rd;
using rd::ui::AppContext;
using rd::ui::MainWindow;

namespace {

const QString kKey = QStringLiteral("mxcep_demo_update_key");
constexpr int kLoadMs = 30'000;
constexpr int kBannerMs = 30'000;
constexpr int kRunMs = 120'000;

void say(const QString &line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int failWith(int code, const QString &message) {
    std::fputs(qPrintable(QStringLiteral("crash_window_child: ") + message + u'\n'), stderr);
    std::fflush(stderr);
    return code;
}

// Runs the event loop until done() holds or ms pass.
bool waitFor(const std::function<bool()> &done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

template <typename T> T *named(QObject *root, const char *name) {
    return root->findChild<T *>(QLatin1String(name));
}

// A user's click in the middle of the button.
void clickButton(QAbstractButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

// The validations connection to url (made on the first run), its key in the keychain stand-in.
std::optional<ConnectionProfile> prepareConnection(AppContext &context, MemorySecretStore &keychain,
                                                   const QUrl &url, QString *error) {
    for (const ConnectionProfile &p : context.connections().connections()) {
        if (p.kind == ApiKind::Validations) {
            if (p.baseUrl != url) {
                *error = QStringLiteral("the saved connection points at %1, not %2")
                             .arg(p.baseUrl.toString(), url.toString());
                return std::nullopt;
            }
            // The key a keychain would have kept across the restart.
            keychain.write(p.secretAccount(), kKey, qApp, [](const SecretResult &) {});
            return p;
        }
    }
    ConnectionProfile p;
    p.name = QStringLiteral("Crash sandbox");
    p.kind = ApiKind::Validations;
    p.baseUrl = url;
    p.keyStorage = KeyStorage::Keychain;
    std::optional<SecretResult> saved;
    context.connections().save(p, kKey, [&saved](const SecretResult &r) { saved = r; });
    if (!waitFor([&] { return saved.has_value(); }, 10'000) || !saved->ok()) {
        *error = QStringLiteral("the connection could not be saved: %1")
                     .arg(saved ? saved->message : QStringLiteral("no answer"));
        return std::nullopt;
    }
    context.settings().sync(); // on disk before the process can be killed
    return context.connections().find(context.connections().lastSavedId());
}

// start: Validations → Apply policy to all matching… → the dry run's Start.
int startRun(MainWindow &window, ValidationService &service) {
    QAction *all = named<QAction>(&window, "actionBulkPolicyAll");
    if (!all) {
        return failWith(10, QStringLiteral("no action named actionBulkPolicyAll"));
    }
    if (!waitFor([all] { return all->isEnabled(); }, 10'000)) {
        return failWith(11,
                        QStringLiteral("actionBulkPolicyAll stays disabled: ") + all->toolTip());
    }
    all->trigger();
    auto *dialog = named<ui::BulkDryRunDialog>(&window, "bulkDryRunDialog");
    if (!dialog || !waitFor([dialog] { return dialog->isVisible(); }, 5'000)) {
        return failWith(12, QStringLiteral("the dry-run dialog (bulkDryRunDialog) did not open"));
    }
    // The policy, as the user fills it in: 3 retries every 10 minutes on not_found and error.
    auto *enabled = named<QCheckBox>(dialog, "policyEnabled");
    auto *maxRetries = named<QSpinBox>(dialog, "policyMaxRetries");
    auto *interval = named<QSpinBox>(dialog, "policyInterval");
    auto *unit = named<QComboBox>(dialog, "policyIntervalUnit");
    auto *notFound = named<QCheckBox>(dialog, "policyOutcome_not_found");
    auto *cepUnavailable = named<QCheckBox>(dialog, "policyOutcome_cep_unavailable");
    auto *error = named<QCheckBox>(dialog, "policyOutcome_error");
    if (!enabled || !maxRetries || !interval || !unit || !notFound || !cepUnavailable || !error) {
        return failWith(13, QStringLiteral("the dry run's policy form lacks a field"));
    }
    enabled->setChecked(true);
    maxRetries->setValue(3);
    unit->setCurrentIndex(0); // minutes
    interval->setValue(10);
    notFound->setChecked(true);
    cepUnavailable->setChecked(false);
    error->setChecked(true);
    QCoreApplication::processEvents();

    const DryRun &plan = dialog->plan();
    auto *summary = named<QLabel>(dialog, "bulkDryRunSummary");
    say(QStringLiteral("PLAN %1 %2").arg(plan.eligible.size()).arg(plan.skipped.size()));
    std::fputs(
        qPrintable(
            QStringLiteral("dry run: %1\n").arg(summary ? summary->text() : QStringLiteral("?"))),
        stderr);
    auto *start = named<QPushButton>(dialog, "bulkStart");
    if (!start) {
        return failWith(14, QStringLiteral("no Start button (bulkStart) in the dry run"));
    }
    if (!start->isEnabled()) {
        return failWith(15, QStringLiteral("the Start button is disabled: ") + start->toolTip());
    }
    clickButton(start);

    ui::BulkRunHost &host = window.bulkRuns();
    QPointer<BulkRun> run;
    if (!waitFor(
            [&] {
                run = host.latestRunOf(service);
                return run && run->state() != BulkRun::State::Preparing;
            },
            30'000)) {
        return failWith(16, run ? QStringLiteral("the run is still journaling after 30 s")
                                : QStringLiteral("clicking Start started no run"));
    }
    if (run->state() != BulkRun::State::Running) {
        return failWith(17, QStringLiteral("the run did not start sending (state %1): %2")
                                .arg(int(run->state()))
                                .arg(run->message()));
    }
    QObject::connect(run, &BulkRun::finished, [run] {
        std::fputs("crash_window_child: the run ended before the kill\n", stderr);
        std::fflush(stderr);
        if (run) {
            const BulkProgress p = run->progress();
            say(QStringLiteral("ENDED %1 %2").arg(p.applied).arg(p.replayed));
        }
    });
    say(QStringLiteral("STARTED %1").arg(run->runId()));
    // Sends until SIGKILLed.
    return QCoreApplication::exec();
}

// resume: the banner's Resume, then the run to its end.
int resumeRun(MainWindow &window, ValidationService &service) {
    auto *banner = named<ui::NoticeBanner>(&window, "pendingWorkBanner");
    if (!banner) {
        return failWith(20, QStringLiteral("no resume banner (pendingWorkBanner)"));
    }
    if (!waitFor([banner] { return banner->isVisible(); }, kBannerMs)) {
        return failWith(21, QStringLiteral("the resume banner did not appear within 30 s"));
    }
    say(QStringLiteral("BANNER %1").arg(banner->text().simplified()));
    auto *resume = named<QPushButton>(banner, "pendingResume");
    if (!resume || !resume->isVisible() || !resume->isEnabled()) {
        return failWith(22, QStringLiteral("the banner has no Resume button (pendingResume)"));
    }
    clickButton(resume);

    ui::BulkRunHost &host = window.bulkRuns();
    QPointer<BulkRun> run = host.latestRunOf(service);
    if (!run) {
        return failWith(23, QStringLiteral("Resume resumed no run"));
    }
    say(QStringLiteral("RESUMED %1").arg(run->runId()));
    const qint64 runId = run->runId();
    if (!waitFor([&] { return !run || !run->isActive(); }, kRunMs)) {
        const BulkProgress p = run->progress();
        return failWith(24, QStringLiteral("the run did not finish within 120 s (%1 of %2 ended)")
                                .arg(p.ended())
                                .arg(p.total));
    }
    if (!run || run->state() != BulkRun::State::Finished) {
        return failWith(25, QStringLiteral("the run ended %1: %2")
                                .arg(run ? int(run->state()) : -1)
                                .arg(run ? run->message() : QString()));
    }
    outbox::Outbox *ob = service.outbox();
    ob->flush();
    const std::optional<outbox::RunRecord> record = ob->run(runId);
    if (!record) {
        return failWith(26, QStringLiteral("run %1 is not in the outbox").arg(runId));
    }
    const BulkProgress p = run->progress();
    if (record->state != outbox::RunState::Finished) {
        return failWith(27, QStringLiteral("the outbox has the run %1 (%2 failed, %3 unknown)")
                                .arg(outbox::toString(record->state))
                                .arg(p.failed)
                                .arg(p.unknown));
    }
    say(QStringLiteral("DONE %1 %2").arg(record->applied).arg(record->replayed));
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args[1] != u"start" && args[1] != u"resume")) {
        return failWith(2, QStringLiteral("usage: crash_window_child start|resume <sandboxUrl> "
                                          "<stateDir>"));
    }
    const QString mode = args[1];
    const QUrl url(args[2]);
    const QDir state(args[3]);
    if (!state.exists()) {
        return failWith(2, QStringLiteral("no folder %1").arg(state.path()));
    }

    auto keychain = std::make_unique<MemorySecretStore>();
    MemorySecretStore *keys = keychain.get();
    auto context = std::make_unique<AppContext>(
        *SystemClock::instance(),
        std::make_unique<QSettings>(state.filePath(QStringLiteral("settings.ini")),
                                    QSettings::IniFormat),
        std::move(keychain), state.filePath(QStringLiteral("outbox")));
    QString error;
    const std::optional<ConnectionProfile> profile =
        prepareConnection(*context, *keys, url, &error);
    if (!profile) {
        return failWith(3, error);
    }
    say(QStringLiteral("CONNECTION %1").arg(profile->id));

    int code = 0;
    {
        MainWindow window({}, *context);
        window.show();
        ValidationService *service = nullptr;
        const bool loaded = waitFor(
            [&] {
                service = window.services().find(profile->id);
                return service && window.screen(ApiKind::Validations) &&
                       service->model().rowCount() > 0 && !service->isRefreshing() &&
                       !service->isAccountLoading();
            },
            kLoadMs);
        if (!loaded) {
            return failWith(4, QStringLiteral("the validations table did not load within 30 s"));
        }
        if (!service->outbox() || !service->outbox()->isOpen()) {
            return failWith(
                5, QStringLiteral("the connection has no outbox: %1")
                       .arg(service->outbox() ? service->outbox()->report().message : QString()));
        }
        say(QStringLiteral("ROWS %1").arg(service->model().rowCount()));
        code = mode == u"start" ? startRun(window, *service) : resumeRun(window, *service);
    }
    context.reset();
    return code;
}
