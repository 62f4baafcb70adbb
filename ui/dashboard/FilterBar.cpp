#include "dashboard/FilterBar.h"

#include "domain/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

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
    m_retryingNow = new QCheckBox(tr("&Retrying now"), this);
    m_retryingNow->setObjectName(QStringLiteral("retryingNowFilter"));
    m_retryingNow->setAccessibleName(tr("Show only validations retrying now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_state);
    layout->addWidget(label);
    layout->addWidget(m_state);
    layout->addWidget(m_outcome);
    layout->addWidget(m_source);
    layout->addWidget(m_retryingNow);
    layout->addWidget(m_search, 1);

    const auto emitChange = [this] { emit filterChanged(filter()); };
    for (QComboBox *box : {m_state, m_outcome, m_source}) {
        connect(box, &QComboBox::currentIndexChanged, this, emitChange);
    }
    connect(m_search, &QLineEdit::textChanged, this, emitChange);
    connect(m_retryingNow, &QCheckBox::toggled, this, emitChange);
}

ValidationFilter FilterBar::filter() const {
    ValidationFilter f;
    f.retryStates = quint8(m_state->currentData().toInt());
    f.outcomes = quint8(m_outcome->currentData().toInt());
    f.sources = quint8(m_source->currentData().toInt());
    f.text = m_search->text().trimmed();
    f.retryingNow = m_retryingNow->isChecked();
    return f;
}

void FilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace rd::ui
