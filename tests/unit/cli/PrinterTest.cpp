// retrydesk-cli's printer: a listing serialized page by page (validations list --all --json)
// prints exactly the bytes of the same listing printed as one document.
#include "cli/Printer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace rd;

namespace {

Validation validation(int i) {
    Validation v;
    v.id = QStringLiteral("0b6b3c1e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    v.outcome = i % 2 ? Outcome::NotFound : Outcome::Valid;
    v.trackingKey = QStringLiteral("trk \"%1\" ünïcode ✓ \\ /").arg(i);
    return v;
}

QString printedWhole(const api::Page<Validation> &page) {
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Printer p(o, e, true);
    p.validations(page, QStringLiteral("req_1"));
    return out;
}

QString printedInChunks(const api::Page<Validation> &page, int perChunk) {
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < page.items.size(); i += perChunk) {
        QByteArray chunk;
        for (qsizetype j = i; j < std::min(page.items.size(), i + perChunk); ++j) {
            if (j > i) {
                chunk += ',';
            }
            chunk += cli::Printer::compactJson(page.items[j].toJson());
        }
        chunks.append(chunk);
    }
    api::Page<Validation> meta = page;
    meta.items.clear();
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Printer p(o, e, true);
    // Chunks after the first start with the comma that separates them from the one before.
    for (qsizetype c = 1; c < chunks.size(); ++c) {
        chunks[c].prepend(',');
    }
    p.validationsJson(meta, chunks, QStringLiteral("req_1"));
    return out;
}

} // namespace

TEST(CliPrinter, ListingSerializedPageByPage_IsByteIdenticalToOneDocument) {
    api::Page<Validation> page;
    for (int i = 0; i < 7; ++i) {
        page.items.append(validation(i));
    }
    page.unreadableCount = 1;
    page.unreadable.append({QStringLiteral("id is not a UUID"), QByteArray("{\"id\":\"x\"}")});
    for (int per : {1, 3, 7}) {
        EXPECT_EQ(printedInChunks(page, per), printedWhole(page)) << per << " a chunk";
    }
    const QJsonObject o = QJsonDocument::fromJson(printedWhole(page).toUtf8()).object();
    EXPECT_EQ(o.value(QLatin1String("items")).toArray().size(), 7);
}

TEST(CliPrinter, EmptyListing_SplicesNothing) {
    api::Page<Validation> page;
    page.hasMore = true;
    page.nextCursor = QStringLiteral("c_\"items\":[]");
    EXPECT_EQ(printedInChunks(page, 1), printedWhole(page));
}
