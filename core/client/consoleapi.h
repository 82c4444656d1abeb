#pragma once

#include "domain/agorajoin.h"
#include "domain/agorakeys.h"
#include "domain/attendanceimport.h"
#include "domain/domainevent.h"
#include "domain/error.h"
#include "domain/livesession.h"
#include "domain/sessionchanges.h"
#include "domain/sessionquery.h"
#include "domain/views/chatpage.h"
#include "domain/views/coursedashboard.h"
#include "domain/views/courseexport.h"
#include "domain/views/liveclass.h"
#include "domain/views/pollboard.h"
#include "domain/views/questionboard.h"
#include "domain/views/rosterimport.h"
#include "domain/views/schedule.h"
#include "domain/views/sessionrecords.h"

#include <QFuture>
#include <QObject>

namespace lectern::client {

// The console's one door to Lectern: reads shaped for its views, the commands it gives, and
// the events of the sessions its user can see. Every call returns at once; its future
// finishes when the answer is there (from a worker thread on this computer, or from the
// server). The core decides what the user may do: a refusal comes back as an Error with a
// message for the person, and views carry the user's rights so the console offers only what
// they allow.
class ConsoleApi : public QObject {
    Q_OBJECT

public:
    explicit ConsoleApi(User user, QObject* parent = nullptr);

    const User& user() const { return m_user; }
    virtual QDateTime now() const = 0;
    // Where the data is, for the status bar: a file on this computer, or a server.
    virtual QString placeText() const = 0;

    // Ends the user's sign-in here: a sign-in kept for the next start is forgotten too.
    virtual QFuture<void> signOut() = 0;

    // Sessions the user may see, newest scheduled start last.
    virtual QFuture<Result<QList<LiveSession>>> sessions(const SessionQuery& query) = 0;

    // The Schedule tab: the sessions of `query`, and what the user may do with them.
    virtual QFuture<Result<Schedule>> schedule(const SessionQuery& query) = 0;
    // Schedules `draft` (id 0) or changes the session it names.
    virtual QFuture<Result<ScheduledSession>> saveSession(const LiveSession& draft) = 0;
    // What deleting the session would do, or did: archive it (it ended with attendance), or
    // remove it with what it holds.
    virtual QFuture<Result<SessionRemoval>> previewRemoval(Id sessionId) = 0;
    virtual QFuture<Result<SessionRemoval>> deleteSession(Id sessionId) = 0;
    virtual QFuture<Result<LiveSession>> cancelSession(Id sessionId) = 0;
    virtual QFuture<Result<LiveSession>> startSession(Id sessionId) = 0;

    // The Live tab: the session live now (or the next one the user runs) and its roster.
    virtual QFuture<Result<LiveClass>> liveClass() = 0;
    // Ends the session for everyone and writes its attendance.
    virtual QFuture<Result<LiveSession>> endSession(Id sessionId) = 0;
    virtual QFuture<Result<SessionParticipant>> setBanned(Id participantId, bool banned) = 0;
    virtual QFuture<Result<SessionParticipant>> setModerator(Id participantId, bool moderator) = 0;
    // The Agora channel and a fresh token for the host of a session they run.
    virtual QFuture<Result<AgoraJoin>> agoraJoin(Id sessionId) = 0;
    // The Agora project's keys that host tokens are signed with, kept where the sessions are
    // run from (this computer's keychain, or the server).
    virtual QFuture<Result<std::optional<AgoraKeys>>> agoraKeys() = 0;
    // Whether the user sets those keys: on this computer whoever runs courses; on a server its
    // admins (the certificate never leaves it; agoraKeys() there gives the app id only).
    virtual bool maySetAgoraKeys() const = 0;
    // Checks both are 32 hexadecimal digits (Invalid naming the field), then keeps them.
    virtual QFuture<Status> saveAgoraKeys(const AgoraKeys& keys) = 0;
    virtual QFuture<Status> forgetAgoraKeys() = 0;
    // Where students join while a session the user runs is live. On this computer the console
    // serves the page itself, from the first call until stopServingPage().
    virtual Result<QString> participantPage() = 0;
    // Every address the page is served at, participantPage()'s first: one per network this
    // computer is on when it serves them all (never loopback then). Empty while not served.
    virtual QStringList participantPageAddresses() const = 0;
    virtual void stopServingPage() = 0;

