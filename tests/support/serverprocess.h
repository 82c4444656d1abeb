#pragma once

#include <QProcess>
#include <QString>

namespace lectern::test {

// A real `lectern-server serve` (the executable at `program`) on a free loopback port, as its
// own process: for tests of several hubs, and for the load generator, whose work must not
// count against the hub's.
class ServerProcess {
public:
    explicit ServerProcess(QString program)
        : m_program(std::move(program)) {}
    ~ServerProcess();

    // Starts `serve` on `databaseUrl` with `options` and waits (up to 30 s) until it says
    // where it listens; false with `problem` filled in when it does not.
    bool start(const QString& databaseUrl, const QStringList& options, QString* problem);
    quint16 port() const { return m_port; }
    // The most memory the hub has held (VmHWM), in MiB; 0 when unknown.
    double peakMemoryMiB() const;
    // CPU seconds the hub has used so far (user + system).
    double cpuSeconds() const;

private:
    QString m_program;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace lectern::test
