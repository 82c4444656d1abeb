#include "localconsole.h"

#include "domain/try.h"
#include "hub/hubthread.h"
#include "onworker.h"
#include "platform/agorakeys.h"
#include "rememberedsignin.h"
#include "reports/attendanceimport.h"
#include "reports/courseattendance.h"
#include "reports/courseexport.h"
#include "reports/roster.h"
#include "services/access.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/views/chatview.h"
#include "services/views/coursesview.h"
#include "services/views/liveclassview.h"
#include "services/views/pollview.h"
#include "services/views/scheduleview.h"
#include "services/views/sessionrecordsview.h"
#include "services/views/standing.h"

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

template <typename Work> auto LocalConsole::run(Work work) const {
    return onWorker([context = m_context, user = user(), work = std::move(work)] {
        return work(context, user);
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
    return run([query](const ServiceContext& context, const User& user) {
        return SessionService(context).listSessions(user, views::sessionFilter(user, query));
    });
}

QFuture<Result<Schedule>> LocalConsole::schedule(const SessionQuery& query) {
    return run([query](const ServiceContext& context, const User& user) {
        return views::readSchedule(context, user, query);
    });
}

QFuture<Result<ScheduledSession>> LocalConsole::saveSession(const LiveSession& draft) {
    return run([draft](const ServiceContext& context, const User& user) {
        SessionService sessions(context);
        return draft.id ? sessions.updateLiveSession(user, draft.id, draft)
                        : sessions.createLiveSession(user, draft);
    });
}

QFuture<Result<SessionRemoval>> LocalConsole::previewRemoval(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).previewRemoval(user, sessionId);
    });
}

QFuture<Result<SessionRemoval>> LocalConsole::deleteSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).removeLiveSession(user, sessionId, false);
    });
}

QFuture<Result<LiveSession>> LocalConsole::cancelSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).cancelLiveSession(user, sessionId);
    });
}

QFuture<Result<LiveSession>> LocalConsole::startSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).startLiveSession(user, sessionId);
    });
}

QFuture<Result<SessionRecords>> LocalConsole::sessionRecords(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return views::readSessionRecords(context, user, sessionId);
    });
}

QFuture<Result<SessionRecording>> LocalConsole::createRecording(Id sessionId,
                                                                const RecordingDraft& draft) {
    return run([sessionId, draft](const ServiceContext& context, const User& user) {
        return RecordingService(context).createRecording(user, sessionId, draft);
    });
}

QFuture<Result<RecordingView>> LocalConsole::trackRecordingView(Id recordingId,
                                                                const ViewProgress& progress) {
    return run([recordingId, progress](const ServiceContext& context, const User& user) {
        return RecordingService(context).trackRecordingView(user, recordingId, progress);
    });
}

QFuture<Result<SessionAttendance>>
LocalConsole::verifyAttendance(Id attendanceId, AttendanceStatus status, const QString& notes) {
    return run([attendanceId, status, notes](const ServiceContext& context, const User& user) {
        return AttendanceService(context).verifyAttendance(user, attendanceId, status, notes);
    });
}

QFuture<Result<QList<AttendanceChange>>> LocalConsole::attendanceHistory(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return AttendanceService(context).attendanceHistory(user, sessionId);
    });
}

QFuture<Result<AttendanceImport>>
LocalConsole::importAttendance(Id sessionId, const QByteArray& report,
                               const AttendanceImportOptions& options) {
    return run([sessionId, report, options](const ServiceContext& context, const User& user) {
        return reports::importPlatformAttendance(context, user, sessionId, report, options);
    });
}

QFuture<Result<LiveClass>> LocalConsole::liveClass() {
    return run([](const ServiceContext& context, const User& user) {
        return views::readLiveClass(context, user);
    });
}

QFuture<Result<LiveSession>> LocalConsole::endSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).endLiveSession(user, sessionId);
    });
}

QFuture<Result<SessionParticipant>> LocalConsole::setBanned(Id participantId, bool banned) {
    return run([participantId, banned](const ServiceContext& context, const User& user) {
        return ParticipationService(context).setBanned(user, participantId, banned);
    });
}

QFuture<Result<SessionParticipant>> LocalConsole::setModerator(Id participantId, bool moderator) {
    return run([participantId, moderator](const ServiceContext& context, const User& user) {
        return ParticipationService(context).setModerator(user, participantId, moderator);
    });
}

QFuture<Result<AgoraJoin>> LocalConsole::agoraJoin(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) -> Result<AgoraJoin> {
        LECTERN_TRY(const SessionInContext loaded, views::readStanding(context, user, sessionId));
        LECTERN_CHECK(requireManager(loaded.access, QStringLiteral("join it as its host")));
        const LiveSession& session = loaded.session;
        if (session.platform != Platform::Agora)
            return std::unexpected(Error::conflict(
                QStringLiteral("This session is not on Agora; join it by its meeting link")));
        // The keys are this computer's: kept in its keychain, never in the database.
        LECTERN_TRY(const std::optional<AgoraKeys> keys,
                    platform::AgoraKeyStore(SecretStore::forThisUser()).load());
        if (!keys)
            return std::unexpected(Error::notFound(
                QStringLiteral("Add the Agora app id and certificate first (File ▸ Agora keys…)")));
        return platform::agoraJoinFor(*keys, session, static_cast<quint32>(user.id), context.now());
    });
}

