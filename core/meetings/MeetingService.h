#pragma once

#include "Meeting.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace charter {

class RegisterService;

struct NewMeeting {
    QDate date;            // required
    QString board;         // required, e.g. "AI governance board"
    QStringList attendees; // logins of active Charter accounts; at least one
    bool buildAgenda = true; // build the agenda right away (AgendaBuilder)
};

// An item added by hand. SYSTEMID (optional) ties it to a system, so decisions on it
// go through that system's workflow.
struct ManualItem {
    QString title;  // required (defaults to the system's name when a system is given)
    QString reason; // optional
    qint64 systemId = 0;
    int position = 0; // 1-based place in the agenda; 0 = at the end
};

struct DecisionRequest {
    int position = 0;      // the agenda item, by its position (as printed)
    MeetingOutcome outcome = MeetingOutcome::Defer;
    QString rationale;     // required
    QString conditions;    // required for ApproveWithConditions, refused otherwise
    QDate expires;         // approvals only: the approval lapses after this date (optional)
    // The board members present the decision is attributed to (logins). Empty: every
    // attendee who has the board role. Each must be an attendee with the board role.
    QStringList present;
    // Approvals of a system in review: the recording member first gives their own
    // board sign-off (WorkflowService::sign), when the policy asks for one.
    bool signAsBoard = false;
};

enum class MinutesFormat { Markdown, PlainText };

// Review meetings (docs/meetings.md), shared by charter-cli, the GUI and the board
// pack: create a meeting, keep its agenda (built, reordered, removed, added), record
// the board's decisions and produce minutes from what was recorded.
//
// Permissions (checked in core, in the write's transaction, against the re-read
// actor; refusals are ErrorCode::NotPermitted, exit 4):
//  - preparing (create, agenda changes): board or IT reviewer, never admin alone;
//  - deciding and closing: board role; the recording member must attend.
// Decisions about a system go through WorkflowService with its rules and audit:
// approve / approve with conditions -> approve (conditions, expiry), reject -> reject,
// request information -> request changes when the system is in review; defer and
// items without a system change no workflow. The workflow's refusals (missing
// sign-offs, separation of duties, wrong state) refuse the decision: nothing is
// written. Every write is one transaction with its audit entries. Errors: InvalidInput
// (unknown meeting or item, missing reason, bad attendee), Conflict (closed meeting,
// item already decided, item with a decision removed). Threading: one per thread.
class MeetingService {
public:
    explicit MeetingService(RegisterService &session) : m_session(session) {}

    Result<QList<Meeting>> meetings() const; // oldest first
    Result<Meeting> meeting(qint64 meetingId) const;
    Result<QList<AgendaItem>> agenda(qint64 meetingId) const; // by position
    Result<QList<MeetingDecision>> decisions(qint64 meetingId) const;
    // Decisions of every meeting (the decision register), by meeting date.
    Result<QList<MeetingDecision>> allDecisions() const;

    // Stores the meeting and the risk tiers it sees now (for the next meeting's "tier
    // changed" items) and, unless told not to, builds its agenda.
    Result<Meeting> create(const NewMeeting &request);
    // Builds the agenda again: built items are replaced by what needs the board now;
    // items added by hand and items with a decision stay where they are (in front of
    // the new built items they keep their relative order).
    Result<QList<AgendaItem>> rebuildAgenda(qint64 meetingId);
    Result<AgendaItem> addItem(qint64 meetingId, const ManualItem &item);
    // Removes the item at POSITION (1-based); Conflict when it has a decision.
    Status removeItem(qint64 meetingId, int position);
    // Moves the item at FROM to position TO (both 1-based); the others close up.
    Status moveItem(qint64 meetingId, int from, int to);

    Result<MeetingDecision> decide(qint64 meetingId, const DecisionRequest &request);
    // Closes the meeting: no more decisions or agenda changes; the tier snapshot is
    // refreshed to what the board saw at the end.
    Result<Meeting> close(qint64 meetingId);

    // The minutes, produced from the stored meeting, agenda and decisions.
    Result<QString> minutes(qint64 meetingId, MinutesFormat format = MinutesFormat::Markdown) const;

private:
    Status checkPrepare() const;
    Result<Meeting> openMeeting(qint64 meetingId) const;
    Status changeAgenda(qint64 meetingId, const QString &action,
                        const std::function<Status(QList<AgendaItem> &, const QList<MeetingDecision> &)> &edit);

    RegisterService &m_session;
};

} // namespace charter
