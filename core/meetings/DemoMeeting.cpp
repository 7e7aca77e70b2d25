#include "DemoMeeting.h"

#include "MeetingService.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DemoMeeting", text);
}

constexpr int MaxDecisions = 6;

} // namespace

Result<DemoMeetingSummary> DemoMeeting::add(RegisterService &session)
{
    Result<QList<User>> users = UserRepository(session.database()).all();
    if (!users)
        return users.error();
    QStringList board;
    QString reviewer;
    for (const User &user : *users) {
        if (!user.active)
            continue;
        if (user.roles.has(Role::Board))
            board << user.login;
        else if (user.roles.has(Role::ItReviewer) && reviewer.isEmpty())
            reviewer = user.login;
    }
    DemoMeetingSummary summary;
    if (board.isEmpty())
        return summary;

    const QDate date = session.today().addDays(-1);
    RegisterService chair = session.actingAs(board.first());
    chair.setNow(QDateTime(date, QTime(14, 0), QTimeZone::utc()));
    MeetingService meetings(chair);
    QStringList attendees = board;
    if (!reviewer.isEmpty())
        attendees << reviewer;
    Result<Meeting> meeting = meetings.create(NewMeeting{date, tr("AI governance board"), attendees, true});
    if (!meeting)
        return meeting.error();
    Result<QList<AgendaItem>> agenda = meetings.agenda(meeting->id);
    if (!agenda)
        return agenda.error();

    // Only decisions the workflow will take: every check happens before the first
    // write, so a refusal leaves nothing behind inside the demo's transaction.
    WorkflowService workflow(chair);
    int inReview = 0;
    for (const AgendaItem &item : *agenda)
        inReview += item.kind == AgendaItemKind::AwaitingDecision ? 1 : 0;
    bool approved = false;
    for (const AgendaItem &item : *agenda) {
        if (summary.decisions >= MaxDecisions)
            break;
        DecisionRequest request;
        request.position = item.position;
        QString recorder = board.first();
        switch (item.kind) {
        case AgendaItemKind::AwaitingDecision: {
            Result<WorkflowStatus> status = workflow.status(item.systemId);
            if (!status)
                return status.error();
            if (approved || inReview < 2 || !status->signOffs.complete())
                continue;
            // Recorded by a board member who did not submit it (separation of duties).
            recorder.clear();
            for (const QString &login : std::as_const(board)) {
                if (!status->submitters.contains(login)) {
                    recorder = login;
                    break;
                }
            }
            if (recorder.isEmpty())
                continue;
            approved = true;
            request.outcome = MeetingOutcome::ApproveWithConditions;
            request.conditions = tr("Quarterly accuracy and override report to the board.");
            request.rationale = tr("Boundaries, escalation path and vendor profile reviewed; residual risk accepted.");
            break;
        }
        case AgendaItemKind::OverdueReview:
            request.outcome = MeetingOutcome::Defer;
            request.rationale = tr("Owner to resubmit for re-review before the next meeting.");
            break;
        case AgendaItemKind::OwnershipGap:
            // Recorded only: a system in review stays there (the demo shows every state).
            if (Result<WorkflowStatus> status = workflow.status(item.systemId);
                !status || status->record.state == WorkflowState::InReview)
                continue;
            request.outcome = MeetingOutcome::RequestInformation;
            request.rationale = tr("Business unit to name an accountable owner.");
            break;
        default:
            continue;
        }
        Result<WorkflowStatus> before = workflow.status(item.systemId);
        RegisterService member = session.actingAs(recorder);
        member.setNow(chair.now());
        Result<MeetingDecision> decision = MeetingService(member).decide(meeting->id, request);
        if (!decision)
            continue;
        ++summary.decisions;
        if (before && !decision->workflowState.isEmpty()) {
            const WorkflowState after =
                enumFromKey<WorkflowState>(decision->workflowState).value_or(before->record.state);
            if (after != before->record.state)
                summary.transitions.append({before->record.state, after});
        }
    }
    if (Result<Meeting> closed = meetings.close(meeting->id); !closed)
        return closed.error();
    return summary;
}

} // namespace charter
