// Retry chains of bulk lists: learned from retry answers and retry_of, never forgotten, never a
// loop, shown oldest first.
#include "models/ListChains.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(ListChains, AListInNoChain_IsItsOwnChain_AndHasNoText) {
    ListChains c;
    EXPECT_EQ(c.chainOf(QStringLiteral("list_1")), QStringList{QStringLiteral("list_1")});
    EXPECT_EQ(c.root(QStringLiteral("list_1")), QStringLiteral("list_1"));
    EXPECT_TRUE(c.text(QStringLiteral("list_1")).isEmpty());
    EXPECT_FALSE(c.inChain(QStringLiteral("list_1")));
}

TEST(ListChains, RetriesOfRetries_FormOneChainOldestFirst_WhicheverListIsAsked) {
    ListChains c;
    EXPECT_TRUE(c.link(QStringLiteral("list_2"), QStringLiteral("list_3")));
    EXPECT_TRUE(c.link(QStringLiteral("list_1"), QStringLiteral("list_2")));
    const QStringList chain{QStringLiteral("list_1"), QStringLiteral("list_2"),
                            QStringLiteral("list_3")};
    for (const QString &id : chain) {
        EXPECT_EQ(c.chainOf(id), chain) << id.toStdString();
        EXPECT_EQ(c.root(id), QStringLiteral("list_1"));
    }
    EXPECT_EQ(c.text(QStringLiteral("list_2")), QStringLiteral("list_1 → list_2 → list_3"));
    EXPECT_EQ(c.retryOf(QStringLiteral("list_3")), QStringLiteral("list_2"));
}

TEST(ListChains, TwoRetriesOfOneList_AreBothInItsChain_InTheOrderLearned) {
    ListChains c;
    c.link(QStringLiteral("a"), QStringLiteral("b"));
    c.link(QStringLiteral("a"), QStringLiteral("c"));
    EXPECT_EQ(c.chainOf(QStringLiteral("c")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(ListChains, AKnownLink_IsNotNews_AndAListRetriesOnlyOneList) {
    ListChains c;
    EXPECT_TRUE(c.link(QStringLiteral("a"), QStringLiteral("b")));
    EXPECT_FALSE(c.link(QStringLiteral("a"), QStringLiteral("b")));
    EXPECT_FALSE(c.link(QStringLiteral("x"), QStringLiteral("b"))) << "b already retries a";
    EXPECT_EQ(c.retryOf(QStringLiteral("b")), QStringLiteral("a"));
}

TEST(ListChains, ALinkThatWouldCloseALoop_IsRefused) {
    ListChains c;
    c.link(QStringLiteral("a"), QStringLiteral("b"));
    c.link(QStringLiteral("b"), QStringLiteral("c"));
    EXPECT_FALSE(c.link(QStringLiteral("c"), QStringLiteral("a")));
    EXPECT_FALSE(c.link(QStringLiteral("a"), QStringLiteral("a")));
    EXPECT_FALSE(c.link(QString(), QStringLiteral("z")));
    EXPECT_EQ(c.root(QStringLiteral("c")), QStringLiteral("a"));
    EXPECT_EQ(c.chainOf(QStringLiteral("a")).size(), 3);
}
