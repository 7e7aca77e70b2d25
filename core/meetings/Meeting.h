#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// A governance board's review meeting (docs/meetings.md): its agenda, built from what
// needs the board, and the decisions recorded while walking it.
enum class MeetingStatus { Open, Closed };
template <>
std::span<const EnumEntry<MeetingStatus>> enumEntries<MeetingStatus>();

// Why an item is on the agenda. Manual items were added by hand; the others were
// built by AgendaBuilder.
enum class AgendaItemKind {
    AwaitingDecision, // in review: board sign-off missing, or ready for the decision
    TierChange,       // risk tier differs from the last meeting (or the approval)
    OverdueReview,    // re-review date or approval expiry has passed
    StaleSignOff,     // a sign-off or the approval no longer matches the record
    NewIncidents,     // incidents recorded since the last meeting
    NewOverrides,     // human overrides recorded since the last meeting
    OwnershipGap,     // no accountable owner named
    ContractEnding,   // the vendor's contract ends within 90 days
    Manual,
};
template <>
std::span<const EnumEntry<AgendaItemKind>> enumEntries<AgendaItemKind>();

// What the board decided on one agenda item.
enum class MeetingOutcome { ApproveWithConditions, Approve, Reject, Defer, RequestInformation };
template <>
std::span<const EnumEntry<MeetingOutcome>> enumEntries<MeetingOutcome>();

struct Meeting {
    qint64 id = 0;
    QDate date;
    QString board;          // e.g. "AI governance board"
    QStringList attendees;  // logins of Charter accounts, sorted
    MeetingStatus status = MeetingStatus::Open;
    QString createdBy;
    QDateTime createdAt;
    QDateTime closedAt;     // invalid while open

    bool isOpen() const { return status == MeetingStatus::Open; }
    bool operator==(const Meeting &) const = default;
};

struct AgendaItem {
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;       // 1-based, dense
    AgendaItemKind kind = AgendaItemKind::Manual;
    qint64 systemId = 0;    // 0 = not about one system (e.g. a vendor, or a manual topic)
    qint64 vendorId = 0;    // ContractEnding: the vendor; 0 otherwise
    QString title;          // system or vendor name, or the manual topic
    QString reason;         // why it needs the board, translated, with dates and counts
    bool manual = false;

    bool operator==(const AgendaItem &) const = default;
};

// One decision of the board on one agenda item.
struct MeetingDecision {
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 itemId = 0;
    qint64 systemId = 0;        // copied from the item; 0 = none
    MeetingOutcome outcome = MeetingOutcome::Defer;
    QString conditions;         // ApproveWithConditions only
    QString rationale;          // required
    QString recordedBy;         // login of the board member who recorded it
    QStringList boardMembers;   // board members present it is attributed to (logins)
    QDateTime decidedAt;
    // The workflow state the decision led to (its key, e.g. "approved"); empty when
    // it changed no workflow (defer, items without a system in review).
    QString workflowState;

    bool operator==(const MeetingDecision &) const = default;
};

// JSON as stored in the audit trail and printed by charter-cli (same conventions as
// GovernanceJson.h).
QJsonObject toJson(const Meeting &meeting);
QJsonObject toJson(const AgendaItem &item);
QJsonObject toJson(const MeetingDecision &decision);

} // namespace charter
