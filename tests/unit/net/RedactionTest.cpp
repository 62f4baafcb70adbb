// The API key never appears in a log line, a request-log row or an error string.
#include "ClientFixture.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;

namespace {
QStringList g_lines;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg) {
    g_lines.append(msg);
}

bool containsKey(const QString &s) {
    return s.contains(QLatin1String(kSecretKey)) ||
           s.contains(QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(kSecretKey))));
}
} // namespace

using KeyRedaction = ClientFixture;

TEST_F(KeyRedaction, NoLogLineRowOrErrorString_ContainsTheApiKey) {
    QLoggingCategory::setFilterRules(QStringLiteral("rd.net.*=true"));
    g_lines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QList<Result> results;
    for (ApiStyle style : {ApiStyle::Bearer, ApiStyle::QueryApiKey}) {
        makeClient(style);
        const QByteArray echo = QByteArray("Invalid key ") + kSecretKey;
        // A server that echoes the key in its error message, a transport error naming the URL
        // with ?apiKey=, and every ending in between.
        FakeReply net = FakeTransport::reset();
        net.response.errorText = QStringLiteral("Error transferring http://127.0.0.1:9/x?apiKey=") +
                                 QLatin1String(kSecretKey) + QStringLiteral(" - closed");
        for (const FakeReply &reply :
             {error(401, echo.constData()),
              FakeTransport::status(401, R"({"success":false,"message":")" + echo + "\"}"), net,
              error(503, "unavailable"), FakeTransport::stall(), ok()}) {
            script({reply});
            results.append(run(m_client->get(QStringLiteral("/v1/validations"))));
            results.append(run(m_client->post(QStringLiteral("/v1/validations/a/cancel-retries"))));
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    EXPECT_FALSE(g_lines.isEmpty()) << "the request log wrote no lines: the test checks nothing";
    for (const QString &line : std::as_const(g_lines)) {
        EXPECT_FALSE(containsKey(line)) << line.toStdString();
    }
    for (int row = 0; row < m_log.rowCount(); ++row) {
        for (int col = 0; col < m_log.columnCount(); ++col) {
            const QString cell = m_log.index(row, col).data().toString();
            EXPECT_FALSE(containsKey(cell)) << cell.toStdString();
        }
        EXPECT_FALSE(containsKey(RequestLog::line(m_log.entry(row))));
    }
    for (const Result &r : std::as_const(results)) {
        EXPECT_FALSE(containsKey(r.userMessage)) << r.userMessage.toStdString();
        EXPECT_FALSE(containsKey(r.error.message)) << r.error.message.toStdString();
        EXPECT_FALSE(containsKey(r.error.describe())) << r.error.describe().toStdString();
    }
    // The lists API's URL column shows the parameter, masked.
    EXPECT_TRUE(m_log.entry(m_log.rowCount() - 1).url.contains(QStringLiteral("apiKey=***")));
}
