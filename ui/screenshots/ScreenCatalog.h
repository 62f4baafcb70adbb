// ScreenCatalog: every screen state of the app, built the same way for the golden tests and for
// `retrydesk --screenshots DIR`, so reviewers, the README and the tests see the same pictures.
#pragma once

#include "core/FakeClock.h"
#include "screenshots/RenderEnvironment.h"

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

// One rendering of a state: its theme, its language ("" = English, the source language) and the
// device pixel ratio it is painted at. Golden files and screenshots are named
// <state><suffix>.png: "_light", "_dark", "_light_es", "_dark_es", "_light@2x", "_dark@2x".
struct ScreenVariant {
    Theme theme = Theme::Light;
    QString language;
    qreal devicePixelRatio = 1.0;

    QString suffix() const;
};

// While alive: the variant's palette, language (translators and QLocale) in force; on
// destruction back to light, English and the deterministic locale of RenderEnvironment.
class ScreenVariantScope {
public:
    explicit ScreenVariantScope(const ScreenVariant &variant);
    ~ScreenVariantScope();
    ScreenVariantScope(const ScreenVariantScope &) = delete;
    ScreenVariantScope &operator=(const ScreenVariantScope &) = delete;

private:
    bool m_translated = false;
};

class ScreenCatalog {
public:
    // Every state light and dark; the main screens also in Spanish and at 2× (both themes).
    static QList<ScreenVariant> variants(const QString &stateName);
    // The screens a user spends the day in, rendered in every variant.
    static const QStringList &mainScreens();

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
