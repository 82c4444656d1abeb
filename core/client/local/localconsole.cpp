#include "localconsole.h"

#include "calls/perform.h"
#include "client/forwardedcallsdefs.h"
#include "domain/try.h"
#include "hub/hubthread.h"
#include "onworker.h"
#include "rememberedsignin.h"

#include <QNetworkInterface>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <stop_token>

namespace lectern::client {
namespace {

// How students reach this machine: the address the hub listens on, or, when it listens on
// all of them, each IPv4 address that is not loopback (a laptop on wired and wireless
// networks has two); "localhost" only when there is no network at all.
QStringList reachableHosts(const QHostAddress& bound) {
    if (bound != QHostAddress::Any && bound != QHostAddress::AnyIPv4)
        return {bound.toString()};
    QStringList hosts;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            hosts << address.toString();
    }
    if (hosts.isEmpty())
        hosts << QStringLiteral("localhost");
    return hosts;
}

} // namespace

LocalConsole::LocalConsole(ServiceContext context, User user, HubPlacement placement,
                           QObject* parent)
    : ForwardedCalls(std::move(user), parent)
    , m_context(std::move(context))
    , m_placement(std::move(placement)) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &ConsoleApi::changed);
}

LocalConsole::~LocalConsole() = default;

template <typename Call, typename... A>
QFuture<wire::call::Outcome<Call>> LocalConsole::call(const A&... arguments) const {
    return onWorker(
        [context = m_context, user = user(), arguments = typename Call::Arguments{arguments...}] {
            return calls::performCall<Call>(context, user, arguments);
        });
}

QDateTime LocalConsole::now() const {
    return m_context.now();
}

QString LocalConsole::placeText() const {
    return m_context.database->url().displayString();
}

QFuture<void> LocalConsole::signOut() {
    return onWorker(
        [context = m_context] { RememberedSignIn(context, SecretStore::forThisUser()).forget(); });
}

bool LocalConsole::maySetAgoraKeys() const {
    return user().runsCourses();
}

Result<QString> LocalConsole::participantPage() {
    if (m_hub)
        return m_pageAddresses.first();
    // The console's own TeamSync already carries the hub's events to other processes.
    hub::HubConfig config;
    config.teamSync = false;
    auto served = std::make_unique<hub::HubThread>(m_context, config);
    LECTERN_TRY(const quint16 port, served->start(m_placement.address, m_placement.port));
    m_hub = std::move(served);
    for (const QString& host : reachableHosts(m_placement.address))
        m_pageAddresses << QStringLiteral("http://%1:%2/").arg(host).arg(port);
    return m_pageAddresses.first();
}

QStringList LocalConsole::participantPageAddresses() const {
    return m_pageAddresses;
}

void LocalConsole::stopServingPage() {
    m_hub.reset();
    m_pageAddresses.clear();
}

QFuture<Result<ExportedFile>> LocalConsole::exportCourse(const CourseExport& request) {
    return QtConcurrent::run(
        [context = m_context, user = user(), request](QPromise<Result<ExportedFile>>& promise) {
            // The report counts sessions and hears of a cancel through its ReportProgress.
            std::stop_source stop;
            reports::ReportProgress watch;
            watch.stop = stop.get_token();
            watch.progress = [&promise, &stop](int done, int total) {
                if (promise.isCanceled())
                    stop.request_stop();
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            promise.addResult(
                calls::perform(wire::call::ExportCourse{}, context, user, request, watch));
            Database::releaseThreadConnections();
        });
}

template class ForwardedCalls<LocalConsole>;

} // namespace lectern::client
