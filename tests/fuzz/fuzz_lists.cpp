// fuzz_lists: the bulk-lists API bodies of seed 000 ({"success":…,"message":…}) as the app maps
// them: api::mapping::bulkList (one list, and the retry answer {"id","status"}), bulkLists (the
// list of lists) and rd::BulkList::fromJson on its own.
#include "FuzzSupport.h"

#include "api/PayloadMapping.h"
#include "domain/BulkList.h"

#include <cmath>

namespace {

// What the lists screen and `retrydesk-cli lists` read off a parsed list.
void useList(const rd::BulkList &l) {
    FUZZ_CHECK(!l.id.isEmpty(), QStringLiteral("a list without an id"));
    rdfuzz::touch(l.id);
    rdfuzz::touch(l.name);
    rdfuzz::touch(l.statusText);
    rdfuzz::touch(l.retryOf);
    FUZZ_CHECK(std::isfinite(l.progress()), QString::number(l.progress()));
    (void)l.canRetry();
    rdfuzz::touch(rd::BulkList::toWire(l.status));
    FUZZ_CHECK(rd::BulkList::statusFromWire(rd::BulkList::toWire(l.status)) == l.status ||
                   l.status == rd::BulkList::Status::Unknown,
               l.statusText);
    const QJsonObject written = l.toJson();
    if (rdfuzz::strict()) {
        const auto again = rd::BulkList::fromJson(written);
        FUZZ_CHECK(
            again && again->id == l.id && again->name == l.name && again->status == l.status &&
                again->total == l.total && again->processed == l.processed &&
                again->valid == l.valid && again->invalid == l.invalid &&
                again->unknown == l.unknown && again->createdAt == l.createdAt &&
                again->updatedAt == l.updatedAt && again->retryOf == l.retryOf,
            QStringLiteral("BulkList round trip: %1")
                .arg(QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact))));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body = rdfuzz::bytesOf(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    rd::net::Result r;
    r.httpStatus = 200;
    r.body = body;
    r.payload = rdfuzz::payloadOf(doc);

    QString error;
    const auto one = rd::api::mapping::bulkList(r, &error);
    FUZZ_EXPECT(one.has_value() || !error.isEmpty(),
                QStringLiteral("bulkList refused without a reason"));
    if (one) {
        useList(*one);
    }
    error.clear();
    const auto all = rd::api::mapping::bulkLists(r, &error);
    FUZZ_EXPECT(all.has_value() || !error.isEmpty(),
                QStringLiteral("bulkLists refused without a reason"));
    if (all) {
        for (const rd::BulkList &l : *all) {
            useList(l);
        }
    }
    // BulkList::fromJson on the document and on the message object, as a list screen reads them.
    for (const QJsonObject &o :
         {doc.object(), doc.object().value(QLatin1String("message")).toObject()}) {
        error.clear();
        const auto l = rd::BulkList::fromJson(o, &error);
        FUZZ_EXPECT(l.has_value() || !error.isEmpty(),
                    QStringLiteral("fromJson refused without a reason"));
        if (l) {
            useList(*l);
        }
    }
    return 0;
}
