#include "webhooks/HttpRequestReader.h"

namespace rd::webhooks {

QByteArray HttpRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::keepAlive() const {
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0") {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

HttpRequestReader::State HttpRequestReader::fail(int status, const char *reason) {
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    m_buffer.clear();
    return m_state;
}

HttpRequestReader::State HttpRequestReader::feed(const QByteArray &bytes) {
    if (m_state == State::Error) {
        return m_state; // the connection is answered and closed; nothing more is read
    }
    m_buffer.append(bytes);
    if (m_state == State::Complete) {
        return m_state; // waits for takeRequest()
    }
    return step();
}

HttpRequestReader::State HttpRequestReader::step() {
    if (!m_headerDone) {
        // RFC 9112 §2.2: ignore empty lines before a request line (a client's stray CRLF).
        while (m_buffer.startsWith("\r\n")) {
            m_buffer.remove(0, 2);
        }
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return m_buffer.size() > m_maxHeader ? fail(431, "request header too large")
                                                 : (m_state = State::NeedMore);
        }
        if (headEnd > m_maxHeader) {
            return fail(431, "request header too large");
        }
        if (parseHead(headEnd) == State::Error) {
            return m_state;
        }
        m_buffer.remove(0, headEnd + 4);
        m_headerDone = true;
    }
    if (m_buffer.size() < m_contentLength) {
        return m_state = State::NeedMore;
    }
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return m_state = State::Complete;
}

HttpRequestReader::State HttpRequestReader::parseHead(qsizetype headEnd) {
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        return fail(400, "malformed request line");
    }
    for (char c : parts[0]) {
        if (c < 'A' || c > 'Z') {
            return fail(400, "malformed method");
        }
    }
    if (!parts[2].startsWith("HTTP/1.")) {
        return fail(505, "only HTTP/1.x is understood");
    }
    m_request = {};
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t') {
            // No obsolete line folding, no header without a name (RFC 9112 §5.2).
            return fail(400, "malformed header line");
        }
        const QByteArray name = line.left(colon);
        if (name.contains(' ') || name.contains('\t')) {
            return fail(400, "malformed header name");
        }
        m_request.headers.append({name, line.mid(colon + 1).trimmed()});
    }
    if (!m_request.header("Transfer-Encoding").isEmpty()) {
        return fail(501,
                    "chunked or encoded request bodies are not supported; send Content-Length");
    }
    const QByteArray length = m_request.header("Content-Length");
    m_contentLength = 0;
    if (!length.isEmpty()) {
        bool ok = false;
        const qlonglong n = length.toLongLong(&ok);
        if (!ok || n < 0) {
            return fail(400, "malformed Content-Length");
        }
        if (n > m_maxBody) {
            return fail(413, "request body too large");
        }
        m_contentLength = qsizetype(n);
    } else if (m_request.method == "POST" || m_request.method == "PUT") {
        return fail(411, "Content-Length required");
    }
    return m_state = State::NeedMore;
}

HttpRequest HttpRequestReader::takeRequest() {
    HttpRequest done = std::move(m_request);
    m_request = {};
    m_headerDone = false;
    m_contentLength = 0;
    m_state = State::NeedMore;
    if (!m_buffer.isEmpty()) {
        step(); // a pipelined next request: parsed as far as it arrived
    }
    return done;
}

} // namespace rd::webhooks
