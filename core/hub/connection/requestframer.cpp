#include "requestframer.h"

#include <QHostAddress>

#include <algorithm>

namespace lectern::hub {
namespace {

Refusal refuse(int status, Error error) {
    Refusal refusal;
    refusal.status = status;
    refusal.error = std::move(error);
    return refusal;
}

Refusal malformed(const QString& message) {
    return refuse(400, Error::invalid({}, message));
}

// Where the head ends (just past its empty line), accepting bare LF line ends as RFC 9112
// §2.2 allows; -1 while it has not ended.
qsizetype headEnd(const QByteArray& bytes) {
    const qsizetype crlf = bytes.indexOf("\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    if (lf < 0)
        return crlf + 3;
    return std::min(crlf + 3, lf + 2);
}

// Whether a comma-separated header value lists `token` (RFC 9110 §5.6.1), ignoring case.
bool listsToken(QByteArrayView value, QByteArrayView token) {
    for (const QByteArray& item : QByteArray(value.data(), value.size()).split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isToken(QByteArrayView name) {
    static constexpr QByteArrayView separators = "()<>@,;:\\\"/[]?={} \t";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return c > 32 && c < 127 && !separators.contains(c);
    });
}

} // namespace

QString hostWithoutPort(QByteArrayView hostHeader) {
    const QString host = QString::fromLatin1(hostHeader.trimmed()).toLower();
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        return close < 0 ? host : host.mid(1, close - 1);
    }
    const qsizetype colon = host.indexOf(u':');
    return colon < 0 ? host : host.left(colon);
}

RequestFramer::Step RequestFramer::feed(QByteArrayView chunk) {
    Step step;
    while (!chunk.isEmpty() && !m_upgraded) {
        if (m_bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, chunk.size());
            m_bodyLeft -= taken;
            chunk = chunk.sliced(taken);
            continue;
        }
        if (m_head.isEmpty()) {
            // Empty lines before a request line are ignored (RFC 9112 §2.2).
            while (!chunk.isEmpty() && (chunk.front() == '\r' || chunk.front() == '\n'))
                chunk = chunk.sliced(1);
            if (chunk.isEmpty())
                break;
        }
        const qsizetype before = m_head.size();
        m_head.append(chunk);
        const qsizetype end = headEnd(m_head);
        if (end < 0 ? m_head.size() > m_limits.maxHeadBytes : end > m_limits.maxHeadBytes) {
            step.refusal = refuse(
                431, Error::tooLarge(QStringLiteral("The request's headers are larger than %1 KiB")
                                         .arg(m_limits.maxHeadBytes / 1024)));
            return step;
        }
        if (end < 0)
            break;
        const Head head = checkHead(QByteArrayView(m_head).first(end));
        if (head.refusal) {
            step.refusal = head.refusal;
            return step;
        }
        m_head.clear();
        m_bodyLeft = head.contentLength;
        chunk = chunk.sliced(end - before);
        // The client waits for `100 Continue` only while none of its body has come.
        step.sendContinue = head.expectsContinue && chunk.isEmpty();
        if (head.upgrade) {
            step.upgrade = true;
            m_upgraded = true; // what follows is WebSocket frames, not HTTP
        }
    }
    return step;
}

