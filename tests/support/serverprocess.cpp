#include "serverprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

namespace lectern::test {

ServerProcess::~ServerProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QString& databaseUrl, const QStringList& options,
                          QString* problem) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_program,
                    QStringList{QStringLiteral("serve"), QStringLiteral("--database"), databaseUrl,
                                QStringLiteral("--port"), QStringLiteral("0")} +
                        options);
    static const QRegularExpression listening(QStringLiteral("on http://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray said;
    const bool started = QTest::qWaitFor(
        [&] {
            said += m_process.readAllStandardOutput();
            return listening.match(QString::fromUtf8(said)).hasMatch() ||
                   m_process.state() == QProcess::NotRunning;
        },
        30'000);
    const auto match = listening.match(QString::fromUtf8(said));
    if (!started || !match.hasMatch()) {
        *problem =
            QStringLiteral("lectern-server did not start: %1%2")
                .arg(QString::fromUtf8(said), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

double ServerProcess::peakMemoryMiB() const {
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double ServerProcess::cpuSeconds() const {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble(); // utime + stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace lectern::test
