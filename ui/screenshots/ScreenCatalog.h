// ScreenCatalog: every screen state of the app, built the same way for the golden tests and for
// `retrydesk --screenshots DIR`, so reviewers, the README and the tests see the same pictures.
#pragma once

#include "core/FakeClock.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace rd::ui {

class AppContext;

// What a screen state may use: an AppContext on a fixed fake clock (2026-01-01 12:00 UTC),
// settings in a private temporary file (never the user's) and an in-memory "keychain".
class ScreenContext {
public:
    ScreenContext();
    ~ScreenContext();
    FakeClock &clock() { return m_clock; }
    AppContext &app() { return *m_app; }

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_app;
};

struct ScreenState {
    QString name; // file-name stem without the theme, e.g. "connections_dialog_verdict_ok"
    QSize size;   // fixed, so a golden's size never depends on the platform's idea of a default
    std::function<std::unique_ptr<QWidget>(ScreenContext &)> create;
};

class ScreenCatalog {
public:
    // Every state, in a stable order. A screen folder contributes its states through one
    // add…Screens(ScreenCatalog&) function, called from ScreenCatalog.cpp.
    static const ScreenCatalog &instance();

    const QList<ScreenState> &states() const { return m_states; }
    std::optional<ScreenState> find(const QString &name) const;
    void add(ScreenState state) { m_states.append(std::move(state)); }

private:
    QList<ScreenState> m_states;
};

} // namespace rd::ui
