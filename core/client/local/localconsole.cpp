#include "localconsole.h"

#include "calls/perform.h"
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
// all of them, the first that is not loopback.
QString reachableHost(const QHostAddress& bound) {
    if (bound != QHostAddress::Any && bound != QHostAddress::AnyIPv4)
        return bound.toString();
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return QStringLiteral("localhost");
}

} // namespace

LocalConsole::LocalConsole(ServiceContext context, User user, HubPlacement placement,
                           QObject* parent)
    : ConsoleApi(std::move(user), parent)
    , m_context(std::move(context))
    , m_placement(std::move(placement)) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &ConsoleApi::changed);
}

LocalConsole::~LocalConsole() = default;

template <typename Call, typename... A> auto LocalConsole::call(const A&... arguments) const {
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

QFuture<Result<QList<LiveSession>>> LocalConsole::sessions(const SessionQuery& query) {
    return call<wire::call::Sessions>(query);
}

QFuture<Result<Schedule>> LocalConsole::schedule(const SessionQuery& query) {
    return call<wire::call::ScheduleView>(query);
}

QFuture<Result<ScheduledSession>> LocalConsole::saveSession(const LiveSession& draft) {
    return call<wire::call::SaveSession>(draft);
}

QFuture<Result<SessionRemoval>> LocalConsole::previewRemoval(Id sessionId) {
    return call<wire::call::PreviewRemoval>(sessionId);
}

QFuture<Result<SessionRemoval>> LocalConsole::deleteSession(Id sessionId) {
    return call<wire::call::DeleteSession>(sessionId);
}

QFuture<Result<LiveSession>> LocalConsole::cancelSession(Id sessionId) {
    return call<wire::call::CancelSession>(sessionId);
}

QFuture<Result<LiveSession>> LocalConsole::startSession(Id sessionId) {
    return call<wire::call::StartSession>(sessionId);
}

QFuture<Result<SessionRecords>> LocalConsole::sessionRecords(Id sessionId) {
    return call<wire::call::SessionRecordsView>(sessionId);
}

QFuture<Result<SessionRecording>> LocalConsole::createRecording(Id sessionId,
                                                                const RecordingDraft& draft) {
    return call<wire::call::CreateRecording>(sessionId, draft);
}

QFuture<Result<RecordingView>> LocalConsole::trackRecordingView(Id recordingId,
                                                                const ViewProgress& progress) {
    return call<wire::call::TrackRecordingView>(recordingId, progress);
}

QFuture<Result<SessionAttendance>>
LocalConsole::verifyAttendance(Id attendanceId, AttendanceStatus status, const QString& notes) {
    return call<wire::call::VerifyAttendance>(attendanceId, status, notes);
}

QFuture<Result<QList<AttendanceChange>>> LocalConsole::attendanceHistory(Id sessionId) {
    return call<wire::call::AttendanceHistory>(sessionId);
}

QFuture<Result<AttendanceImport>>
LocalConsole::importAttendance(Id sessionId, const QByteArray& report,
                               const AttendanceImportOptions& options) {
    return call<wire::call::ImportAttendance>(sessionId, report, options);
}

QFuture<Result<LiveClass>> LocalConsole::liveClass() {
    return call<wire::call::LiveClassView>();
}

QFuture<Result<LiveSession>> LocalConsole::endSession(Id sessionId) {
    return call<wire::call::EndSession>(sessionId);
}

QFuture<Result<SessionParticipant>> LocalConsole::setBanned(Id participantId, bool banned) {
    return call<wire::call::SetBanned>(participantId, banned);
}

QFuture<Result<SessionParticipant>> LocalConsole::setModerator(Id participantId, bool moderator) {
    return call<wire::call::SetModerator>(participantId, moderator);
}

QFuture<Result<AgoraJoin>> LocalConsole::agoraJoin(Id sessionId) {
    return call<wire::call::AgoraJoinFor>(sessionId);
}

QFuture<Result<std::optional<AgoraKeys>>> LocalConsole::agoraKeys() {
    return call<wire::call::AgoraKeysKept>();
}

QFuture<Status> LocalConsole::saveAgoraKeys(const AgoraKeys& keys) {
    return call<wire::call::SaveAgoraKeys>(keys);
}

QFuture<Status> LocalConsole::forgetAgoraKeys() {
    return call<wire::call::ForgetAgoraKeys>();
}

Result<QString> LocalConsole::participantPage() {
    if (m_hub)
        return m_pageAddress;
    // The console's own TeamSync already carries the hub's events to other processes.
    hub::HubConfig config;
    config.teamSync = false;
    auto served = std::make_unique<hub::HubThread>(m_context, config);
    LECTERN_TRY(const quint16 port, served->start(m_placement.address, m_placement.port));
    m_hub = std::move(served);
    m_pageAddress =
        QStringLiteral("http://%1:%2/").arg(reachableHost(m_placement.address)).arg(port);
    return m_pageAddress;
}

void LocalConsole::stopServingPage() {
    m_hub.reset();
    m_pageAddress.clear();
}

QFuture<Result<ChatPage>> LocalConsole::chatPage(Id sessionId, const ChatQuery& query) {
    return call<wire::call::ChatPageView>(sessionId, query);
}

QFuture<Result<LiveChatMessage>> LocalConsole::sendChat(Id sessionId, const ChatDraft& draft) {
    return call<wire::call::SendChat>(sessionId, draft);
}

QFuture<Result<LiveChatMessage>> LocalConsole::likeChat(Id messageId) {
    return call<wire::call::LikeChat>(messageId);
}

QFuture<Result<LiveChatMessage>> LocalConsole::pinChat(Id messageId, bool pinned) {
    return call<wire::call::PinChat>(messageId, pinned);
}

QFuture<Result<LiveChatMessage>> LocalConsole::deleteChat(Id messageId) {
    return call<wire::call::DeleteChat>(messageId);
}

QFuture<Result<SessionParticipant>> LocalConsole::banFromSession(Id sessionId, Id userId) {
    return call<wire::call::BanFromSession>(sessionId, userId);
}

QFuture<Result<QuestionBoard>> LocalConsole::questionBoard(Id sessionId) {
    return call<wire::call::QuestionBoardView>(sessionId);
}

QFuture<Result<LiveQuestion>> LocalConsole::answerQuestion(Id questionId, const QString& answer) {
    return call<wire::call::AnswerQuestion>(questionId, answer);
}

QFuture<Result<LiveQuestion>> LocalConsole::dismissQuestion(Id questionId) {
    return call<wire::call::DismissQuestion>(questionId);
}

QFuture<Result<LiveQuestion>> LocalConsole::featureQuestion(Id questionId, bool featured) {
    return call<wire::call::FeatureQuestion>(questionId, featured);
}

QFuture<Result<PollBoard>> LocalConsole::pollBoard(Id sessionId) {
    return call<wire::call::PollBoardView>(sessionId);
}

QFuture<Result<PollDetail>> LocalConsole::pollDetail(Id sessionId, Id pollId) {
    return call<wire::call::PollDetailView>(sessionId, pollId);
}

QFuture<Result<CreatedPoll>> LocalConsole::createPoll(Id sessionId, const PollDraft& draft,
                                                      bool startNow) {
    return call<wire::call::CreatePoll>(sessionId, draft, startNow);
}

QFuture<Result<LivePoll>> LocalConsole::startPoll(Id pollId) {
    return call<wire::call::StartPoll>(pollId);
}

QFuture<Result<LivePoll>> LocalConsole::closePoll(Id pollId) {
    return call<wire::call::ClosePoll>(pollId);
}

QFuture<Result<QList<Course>>> LocalConsole::reportCourses() {
    return call<wire::call::ReportCourses>();
}

QFuture<Result<CourseDashboard>> LocalConsole::courseDashboard(Id courseId, const DateRange& range,
                                                               double requiredShare) {
    return call<wire::call::CourseDashboardView>(courseId, range, requiredShare);
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

QFuture<Result<Roster>> LocalConsole::readRoster(const QByteArray& file) {
    return call<wire::call::ReadRoster>(file);
}

QFuture<Result<RosterOutcome>> LocalConsole::importRoster(Id courseId, const QByteArray& file,
                                                          bool skipBadLines) {
    return call<wire::call::ImportRoster>(courseId, file, skipBadLines);
}

} // namespace lectern::client
