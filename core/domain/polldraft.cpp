#include "polldraft.h"

#include <QJsonArray>

namespace lectern {

QJsonObject PollResults::toJson() const {
    QJsonArray optionArray;
    for (const Option& option : options)
        optionArray.append(QJsonObject{{QStringLiteral("id"), option.id},
                                       {QStringLiteral("text"), option.text},
                                       {QStringLiteral("votes"), option.votes},
                                       {QStringLiteral("percentage"), option.percentage}});
    QJsonObject json{{QStringLiteral("question"), question},
                     {QStringLiteral("status"), enumName(status)},
                     {QStringLiteral("total_votes"), totalVotes},
                     {QStringLiteral("options"), optionArray}};
    if (hidden)
        json.insert(QStringLiteral("results_hidden"), true);
    return json;
}

} // namespace lectern
