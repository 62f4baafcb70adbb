#include "api/PayloadMapping.h"

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
    return doc.value(QLatin1String("message"));
}

} // namespace

std::optional<Page<Validation>> validationPage(const net::Result &r, QString *error) {
    if (!r.payload.isArray()) {
        return fail<Page<Validation>>(error, QStringLiteral("data: expected an array"));
    }
    Page<Validation> page;
    const QJsonArray items = r.payload.toArray();
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        std::optional<Validation> v = Validation::fromJson(items.at(i).toObject(), &why);
        if (!v) {
            return fail<Page<Validation>>(error, QStringLiteral("data[%1].%2").arg(i).arg(why));
        }
        page.items.append(std::move(*v));
    }
    // Paging lives in meta, beside data (docs/api.md), so it is read from the body.
    const QJsonObject meta =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("meta")).toObject();
    page.nextCursor = meta.value(QLatin1String("next_cursor")).toString();
    page.hasMore = meta.value(QLatin1String("has_more")).toBool(!page.nextCursor.isEmpty());
    if (page.hasMore && page.nextCursor.isEmpty()) {
        return fail<Page<Validation>>(error,
                                      QStringLiteral("meta.next_cursor: missing while has_more"));
    }
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
    const QJsonObject data = r.payload.toObject();
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
    return RetryStateUpdate{data.value(QLatin1String("id")).toString(), *rs};
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

std::optional<QList<BulkList>> bulkLists(const net::Result &r, QString *error) {
    const QJsonValue message = listsMessage(r, error);
    if (message.isUndefined()) {
        return std::nullopt;
    }
    if (!message.isArray()) {
        return fail<QList<BulkList>>(error, QStringLiteral("message: expected an array"));
    }
    QList<BulkList> lists;
    const QJsonArray items = message.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        std::optional<BulkList> l = BulkList::fromJson(items.at(i).toObject(), &why);
        if (!l) {
            return fail<QList<BulkList>>(error, QStringLiteral("message[%1].%2").arg(i).arg(why));
        }
        lists.append(std::move(*l));
    }
    return lists;
}

} // namespace rd::api::mapping
