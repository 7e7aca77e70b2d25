#include "DecisionLogRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "ReadRows.h"
#include "SqlValues.h"
#include "domain/GovernanceJson.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DecisionLogRepository", text);
}

const QString SelectOverrides = u"SELECT id, system_id, occurred_at, recorded_at, recorded_by, decision, "
                                "recommended, decided, reason FROM overrides"_s;
const QString SelectIncidents = u"SELECT id, system_id, occurred_at, recorded_at, recorded_by, severity, "
                                "what, escalated_to_id, target_minutes, acknowledged_after_minutes "
                                "FROM incidents"_s;

Override readOverride(const QSqlQuery &query)
{
    Override entry;
    entry.id = query.value(0).toLongLong();
    entry.systemId = query.value(1).toLongLong();
    entry.occurredAt = timestampFromStored(query.value(2).toString());
    entry.recordedAt = timestampFromStored(query.value(3).toString());
    entry.recordedBy = query.value(4).toString();
    entry.decision = query.value(5).toString();
    entry.recommended = query.value(6).toString();
    entry.decided = query.value(7).toString();
    entry.reason = query.value(8).toString();
    return entry;
}

Incident readIncident(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.systemId = query.value(1).toLongLong();
    incident.occurredAt = timestampFromStored(query.value(2).toString());
    incident.recordedAt = timestampFromStored(query.value(3).toString());
    incident.recordedBy = query.value(4).toString();
    incident.severity = sql::toEnum(query.value(5), Severity::Medium);
    incident.what = query.value(6).toString();
    incident.escalatedToId = query.value(7).toLongLong();
    incident.targetMinutes = query.value(8).toInt();
    incident.acknowledgedAfterMinutes = query.value(9).toInt();
    return incident;
}

} // namespace

Result<QList<Override>> DecisionLogRepository::overrides(qint64 systemId) const
{
    return readRows(m_db, SelectOverrides + u" WHERE system_id = ? ORDER BY occurred_at, id"_s, {systemId},
                    tr("reading the overrides of system %1").arg(systemId), readOverride);
}

Result<QList<Incident>> DecisionLogRepository::incidents(qint64 systemId) const
{
    return readRows(m_db, SelectIncidents + u" WHERE system_id = ? ORDER BY occurred_at, id"_s, {systemId},
                    tr("reading the incidents of system %1").arg(systemId), readIncident);
}

Result<QList<Override>> DecisionLogRepository::overridesSince(const QDateTime &since) const
{
    return readRows(m_db, SelectOverrides + u" WHERE recorded_at >= ? ORDER BY recorded_at, id"_s,
                    {storedTimestamp(since)},
                    tr("reading the overrides since %1").arg(since.toString(Qt::ISODate)), readOverride);
}

Result<QList<Incident>> DecisionLogRepository::incidentsSince(const QDateTime &since) const
{
    return readRows(m_db, SelectIncidents + u" WHERE recorded_at >= ? ORDER BY recorded_at, id"_s,
                    {storedTimestamp(since)},
                    tr("reading the incidents since %1").arg(since.toString(Qt::ISODate)), readIncident);
}

Result<Incident> DecisionLogRepository::incident(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(SelectIncidents + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading incident %1").arg(id));
    if (!query.next())
        return makeError(ErrorCode::InvalidInput, tr("There is no incident with id %1.").arg(id));
    return readIncident(query);
}

Status DecisionLogRepository::insert(Override &entry, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO overrides (system_id, occurred_at, recorded_at, recorded_by, decision, "
                  "recommended, decided, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(entry.systemId);
    query.addBindValue(storedTimestamp(entry.occurredAt));
    query.addBindValue(storedTimestamp(entry.recordedAt));
    query.addBindValue(entry.recordedBy);
    query.addBindValue(sql::text(entry.decision));
    query.addBindValue(entry.recommended);
    query.addBindValue(entry.decided);
    query.addBindValue(entry.reason);
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("recording an override on system %1").arg(entry.systemId));
    entry.id = query.value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"override"_s, QString::number(entry.id), {},
                                   auditBytes(toJson(entry)));
}

Status DecisionLogRepository::insert(Incident &incident, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO incidents (system_id, occurred_at, recorded_at, recorded_by, severity, "
                  "what, escalated_to_id, target_minutes, acknowledged_after_minutes) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(incident.systemId);
    query.addBindValue(storedTimestamp(incident.occurredAt));
    query.addBindValue(storedTimestamp(incident.recordedAt));
    query.addBindValue(incident.recordedBy);
    query.addBindValue(enumKey(incident.severity));
    query.addBindValue(incident.what);
    query.addBindValue(sql::idOrNull(incident.escalatedToId));
    query.addBindValue(incident.targetMinutes);
    query.addBindValue(incident.acknowledgedAfterMinutes);
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("recording an incident on system %1").arg(incident.systemId));
    incident.id = query.value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"incident"_s, QString::number(incident.id), {},
                                   auditBytes(toJson(incident)));
}

Status DecisionLogRepository::acknowledge(Incident &incident, int minutes, const WriteContext &context)
{
    Result<Incident> before = this->incident(incident.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE incidents SET acknowledged_after_minutes = ? WHERE id = ?"_s);
    query.addBindValue(minutes);
    query.addBindValue(incident.id);
    if (!query.exec())
        return m_db.queryError(query, tr("recording the acknowledgement of incident %1").arg(incident.id));
    incident = *before;
    incident.acknowledgedAfterMinutes = minutes;
    return AuditStore(m_db).append(context, u"acknowledge"_s, u"incident"_s, QString::number(incident.id),
                                   auditBytes(toJson(*before)), auditBytes(toJson(incident)));
}

} // namespace charter
