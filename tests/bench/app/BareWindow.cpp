// bench_bare_window: the yardstick of bench_app's cold-start and memory rows — a bare Qt Widgets
// window (a QMainWindow holding a QTableView with a few rows), built with the same flags as
// retrydesk and sized like it, reporting its first painted frame through the same StartupProbe.
// After the probe's line it prints its resident memory at that moment: "rss_kb <n>".
#include "app/StartupProbe.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

namespace {

long long residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(20, 7);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            model.setItem(r, c,
                          new QStandardItem(QStringLiteral("row %1 column %2").arg(r).arg(c)));
        }
    }
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    QSize size(1360, 860); // as MainWindow sizes itself
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    window.resize(size);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [] {
        std::printf("rss_kb %lld\n", residentKb());
        std::fflush(stdout);
    });
    rd::ui::StartupProbe::attachIfRequested(window, "bare window");
    window.show();
    return app.exec();
}
