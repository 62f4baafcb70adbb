#include "app/AppOptions.h"

#include "instance/DeepLink.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rd::ui {

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments, int *exitCode,
                                            QString *output, bool *toStderr) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "RetryDesk: see, steer and trust the retry cycles of your validation jobs."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions",
                                    "Start on the embedded sandbox server with demo data "
                                    "(no account or network needed)."));
    parser.addOption(demoOption);
    const QCommandLineOption demoWireOption(
        QStringLiteral("demo-wire"),
        QCoreApplication::translate(
            "AppOptions",
            "What the demo sandbox sends: full (default), or seeds-only — only what the API "
            "documentation defines, with the optional fields absent, null or of other types."),
        QStringLiteral("full|seeds-only"), QStringLiteral("full"));
    parser.addOption(demoWireOption);
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("AppOptions",
                                    "Render every screen state into PNG files in <dir> and exit."),
        QStringLiteral("dir"));
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("AppOptions",
                                    "A link to a validation to show, like %1. When RetryDesk "
                                    "is already running, its window shows it.")
            .arg(instance::DeepLink::example()),
        QStringLiteral("[link]"));

    *exitCode = 0;
    *toStderr = false;
    if (!parser.parse(arguments)) {
        *exitCode = 2;
        *toStderr = true;
        *output = parser.errorText() + u'\n' + parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *output = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        *output = QCoreApplication::applicationName() + u' ' +
                  QCoreApplication::applicationVersion() + u'\n';
        return std::nullopt;
    }
    QStringList positional = parser.positionalArguments();
    std::optional<instance::DeepLink> link;
    if (!positional.isEmpty() && instance::DeepLink::isLink(positional.constFirst())) {
        QString error;
        link = instance::DeepLink::parse(positional.takeFirst(), &error);
        if (!link) {
            *exitCode = 2;
            *toStderr = true;
            *output = error + u'\n';
            return std::nullopt;
        }
    }
    if (!positional.isEmpty()) {
        *exitCode = 2;
        *toStderr = true;
        *output = QCoreApplication::translate("AppOptions", "Unexpected argument: %1\n")
                      .arg(positional.constFirst());
        return std::nullopt;
    }
    const QString wire = parser.value(demoWireOption);
    if (wire != u"full" && wire != u"seeds-only") {
        *exitCode = 2;
        *toStderr = true;
        *output = QCoreApplication::translate("AppOptions",
                                              "--demo-wire takes full or seeds-only, not %1\n")
                      .arg(wire);
        return std::nullopt;
    }
    AppOptions o;
    o.demo = parser.isSet(demoOption) || parser.isSet(demoWireOption);
    o.demoSeedsOnly = wire == u"seeds-only";
    o.screenshotDir = parser.value(screenshotsOption);
    if (link) {
        o.deepLink = link->toUrl();
    }
    return o;
}

bool AppOptions::requestsScreenshots(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--screenshots" || arg.startsWith("--screenshots=")) {
            return true;
        }
    }
    return false;
}

} // namespace rd::ui
