#pragma once

#include <QString>

// The names of domain events, shared by publishers and every listener.
namespace lectern::events {

inline const QString sessionCreated = QStringLiteral("session.created");
inline const QString sessionUpdated = QStringLiteral("session.updated");
inline const QString sessionDeleted = QStringLiteral("session.deleted");
inline const QString sessionCancelled = QStringLiteral("session.cancelled");
inline const QString sessionStarted = QStringLiteral("session.started");
inline const QString sessionEnded = QStringLiteral("session.ended");
inline const QString participantJoined = QStringLiteral("participant.joined");
inline const QString participantLeft = QStringLiteral("participant.left");
inline const QString participantUpdated = QStringLiteral("participant.updated");
inline const QString chatCreated = QStringLiteral("chat.created");
inline const QString chatEdited = QStringLiteral("chat.edited");
inline const QString chatDeleted = QStringLiteral("chat.deleted");
inline const QString chatPinned = QStringLiteral("chat.pinned");
inline const QString chatLiked = QStringLiteral("chat.liked");
inline const QString questionAsked = QStringLiteral("question.asked");
inline const QString questionUpvoted = QStringLiteral("question.upvoted");
inline const QString questionAnswered = QStringLiteral("question.answered");
inline const QString questionDismissed = QStringLiteral("question.dismissed");
inline const QString questionFeatured = QStringLiteral("question.featured");
inline const QString pollCreated = QStringLiteral("poll.created");
inline const QString pollUpdated = QStringLiteral("poll.updated");
inline const QString pollDeleted = QStringLiteral("poll.deleted");
inline const QString pollStarted = QStringLiteral("poll.started");
inline const QString pollResults = QStringLiteral("poll.results");
inline const QString pollClosed = QStringLiteral("poll.closed");
inline const QString recordingCreated = QStringLiteral("recording.created");
inline const QString recordingViewed = QStringLiteral("recording.viewed");
inline const QString attendanceUpdated = QStringLiteral("attendance.updated");
// What a user may see changed (unenrolled, signed out, their role): entity is the user, session
// 0. The live channel checks that user's sockets again.
inline const QString accessChanged = QStringLiteral("access.changed");
// Team sync lost events while it was cut off from the database: listeners reload.
inline const QString syncLost = QStringLiteral("sync.lost");

} // namespace lectern::events
