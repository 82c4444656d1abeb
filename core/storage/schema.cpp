#include "schema.h"

namespace lectern::schema {

namespace {
QStringList version1() {
    return {
        QStringLiteral(R"(CREATE TABLE users (
            id {ID},
            email TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            role TEXT NOT NULL CHECK (role IN ('student', 'instructor', 'ta', 'admin')),
            password_hash TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE courses (
            id {ID},
            title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
            instructor_id BIGINT NOT NULL REFERENCES users (id),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE enrollments (
            id {ID},
            course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            UNIQUE (course_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE live_sessions (
            id {ID},
            course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
            instructor_id BIGINT NOT NULL REFERENCES users (id),
            title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
            description TEXT NOT NULL DEFAULT '',
            session_type TEXT NOT NULL
                CHECK (session_type IN ('class', 'workshop', 'webinar', 'qa', 'office_hours')),
            scheduled_start BIGINT NOT NULL,
            scheduled_end BIGINT NOT NULL,
            actual_start BIGINT,
            actual_end BIGINT,
            platform TEXT NOT NULL CHECK (platform IN ('agora', 'zoom', 'meet', 'teams', 'custom')),
            meeting_link TEXT NOT NULL DEFAULT '',
            meeting_id TEXT NOT NULL DEFAULT '',
            meeting_password TEXT NOT NULL DEFAULT '',
            stream_key TEXT NOT NULL DEFAULT '',
            channel_name TEXT NOT NULL DEFAULT '',
            max_participants INTEGER NOT NULL CHECK (max_participants BETWEEN 1 AND 100000),
            enable_chat {BOOL} NOT NULL,
            enable_qa {BOOL} NOT NULL,
            enable_polls {BOOL} NOT NULL,
            enable_recording {BOOL} NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('scheduled', 'live', 'ended', 'cancelled')),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            CHECK (scheduled_end > scheduled_start),
            CHECK (actual_end IS NULL OR actual_end >= actual_start)))"),
        QStringLiteral(R"(CREATE TABLE session_participants (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('registered', 'joined', 'left', 'banned')),
            joined_at BIGINT,
            left_at BIGINT,
            stint_started_at BIGINT,
            duration_seconds BIGINT NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
            chat_messages_count INTEGER NOT NULL DEFAULT 0 CHECK (chat_messages_count >= 0),
            questions_asked INTEGER NOT NULL DEFAULT 0 CHECK (questions_asked >= 0),
            polls_answered INTEGER NOT NULL DEFAULT 0 CHECK (polls_answered >= 0),
            can_unmute {BOOL} NOT NULL DEFAULT FALSE,
            can_share_screen {BOOL} NOT NULL DEFAULT FALSE,
            is_moderator {BOOL} NOT NULL DEFAULT FALSE,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (session_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE live_chat_messages (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            content TEXT NOT NULL CHECK (length(content) <= 4000),
            message_type TEXT NOT NULL CHECK (message_type IN ('text', 'emoji', 'file', 'system')),
            file_url TEXT NOT NULL DEFAULT '',
            is_pinned {BOOL} NOT NULL DEFAULT FALSE,
            is_deleted {BOOL} NOT NULL DEFAULT FALSE,
            is_edited {BOOL} NOT NULL DEFAULT FALSE,
            reply_to BIGINT REFERENCES live_chat_messages (id) ON DELETE SET NULL,
            likes_count INTEGER NOT NULL DEFAULT 0 CHECK (likes_count >= 0),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE chat_message_likes (
            message_id BIGINT NOT NULL REFERENCES live_chat_messages (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (message_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE live_questions (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
            answer TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('pending', 'answered', 'dismissed')),
            is_anonymous {BOOL} NOT NULL DEFAULT FALSE,
            upvotes INTEGER NOT NULL DEFAULT 0 CHECK (upvotes >= 0),
            is_featured {BOOL} NOT NULL DEFAULT FALSE,
            answered_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
            answered_at BIGINT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE question_upvotes (
            question_id BIGINT NOT NULL REFERENCES live_questions (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (question_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE live_polls (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            created_by BIGINT NOT NULL REFERENCES users (id),
            question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
            allow_multiple_answers {BOOL} NOT NULL,
            show_results_immediately {BOOL} NOT NULL,
            is_anonymous {BOOL} NOT NULL,
            duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
            started_at BIGINT,
            ends_at BIGINT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE poll_options (
            id {ID},
            poll_id BIGINT NOT NULL REFERENCES live_polls (id) ON DELETE CASCADE,
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
            display_order INTEGER NOT NULL,
            votes_count INTEGER NOT NULL DEFAULT 0 CHECK (votes_count >= 0),
            UNIQUE (poll_id, text),
            UNIQUE (id, poll_id)))"),
        // One row per user per poll: a ballot, single or multiple choice, is cast once.
        QStringLiteral(R"(CREATE TABLE poll_ballots (
            poll_id BIGINT NOT NULL REFERENCES live_polls (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (poll_id, user_id)))"),
        // The option must belong to the poll: the composite key makes another poll's id fail.
        QStringLiteral(R"(CREATE TABLE poll_votes (
            id {ID},
            poll_id BIGINT NOT NULL,
            option_id BIGINT NOT NULL,
            user_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            FOREIGN KEY (option_id, poll_id) REFERENCES poll_options (id, poll_id) ON DELETE CASCADE,
            FOREIGN KEY (poll_id, user_id) REFERENCES poll_ballots (poll_id, user_id)
                ON DELETE CASCADE,
            UNIQUE (poll_id, option_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE session_recordings (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
            description TEXT NOT NULL DEFAULT '',
            video_url TEXT NOT NULL CHECK (length(video_url) >= 1),
            thumbnail_url TEXT NOT NULL DEFAULT '',
            duration_seconds BIGINT NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
            file_size_mb {REAL} NOT NULL DEFAULT 0 CHECK (file_size_mb >= 0),
            processing_status TEXT NOT NULL
                CHECK (processing_status IN ('pending', 'processing', 'ready', 'failed')),
            is_public {BOOL} NOT NULL DEFAULT FALSE,
            requires_enrollment {BOOL} NOT NULL DEFAULT TRUE,
            views_count INTEGER NOT NULL DEFAULT 0 CHECK (views_count >= 0),
            downloads_count INTEGER NOT NULL DEFAULT 0 CHECK (downloads_count >= 0),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE recording_views (
            id {ID},
            recording_id BIGINT NOT NULL REFERENCES session_recordings (id) ON DELETE CASCADE,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            watch_duration_seconds BIGINT NOT NULL DEFAULT 0 CHECK (watch_duration_seconds >= 0),
            last_position_seconds BIGINT NOT NULL DEFAULT 0 CHECK (last_position_seconds >= 0),
            completed {BOOL} NOT NULL DEFAULT FALSE,
            device_type TEXT NOT NULL DEFAULT '',
            browser TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (recording_id, user_id)))"),
        QStringLiteral(R"(CREATE TABLE session_attendance (
            id {ID},
            session_id BIGINT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
            participant_id BIGINT NOT NULL UNIQUE
                REFERENCES session_participants (id) ON DELETE CASCADE,
            marked_present {BOOL} NOT NULL,
            attendance_percentage {REAL} NOT NULL CHECK (attendance_percentage >= 0),
            status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
            verified_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
            verified_at BIGINT,
            notes TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        // The spec's "Database Indexes".
        QStringLiteral(
            "CREATE INDEX sessions_by_course_status ON live_sessions (course_id, status)"),
        QStringLiteral("CREATE INDEX sessions_by_instructor_start ON live_sessions "
                       "(instructor_id, scheduled_start)"),
        QStringLiteral("CREATE INDEX sessions_by_status_start ON live_sessions "
                       "(status, scheduled_start)"),
        QStringLiteral("CREATE INDEX participants_by_session_status ON session_participants "
                       "(session_id, status)"),
        QStringLiteral("CREATE INDEX participants_by_user ON session_participants (user_id)"),
        QStringLiteral("CREATE INDEX chat_by_session ON live_chat_messages (session_id, id)"),
        QStringLiteral("CREATE INDEX questions_by_session_upvotes ON live_questions "
                       "(session_id, upvotes)"),
        QStringLiteral("CREATE INDEX polls_by_session ON live_polls (session_id)"),
        QStringLiteral("CREATE INDEX options_by_poll ON poll_options (poll_id, display_order)"),
        QStringLiteral("CREATE INDEX votes_by_poll_option ON poll_votes (poll_id, option_id)"),
        QStringLiteral("CREATE INDEX recordings_by_session ON session_recordings (session_id)"),
        QStringLiteral("CREATE INDEX views_by_user ON recording_views (user_id)"),
        QStringLiteral("CREATE INDEX attendance_by_session ON session_attendance (session_id)"),
        QStringLiteral("CREATE INDEX enrollments_by_user ON enrollments (user_id)"),
    };
}
} // namespace

// Sign-in tokens for the hub's REST API: only a hash of each token is kept.
QStringList version2() {
    return {
        QStringLiteral(R"(CREATE TABLE auth_tokens (
            token_hash TEXT PRIMARY KEY,
            user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX auth_tokens_by_user ON auth_tokens (user_id)"),
        QStringLiteral("CREATE INDEX auth_tokens_by_expiry ON auth_tokens (expires_at)"),
    };
}

// What the hub needs to keep a real class safe: tokens that say where they may be used (a
// console's remembered sign-in is not an API token), and sessions archived instead of deleted
// once they hold attendance.
QStringList version3() {
    return {
        QStringLiteral("ALTER TABLE auth_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'api' "
                       "CHECK (scope IN ('api', 'console'))"),
        QStringLiteral("ALTER TABLE live_sessions ADD COLUMN archived_at BIGINT"),
    };
}

// Attendance an admin can sign: every stint of presence kept (the hub's own, and those imported
// from the meeting platform's report) so that overlaps count once, and every change a person
// or an import makes to an attendance record kept with who made it and what it was before.
QStringList version4() {
    return {
        QStringLiteral(R"(CREATE TABLE attendance_stints (
            id {ID},
            participant_id BIGINT NOT NULL REFERENCES session_participants (id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('hub', 'zoom', 'teams', 'meet')),
            started_at BIGINT NOT NULL,
            ended_at BIGINT NOT NULL,
            CHECK (ended_at >= started_at)))"),
        QStringLiteral("CREATE INDEX stints_by_participant ON attendance_stints (participant_id)"),
        // The union of every source's stints within the session, once a platform report was
        // merged; attendance uses it in place of duration_seconds when it is set.
        QStringLiteral("ALTER TABLE session_participants ADD COLUMN merged_seconds BIGINT "
                       "CHECK (merged_seconds >= 0)"),
        QStringLiteral(R"(CREATE TABLE attendance_changes (
            id {ID},
            attendance_id BIGINT NOT NULL REFERENCES session_attendance (id) ON DELETE CASCADE,
            changed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
            changed_at BIGINT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('verify', 'import')),
            status_before TEXT NOT NULL,
            status_after TEXT NOT NULL,
            percentage_before {REAL} NOT NULL,
            percentage_after {REAL} NOT NULL,
            notes_before TEXT NOT NULL DEFAULT '',
            notes_after TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX attendance_changes_by_record ON attendance_changes (attendance_id)"),
    };
}

const std::vector<QStringList>& migrationSteps() {
    static const std::vector<QStringList> steps = {version1(), version2(), version3(), version4()};
    return steps;
}

} // namespace lectern::schema
