#pragma once

#include "WriteContext.h"
#include "domain/DecisionLog.h"
#include "meetings/Meeting.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace charter {

class Database;

// Review meetings (tables meetings, meeting_attendees, meeting_tiers, agenda_items,
// meeting_decisions), plus the decision-log reads the agenda needs across systems.
// Writes must run inside Database::transaction and append their audit entries there:
// entity "meeting" (id = meeting id, after = toJson(Meeting)), "meeting_agenda" (id =
// meeting id, before/after = the whole agenda, so a reorder is one entry) and
// "meeting_decision" (id = decision id). The tier snapshot is derived data (like the
// stored risk columns) and is not audited. Threading: like Database, one thread.
class MeetingRepository {
public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    // Attendees come sorted as QStringList::sort does (not by the server's collation),
    // the order the audit trail records them in.
    Result<QList<Meeting>> all() const; // oldest first (date, id)
    // InvalidInput naming the id when there is no such meeting.
    Result<Meeting> load(qint64 id) const;
    // The meeting held before MEETING (earlier date, or same date and lower id).
    Result<std::optional<Meeting>> previous(const Meeting &meeting) const;

    // Stores MEETING with its attendees; sets its id.
    Status insert(Meeting &meeting, const WriteContext &context);
    // Stores the new status and closing time of MEETING.
    Status updateStatus(const Meeting &before, const Meeting &after, const WriteContext &context);

    // The risk tier of every system as the meeting saw it; replaces any earlier one.
    Status storeTiers(qint64 meetingId, const QHash<qint64, RiskTier> &tiers);
    Result<QHash<qint64, RiskTier>> tiers(qint64 meetingId) const;

    Result<QList<AgendaItem>> agenda(qint64 meetingId) const; // by position
    // Every meeting's agenda, by meeting id, each by position (verify reads them all).
    Result<QHash<qint64, QList<AgendaItem>>> allAgendas() const;
    // The bytes a "meeting_agenda" audit entry records as before/after.
    static QByteArray agendaAuditBytes(qint64 meetingId, const QList<AgendaItem> &items);
    // Makes ITEMS the meeting's agenda: items with an id are updated (position, title,
    // reason), items without one are inserted (ids set), stored items not in ITEMS are
    // deleted. Positions are renumbered 1..n in list order. ACTION names the change in
    // the audit trail ("agenda_build", "agenda_add", "agenda_remove", "agenda_move").
    Status replaceAgenda(qint64 meetingId, QList<AgendaItem> &items, const QString &action,
                         const WriteContext &context);

    Result<QList<MeetingDecision>> decisions(qint64 meetingId) const; // oldest first
    // Every decision of every meeting, by meeting date, then decision time.
    Result<QList<MeetingDecision>> allDecisions() const;
    // Every stored decision by id, also one whose meeting row is gone (verify).
    Result<QList<MeetingDecision>> decisionRows() const;
    Status insertDecision(MeetingDecision &decision, const WriteContext &context);

    // Decision-log entries recorded at or after SINCE, of every system (oldest first).
    Result<QList<Incident>> incidentsSince(const QDateTime &since) const;
    Result<QList<Override>> overridesSince(const QDateTime &since) const;

private:
    Status writeAgendaAudit(qint64 meetingId, const QList<AgendaItem> &before, const QList<AgendaItem> &after,
                            const QString &action, const WriteContext &context);

    Database &m_db;
};

} // namespace charter
