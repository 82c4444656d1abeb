#include "connectionwatch.h"

#include "plainresponse.h"

#include <QTcpSocket>

namespace lectern::hub {
namespace {
thread_local QTcpSocket* beingRead = nullptr;

constexpr char answerPending[] = "lectern_answer_pending";
} // namespace

QTcpSocket* ConnectionWatch::socketBeingRead() {
    return beingRead;
}

namespace {
ConnectionWatch* watchOf(QTcpSocket* socket) {
    return socket ? socket->findChild<ConnectionWatch*>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}
} // namespace

void ConnectionWatch::setAnswerPending(QTcpSocket* socket, bool pending) {
    socket->setProperty(answerPending, pending);
    // The answer is written now: the clock starts again, so the idle timeout cannot cut the
    // connection before the answer has left.
    if (ConnectionWatch* watch = watchOf(socket); watch && !pending)
        watch->m_since.restart();
}

bool ConnectionWatch::isAnswerPending() const {
    return socket()->property(answerPending).toBool();
}

bool ConnectionWatch::confirmUpgrade(QTcpSocket* socket) {
    ConnectionWatch* watch = watchOf(socket);
    if (!watch || !socket->isTransactionStarted())
        return false;
    watch->m_upgraded = true;
    return true;
}

void ConnectionWatch::closeAfterAnswer(QTcpSocket* socket) {
    ConnectionWatch* watch = watchOf(socket);
    if (!watch)
        return;
    disconnect(socket, &QIODevice::readyRead, watch->m_httpServer, nullptr);
    watch->m_refused = true;
    watch->m_since.restart();
}

ConnectionWatch::ConnectionWatch(QTcpSocket* socket, const FramingLimits& limits,
                                 QObject* httpServer)
    : QObject(socket)
    , m_framer(limits)
    , m_httpServer(httpServer) {
    m_since.start();
    // Connected before Qt's HTTP server connects its own, so this sees each chunk first.
    connect(socket, &QIODevice::readyRead, this, &ConnectionWatch::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] { m_since.restart(); });
}

QTcpSocket* ConnectionWatch::socket() const {
    return static_cast<QTcpSocket*>(parent());
}

void ConnectionWatch::onReadyRead() {
    QTcpSocket* client = socket();
    beingRead = client;
    if (m_refused) {
        client->readAll(); // discarded: the client is told, and then the socket closes
        return;
    }
    if (m_framer.isUpgraded())
        return; // Qt's server reads the rest, or the live channel's route ends it
    if (client->property(answerPending).toBool()) {
        client->abort(); // see setAnswerPending
        return;
    }
    if (m_framer.isIdle())
        m_since.restart(); // a new request's first bytes: it has the whole timeout
    // Qt's server reads everything each time it is signalled, so what is unread is new.
    const RequestFramer::Step step = m_framer.feed(client->peek(client->bytesAvailable()));
    if (step.refusal)
        refuse(*step.refusal);
    else if (step.sendContinue)
        client->write("HTTP/1.1 100 Continue\r\n\r\n");
    else if (step.upgrade)
        disconnect(client, &QIODevice::bytesWritten, this, nullptr); // no clock to keep now
}

void ConnectionWatch::refuse(const Refusal& refusal) {
    QTcpSocket* client = socket();
    // Qt's server never sees this request, nor what follows on this connection.
    disconnect(client, &QIODevice::readyRead, m_httpServer, nullptr);
    if (client->isTransactionStarted())
        client->commitTransaction(); // lets the buffer go
    client->readAll();
    client->write(plainErrorResponse(refusal.status, refusal.error));
    m_refused = true;
    m_since.restart();
}

} // namespace lectern::hub
