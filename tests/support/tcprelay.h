#pragma once

#include <QThread>

namespace lectern::test {

class RelayWorker;

// A TCP relay on loopback, on a thread of its own, that stands between a program and a real
// server (PostgreSQL) and can take the server away as an outage would: for tests of what the
// program does meanwhile. Its own thread keeps it relaying while the program under test
// blocks its thread on a call.
class TcpRelay {
public:
    enum class Mode {
        Forward, // pass everything through
        Refuse,  // end every connection and refuse new ones, as a stopped server does
        Hang,    // end every connection, then take new ones and never answer, as a host that
                 // has stopped responding does
    };

    TcpRelay(const QString& targetHost, quint16 targetPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay&) = delete;
    TcpRelay& operator=(const TcpRelay&) = delete;

    // Where to connect instead of the server; 0 when the relay could not listen.
    quint16 port() const { return m_port; }
    // Takes effect before this returns.
    void setMode(Mode mode);
    // Connections taken so far, in any mode but Refuse.
    int accepted() const;

private:
    QThread m_thread;
    RelayWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace lectern::test
