// ConnectionProfile: what a valid connection is (http only for loopback unless allowed).
#include "storage/ConnectionProfile.h"

#include <gtest/gtest.h>

using rd::ConnectionProfile;

namespace {

ConnectionProfile profile(const char *url) {
    ConnectionProfile p;
    p.id = QStringLiteral("id-1");
    p.name = QStringLiteral("Production");
    p.baseUrl = QUrl(QString::fromLatin1(url));
    return p;
}

bool hasError(const rd::FieldErrors &errors, const char *field, const char *code) {
    return std::any_of(errors.begin(), errors.end(), [&](const rd::FieldError &e) {
        return e.field == QLatin1String(field) && e.code == QLatin1String(code);
    });
}

TEST(ConnectionProfile, HttpsAddressWithName_IsValid) {
    EXPECT_TRUE(profile("https://api.example.com").validate().isEmpty());
}

TEST(ConnectionProfile, MissingName_IsRequired) {
    auto p = profile("https://api.example.com");
    p.name = QStringLiteral("  ");
    EXPECT_TRUE(hasError(p.validate(), "name", "required"));
}

TEST(ConnectionProfile, PlainHttpToRemoteHost_IsNotAllowedWithoutOptIn) {
    EXPECT_TRUE(hasError(profile("http://api.example.com").validate(), "base_url", "not_allowed"));
}

TEST(ConnectionProfile, PlainHttpToRemoteHost_IsAllowedWhenTheUserOptsIn) {
    auto p = profile("http://api.example.com");
    p.allowInsecureHttp = true;
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(ConnectionProfile, PlainHttpToLoopback_IsAllowed) {
    EXPECT_TRUE(profile("http://127.0.0.1:8080").validate().isEmpty());
    EXPECT_TRUE(profile("http://localhost:8080").validate().isEmpty());
    EXPECT_TRUE(profile("http://[::1]:8080").validate().isEmpty());
}

TEST(ConnectionProfile, HostThatOnlyStartsLikeLoopback_IsNotLoopback) {
    EXPECT_FALSE(rd::isLoopbackHost(QUrl(QStringLiteral("http://127.0.0.1.evil.example"))));
    EXPECT_FALSE(rd::isLoopbackHost(QUrl(QStringLiteral("http://localhost.evil.example"))));
}

TEST(ConnectionProfile, AddressWithoutSchemeOrHost_IsRejected) {
    EXPECT_TRUE(hasError(profile("api.example.com").validate(), "base_url", "type"));
    EXPECT_TRUE(hasError(profile("ftp://api.example.com").validate(), "base_url", "type"));
}

TEST(ConnectionProfile, KeychainAccount_IsDerivedFromTheIdNotTheName) {
    EXPECT_EQ(profile("https://a.example").secretAccount(), QStringLiteral("connection/id-1"));
}

} // namespace