    // The Moderation tab: the session's chat, part by part, and its questions.
    virtual QFuture<Result<ChatPage>> chatPage(Id sessionId, const ChatQuery& query) = 0;
    virtual QFuture<Result<LiveChatMessage>> sendChat(Id sessionId, const ChatDraft& draft) = 0;
    virtual QFuture<Result<LiveChatMessage>> likeChat(Id messageId) = 0;
    virtual QFuture<Result<LiveChatMessage>> pinChat(Id messageId, bool pinned) = 0;
    virtual QFuture<Result<LiveChatMessage>> deleteChat(Id messageId) = 0;
    // Bans the user (a chat message's author) from the session.
    virtual QFuture<Result<SessionParticipant>> banFromSession(Id sessionId, Id userId) = 0;
    virtual QFuture<Result<QuestionBoard>> questionBoard(Id sessionId) = 0;
    virtual QFuture<Result<LiveQuestion>> answerQuestion(Id questionId, const QString& answer) = 0;
    virtual QFuture<Result<LiveQuestion>> dismissQuestion(Id questionId) = 0;
    virtual QFuture<Result<LiveQuestion>> featureQuestion(Id questionId, bool featured) = 0;

    // The Polls tab.
    virtual QFuture<Result<PollBoard>> pollBoard(Id sessionId) = 0;
    virtual QFuture<Result<PollDetail>> pollDetail(Id sessionId, Id pollId) = 0;
    virtual QFuture<Result<CreatedPoll>> createPoll(Id sessionId, const PollDraft& draft,
                                                    bool startNow) = 0;
    // A draft rewritten, or deleted (a poll that has started stays as it is).
    virtual QFuture<Result<LivePoll>> updatePoll(Id pollId, const PollDraft& draft) = 0;
    virtual QFuture<Result<LivePoll>> deletePoll(Id pollId) = 0;
    virtual QFuture<Result<LivePoll>> startPoll(Id pollId) = 0;
    virtual QFuture<Result<LivePoll>> closePoll(Id pollId) = 0;

    // The Reports tab: the courses the user runs, and a course's dashboard.
    virtual QFuture<Result<QList<Course>>> reportCourses() = 0;
    virtual QFuture<Result<CourseDashboard>> courseDashboard(Id courseId, const DateRange& range,
                                                             double requiredShare) = 0;
    // A course's report as a file. The future tells its progress (sessions read, of the
    // progress range) and stops when cancelled: it then finishes without a result.
    virtual QFuture<Result<ExportedFile>> exportCourse(const CourseExport& request) = 0;
    // What a roster file holds (its people and bad lines), and enrolling them in a course.
    virtual QFuture<Result<Roster>> readRoster(const QByteArray& file) = 0;
    virtual QFuture<Result<RosterOutcome>> importRoster(Id courseId, const QByteArray& file,
                                                        bool skipBadLines) = 0;

    // Recordings and attendance of an ended session.
    virtual QFuture<Result<SessionRecords>> sessionRecords(Id sessionId) = 0;
    virtual QFuture<Result<SessionRecording>> createRecording(Id sessionId,
                                                              const RecordingDraft& draft) = 0;
    virtual QFuture<Result<RecordingView>> trackRecordingView(Id recordingId,
                                                              const ViewProgress& progress) = 0;
    virtual QFuture<Result<SessionAttendance>>
    verifyAttendance(Id attendanceId, AttendanceStatus status, const QString& notes) = 0;
    virtual QFuture<Result<QList<AttendanceChange>>> attendanceHistory(Id sessionId) = 0;
    // Previews a platform's attendance report, or merges it with `options.apply`.
    virtual QFuture<Result<AttendanceImport>>
    importAttendance(Id sessionId, const QByteArray& report,
                     const AttendanceImportOptions& options) = 0;

Q_SIGNALS:
    // Something changed in a session the user can see (or in the list of sessions).
    void changed(const lectern::DomainEvent& event);
    // The server went out of reach (false, with why) or came back (true). A console on this
    // computer is always in reach.
    void reachabilityChanged(bool reachable, const QString& detail);
    // The server no longer takes the user's sign-in (it expired, or they were signed out
    // elsewhere): the console asks them to sign in again.
    void signInEnded(const QString& reason);

private:
    User m_user;
};

} // namespace lectern::client
