// BulkList: a bulk email-validation job of the lists API (seed 000, "cliova" style).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rd {

struct BulkList {
    // seed 000 shows "In Progress"; the other statuses are RetryDesk's assumption (docs/api.md).
    enum class Status { Queued, InProgress, Completed, Failed, Unknown };

    QString id; // "list_12345"
    QString name;
    Status status = Status::Unknown;
    QString statusText; // as the server wrote it, shown when Status is Unknown
    int total = 0;
    int processed = 0;
    // counts.processed is beyond seed 000: a server may leave it out; then processed is 0 and
    // progress is not known (shown as "— of N", never as an empty bar).
    bool processedKnown = true;
    int valid = 0;
    int invalid = 0;
    int unknown = 0;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    QString retryOf; // id of the list this one retries, when it is a retry

    // seed 000: "retry a failed or completed list"; "currently processing" cannot be retried.
    bool canRetry() const { return status == Status::Completed || status == Status::Failed; }
    double progress() const { return total > 0 ? double(processed) / total : 0.0; }

    QJsonObject toJson() const;
    // Reads a list object; only "id" is required (the retry answer carries just id and status).
    static std::optional<BulkList> fromJson(const QJsonObject &o, QString *error = nullptr);
    static Status statusFromWire(const QString &s);
    static QString toWire(Status s);

    friend bool operator==(const BulkList &, const BulkList &) = default;
};

} // namespace rd
