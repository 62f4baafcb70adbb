#include "dashboard/FilterBar.h"

#include "app/KeyboardAccess.h"
#include "domain/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace rd::ui {

namespace {
QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible,
                 const QList<QPair<QString, int>> &items) {
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    for (const auto &[text, mask] : items) {
        box->addItem(text, mask);
    }
    return box;
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent) {
    using F = ValidationFilter;
    m_state = combo(this, QStringLiteral("retryStateFilter"), tr("Retry state filter"),
                    {{tr("Any retry state"), F::AllRetryStates},
                     {tr("Pending"), F::Pending},
                     {tr("Resolved"), F::Resolved},
                     {tr("Exhausted"), F::Exhausted},
                     {tr("Cancelled"), F::Cancelled},
                     {tr("No cycle"), F::NoCycle}});
    m_outcome = combo(this, QStringLiteral("outcomeFilter"), tr("Outcome filter"),
                      {{tr("Any outcome"), F::kAllOutcomes},
                       {tr("Valid"), 1 << int(Outcome::Valid)},
                       {tr("Not found"), 1 << int(Outcome::NotFound)},
                       {tr("CEP unavailable"), 1 << int(Outcome::CepUnavailable)},
                       {tr("Error"), 1 << int(Outcome::Error)}});
    m_source = combo(this, QStringLiteral("sourceFilter"), tr("Source filter"),
                     {{tr("Any source"), F::kAllSources}, {tr("API"), 1}, {tr("Bulk import"), 2}});
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search validations"));
    m_search->setPlaceholderText(tr("Search id, tracking key or bank (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search, tr("Clear search"));
    m_retryingNow = new QCheckBox(tr("&Retrying now"), this);
    m_retryingNow->setObjectName(QStringLiteral("retryingNowFilter"));
    m_retryingNow->setAccessibleName(tr("Show only validations retrying now"));
    m_watched = new QCheckBox(this);
    m_watched->setObjectName(QStringLiteral("watchedFilter"));
    m_watched->setAccessibleName(tr("Show only watched validations"));
    m_watched->setToolTip(tr("Show only the validations you watch (Ctrl+Shift+W)"));
    setWatchedIds({});
    m_due = new QToolButton(this);
    m_due->setObjectName(QStringLiteral("dueWindowFilter"));
    m_due->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_due->setAutoRaise(false);
    m_due->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_state);
    layout->addWidget(label);
    layout->addWidget(m_state);
    layout->addWidget(m_outcome);
    layout->addWidget(m_source);
    layout->addWidget(m_retryingNow);
    layout->addWidget(m_watched);
    layout->addWidget(m_due);
    layout->addWidget(m_search, 1);

    const auto emitChange = [this] { emit filterChanged(filter()); };
    for (QComboBox *box : {m_state, m_outcome, m_source}) {
        connect(box, &QComboBox::currentIndexChanged, this, emitChange);
    }
    connect(m_search, &QLineEdit::textChanged, this, emitChange);
    connect(m_retryingNow, &QCheckBox::toggled, this, emitChange);
    connect(m_watched, &QCheckBox::toggled, this, emitChange);
    connect(m_due, &QToolButton::clicked, this, [this] {
        clearDueWindow();
        emit dueWindowCleared();
    });
}

void FilterBar::setDueWindow(qint64 originMs, qint64 fromMs, qint64 toMs, const QString &label) {
    m_due->setText(tr("Due %1  \u2715").arg(label));
    m_due->setToolTip(tr("Showing the cycles with an attempt due %1 (the forecast bar you chose). "
                         "Click to show them all again.")
                          .arg(label));
    m_due->setAccessibleName(tr("Remove the forecast filter: due %1").arg(label));
    m_due->show();
    if (originMs == m_dueOrigin && fromMs == m_dueFrom && toMs == m_dueTo) {
        return;
    }
    m_dueOrigin = originMs;
    m_dueFrom = fromMs;
    m_dueTo = toMs;
    emit filterChanged(filter());
}

void FilterBar::clearDueWindow() {
    m_due->hide();
    if (!hasDueWindow()) {
        return;
    }
    m_dueOrigin = m_dueFrom = m_dueTo = 0;
    emit filterChanged(filter());
}

ValidationFilter FilterBar::filter() const {
    ValidationFilter f;
    f.retryStates = quint8(m_state->currentData().toInt());
    f.outcomes = quint8(m_outcome->currentData().toInt());
    f.sources = quint8(m_source->currentData().toInt());
    f.text = m_search->text().trimmed();
    f.retryingNow = m_retryingNow->isChecked();
    f.watchedOnly = m_watched->isChecked();
    f.dueOriginMs = m_dueOrigin;
    f.dueFromMs = m_dueFrom;
    f.dueToMs = m_dueTo;
    if (f.watchedOnly) {
        f.watchedIds = m_watchedIds; // only then: a change to the list is no change to the filter
    }
    return f;
}

void FilterBar::setWatchedIds(const QStringList &ids) {
    m_watched->setText(tr("&Watched (%1)").arg(ids.size()));
    if (ids == m_watchedIds) {
        return;
    }
    m_watchedIds = ids;
    if (m_watched->isChecked()) {
        emit filterChanged(filter());
    }
}

void FilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace rd::ui
