#pragma once

#include "Meeting.h"
#include "MeetingService.h"

#include <QHash>
#include <QList>
#include <QString>

namespace charter {

// What the minutes are made of: the stored meeting, its agenda and its decisions, and
// the names to print for logins. Pure formatting; no database.
struct MinutesInput {
    Meeting meeting;
    QList<AgendaItem> agenda;
    QList<MeetingDecision> decisions;
    QHash<QString, QString> displayNames; // login -> display name
    QStringList boardMembers;             // attendees with the board role
};

// The minutes as Markdown (headings, numbered agenda, decision blocks) or plain text
// (the same content with underlined headings): attendees, each agenda item with its
// reason and the decision recorded on it (outcome, conditions, rationale, who was
// present, who recorded it and when, the workflow state it led to), items left
// without a decision, and a summary of outcomes.
QString writeMinutes(const MinutesInput &input, MinutesFormat format);

} // namespace charter
