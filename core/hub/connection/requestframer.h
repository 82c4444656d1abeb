#pragma once

#include "domain/error.h"
#include "hub/bodylimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace lectern::hub {

// What the framer checks before Qt's HTTP server gets to buffer a request.
struct FramingLimits {
    qsizetype maxHeadBytes = 16 * 1024;
    qsizetype maxBodyBytes = hub::maxBodyBytes;
    // The paths that take a file in their body (a console's roster or attendance report
    // import), their query aside, and how large such a body may be; none by default.
    QRegularExpression fileBodyPath{QStringLiteral("(?!)")};
    qsizetype maxFileBodyBytes = hub::maxFileBodyBytes;
    // Names the Host header may carry (compared without the port, case-insensitively);
    // empty lets any name through.
    QStringList hostNames;
    // The paths a request may upgrade to a WebSocket on (a session's live channel, for its
    // participants, and the consoles' channel), its query aside; an upgrade asked for
    // elsewhere is refused.
    QRegularExpression webSocketPath{
        QStringLiteral("^(/api/live/sessions/[^/]+/ws|/api/console/events)/?$")};
};

// A request the hub answers itself and then closes the connection.
struct Refusal {
    int status = 400;
    Error error;
};

// Follows the request heads in the bytes a client sends, chunk by chunk, and says what to do
// before Qt's HTTP server reads them: Qt 6.4's server buffers any body whole, answers no
// `Expect: 100-continue`, and takes any Host. Only framing is read here (request line, header
// names and values, Content-Length); Qt's own parser still reads every request it is given.
class RequestFramer {
public:
    struct Step {
        std::optional<Refusal> refusal; // answer this and close
        bool sendContinue = false;      // a head asked for `100 Continue` and may send its body
        // A head asked to become a WebSocket as Qt's server understands it (GET on the
        // live channel's path, `Upgrade: websocket`, `Connection: upgrade`): what follows
        // may be WebSocket frames, so framing stops here.
        bool upgrade = false;
    };

    explicit RequestFramer(FramingLimits limits)
        : m_limits(std::move(limits)) {}

    // Takes the next bytes the client sent.
    Step feed(QByteArrayView chunk);

    // True between requests: nothing of a next request has arrived yet.
    bool isIdle() const { return m_head.isEmpty() && m_bodyLeft == 0; }
    bool isUpgraded() const { return m_upgraded; }

private:
    struct Head {
        std::optional<Refusal> refusal;
        qint64 contentLength = 0;
        bool expectsContinue = false;
        bool upgrade = false;
    };
    Head checkHead(QByteArrayView head) const;

    FramingLimits m_limits;
    QByteArray m_head;     // the head received so far
    qint64 m_bodyLeft = 0; // body bytes of the current request still to come
    bool m_upgraded = false;
};

// "host:port", "[v6]:port" or "host" → the host, lower-case and without brackets.
QString hostWithoutPort(QByteArrayView hostHeader);

} // namespace lectern::hub
