// InstanceProtocol: what a later launch and the running RetryDesk say over the local socket. One
// line of compact JSON each way — the launch's arguments, then the answer — with a version, so
// two RetryDesk builds that do not understand each other say so instead of guessing.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::instance {

class InstanceProtocol {
public:
    static constexpr int kVersion = 1;
    // A launch's arguments fit many times over; anything longer is not a RetryDesk talking.
    static constexpr qsizetype kMaxLine = 64 * 1024;

    struct Request {
        int version = kVersion;
        QStringList arguments; // the launch's arguments, without the program's name
    };
    struct Reply {
        int version = kVersion;
        bool handled = false;
        QString error; // when not handled: what the running RetryDesk said, for the user
    };

    // {"app":"retrydesk","version":1,"arguments":[…]}\n
    static QByteArray encode(const Request &request);
    // {"version":1,"handled":true}\n, or handled false with an "error".
    static QByteArray encode(const Reply &reply);
    // A request of any version (the caller refuses the ones it does not speak); nullopt and
    // *error when the line is not a RetryDesk request at all.
    static std::optional<Request> decodeRequest(const QByteArray &line, QString *error);
    static std::optional<Reply> decodeReply(const QByteArray &line, QString *error);

    // Takes one complete line (without its '\n') off the front of buffer; nullopt while the line
    // is incomplete. *tooLong when the buffer holds kMaxLine bytes and no line end.
    static std::optional<QByteArray> takeLine(QByteArray &buffer, bool *tooLong);
};

} // namespace rd::instance
