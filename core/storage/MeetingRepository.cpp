#include "MeetingRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "DecisionLogRepository.h"
#include "ReadRows.h"
#include "SqlValues.h"
#include "domain/GovernanceJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::MeetingRepository", text);
}

const QString SelectMeetings =
    u"SELECT id, meeting_date, board, status, created_by, created_at, closed_at FROM meetings"_s;
const QString SelectItems =
    u"SELECT id, meeting_id, position, kind, system_id, vendor_id, title, reason, manual FROM agenda_items"_s;
const QString SelectDecisions =
    u"SELECT d.id, d.meeting_id, d.item_id, d.system_id, d.outcome, d.conditions, d.rationale, d.recorded_by, "
    "d.board_members, d.decided_at, d.workflow_state FROM meeting_decisions d"_s;

Meeting readMeeting(const QSqlQuery &query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.date = sql::toDate(query.value(1));
    meeting.board = query.value(2).toString();
    meeting.status = sql::toEnum(query.value(3), MeetingStatus::Open);
    meeting.createdBy = query.value(4).toString();
    meeting.createdAt = timestampFromStored(query.value(5).toString());
    meeting.closedAt = timestampFromStored(query.value(6).toString());
    return meeting;
}

AgendaItem readItem(const QSqlQuery &query)
{
    AgendaItem item;
    item.id = query.value(0).toLongLong();
    item.meetingId = query.value(1).toLongLong();
    item.position = query.value(2).toInt();
    item.kind = sql::toEnum(query.value(3), AgendaItemKind::Manual);
    item.systemId = query.value(4).toLongLong();
    item.vendorId = query.value(5).toLongLong();
    item.title = query.value(6).toString();
    item.reason = query.value(7).toString();
    item.manual = query.value(8).toInt() != 0;
    return item;
}

// Board members are stored as a JSON array of logins.
QString membersText(const QStringList &members)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(members)).toJson(QJsonDocument::Compact));
}

QStringList membersFromText(const QString &text)
{
    QStringList members;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        members << value.toString();
    return members;
}

MeetingDecision readDecision(const QSqlQuery &query)
{
    MeetingDecision decision;
    decision.id = query.value(0).toLongLong();
    decision.meetingId = query.value(1).toLongLong();
    decision.itemId = query.value(2).toLongLong();
    decision.systemId = query.value(3).toLongLong();
    decision.outcome = sql::toEnum(query.value(4), MeetingOutcome::Defer);
    decision.conditions = query.value(5).toString();
    decision.rationale = query.value(6).toString();
    decision.recordedBy = query.value(7).toString();
    decision.boardMembers = membersFromText(query.value(8).toString());
    decision.decidedAt = timestampFromStored(query.value(9).toString());
    decision.workflowState = query.value(10).toString();
    return decision;
}

} // namespace

QByteArray MeetingRepository::agendaAuditBytes(qint64 meetingId, const QList<AgendaItem> &items)
{
    QJsonArray array;
    for (const AgendaItem &item : items)
        array.append(toJson(item));
    return auditBytes(QJsonObject{{u"meetingId"_s, meetingId}, {u"items"_s, array}});
}

