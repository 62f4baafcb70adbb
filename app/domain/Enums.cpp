#include "domain/Enums.h"

#include <QJsonArray>

namespace rd {

QString toWire(Outcome o) {
    switch (o) {
    case Outcome::Valid:
        return QStringLiteral("valid");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::CepUnavailable:
        return QStringLiteral("cep_unavailable");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString toWire(TerminalState t) {
    switch (t) {
    case TerminalState::Pending:
        return QStringLiteral("pending");
    case TerminalState::Resolved:
        return QStringLiteral("resolved");
    case TerminalState::Exhausted:
        return QStringLiteral("exhausted");
    case TerminalState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString toWire(Source s) {
    return s == Source::Api ? QStringLiteral("api") : QStringLiteral("bulk_import");
}

std::optional<Outcome> outcomeFromWire(QStringView s) {
    if (s == u"valid")
        return Outcome::Valid;
    if (s == u"not_found")
        return Outcome::NotFound;
    if (s == u"cep_unavailable")
        return Outcome::CepUnavailable;
    if (s == u"error")
        return Outcome::Error;
    return std::nullopt;
}

std::optional<TerminalState> terminalStateFromWire(QStringView s) {
    if (s == u"pending")
        return TerminalState::Pending;
    if (s == u"resolved")
        return TerminalState::Resolved;
    if (s == u"exhausted")
        return TerminalState::Exhausted;
    if (s == u"cancelled")
        return TerminalState::Cancelled;
    return std::nullopt;
}

std::optional<Source> sourceFromWire(QStringView s) {
    if (s == u"api")
        return Source::Api;
    if (s == u"bulk_import")
        return Source::BulkImport;
    return std::nullopt;
}

QJsonValue outcomesToJson(const std::optional<QList<Outcome>> &outcomes) {
    if (!outcomes) {
        return QJsonValue(QJsonValue::Null);
    }
    QJsonArray a;
    for (Outcome x : *outcomes) {
        a.append(toWire(x));
    }
    return a;
}

QList<Outcome> outcomesFromJson(const QJsonArray &array, QStringList *unknown) {
    QList<Outcome> list;
    for (const QJsonValue &v : array) {
        const auto out = v.isString() ? outcomeFromWire(v.toString()) : std::nullopt;
        if (out) {
            list.append(*out);
        } else if (unknown) {
            unknown->append(v.toVariant().toString());
        }
    }
    return list;
}

bool isRetryEligible(Outcome o) {
    return o != Outcome::Valid;
}

} // namespace rd
