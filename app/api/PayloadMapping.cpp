#include "api/PayloadMapping.h"

#include "domain/JsonUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::api::mapping {

namespace {

template <typename T> std::optional<T> fail(QString *error, const QString &why) {
    if (error) {
        *error = why;
    }
    return std::nullopt;
}

// Seed 000 wraps everything in "message"; Result::payload is then the whole document.
QJsonValue listsMessage(const net::Result &r, QString *error) {
    const QJsonObject doc = r.payload.toObject();
    if (doc.value(QLatin1String("success")) != QJsonValue(true)) {
        if (error) {
            *error = QStringLiteral("success: expected true");
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue message = doc.value(QLatin1String("message"));
    if (message.isUndefined() && error) {
        *error = QStringLiteral("message: missing"); // seed 000 answers carry one
    }
    return message;
}

} // namespace

template <typename T> void noteUnreadable(Page<T> &page, const QJsonValue &item, QString why) {
    ++page.unreadableCount;
    if (page.unreadable.size() < UnreadableItem::kMaxKept) {
        const QByteArray raw =
            item.isObject()  ? QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)
            : item.isArray() ? QJsonDocument(item.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(QJsonArray{item})
                                   .toJson(QJsonDocument::Compact)
                                   .chopped(1)
                                   .mid(1); // a scalar: written inside an array, brackets cut
        page.unreadable.append({std::move(why), raw.left(UnreadableItem::kMaxRawBytes)});
    }
}

std::optional<Page<Validation>> validationPage(const net::Result &r, QString *error) {
    if (!r.payload.isArray()) {
        return fail<Page<Validation>>(error, QStringLiteral("data: expected an array"));
    }
    Page<Validation> page;
    const QJsonArray items = r.payload.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        QString why = QStringLiteral("not an object");
        std::optional<Validation> v =
            item.isObject() ? Validation::fromJson(item.toObject(), &why) : std::nullopt;
        if (!v) {
            noteUnreadable(page, item, why); // skipped, counted, kept: never the whole page
            continue;
        }
        page.items.append(std::move(*v));
    }
    // Paging lives in meta, beside data (docs/api.md), so it is read from the body. It is
    // RetryDesk's assumption: without it the page is the whole list.
    const QJsonObject meta =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("meta")).toObject();
    page.nextCursor = meta.value(QLatin1String("next_cursor")).toString();
    page.hasMore = meta.value(QLatin1String("has_more")).toBool(!page.nextCursor.isEmpty()) &&
                   !page.nextCursor.isEmpty(); // more, but no way to ask for it: stop
    return page;
}

std::optional<ValidationDetail> validationDetail(const net::Result &r, QString *error) {
    if (!r.payload.isObject()) {
        return fail<ValidationDetail>(error, QStringLiteral("data: expected an object"));
    }
    QString why;
    std::optional<ValidationDetail> d = ValidationDetail::fromJson(r.payload.toObject(), &why);
    if (!d) {
        return fail<ValidationDetail>(error, QStringLiteral("data.") + why);
    }
    return d;
}

std::optional<RetryStateUpdate> retryStateUpdate(const net::Result &r, QString *error) {
    // seeds 001/002 list retry_state as the answer's field; `id` beside it is RetryDesk's
    // assumption (read when there). A bare {"retry_state": …} without the envelope is read too.
    const QJsonObject data = r.payload.isObject()
                                 ? r.payload.toObject()
                                 : QJsonDocument::fromJson(r.body).object();
    const QJsonValue state = data.value(QLatin1String("retry_state"));
    if (!state.isObject()) {
        return fail<RetryStateUpdate>(error,
                                      QStringLiteral("data.retry_state: expected an object"));
    }
    QString why;
    std::optional<RetryState> rs = RetryState::fromJson(state.toObject(), &why);
    if (!rs) {
        return fail<RetryStateUpdate>(error, QStringLiteral("data.retry_state.") + why);
    }
    return RetryStateUpdate{json::textOf(data.value(QLatin1String("id"))), *rs};
}

std::optional<Account> account(const net::Result &r, QString *error) {
    QString why;
    std::optional<Account> a = Account::fromJson(r.payload.toObject(), &why);
    if (!a) {
        return fail<Account>(error, QStringLiteral("data.") + why);
    }
    return a;
}

std::optional<BulkList> bulkList(const net::Result &r, QString *error) {
    const QJsonValue message = listsMessage(r, error);
    if (message.isUndefined()) {
        return std::nullopt;
    }
    if (!message.isObject()) {
        return fail<BulkList>(error, QStringLiteral("message: expected a list object"));
    }
    QString why;
    std::optional<BulkList> l = BulkList::fromJson(message.toObject(), &why);
    if (!l) {
        return fail<BulkList>(error, QStringLiteral("message.") + why);
    }
    return l;
}

std::optional<Page<BulkList>> bulkListPage(const net::Result &r, QString *error) {
    const QJsonValue message = listsMessage(r, error);
    if (message.isUndefined()) {
        return std::nullopt;
    }
    if (!message.isArray()) {
        return fail<Page<BulkList>>(error, QStringLiteral("message: expected an array"));
    }
    Page<BulkList> page;
    const QJsonArray items = message.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            noteUnreadable(page, item, QStringLiteral("message[%1]: not an object").arg(i));
            continue;
        }
        QString why;
        std::optional<BulkList> l = BulkList::fromJson(item.toObject(), &why);
        if (!l) {
            noteUnreadable(page, item, QStringLiteral("message[%1].%2").arg(i).arg(why));
            continue;
        }
        page.items.append(std::move(*l));
    }
    return page;
}

std::optional<QList<BulkList>> bulkLists(const net::Result &r, QString *error) {
    std::optional<Page<BulkList>> page = bulkListPage(r, error);
    if (!page) {
        return std::nullopt;
    }
    if (page->unreadableCount > 0) {
        return fail<QList<BulkList>>(error, page->unreadable.first().reason);
    }
    return std::move(page->items);
}

} // namespace rd::api::mapping
