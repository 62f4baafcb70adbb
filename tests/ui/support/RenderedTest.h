// RenderedTest: the fixture of every widget test: deterministic rendering (bundled font, Fusion,
// light palette) set up once per suite, the light palette restored after each test.
#pragma once

#include "screenshots/RenderEnvironment.h"

#include <gtest/gtest.h>

namespace rd::test {

class RenderedTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_TRUE(rd::ui::RenderEnvironment::apply()) << "bundled font missing";
    }
    void TearDown() override { rd::ui::RenderEnvironment::applyTheme(rd::ui::Theme::Light); }
};

template <typename Param>
class RenderedTestWithParam : public RenderedTest, public ::testing::WithParamInterface<Param> {};

} // namespace rd::test
