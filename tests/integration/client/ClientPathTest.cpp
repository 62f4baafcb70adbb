// Ids in request paths: whatever a server, a link or the clipboard hands over, an id stays one
// path segment on the wire, so it can only ever name a validation or a list.
#include "ClientSandboxTest.h"

#include "api/ListsApi.h"
#include "api/ValidationsApi.h"


namespace rd::net::test {
namespace {

class ClientPaths : public ClientSandboxTest {};

using rd::Outcome;

TEST_F(ClientPaths, IdWithSlashOrDots_NeverReachesAnotherEndpoint) {
    // Unencoded, ".." would be GET /v1/validations (the list, 200) and "../account" the account.
    for (const QString &id : {QStringLiteral("../account"), QStringLiteral(".."),
                             QStringLiteral("x/../../account"), QStringLiteral("%2E%2E")}) {
        const QString path = api::ValidationsApi::validationPath(id);
        const Result r = run(m_client->get(path));
        // Not a UUID (seed 001: 422 invalid_uuid) or not found: anything but another endpoint.
        EXPECT_TRUE(r.httpStatus == 422 || r.httpStatus == 404)
            << qPrintable(id) << " sent as " << qPrintable(path) << " answered " << r.httpStatus;
    }
}

TEST_F(ClientPaths, PathSegment_EncodesWhatIsNotUnreserved) {
    EXPECT_EQ(api::ValidationsApi::validationPath(QStringLiteral("0000000a-0000-4000")),
              QStringLiteral("/v1/validations/0000000a-0000-4000"));
    EXPECT_EQ(api::ValidationsApi::validationPath(QStringLiteral("a/b c?d#e")),
              QStringLiteral("/v1/validations/a%2Fb%20c%3Fd%23e"));
    EXPECT_EQ(api::ValidationsApi::validationPath(QStringLiteral("..")),
              QStringLiteral("/v1/validations/%2E%2E"));
}

TEST_F(ClientPaths, OrdinaryIds_StillReachTheirValidation) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    const Result r = run(m_client->get(api::ValidationsApi::validationPath(id)));
    EXPECT_EQ(r.httpStatus, 200) << qPrintable(id);
    EXPECT_EQ(r.payload.toObject().value(QStringLiteral("id")).toString(), id);
}

} // namespace
} // namespace rd::net::test
