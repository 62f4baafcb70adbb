// DeepLink: a link to one validation on a named connection, the form support staff paste in
// tickets — retrydesk://validations/<id>?connection=<name>. Builds the canonical form and parses
// it and the variants desktops hand over.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace rd::instance {

struct DeepLink {
    QString validationId; // exactly as the API names it; any characters
    QString connection;   // a connection's name; empty: the one open on the Validations page

    // retrydesk://validations/<id>?connection=<name>, everything but RFC 3986's unreserved
    // characters percent-encoded (UTF-8): the link survives ticket systems, chat and e-mail, and
    // "+" is never read as a space.
    QUrl toUrl() const;
    QString toString() const;

    // Accepts retrydesk://validations/<id>, retrydesk:/validations/<id>, retrydesk:///… and
    // retrydesk:validations/<id> (desktops and browsers normalise links differently), any case
    // in the scheme and the word "validations", one trailing "/", and ?connection=<name>
    // (percent-decoded, trimmed; "+" stays a plus, as RFC 3986 reads it). Other query items are
    // ignored. nullopt and *error (what is wrong and what a valid link looks like) otherwise.
    static std::optional<DeepLink> parse(const QUrl &url, QString *error);
    // The text as pasted (surrounding whitespace ignored); spaces inside are read as %20.
    static std::optional<DeepLink> parse(const QString &text, QString *error);
    // Whether a command-line argument is meant as a link (valid or not): "retrydesk:" in any case.
    static bool isLink(const QString &argument);
    // What a valid link looks like, for messages and --help.
    static QString example();
    static QString scheme();

    friend bool operator==(const DeepLink &, const DeepLink &) = default;
};

} // namespace rd::instance
