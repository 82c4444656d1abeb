#pragma once

#include <QProcess>
#include <QString>

namespace lectern::load {

// A real `lectern-server serve` on a free loopback port, run as its own process so that the
// load generator's work does not count against it.
class HubProcess {
public:
    ~HubProcess();

    // Starts it on `databaseUrl` and waits (up to 30 s) until it says where it listens.
    bool start(const QString& databaseUrl, int maxConnections, QString* problem);
    quint16 port() const { return m_port; }
    // The most memory the hub has held (VmHWM), in MiB; 0 when unknown.
    double peakMemoryMiB() const;
    // CPU seconds the hub has used so far (user + system).
    double cpuSeconds() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace lectern::load
