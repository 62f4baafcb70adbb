// DeepLink: the retrydesk://validations/<id>?connection=<name> links support staff paste in
// tickets — built so that they survive, parsed in every form a desktop hands over.
#include "instance/DeepLink.h"

#include <gtest/gtest.h>

using rd::instance::DeepLink;

namespace {

std::optional<DeepLink> parse(const QString &text, QString *error = nullptr) {
    QString ignored;
    return DeepLink::parse(text, error ? error : &ignored);
}

TEST(DeepLink, Build_EncodesTheConnectionsSpaceAsPercent20) {
    const DeepLink link{QStringLiteral("0000000a-0000-4000-8000-000000000001"),
                        QStringLiteral("Support sandbox")};
    EXPECT_EQ(link.toString(), QStringLiteral("retrydesk://validations/"
                                              "0000000a-0000-4000-8000-000000000001"
                                              "?connection=Support%20sandbox"));
    EXPECT_TRUE(link.toUrl().isValid());
}

TEST(DeepLink, Build_WithoutConnection_HasNoQuery) {
    EXPECT_EQ((DeepLink{QStringLiteral("abc"), {}}).toString(),
              QStringLiteral("retrydesk://validations/abc"));
}

TEST(DeepLink, Build_IsPlainAscii_UnicodeNamesAsUtf8Escapes) {
    const QString text = DeepLink{QStringLiteral("x"), QStringLiteral("Soporte México")}.toString();
    EXPECT_EQ(text, QStringLiteral("retrydesk://validations/x?connection=Soporte%20M%C3%A9xico"));
}

TEST(DeepLink, RoundTrip_KeepsIdsAndNamesWithAnyUrlUnsafeCharacters) {
    const QStringList ids{QStringLiteral("a/b"),      QStringLiteral("a?b=c&d"),
                          QStringLiteral("a#b"),      QStringLiteral("100%"),
                          QStringLiteral("a b+c"),    QStringLiteral("ñandú-ü"),
                          QStringLiteral(".."),       QStringLiteral("."),
                          QStringLiteral("..%2F..%"), QStringLiteral("ids\\with\"quotes'")};
    const QStringList names{QStringLiteral("Support sandbox"), QStringLiteral("a+b & c=d"),
                            QStringLiteral("Soporte México #2"), QStringLiteral("50% / ?"),
                            QStringLiteral("サポート")};
    for (const QString &id : ids) {
        for (const QString &name : names) {
            const DeepLink link{id, name};
            QString error;
            const auto fromText = DeepLink::parse(link.toString(), &error);
            ASSERT_TRUE(fromText) << qPrintable(link.toString()) << ": " << qPrintable(error);
            EXPECT_EQ(*fromText, link) << qPrintable(link.toString());
            const auto fromUrl = DeepLink::parse(link.toUrl(), &error);
            ASSERT_TRUE(fromUrl) << qPrintable(link.toString()) << ": " << qPrintable(error);
            EXPECT_EQ(*fromUrl, link) << qPrintable(link.toString());
        }
    }
}

TEST(DeepLink, Parse_AcceptsTheFormsDesktopsHandOver) {
    const DeepLink expected{QStringLiteral("abc-1"), QStringLiteral("Prod")};
    for (const char *text :
         {"retrydesk://validations/abc-1?connection=Prod",
          "retrydesk:/validations/abc-1?connection=Prod",
          "retrydesk:///validations/abc-1?connection=Prod",
          "retrydesk:validations/abc-1?connection=Prod",
          "RetryDesk://Validations/abc-1?connection=Prod",
          "retrydesk://validations/abc-1/?connection=Prod",
          "  retrydesk://validations/abc-1?connection=Prod\n",
          "retrydesk://validations/abc-1?utm_source=ticket&connection=Prod#detail"}) {
        QString error;
        const auto link = DeepLink::parse(QString::fromUtf8(text), &error);
        ASSERT_TRUE(link) << text << ": " << qPrintable(error);
        EXPECT_EQ(*link, expected) << text;
    }
}

TEST(DeepLink, Parse_WithoutConnection_LeavesItEmpty) {
    const auto link = parse(QStringLiteral("retrydesk://validations/abc"));
    ASSERT_TRUE(link);
    EXPECT_EQ(link->validationId, QStringLiteral("abc"));
    EXPECT_TRUE(link->connection.isEmpty());
    EXPECT_TRUE(
        parse(QStringLiteral("retrydesk://validations/abc?connection="))->connection.isEmpty());
}

TEST(DeepLink, Parse_PlusIsAPlusNotASpace) {
    EXPECT_EQ(parse(QStringLiteral("retrydesk://validations/a+b?connection=QA+EU"))->connection,
              QStringLiteral("QA+EU"));
    EXPECT_EQ(parse(QStringLiteral("retrydesk://validations/a+b"))->validationId,
              QStringLiteral("a+b"));
}

TEST(DeepLink, Parse_PastedWithLiteralSpacesAndUnicode_ReadsThemAsWritten) {
    const auto link =
        parse(QStringLiteral("retrydesk://validations/abc?connection=Soporte México "));
    ASSERT_TRUE(link);
    EXPECT_EQ(link->connection, QStringLiteral("Soporte México"));
}

TEST(DeepLink, Parse_EncodedSlash_IsPartOfTheId) {
    EXPECT_EQ(parse(QStringLiteral("retrydesk://validations/a%2Fb"))->validationId,
              QStringLiteral("a/b"));
}

TEST(DeepLink, Parse_UnknownTarget_SaysWhatAValidLinkLooksLike) {
    QString error;
    EXPECT_FALSE(parse(QStringLiteral("retrydesk://lists/list_123"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("retrydesk://lists/list_123"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(DeepLink::example())) << qPrintable(error);
}

TEST(DeepLink, Parse_AnotherScheme_IsNotARetryDeskLink) {
    QString error;
    EXPECT_FALSE(parse(QStringLiteral("https://validations/abc"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a RetryDesk link"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(DeepLink::example()));
}

TEST(DeepLink, Parse_NoId_IsRefusedWithTheExample) {
    for (const char *text :
         {"retrydesk://validations", "retrydesk://validations/", "retrydesk:", "retrydesk://"}) {
        QString error;
        EXPECT_FALSE(parse(QString::fromUtf8(text), &error)) << text;
        EXPECT_TRUE(error.contains(DeepLink::example())) << text << ": " << qPrintable(error);
    }
}

TEST(DeepLink, Parse_MoreAfterTheId_IsRefused_NotCutShort) {
    QString error;
    EXPECT_FALSE(parse(QStringLiteral("retrydesk://validations/a/b"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("%2F"))) << qPrintable(error);
}

TEST(DeepLink, Parse_UserOrPort_IsRefused) {
    EXPECT_FALSE(parse(QStringLiteral("retrydesk://me@validations/abc")));
    EXPECT_FALSE(parse(QStringLiteral("retrydesk://validations:8080/abc")));
}

TEST(DeepLink, IsLink_IsTheSchemeInAnyCase) {
    EXPECT_TRUE(DeepLink::isLink(QStringLiteral("retrydesk://validations/abc")));
    EXPECT_TRUE(DeepLink::isLink(QStringLiteral("RETRYDESK:nothing-valid")));
    EXPECT_FALSE(DeepLink::isLink(QStringLiteral("--demo")));
    EXPECT_FALSE(DeepLink::isLink(QStringLiteral("https://example.com")));
}

} // namespace
