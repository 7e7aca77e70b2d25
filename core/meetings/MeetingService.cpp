#include "MeetingService.h"

#include "AgendaBuilder.h"
#include "MeetingMinutes.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SystemRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkflowRepository.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::MeetingService", text);
}

Status mayPrepare(const Actor &actor)
{
    if (actor.isActive() && (actor.has(Role::Board) || actor.has(Role::ItReviewer)))
        return {};
    return makeError(ErrorCode::NotPermitted,
                     tr("Preparing a review meeting (creating it, changing its agenda) needs the board or "
                        "it_reviewer role; %1 has %2.")
                         .arg(actor.login, actor.roles.keys().join(u", "_s)));
}

Status mayDecide(const Actor &actor, const Meeting &meeting)
{
    if (!actor.isActive() || !actor.has(Role::Board)) {
        return makeError(ErrorCode::NotPermitted,
                         tr("Recording a board decision needs the board role; %1 has %2.")
                             .arg(actor.login, actor.roles.keys().join(u", "_s)));
    }
    if (!meeting.attendees.contains(actor.login)) {
        return makeError(ErrorCode::NotPermitted,
                         tr("%1 is not an attendee of meeting %2: decisions are recorded by a board member "
                            "present.").arg(actor.login).arg(meeting.id));
    }
    return {};
}

Status checkPosition(const QList<AgendaItem> &items, int position, qint64 meetingId)
{
    if (position >= 1 && position <= items.size())
        return {};
    return makeError(ErrorCode::InvalidInput,
                     tr("Meeting %1 has no agenda item %2 (its agenda has %3 items).")
                         .arg(meetingId)
                         .arg(position)
                         .arg(items.size()));
}

bool hasDecision(const QList<MeetingDecision> &decisions, qint64 itemId)
{
    for (const MeetingDecision &decision : decisions)
        if (decision.itemId == itemId)
            return true;
    return false;
}

// Attendees that are active accounts with the board role.
Result<QStringList> boardMembersOf(Database &db, const QStringList &logins)
{
    QStringList members;
    for (const QString &login : logins) {
        Result<Actor> actor = RolesService::resolve(db, login);
        if (!actor)
            return actor.error();
        if (actor->isActive() && actor->has(Role::Board))
            members << login;
    }
    return members;
}

} // namespace

Result<QList<Meeting>> MeetingService::meetings() const
{
    return MeetingRepository(m_session.database()).all();
}

Result<Meeting> MeetingService::meeting(qint64 meetingId) const
{
    return MeetingRepository(m_session.database()).load(meetingId);
}

Result<QList<AgendaItem>> MeetingService::agenda(qint64 meetingId) const
{
    if (Result<Meeting> found = meeting(meetingId); !found)
        return found.error();
    return MeetingRepository(m_session.database()).agenda(meetingId);
}

Result<QList<MeetingDecision>> MeetingService::decisions(qint64 meetingId) const
{
    if (Result<Meeting> found = meeting(meetingId); !found)
        return found.error();
    return MeetingRepository(m_session.database()).decisions(meetingId);
}

Result<QList<MeetingDecision>> MeetingService::allDecisions() const
{
    return MeetingRepository(m_session.database()).allDecisions();
}

Status MeetingService::checkPrepare() const
{
    Result<Actor> actor = m_session.currentActor();
    if (!actor)
        return actor.error();
    return mayPrepare(*actor);
}

Result<Meeting> MeetingService::openMeeting(qint64 meetingId) const
{
    Result<Meeting> found = meeting(meetingId);
    if (!found)
        return found;
    if (!found->isOpen()) {
        return makeError(ErrorCode::Conflict,
                         tr("Meeting %1 (%2) is closed; its agenda and decisions are final.")
                             .arg(meetingId)
                             .arg(displayDate(found->date)));
    }
    return found;
}