QFuture<Result<std::optional<AgoraKeys>>> LocalConsole::agoraKeys() {
    // The keychain can take a moment to answer: read off the UI thread.
    return run([](const ServiceContext&, const User&) {
        return platform::AgoraKeyStore(SecretStore::forThisUser()).load();
    });
}

QFuture<Status> LocalConsole::saveAgoraKeys(const AgoraKeys& keys) {
    return run([keys](const ServiceContext&, const User&) {
        return platform::AgoraKeyStore(SecretStore::forThisUser()).save(keys);
    });
}

QFuture<Status> LocalConsole::forgetAgoraKeys() {
    return run([](const ServiceContext&, const User&) {
        return platform::AgoraKeyStore(SecretStore::forThisUser()).forget();
    });
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
    return run([sessionId, query](const ServiceContext& context, const User& user) {
        return views::readChatPage(context, user, sessionId, query);
    });
}

QFuture<Result<LiveChatMessage>> LocalConsole::sendChat(Id sessionId, const ChatDraft& draft) {
    return run([sessionId, draft](const ServiceContext& context, const User& user) {
        return ChatService(context).sendChatMessage(user, sessionId, draft);
    });
}

QFuture<Result<LiveChatMessage>> LocalConsole::likeChat(Id messageId) {
    return run([messageId](const ServiceContext& context, const User& user) {
        return ChatService(context).likeChatMessage(user, messageId);
    });
}

QFuture<Result<LiveChatMessage>> LocalConsole::pinChat(Id messageId, bool pinned) {
    return run([messageId, pinned](const ServiceContext& context, const User& user) {
        return ChatService(context).setPinned(user, messageId, pinned);
    });
}

QFuture<Result<LiveChatMessage>> LocalConsole::deleteChat(Id messageId) {
    return run([messageId](const ServiceContext& context, const User& user) {
        return ChatService(context).deleteChatMessage(user, messageId);
    });
}

QFuture<Result<SessionParticipant>> LocalConsole::banFromSession(Id sessionId, Id userId) {
    return run([sessionId, userId](const ServiceContext& context, const User& user) {
        return views::banFromSession(context, user, sessionId, userId);
    });
}

QFuture<Result<QuestionBoard>> LocalConsole::questionBoard(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return views::readQuestionBoard(context, user, sessionId);
    });
}

QFuture<Result<LiveQuestion>> LocalConsole::answerQuestion(Id questionId, const QString& answer) {
    return run([questionId, answer](const ServiceContext& context, const User& user) {
        return QuestionService(context).answerQuestion(user, questionId, answer);
    });
}

QFuture<Result<LiveQuestion>> LocalConsole::dismissQuestion(Id questionId) {
    return run([questionId](const ServiceContext& context, const User& user) {
        return QuestionService(context).dismissQuestion(user, questionId);
    });
}

QFuture<Result<LiveQuestion>> LocalConsole::featureQuestion(Id questionId, bool featured) {
    return run([questionId, featured](const ServiceContext& context, const User& user) {
        return QuestionService(context).setFeatured(user, questionId, featured);
    });
}

QFuture<Result<PollBoard>> LocalConsole::pollBoard(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return views::readPollBoard(context, user, sessionId);
    });
}

QFuture<Result<PollDetail>> LocalConsole::pollDetail(Id sessionId, Id pollId) {
    return run([sessionId, pollId](const ServiceContext& context, const User& user) {
        return views::readPollDetail(context, user, sessionId, pollId);
    });
}

QFuture<Result<CreatedPoll>> LocalConsole::createPoll(Id sessionId, const PollDraft& draft,
                                                      bool startNow) {
    return run([sessionId, draft, startNow](const ServiceContext& context, const User& user) {
        return views::createPoll(context, user, sessionId, draft, startNow);
    });
}

QFuture<Result<LivePoll>> LocalConsole::startPoll(Id pollId) {
    return run([pollId](const ServiceContext& context, const User& user) {
        return PollService(context).startPoll(user, pollId);
    });
}

QFuture<Result<LivePoll>> LocalConsole::closePoll(Id pollId) {
    return run([pollId](const ServiceContext& context, const User& user) {
        return PollService(context).closePoll(user, pollId);
    });
}

QFuture<Result<QList<Course>>> LocalConsole::reportCourses() {
    return run([](const ServiceContext& context, const User& user) {
        return views::coursesRunBy(context, user);
    });
}

QFuture<Result<CourseDashboard>> LocalConsole::courseDashboard(Id courseId, const DateRange& range,
                                                               double requiredShare) {
    return run([courseId, range, requiredShare](const ServiceContext& context, const User& user) {
        return reports::readCourseDashboard(context, user, courseId, range, requiredShare);
    });
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
            promise.addResult(reports::exportCourse(context, user, request, watch));
            Database::releaseThreadConnections();
        });
}

QFuture<Result<Roster>> LocalConsole::readRoster(const QByteArray& file) {
    return run([file](const ServiceContext&, const User&) -> Result<Roster> {
        return reports::readRoster(file);
    });
}

QFuture<Result<RosterOutcome>> LocalConsole::importRoster(Id courseId, const QByteArray& file,
                                                          bool skipBadLines) {
    return run([courseId, file, skipBadLines](const ServiceContext& context, const User& user) {
        return reports::importRosterFile(context, user, courseId, file, skipBadLines);
    });
}

} // namespace lectern::client