RequestFramer::Head RequestFramer::checkHead(QByteArrayView headBytes) const {
    Head head;
    QList<QByteArrayView> lines;
    for (QByteArrayView rest = headBytes; !rest.isEmpty();) {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
    }
    if (lines.isEmpty() || lines.front().count(' ') != 2 ||
        !(lines.front().endsWith(QByteArrayView("HTTP/1.1")) ||
          lines.front().endsWith(QByteArrayView("HTTP/1.0")))) {
        head.refusal = malformed(QStringLiteral("The request line is not HTTP/1.1"));
        return head;
    }
    const QByteArrayView requestLine = lines.front();
    const QByteArrayView method = requestLine.first(requestLine.indexOf(' '));
    QByteArrayView target = requestLine.sliced(method.size() + 1);
    target = target.first(target.indexOf(' '));
    qsizetype hosts = 0;
    QByteArrayView host;
    // Qt's server upgrades on these two together; each given once, so that what it reads
    // and what is read here cannot differ.
    std::optional<QByteArrayView> upgrade;
    std::optional<QByteArrayView> connection;
    std::optional<QByteArrayView> contentLength;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? line : line.first(colon);
        if (colon < 0 || !isToken(name)) {
            head.refusal = malformed(QStringLiteral("A header line is malformed"));
            return head;
        }
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (contentLength && *contentLength != value) {
                head.refusal = malformed(QStringLiteral("Content-Length is given twice"));
                return head;
            }
            contentLength = value;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = true;
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            ++hosts;
            host = value;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
                head.refusal =
                    refuse(417, Error::invalid({}, QStringLiteral("Only `Expect: 100-continue` "
                                                                  "is understood")));
                return head;
            }
            head.expectsContinue = true;
        } else if (name.compare("upgrade", Qt::CaseInsensitive) == 0 ||
                   name.compare("connection", Qt::CaseInsensitive) == 0) {
            const bool isUpgrade = name.compare("upgrade", Qt::CaseInsensitive) == 0;
            std::optional<QByteArrayView>& seen = isUpgrade ? upgrade : connection;
            if (seen) {
                head.refusal = malformed(isUpgrade ? QStringLiteral("Upgrade is given twice")
                                                   : QStringLiteral("Connection is given twice"));
                return head;
            }
            seen = value;
        }
    }
    const QString path = QString::fromLatin1(
        target.first(target.contains('?') ? target.indexOf('?') : target.size()));
    if (hosts != 1) {
        head.refusal = malformed(QStringLiteral("The request needs exactly one Host header"));
        return head;
    }
    if (!m_limits.hostNames.isEmpty() &&
        !m_limits.hostNames.contains(hostWithoutPort(host), Qt::CaseInsensitive)) {
        head.refusal =
            malformed(QStringLiteral("This hub does not answer to that Host name (an admin adds "
                                     "names with serve --server-name)"));
        return head;
    }
    if (chunked) {
        // Both framings at once is how requests are smuggled past a proxy.
        head.refusal = contentLength
                           ? malformed(QStringLiteral("Both Content-Length and "
                                                      "Transfer-Encoding are given"))
                           : refuse(411, Error::invalid({}, QStringLiteral("Send the body with a "
                                                                           "Content-Length")));
        return head;
    }
    if (contentLength) {
        bool isNumber = false;
        head.contentLength =
            QByteArray(contentLength->data(), contentLength->size()).toLongLong(&isNumber);
        if (!isNumber || head.contentLength < 0 ||
            !std::all_of(contentLength->begin(), contentLength->end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
            head.refusal = malformed(QStringLiteral("Content-Length is not a number"));
            return head;
        }
        const qsizetype limit = m_limits.fileBodyPath.match(path).hasMatch()
                                    ? m_limits.maxFileBodyBytes
                                    : m_limits.maxBodyBytes;
        if (head.contentLength > limit) {
            head.refusal = refuse(
                413,
                Error::tooLarge(QStringLiteral("The body is larger than %1 bytes").arg(limit)));
            return head;
        }
    }
    head.expectsContinue = head.expectsContinue && head.contentLength > 0;
    const bool asksToUpgrade = upgrade && connection && listsToken(*connection, "upgrade");
    if (asksToUpgrade) {
        if (method != QByteArrayView("GET") ||
            upgrade->compare("websocket", Qt::CaseInsensitive) != 0 ||
            !m_limits.webSocketPath.match(path).hasMatch()) {
            head.refusal = malformed(
                QStringLiteral("Only GET /api/live/sessions/{id}/ws and /api/console/events "
                               "upgrade, to a WebSocket"));
            return head;
        }
        head.upgrade = true;
    }
    return head;
}

} // namespace lectern::hub
