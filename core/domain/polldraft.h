#pragma once

#include "domain/livepoll.h"

#include <QJsonObject>
#include <QStringList>

namespace lectern {

struct PollDraft {
    QString question;
    QString description;
    QStringList options;
    bool allowMultipleAnswers = false;
    bool showResultsImmediately = true;
    bool isAnonymous = false;
    int durationSeconds = 0; // 0: open until closed
};

inline constexpr int minPollOptions = 2;
inline constexpr int maxPollOptions = 10;
inline constexpr int maxPollDurationSeconds = 24 * 3600;

// get_poll_results in the spec's shape; percentages rounded to one decimal.
struct PollResults {
    struct Option {
        Id id = 0;
        QString text;
        qint64 votes = 0;
        double percentage = 0.0;
    };
    Id pollId = 0;
    QString question;
    PollStatus status = PollStatus::Draft;
    qint64 totalVotes = 0;
    QList<Option> options;
    // The counts are withheld from this viewer until the poll closes (and are zero here).
    bool hidden = false;

    QJsonObject toJson() const;
};

} // namespace lectern
