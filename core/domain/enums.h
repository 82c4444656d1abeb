#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace lectern {

enum class Role { Student, Instructor, Ta, Admin };
enum class SessionType { Class, Workshop, Webinar, Qa, OfficeHours };
enum class Platform { Agora, Zoom, Meet, Teams, Custom };
enum class SessionStatus { Scheduled, Live, Ended, Cancelled };
enum class ParticipantStatus { Registered, Joined, Left, Banned };
enum class MessageType { Text, Emoji, File, System };
enum class QuestionStatus { Pending, Answered, Dismissed };
enum class PollStatus { Draft, Active, Closed };
enum class ProcessingStatus { Pending, Processing, Ready, Failed };
enum class AttendanceStatus { Present, Late, Excused, Absent };
// Where a stint of presence was seen: the hub's live channel or a meeting platform's report.
enum class StintSource { Hub, Zoom, Teams, Meet };
enum class AttendanceChangeKind { Verify, Import };

// The spelling of each value in storage, JSON and the CLI, exactly as the spec writes it.
template <typename E> struct EnumStrings;

#define LECTERN_ENUM_STRINGS(Enum, ...)                                                            \
    template <> struct EnumStrings<Enum> { static constexpr std::array table = {__VA_ARGS__}; };

LECTERN_ENUM_STRINGS(Role, std::pair{Role::Student, "student"},
                     std::pair{Role::Instructor, "instructor"}, std::pair{Role::Ta, "ta"},
                     std::pair{Role::Admin, "admin"})
LECTERN_ENUM_STRINGS(SessionType, std::pair{SessionType::Class, "class"},
                     std::pair{SessionType::Workshop, "workshop"},
                     std::pair{SessionType::Webinar, "webinar"}, std::pair{SessionType::Qa, "qa"},
                     std::pair{SessionType::OfficeHours, "office_hours"})
LECTERN_ENUM_STRINGS(Platform, std::pair{Platform::Agora, "agora"},
                     std::pair{Platform::Zoom, "zoom"}, std::pair{Platform::Meet, "meet"},
                     std::pair{Platform::Teams, "teams"}, std::pair{Platform::Custom, "custom"})
LECTERN_ENUM_STRINGS(SessionStatus, std::pair{SessionStatus::Scheduled, "scheduled"},
                     std::pair{SessionStatus::Live, "live"},
                     std::pair{SessionStatus::Ended, "ended"},
                     std::pair{SessionStatus::Cancelled, "cancelled"})
LECTERN_ENUM_STRINGS(ParticipantStatus, std::pair{ParticipantStatus::Registered, "registered"},
                     std::pair{ParticipantStatus::Joined, "joined"},
                     std::pair{ParticipantStatus::Left, "left"},
                     std::pair{ParticipantStatus::Banned, "banned"})
LECTERN_ENUM_STRINGS(MessageType, std::pair{MessageType::Text, "text"},
                     std::pair{MessageType::Emoji, "emoji"}, std::pair{MessageType::File, "file"},
                     std::pair{MessageType::System, "system"})
LECTERN_ENUM_STRINGS(QuestionStatus, std::pair{QuestionStatus::Pending, "pending"},
                     std::pair{QuestionStatus::Answered, "answered"},
                     std::pair{QuestionStatus::Dismissed, "dismissed"})
LECTERN_ENUM_STRINGS(PollStatus, std::pair{PollStatus::Draft, "draft"},
                     std::pair{PollStatus::Active, "active"},
                     std::pair{PollStatus::Closed, "closed"})
LECTERN_ENUM_STRINGS(ProcessingStatus, std::pair{ProcessingStatus::Pending, "pending"},
                     std::pair{ProcessingStatus::Processing, "processing"},
                     std::pair{ProcessingStatus::Ready, "ready"},
                     std::pair{ProcessingStatus::Failed, "failed"})
LECTERN_ENUM_STRINGS(AttendanceStatus, std::pair{AttendanceStatus::Present, "present"},
                     std::pair{AttendanceStatus::Late, "late"},
                     std::pair{AttendanceStatus::Excused, "excused"},
                     std::pair{AttendanceStatus::Absent, "absent"})
LECTERN_ENUM_STRINGS(StintSource, std::pair{StintSource::Hub, "hub"},
                     std::pair{StintSource::Zoom, "zoom"}, std::pair{StintSource::Teams, "teams"},
                     std::pair{StintSource::Meet, "meet"})
LECTERN_ENUM_STRINGS(AttendanceChangeKind, std::pair{AttendanceChangeKind::Verify, "verify"},
                     std::pair{AttendanceChangeKind::Import, "import"})

#undef LECTERN_ENUM_STRINGS

template <typename E> QString enumName(E value) {
    for (const auto& [candidate, name] : EnumStrings<E>::table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E> std::optional<E> parseEnum(QStringView text) {
    for (const auto& [candidate, name] : EnumStrings<E>::table) {
        if (text == QLatin1StringView(name))
            return candidate;
    }
    return std::nullopt;
}

// "class, workshop, ..." for error messages that list what is allowed.
template <typename E> QString enumNames() {
    QStringList names;
    for (const auto& entry : EnumStrings<E>::table)
        names << QString::fromLatin1(entry.second);
    return names.join(QStringLiteral(", "));
}

} // namespace lectern
