// HttpRequestReader: reads one HTTP/1.1 request at a time from bytes as they arrive on a socket,
// with hard limits, so a malformed, huge or never-ending request is refused instead of buffered.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace rd::webhooks {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;
    QByteArray target;
    QByteArray version;
    HeaderList headers; // as sent, in order
    QByteArray body;

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool keepAlive() const;
};

class HttpRequestReader {
public:
    enum class State { NeedMore, Complete, Error };

    explicit HttpRequestReader(qsizetype maxBodyBytes = 1024 * 1024,
                               qsizetype maxHeaderBytes = 16 * 1024)
        : m_maxBody(maxBodyBytes)
        , m_maxHeader(maxHeaderBytes) {}

    // Appends bytes and parses as far as they go. After Complete, takeRequest() hands the request
    // over and the reader starts on the next one (bytes already fed beyond it are kept).
    State feed(const QByteArray &bytes);
    HttpRequest takeRequest();

    State state() const { return m_state; }
    // After Error: the status to answer (400, 411, 413, 431, 501, 505) and why, in a few words.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    // Whether nothing of a next request has arrived yet (an idle kept-alive connection).
    bool idle() const { return m_buffer.isEmpty() && !m_headerDone; }
    // The request line and headers once read (for recording a request refused for its body).
    const HttpRequest &partial() const { return m_request; }

private:
    State fail(int status, const char *reason);
    State parseHead(qsizetype headEnd);
    State step();

    qsizetype m_maxBody;
    qsizetype m_maxHeader;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_contentLength = 0;
    bool m_headerDone = false;
    State m_state = State::NeedMore;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace rd::webhooks
