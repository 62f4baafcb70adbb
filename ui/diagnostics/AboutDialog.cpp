#include "diagnostics/AboutDialog.h"

#include "app/FixedFont.h"
#include "app/KeyboardAccess.h"
#include "diagnostics/ThirdPartyLicenses.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
QString link(const QString &url, const QString &text) {
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

AboutDialog::AboutDialog(const diag::BuildInfo &build, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About RetryDesk"));
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->setAccessibleName(tr("About RetryDesk"));
    m_tabs->addTab(createAboutTab(build), tr("&About"));
    m_tabs->addTab(createLicensesTab(build), tr("&Third-party licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAccessibleDescription(tr("Qt's own About box: its version and licence"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    keepButtonsInTabChain(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

QWidget *AboutDialog::createAboutTab(const diag::BuildInfo &build) {
    auto *page = new QWidget(this);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/retrydesk.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("RetryDesk icon"));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>RetryDesk %1</h2>").arg(build.version.toHtmlEscaped()), page);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *text = new QLabel(page);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    text->setAccessibleName(tr("Version and build"));
    QString html = tr("<p>A desktop dashboard for validation jobs and their retry cycles.</p>");
    html += QStringLiteral("<p>") + tr("Build: %1").arg(build.build.toHtmlEscaped()) +
            QStringLiteral("<br>") +
            tr("Qt %1 at run time, built against Qt %2")
                .arg(build.qtRuntime.toHtmlEscaped(), build.qtCompiled.toHtmlEscaped()) +
            QStringLiteral("</p>");
    html += QStringLiteral("<p>") + link(build.homepage, tr("RetryDesk's home page")) +
            QStringLiteral(" · ") + link(QStringLiteral("https://www.qt.io/"), tr("Qt")) +
            QStringLiteral("</p>");
    html += tr("<p>For a support ticket, use Help → Copy Diagnostics: it copies versions, "
               "settings and the last requests with their request ids, never an API key.</p>");
    text->setText(html);

    auto *right = new QVBoxLayout;
    right->addWidget(title);
    right->addWidget(text);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(icon);
    layout->addLayout(right, 1);
    return page;
}

QWidget *AboutDialog::createLicensesTab(const diag::BuildInfo &build) {
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("RetryDesk ships with these components. Each is used under the "
                                "licence shown; select one to read it."),
                             page);
    intro->setWordWrap(true);
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("licenseList"));
    m_list->setAccessibleName(tr("Third-party components"));
    m_list->setSpacing(3);
    m_components =
        ThirdPartyLicenses::components(build.qtRuntime, build.qtKeychain, build.simdjson);
    for (const ThirdPartyComponent &c : std::as_const(m_components)) {
        // Two lines: the name, then its licence (long Qt module lists stay readable).
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(c.name, c.license), m_list);
        item->setToolTip(c.usedFor);
    }
    m_componentInfo = new QLabel(page);
    m_componentInfo->setObjectName(QStringLiteral("licenseComponent"));
    m_componentInfo->setWordWrap(true);
    m_componentInfo->setOpenExternalLinks(true);
    m_componentInfo->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::LinksAccessibleByMouse);
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("licenseText"));
    m_text->setAccessibleName(tr("Licence text"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap); // licence texts come wrapped at 80 columns
    m_text->setFont(fixedFont());

    auto *detail = new QWidget(page);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_componentInfo);
    detailLayout->addWidget(m_text, 1);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 2);
    split->setSizes({250, 440});

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &AboutDialog::showComponent);
    m_list->setCurrentRow(0);
    return page;
}

void AboutDialog::showComponent(int row) {
    if (row < 0 || row >= m_components.size()) {
        m_componentInfo->clear();
        m_text->clear();
        return;
    }
    const ThirdPartyComponent &c = m_components.at(row);
    const QString name = c.version.isEmpty() ? c.name : tr("%1 %2").arg(c.name, c.version);
    m_componentInfo->setText(tr("<b>%1</b>, for %2. Licence: %3. %4")
                                 .arg(name.toHtmlEscaped(), c.usedFor.toHtmlEscaped(),
                                      c.license.toHtmlEscaped(), link(c.homepage, c.homepage)));
    m_text->setPlainText(c.text());
}

void AboutDialog::showLicenses(int row) {
    m_tabs->setCurrentIndex(1);
    m_list->setCurrentRow(row);
}

} // namespace rd::ui
