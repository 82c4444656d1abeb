#pragma once

#include "requestframer.h"

#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;

namespace lectern::hub {

// Watches one client connection on behalf of the hub's listener: frames the requests that
// arrive (refusing the ones the limits forbid before Qt's HTTP server buffers them), answers
// `Expect: 100-continue`, and keeps the time since the connection last made progress.
// A child of its socket, so it goes when the socket goes.
class ConnectionWatch : public QObject {
    Q_OBJECT

public:
    // `httpServer` is the object Qt's HTTP server connects the socket's signals to.
    ConnectionWatch(QTcpSocket* socket, const FramingLimits& limits, QObject* httpServer);

    QTcpSocket* socket() const;
    // Became a WebSocket: the live channel's pings look after it from then on.
    bool isUpgraded() const { return m_upgraded; }
    // Answered with a refusal; waiting briefly for the client to read it and hang up.
    bool isRefused() const { return m_refused; }
    // The hub is still working on the request's answer (a sign-in on the hashing pool): the
    // client is waiting on the hub, not the other way round, so the idle timeout waits too.
    bool isAnswerPending() const;
    // Milliseconds since the last answer, or since the current request's first byte.
    qint64 quietMilliseconds() const { return m_since.elapsed(); }

    // The connection whose bytes Qt's HTTP server is reading now. Valid only inside a route
    // handler, which Qt calls from the same readyRead as this watch's: Qt 6.4 gives handlers
    // no other way to learn their connection, and one that answers later needs to know when
    // it closes.
    static QTcpSocket* socketBeingRead();
    // While a request on `socket` is answered later, a client that sends another (HTTP
    // pipelining) is cut off: Qt 6.4 would parse it into the request still being answered,
    // and answer it first. Browsers and curl wait for each answer anyway.
    static void setAnswerPending(QTcpSocket* socket, bool pending);
    // Called by the live channel's route, which Qt calls on both of its paths: true when Qt
    // is handing `socket` over to its WebSocket server, which it does inside a read
    // transaction it rolls back (an ordinary request's is committed before its route runs).
    // The connection is then the live channel's, out of the idle timeout. Otherwise the
    // request asked for an upgrade Qt will not make, and the route must answer it.
    static bool confirmUpgrade(QTcpSocket* socket);
    // The answer being written is the connection's last: nothing more is read from it, and
    // it is cut shortly after.
    static void closeAfterAnswer(QTcpSocket* socket);

private:
    void onReadyRead();
    void refuse(const Refusal& refusal);

    RequestFramer m_framer;
    QObject* m_httpServer;
    QElapsedTimer m_since;
    bool m_refused = false;
    bool m_upgraded = false;
};

} // namespace lectern::hub
