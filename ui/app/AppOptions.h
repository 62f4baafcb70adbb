// AppOptions: the window's command line (--demo, --version, --help, …), parsed once in main().
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rd::ui {

struct AppOptions {
    bool demo = false;
    // The demo sandbox answers only what the API seeds define (--demo-wire seeds-only): the way
    // to see RetryDesk against a server that sends nothing beyond the contract.
    bool demoSeedsOnly = false;
    QString screenshotDir; // when set: render the screen states into PNGs and exit
    // retrydesk://validations/<id>?connection=<name> (instance::DeepLink), checked here so a
    // broken link is a usage error of the launch that got it, not of the window it would reach.
    QUrl deepLink;

    // Parses arguments (argv[0] first). On --help / --version / a usage error, returns nullopt
    // and sets *exitCode and *output (what to print, and whether on stderr).
    static std::optional<AppOptions> parse(const QStringList &arguments, int *exitCode,
                                           QString *output, bool *toStderr);

    // Whether argv asks for --screenshots: checked before QApplication exists, because the
    // platform and the device pixel ratio of deterministic rendering must be chosen before.
    static bool requestsScreenshots(int argc, char **argv);
};

} // namespace rd::ui
