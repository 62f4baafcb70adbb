// Every ScreenCatalog state, light and dark, matches its golden: the pictures --screenshots
// writes are the ones reviewed here.
#include "screenshots/ScreenCatalog.h"
#include "support/GoldenImage.h"
#include "support/RenderedTest.h"

using rd::ui::RenderEnvironment;
using rd::ui::ScreenCatalog;
using rd::ui::ScreenContext;
using rd::ui::Theme;

namespace {

struct CatalogCase {
    QString state;
    Theme theme;
};

void PrintTo(const CatalogCase &c, std::ostream *os) {
    *os << qPrintable(c.state) << " (" << qPrintable(rd::ui::themeName(c.theme)) << ')';
}

std::vector<CatalogCase> allCases() {
    std::vector<CatalogCase> cases;
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        for (const auto &s : ScreenCatalog::instance().states()) {
            cases.push_back({s.name, theme});
        }
    }
    return cases;
}

class ScreenCatalogGolden : public rd::test::RenderedTestWithParam<CatalogCase> {};

TEST_P(ScreenCatalogGolden, RendersAsApproved) {
    const auto state = ScreenCatalog::instance().find(GetParam().state);
    ASSERT_TRUE(state);
    RenderEnvironment::applyTheme(GetParam().theme);
    ScreenContext context;
    std::unique_ptr<QWidget> widget = state->create(context);
    const QImage image = RenderEnvironment::render(*widget, state->size);
    EXPECT_EQ(image.size(), state->size);
    rd::test::expectMatchesGolden(image, state->name + u'_' + rd::ui::themeName(GetParam().theme));
}

INSTANTIATE_TEST_SUITE_P(
    AllScreens, ScreenCatalogGolden, ::testing::ValuesIn(allCases()),
    [](const ::testing::TestParamInfo<CatalogCase> &info) {
        return (info.param.state + u'_' + rd::ui::themeName(info.param.theme)).toStdString();
    });

} // namespace