Result<QList<Meeting>> MeetingRepository::all() const
{
    Result<QList<Meeting>> meetings = readRows(m_db, SelectMeetings + u" ORDER BY meeting_date, id"_s, {},
                                               tr("reading the meetings"), readMeeting);
    if (!meetings)
        return meetings;
    Result<QList<std::pair<qint64, QString>>> attendees = readRows(
        m_db, u"SELECT meeting_id, login FROM meeting_attendees ORDER BY meeting_id, login"_s, {},
        tr("reading the meetings' attendees"),
        [](const QSqlQuery &q) { return std::pair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!attendees)
        return attendees.error();
    QHash<qint64, QStringList> byMeeting;
    for (const auto &[meetingId, login] : std::as_const(*attendees))
        byMeeting[meetingId].append(login);
    for (Meeting &meeting : *meetings) {
        meeting.attendees = byMeeting.value(meeting.id);
        meeting.attendees.sort();
    }
    return meetings;
}

Result<Meeting> MeetingRepository::load(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(SelectMeetings + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading meeting %1").arg(id));
    if (!query.next())
        return makeError(ErrorCode::InvalidInput, tr("There is no meeting %1 (see 'charter-cli meeting list').").arg(id));
    Meeting meeting = readMeeting(query);
    Result<QList<QString>> attendees = readRows(
        m_db, u"SELECT login FROM meeting_attendees WHERE meeting_id = ? ORDER BY login"_s, {id},
        tr("reading the attendees of meeting %1").arg(id), [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!attendees)
        return attendees.error();
    meeting.attendees = *attendees;
    meeting.attendees.sort(); // as MeetingService::create sorts them, whatever the collation
    return meeting;
}

Result<std::optional<Meeting>> MeetingRepository::previous(const Meeting &meeting) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM meetings WHERE meeting_date < ? OR (meeting_date = ? AND id < ?) "
                  "ORDER BY meeting_date DESC, id DESC LIMIT 1"_s);
    const QString date = meeting.date.toString(Qt::ISODate);
    query.addBindValue(date);
    query.addBindValue(date);
    query.addBindValue(meeting.id);
    if (!query.exec())
        return m_db.queryError(query, tr("looking for the meeting before meeting %1").arg(meeting.id));
    if (!query.next())
        return std::optional<Meeting>();
    Result<Meeting> earlier = load(query.value(0).toLongLong());
    if (!earlier)
        return earlier.error();
    return std::optional<Meeting>(*earlier);
}

Status MeetingRepository::insert(Meeting &meeting, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO meetings (meeting_date, board, status, created_by, created_at, closed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(meeting.date.toString(Qt::ISODate));
    query.addBindValue(meeting.board);
    query.addBindValue(enumKey(meeting.status));
    query.addBindValue(meeting.createdBy);
    query.addBindValue(storedTimestamp(meeting.createdAt));
    query.addBindValue(meeting.closedAt.isValid() ? QVariant(storedTimestamp(meeting.closedAt))
                                                  : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("storing the meeting of %1").arg(meeting.date.toString(Qt::ISODate)));
    meeting.id = query.value(0).toLongLong();
    for (const QString &login : std::as_const(meeting.attendees)) {
        QSqlQuery attendee(m_db.connection());
        attendee.prepare(u"INSERT INTO meeting_attendees (meeting_id, login) VALUES (?, ?)"_s);
        attendee.addBindValue(meeting.id);
        attendee.addBindValue(login);
        if (!attendee.exec())
            return m_db.queryError(attendee, tr("storing attendee %1 of meeting %2").arg(login).arg(meeting.id));
    }
    return AuditStore(m_db).append(context, u"create"_s, u"meeting"_s, QString::number(meeting.id), {},
                                   auditBytes(toJson(meeting)));
}

Status MeetingRepository::updateStatus(const Meeting &before, const Meeting &after, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE meetings SET status = ?, closed_at = ? WHERE id = ?"_s);
    query.addBindValue(enumKey(after.status));
    query.addBindValue(after.closedAt.isValid() ? QVariant(storedTimestamp(after.closedAt))
                                                : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(after.id);
    if (!query.exec())
        return m_db.queryError(query, tr("updating meeting %1").arg(after.id));
    return AuditStore(m_db).append(context, after.isOpen() ? u"reopen"_s : u"close"_s, u"meeting"_s,
                                   QString::number(after.id), auditBytes(toJson(before)), auditBytes(toJson(after)));
}

Status MeetingRepository::storeTiers(qint64 meetingId, const QHash<qint64, RiskTier> &tiers)
{
    QSqlQuery clear(m_db.connection());
    clear.prepare(u"DELETE FROM meeting_tiers WHERE meeting_id = ?"_s);
    clear.addBindValue(meetingId);
    if (!clear.exec())
        return m_db.queryError(clear, tr("clearing the risk tiers of meeting %1").arg(meetingId));
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO meeting_tiers (meeting_id, system_id, risk_tier) VALUES (?, ?, ?)"_s);
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        insert.bindValue(0, meetingId);
        insert.bindValue(1, it.key());
        insert.bindValue(2, enumKey(it.value()));
        if (!insert.exec())
            return m_db.queryError(insert, tr("storing the risk tiers of meeting %1").arg(meetingId));
    }
    return {};
}

Result<QHash<qint64, RiskTier>> MeetingRepository::tiers(qint64 meetingId) const
{
    Result<QList<std::pair<qint64, RiskTier>>> rows = readRows(
        m_db, u"SELECT system_id, risk_tier FROM meeting_tiers WHERE meeting_id = ?"_s, {meetingId},
        tr("reading the risk tiers of meeting %1").arg(meetingId), [](const QSqlQuery &q) {
            return std::pair(q.value(0).toLongLong(), sql::toEnum(q.value(1), RiskTier::Low));
        });
    if (!rows)
        return rows.error();
    QHash<qint64, RiskTier> tiers;
    for (const auto &[systemId, tier] : std::as_const(*rows))
        tiers.insert(systemId, tier);
    return tiers;
}

Result<QList<AgendaItem>> MeetingRepository::agenda(qint64 meetingId) const
{
    return readRows(m_db, SelectItems + u" WHERE meeting_id = ? ORDER BY position, id"_s, {meetingId},
                    tr("reading the agenda of meeting %1").arg(meetingId), readItem);
}

Result<QHash<qint64, QList<AgendaItem>>> MeetingRepository::allAgendas() const
{
    return readRowsGrouped(m_db, SelectItems + u" ORDER BY meeting_id, position, id"_s, {},
                           tr("reading the meetings' agendas"), readItem,
                           [](const AgendaItem &item) { return item.meetingId; });
}

Status MeetingRepository::replaceAgenda(qint64 meetingId, QList<AgendaItem> &items, const QString &action,
                                        const WriteContext &context)
{
    Result<QList<AgendaItem>> before = agenda(meetingId);
    if (!before)
        return before.error();
    QSet<qint64> kept;
    for (const AgendaItem &item : std::as_const(items))
        if (item.id > 0)
            kept.insert(item.id);
    for (const AgendaItem &old : *before) {
        if (kept.contains(old.id))
            continue;
        QSqlQuery remove(m_db.connection());
        remove.prepare(u"DELETE FROM agenda_items WHERE id = ? AND meeting_id = ?"_s);
        remove.addBindValue(old.id);
        remove.addBindValue(meetingId);
        if (!remove.exec())
            return m_db.queryError(remove, tr("removing agenda item %1 of meeting %2").arg(old.id).arg(meetingId));
    }
    for (int i = 0; i < items.size(); ++i) {
        AgendaItem &item = items[i];
        item.meetingId = meetingId;
        item.position = i + 1;
        QSqlQuery query(m_db.connection());
        if (item.id > 0) {
            query.prepare(u"UPDATE agenda_items SET position = ?, title = ?, reason = ? WHERE id = ? AND meeting_id = ?"_s);
            query.addBindValue(item.position);
            query.addBindValue(item.title);
            query.addBindValue(sql::text(item.reason));
            query.addBindValue(item.id);
            query.addBindValue(meetingId);
            if (!query.exec())
                return m_db.queryError(query, tr("updating agenda item %1 of meeting %2").arg(item.id).arg(meetingId));
            continue;
        }
        query.prepare(u"INSERT INTO agenda_items (meeting_id, position, kind, system_id, vendor_id, title, reason, "
                      "manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        query.addBindValue(meetingId);
        query.addBindValue(item.position);
        query.addBindValue(enumKey(item.kind));
        query.addBindValue(sql::idOrNull(item.systemId));
        query.addBindValue(sql::idOrNull(item.vendorId));
        query.addBindValue(item.title);
        query.addBindValue(sql::text(item.reason));
        query.addBindValue(item.manual ? 1 : 0);
        if (!query.exec() || !query.next())
            return m_db.queryError(query, tr("adding \"%1\" to the agenda of meeting %2").arg(item.title).arg(meetingId));
        item.id = query.value(0).toLongLong();
    }
    return writeAgendaAudit(meetingId, *before, items, action, context);
}

Status MeetingRepository::writeAgendaAudit(qint64 meetingId, const QList<AgendaItem> &before,
                                           const QList<AgendaItem> &after, const QString &action,
                                           const WriteContext &context)
{
    return AuditStore(m_db).append(context, action, u"meeting_agenda"_s, QString::number(meetingId),
                                   agendaAuditBytes(meetingId, before), agendaAuditBytes(meetingId, after));
}

Result<QList<MeetingDecision>> MeetingRepository::decisions(qint64 meetingId) const
{
    return readRows(m_db, SelectDecisions + u" WHERE d.meeting_id = ? ORDER BY d.decided_at, d.id"_s, {meetingId},
                    tr("reading the decisions of meeting %1").arg(meetingId), readDecision);
}

Result<QList<MeetingDecision>> MeetingRepository::allDecisions() const
{
    return readRows(m_db,
                    SelectDecisions + u" JOIN meetings m ON m.id = d.meeting_id "
                                      "ORDER BY m.meeting_date, m.id, d.decided_at, d.id"_s,
                    {}, tr("reading the decision register"), readDecision);
}

Result<QList<MeetingDecision>> MeetingRepository::decisionRows() const
{
    return readRows(m_db, SelectDecisions + u" ORDER BY d.id"_s, {}, tr("reading the meeting decisions"),
                    readDecision);
}

Status MeetingRepository::insertDecision(MeetingDecision &decision, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO meeting_decisions (meeting_id, item_id, system_id, outcome, conditions, rationale, "
                  "recorded_by, board_members, decided_at, workflow_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING id"_s);
    query.addBindValue(decision.meetingId);
    query.addBindValue(decision.itemId);
    query.addBindValue(sql::idOrNull(decision.systemId));
    query.addBindValue(enumKey(decision.outcome));
    query.addBindValue(sql::text(decision.conditions));
    query.addBindValue(decision.rationale);
    query.addBindValue(decision.recordedBy);
    query.addBindValue(membersText(decision.boardMembers));
    query.addBindValue(storedTimestamp(decision.decidedAt));
    query.addBindValue(sql::text(decision.workflowState));
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("recording a decision of meeting %1").arg(decision.meetingId));
    decision.id = query.value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"meeting_decision"_s, QString::number(decision.id), {},
                                   auditBytes(toJson(decision)));
}

Result<QList<Incident>> MeetingRepository::incidentsSince(const QDateTime &since) const
{
    return DecisionLogRepository(m_db).incidentsSince(since);
}

Result<QList<Override>> MeetingRepository::overridesSince(const QDateTime &since) const
{
    return DecisionLogRepository(m_db).overridesSince(since);
}

} // namespace charter