Result<Meeting> MeetingService::create(const NewMeeting &request)
{
    if (!request.date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("A meeting needs a date (YYYY-MM-DD)."));
    const QString board = request.board.trimmed();
    if (board.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A meeting needs the name of the board that meets."));
    QStringList attendees;
    for (const QString &login : request.attendees)
        if (!login.trimmed().isEmpty() && !attendees.contains(login.trimmed()))
            attendees << login.trimmed();
    attendees.sort();
    if (attendees.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A meeting needs at least one attendee (a Charter account)."));

    Database &db = m_session.database();
    Meeting meeting;
    Status status = db.transaction([&]() -> Status {
        if (Status permitted = checkPrepare(); !permitted)
            return permitted;
        UserRepository users(db);
        for (const QString &login : std::as_const(attendees)) {
            Result<std::optional<User>> user = users.find(login);
            if (!user)
                return user.error();
            if (!user->has_value() || !(*user)->active) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Attendee \"%1\" is not an active Charter account (see 'charter-cli users "
                                    "list').").arg(login));
            }
        }
        meeting.date = request.date;
        meeting.board = board;
        meeting.attendees = attendees;
        meeting.createdBy = m_session.context().actor;
        meeting.createdAt = m_session.now();
        MeetingRepository meetings(db);
        if (Status s = meetings.insert(meeting, m_session.context()); !s)
            return s;
        AgendaBuilder builder(m_session);
        Result<QHash<qint64, RiskTier>> tiers = builder.currentTiers();
        if (!tiers)
            return tiers.error();
        if (Status s = meetings.storeTiers(meeting.id, *tiers); !s)
            return s;
        if (!request.buildAgenda)
            return {};
        Result<QList<AgendaItem>> items = builder.build(meeting);
        if (!items)
            return items.error();
        return meetings.replaceAgenda(meeting.id, *items, u"agenda_build"_s, m_session.context());
    });
    if (!status)
        return status.error();
    return meeting;
}

Status MeetingService::changeAgenda(
    qint64 meetingId, const QString &action,
    const std::function<Status(QList<AgendaItem> &, const QList<MeetingDecision> &)> &edit)
{
    Database &db = m_session.database();
    return db.transaction([&]() -> Status {
        if (Status permitted = checkPrepare(); !permitted)
            return permitted;
        if (Result<Meeting> open = openMeeting(meetingId); !open)
            return open.error();
        MeetingRepository meetings(db);
        Result<QList<AgendaItem>> items = meetings.agenda(meetingId);
        if (!items)
            return items.error();
        Result<QList<MeetingDecision>> decisions = meetings.decisions(meetingId);
        if (!decisions)
            return decisions.error();
        if (Status s = edit(*items, *decisions); !s)
            return s;
        return meetings.replaceAgenda(meetingId, *items, action, m_session.context());
    });
}

Result<QList<AgendaItem>> MeetingService::rebuildAgenda(qint64 meetingId)
{
    Status status = changeAgenda(meetingId, u"agenda_build"_s,
                                 [&](QList<AgendaItem> &items, const QList<MeetingDecision> &decisions) -> Status {
        Result<Meeting> found = meeting(meetingId);
        if (!found)
            return found.error();
        Result<QList<AgendaItem>> built = AgendaBuilder(m_session).build(*found);
        if (!built)
            return built.error();
        QList<AgendaItem> kept;
        QSet<QPair<int, qint64>> present;
        for (const AgendaItem &item : std::as_const(items)) {
            if (item.manual || hasDecision(decisions, item.id)) {
                kept.append(item);
                if (!item.manual)
                    present.insert({int(item.kind), item.systemId > 0 ? item.systemId : -item.vendorId});
            }
        }
        for (const AgendaItem &item : std::as_const(*built)) {
            if (!present.contains({int(item.kind), item.systemId > 0 ? item.systemId : -item.vendorId}))
                kept.append(item);
        }
        items = kept;
        return {};
    });
    if (!status)
        return status.error();
    return agenda(meetingId);
}

