#include "BoardPackMeeting.h"

#include "meetings/MeetingService.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::BoardPack", text);
}

QString decisionText(const MeetingDecision &decision, const QHash<QString, QString> &names)
{
    QStringList present;
    for (const QString &login : decision.boardMembers)
        present.append(names.value(login, login));
    QString text = enumLabel(decision.outcome) + u": "_s + decision.rationale;
    if (!decision.conditions.isEmpty())
        text += u" "_s + tr("Conditions: %1.").arg(decision.conditions);
    text += u" "_s + tr("Recorded by %1 on %2; present: %3.")
                         .arg(names.value(decision.recordedBy, decision.recordedBy), packDateTime(decision.decidedAt),
                              present.isEmpty() ? tr("nobody named") : present.join(u", "_s));
    if (!decision.workflowState.isEmpty())
        text += u" "_s + tr("Workflow: %1.").arg(enumFromKey<WorkflowState>(decision.workflowState)
                                                   ? enumLabel(*enumFromKey<WorkflowState>(decision.workflowState))
                                                   : decision.workflowState);
    return text;
}

} // namespace

Result<BoardPackMeeting> loadBoardPackMeeting(RegisterService &session, qint64 meetingId)
{
    MeetingService meetings(session);
    Result<Meeting> meeting = meetings.meeting(meetingId);
    if (!meeting)
        return meeting.error();
    Result<QList<AgendaItem>> agenda = meetings.agenda(meetingId);
    if (!agenda)
        return agenda.error();
    Result<QList<MeetingDecision>> decisions = meetings.decisions(meetingId);
    if (!decisions)
        return decisions.error();
    Result<QList<Meeting>> all = meetings.meetings();
    if (!all)
        return all.error();
    Result<QList<User>> users = UserRepository(session.database()).all();
    if (!users)
        return users.error();
    QHash<QString, QString> names;
    for (const User &user : *users)
        names.insert(user.login, user.displayName.isEmpty() ? user.login : user.displayName);

    BoardPackMeeting pack;
    pack.reference = tr("Meeting %1").arg(meeting->id);
    pack.date = meeting->date;
    pack.board = meeting->board;
    for (const QString &login : meeting->attendees)
        pack.attendees.append(names.value(login, login));
    for (const Meeting &other : *all)
        if (other.id != meeting->id && other.date < meeting->date
            && (!pack.previousMeeting.isValid() || other.date > pack.previousMeeting))
            pack.previousMeeting = other.date;

    // One agenda row per system, in the order of its first item.
    QHash<qint64, int> rowOfSystem;
    QHash<qint64, int> positionOfItem;
    for (const AgendaItem &item : *agenda) {
        positionOfItem.insert(item.id, item.position);
        const QString reason = item.reason.isEmpty() ? enumLabel(item.kind) : item.reason;
        if (item.systemId != 0 && rowOfSystem.contains(item.systemId)) {
            pack.agenda[rowOfSystem.value(item.systemId)].reasons.append(reason);
            continue;
        }
        PackAgendaItem row;
        row.systemId = item.systemId;
        row.systemName = item.title;
        row.reasons = {reason};
        if (item.systemId != 0)
            rowOfSystem.insert(item.systemId, int(pack.agenda.size()));
        pack.agenda.append(row);
    }
    for (const MeetingDecision &decision : *decisions) {
        const QString text = decisionText(decision, names);
        if (decision.systemId != 0)
            pack.decisions[decision.systemId].append(text);
        const auto item = std::find_if(agenda->cbegin(), agenda->cend(),
                                       [&](const AgendaItem &i) { return i.id == decision.itemId; });
        pack.minutes.append(tr("Item %1, %2 — %3")
                                .arg(positionOfItem.value(decision.itemId))
                                .arg(item == agenda->cend() ? QString() : item->title, text));
    }
    return pack;
}

} // namespace charter
