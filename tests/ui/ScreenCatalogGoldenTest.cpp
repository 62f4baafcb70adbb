// Every ScreenCatalog state, light and dark, matches its golden; the main screens also in Spanish
// and at device pixel ratio 2. The pictures --screenshots writes are the ones reviewed here.
#include "screenshots/ScreenCatalog.h"
#include "support/GoldenImage.h"
#include "support/RenderedTest.h"

using rd::ui::RenderEnvironment;
using rd::ui::ScreenCatalog;
using rd::ui::ScreenContext;
using rd::ui::ScreenVariant;
using rd::ui::ScreenVariantScope;

namespace {

struct CatalogCase {
    QString state;
    ScreenVariant variant;
    QString name() const { return state + variant.suffix(); }
};

void PrintTo(const CatalogCase &c, std::ostream *os) { *os << qPrintable(c.name()); }

std::vector<CatalogCase> allCases() {
    std::vector<CatalogCase> cases;
    for (const auto &s : ScreenCatalog::instance().states()) {
        for (const ScreenVariant &v : ScreenCatalog::variants(s.name)) {
            cases.push_back({s.name, v});
        }
    }
    return cases;
}

class ScreenCatalogGolden : public rd::test::RenderedTestWithParam<CatalogCase> {};

TEST_P(ScreenCatalogGolden, RendersAsApproved) {
    const auto state = ScreenCatalog::instance().find(GetParam().state);
    ASSERT_TRUE(state);
    const ScreenVariant &variant = GetParam().variant;
    ScreenVariantScope scope(variant);
    ScreenContext context;
    std::unique_ptr<QWidget> widget = state->create(context);
    const QImage image = RenderEnvironment::render(*widget, state->size, variant.devicePixelRatio);
    EXPECT_EQ(image.size(), state->size * variant.devicePixelRatio);
    rd::test::expectMatchesGolden(image, GetParam().name());
}

INSTANTIATE_TEST_SUITE_P(
    AllScreens, ScreenCatalogGolden, ::testing::ValuesIn(allCases()),
    [](const ::testing::TestParamInfo<CatalogCase> &info) {
        // gtest names allow only [A-Za-z0-9_]: "@2x" becomes "_2x".
        return info.param.name().replace(u'@', u'_').toStdString();
    });

} // namespace