Result<AgendaItem> MeetingService::addItem(qint64 meetingId, const ManualItem &request)
{
    AgendaItem added;
    qsizetype index = 0;
    Status status = changeAgenda(meetingId, u"agenda_add"_s,
                                 [&](QList<AgendaItem> &items, const QList<MeetingDecision> &) -> Status {
        added.kind = AgendaItemKind::Manual;
        added.manual = true;
        added.title = request.title.trimmed();
        added.reason = request.reason.trimmed();
        added.systemId = request.systemId;
        if (request.systemId > 0) {
            Result<AiSystem> system = SystemRepository(m_session.database()).load(request.systemId);
            if (!system)
                return system.error();
            if (added.title.isEmpty())
                added.title = system->name;
        }
        if (added.title.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("An agenda item needs a title (or a system)."));
        const int position = request.position;
        if (position != 0 && (position < 1 || position > items.size() + 1)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Position %1 is outside the agenda (1 to %2).").arg(position).arg(items.size() + 1));
        }
        index = position == 0 ? items.size() : position - 1;
        items.insert(index, added);
        return {};
    });
    if (!status)
        return status.error();
    Result<QList<AgendaItem>> items = agenda(meetingId);
    if (!items)
        return items.error();
    return items->value(index); // stored in list order: the index is its place
}

Status MeetingService::removeItem(qint64 meetingId, int position)
{
    return changeAgenda(meetingId, u"agenda_remove"_s,
                        [&](QList<AgendaItem> &items, const QList<MeetingDecision> &decisions) -> Status {
        if (Status s = checkPosition(items, position, meetingId); !s)
            return s;
        const AgendaItem &item = items[position - 1];
        if (hasDecision(decisions, item.id)) {
            return makeError(ErrorCode::Conflict,
                             tr("Agenda item %1 (\"%2\") has a recorded decision and stays on the agenda.")
                                 .arg(position)
                                 .arg(item.title));
        }
        items.removeAt(position - 1);
        return {};
    });
}

Status MeetingService::moveItem(qint64 meetingId, int from, int to)
{
    return changeAgenda(meetingId, u"agenda_move"_s,
                        [&](QList<AgendaItem> &items, const QList<MeetingDecision> &) -> Status {
        if (Status s = checkPosition(items, from, meetingId); !s)
            return s;
        if (Status s = checkPosition(items, to, meetingId); !s)
            return s;
        items.move(from - 1, to - 1);
        return {};
    });
}

