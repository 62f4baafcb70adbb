#include "instance/DeepLink.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrlQuery>

namespace rd::instance {

namespace {
const QString kCollection = QStringLiteral("validations");
const QString kConnection = QStringLiteral("connection");

QString tr(const char *text) {
    return QCoreApplication::translate("DeepLink", text);
}

// A path segment that survives everyone's normalisation: "." and ".." would be resolved away by
// browsers and desktops, so their dots are encoded too.
QByteArray encodeSegment(const QString &segment) {
    const bool dots = !segment.isEmpty() && segment.count(u'.') == segment.size();
    return QUrl::toPercentEncoding(segment, {}, dots ? QByteArray(".") : QByteArray());
}

// The link as a user would recognise it in a message, not a whole page of it.
QString shown(const QString &link) {
    constexpr int kMax = 120;
    return link.size() <= kMax ? link : link.left(kMax - 1) + QChar(0x2026);
}

QString withExample(const QString &problem) {
    return problem + u' ' + tr("A link to a validation looks like %1.").arg(DeepLink::example());
}
} // namespace

QString DeepLink::scheme() {
    return QStringLiteral("retrydesk");
}

QString DeepLink::example() {
    return QStringLiteral("retrydesk://validations/<id>?connection=<name>");
}

bool DeepLink::isLink(const QString &argument) {
    return argument.trimmed().startsWith(scheme() + u':', Qt::CaseInsensitive);
}

QString DeepLink::toString() const {
    QByteArray text =
        scheme().toLatin1() + "://" + kCollection.toLatin1() + '/' + encodeSegment(validationId);
    if (!connection.isEmpty()) {
        text += '?' + kConnection.toLatin1() + '=' + QUrl::toPercentEncoding(connection);
    }
    return QString::fromLatin1(text);
}

QUrl DeepLink::toUrl() const {
    return QUrl(toString(), QUrl::StrictMode);
}

std::optional<DeepLink> DeepLink::parse(const QString &text, QString *error) {
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid()) {
        *error = withExample(
            tr("“%1” is not a valid link (%2).").arg(shown(trimmed), url.errorString()));
        return std::nullopt;
    }
    return parse(url, error);
}

std::optional<DeepLink> DeepLink::parse(const QUrl &url, QString *error) {
    const QString text = shown(url.toString());
    if (!url.isValid()) {
        *error = withExample(tr("“%1” is not a valid link (%2).").arg(text, url.errorString()));
        return std::nullopt;
    }
    if (url.scheme().compare(scheme(), Qt::CaseInsensitive) != 0) {
        *error = withExample(tr("“%1” is not a RetryDesk link.").arg(text));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.port() != -1) {
        *error = withExample(tr("RetryDesk cannot open “%1”.").arg(text));
        return std::nullopt;
    }
    // The segments still encoded: an id's "%2F" is part of the id, not a separator.
    QStringList segments;
    if (!url.host().isEmpty()) {
        segments << url.host(QUrl::FullyEncoded);
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.startsWith(u'/')) {
        path.remove(0, 1); // retrydesk:/validations/… and retrydesk:///validations/…
    }
    if (path.endsWith(u'/')) {
        path.chop(1); // a trailing slash some programs add
    }
    if (!path.isEmpty()) {
        segments << path.split(u'/');
    }
    if (segments.isEmpty() ||
        segments.constFirst().compare(kCollection, Qt::CaseInsensitive) != 0) {
        *error = withExample(
            tr("RetryDesk cannot open “%1”: it opens links to a validation.").arg(text));
        return std::nullopt;
    }
    if (segments.size() < 2 || segments.at(1).isEmpty()) {
        *error = withExample(tr("The link “%1” names no validation.").arg(text));
        return std::nullopt;
    }
    if (segments.size() > 2) {
        *error = withExample(tr("The link “%1” has more after the validation's id than RetryDesk "
                                "understands (a “/” inside an id is written %2F).")
                                 .arg(text));
        return std::nullopt;
    }
    DeepLink link;
    link.validationId = QUrl::fromPercentEncoding(segments.at(1).toUtf8());
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    link.connection = query.queryItemValue(kConnection, QUrl::FullyDecoded).trimmed();
    return link;
}

} // namespace rd::instance