Result<MeetingDecision> MeetingService::decide(qint64 meetingId, const DecisionRequest &request)
{
    Database &db = m_session.database();
    MeetingDecision decision;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<Meeting> meeting = openMeeting(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status permitted = mayDecide(*actor, *meeting); !permitted)
            return permitted;

        MeetingRepository meetings(db);
        Result<QList<AgendaItem>> items = meetings.agenda(meetingId);
        if (!items)
            return items.error();
        if (Status s = checkPosition(*items, request.position, meetingId); !s)
            return s;
        const AgendaItem item = items->at(request.position - 1);
        Result<QList<MeetingDecision>> earlier = meetings.decisions(meetingId);
        if (!earlier)
            return earlier.error();
        if (hasDecision(*earlier, item.id)) {
            return makeError(ErrorCode::Conflict,
                             tr("Agenda item %1 (\"%2\") already has a decision in this meeting.")
                                 .arg(request.position)
                                 .arg(item.title));
        }

        const QString rationale = request.rationale.trimmed();
        const QString conditions = request.conditions.trimmed();
        if (rationale.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Say why: a board decision needs its rationale."));
        const bool conditional = request.outcome == MeetingOutcome::ApproveWithConditions;
        if (conditional && conditions.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("\"Approve with conditions\" needs the conditions."));
        if (!conditional && !conditions.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Conditions belong to \"approve with conditions\"."));

        Result<QStringList> board = boardMembersOf(db, meeting->attendees);
        if (!board)
            return board.error();
        QStringList present = request.present.isEmpty() ? *board : request.present;
        for (const QString &login : std::as_const(present)) {
            if (!board->contains(login)) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1\" is not a board member attending meeting %2; attending board "
                                    "members: %3.").arg(login).arg(meetingId).arg(board->join(u", "_s)));
            }
        }
        present.removeDuplicates();
        present.sort();

        decision.meetingId = meetingId;
        decision.itemId = item.id;
        decision.systemId = item.systemId;
        decision.outcome = request.outcome;
        decision.conditions = conditions;
        decision.rationale = rationale;
        decision.recordedBy = actor->login;
        decision.boardMembers = present;
        decision.decidedAt = m_session.now();

        if (item.systemId > 0) {
            WorkflowService workflow(m_session);
            Result<WorkflowRecord> record = WorkflowRepository(db).load(item.systemId);
            if (!record)
                return record.error();
            const QString attributed = tr("Board meeting %1 (%2), decided by %3: %4")
                                           .arg(meetingId)
                                           .arg(meeting->date.toString(Qt::ISODate), present.join(u", "_s), rationale);
            std::optional<Result<WorkflowRecord>> changed;
            switch (request.outcome) {
            case MeetingOutcome::ApproveWithConditions:
            case MeetingOutcome::Approve: {
                if (request.signAsBoard && record->state == WorkflowState::InReview) {
                    Result<WorkflowStatus> current = workflow.status(item.systemId);
                    if (!current)
                        return current.error();
                    bool signedAlready = false;
                    for (const SignOffRequirement &requirement : current->signOffs.requirements)
                        if (requirement.kind == SignOffKind::Board && requirement.signers.contains(actor->login))
                            signedAlready = true;
                    if (current->signOffs.required.board > 0 && !signedAlready) {
                        Result<SignOff> signOff = workflow.sign(item.systemId, SignOffKind::Board,
                                                                SignRequest{attributed, current->contentSha256});
                        if (!signOff)
                            return signOff.error();
                    }
                }
                changed = workflow.approve(item.systemId, ReviewDecision{attributed, conditions, request.expires});
                break;
            }
            case MeetingOutcome::Reject:
                changed = workflow.reject(item.systemId, attributed);
                break;
            case MeetingOutcome::RequestInformation:
                if (record->state == WorkflowState::InReview)
                    changed = workflow.requestChanges(item.systemId, attributed);
                break;
            case MeetingOutcome::Defer:
                break;
            }
            if (changed) {
                if (!*changed)
                    return changed->error();
                decision.workflowState = enumKey((*changed)->state);
            }
        }
        return meetings.insertDecision(decision, m_session.context());
    });
    if (!status)
        return status.error();
    return decision;
}

Result<Meeting> MeetingService::close(qint64 meetingId)
{
    Database &db = m_session.database();
    Meeting closed;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<Meeting> meeting = openMeeting(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status permitted = mayDecide(*actor, *meeting); !permitted)
            return permitted;
        closed = *meeting;
        closed.status = MeetingStatus::Closed;
        closed.closedAt = m_session.now();
        MeetingRepository meetings(db);
        Result<QHash<qint64, RiskTier>> tiers = AgendaBuilder(m_session).currentTiers();
        if (!tiers)
            return tiers.error();
        if (Status s = meetings.storeTiers(meetingId, *tiers); !s)
            return s;
        return meetings.updateStatus(*meeting, closed, m_session.context());
    });
    if (!status)
        return status.error();
    return closed;
}

Result<QString> MeetingService::minutes(qint64 meetingId, MinutesFormat format) const
{
    Database &db = m_session.database();
    MinutesInput input;
    Result<Meeting> found = meeting(meetingId);
    if (!found)
        return found.error();
    input.meeting = *found;
    Result<QList<AgendaItem>> items = agenda(meetingId);
    if (!items)
        return items.error();
    input.agenda = *items;
    Result<QList<MeetingDecision>> recorded = decisions(meetingId);
    if (!recorded)
        return recorded.error();
    input.decisions = *recorded;
    Result<QList<User>> users = UserRepository(db).all();
    if (!users)
        return users.error();
    for (const User &user : *users)
        input.displayNames.insert(user.login, user.displayName);
    Result<QStringList> board = boardMembersOf(db, found->attendees);
    if (!board)
        return board.error();
    input.boardMembers = *board;
    return writeMinutes(input, format);
}

} // namespace charter
