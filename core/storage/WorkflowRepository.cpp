#include "WorkflowRepository.h"

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
    return QCoreApplication::translate("charter::WorkflowRepository", text);
}

const QString RecordFields = u"system_id, state, cycle, submitted_by, submitted_at, decided_by, "
                             "decided_at, decision_reason, approved_at, approved_by, "
                             "approval_conditions, approval_expires, approved_content, "
                             "approved_content_sha256, approved_tier, approved_policy_version, "
                             "version, updated_at"_s;

QVariant timestampOrNull(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QVariant(storedTimestamp(timestamp)) : QVariant(QMetaType::fromType<QString>());
}

WorkflowRecord readRecord(const QSqlQuery &query)
{
    WorkflowRecord record;
    int c = 0;
    const auto next = [&]() { return query.value(c++); };
    record.systemId = next().toLongLong();
    record.state = sql::toEnum(next(), WorkflowState::Draft);
    record.cycle = next().toInt();
    record.submittedBy = next().toString();
    record.submittedAt = timestampFromStored(next().toString());
    record.decidedBy = next().toString();
    record.decidedAt = timestampFromStored(next().toString());
    record.decisionReason = next().toString();
    record.approvedAt = timestampFromStored(next().toString());
    record.approvedBy = next().toString();
    record.approvalConditions = next().toString();
    record.approvalExpires = sql::toDate(next());
    record.approvedContent = next().toString().toUtf8();
    record.approvedContentSha256 = next().toString();
    record.approvedTier = sql::toEnum(next(), RiskTier::Low);
    record.approvedPolicyVersion = next().toInt();
    record.version = next().toInt();
    record.updatedAt = timestampFromStored(next().toString());
    return record;
}

void bindRecord(QSqlQuery &query, const WorkflowRecord &record)
{
    query.addBindValue(enumKey(record.state));
    query.addBindValue(record.cycle);
    query.addBindValue(sql::text(record.submittedBy));
    query.addBindValue(timestampOrNull(record.submittedAt));
    query.addBindValue(sql::text(record.decidedBy));
    query.addBindValue(timestampOrNull(record.decidedAt));
    query.addBindValue(sql::text(record.decisionReason));
    query.addBindValue(timestampOrNull(record.approvedAt));
    query.addBindValue(sql::text(record.approvedBy));
    query.addBindValue(sql::text(record.approvalConditions));
    query.addBindValue(sql::dateOrNull(record.approvalExpires));
    query.addBindValue(record.approvedContent.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(QString::fromUtf8(record.approvedContent)));
    query.addBindValue(sql::text(record.approvedContentSha256));
    query.addBindValue(enumKey(record.approvedTier));
    query.addBindValue(record.approvedPolicyVersion);
}

WorkflowEvent readEvent(const QSqlQuery &query)
{
    WorkflowEvent event;
    event.id = query.value(0).toLongLong();
    event.systemId = query.value(1).toLongLong();
    event.cycle = query.value(2).toInt();
    event.at = timestampFromStored(query.value(3).toString());
    event.actor = query.value(4).toString();
    event.action = sql::toEnum(query.value(5), WorkflowAction::Submit);
    event.from = sql::toEnum(query.value(6), WorkflowState::Draft);
    event.to = sql::toEnum(query.value(7), WorkflowState::Draft);
    event.reason = query.value(8).toString();
    return event;
}

} // namespace

Result<WorkflowRecord> WorkflowRepository::load(qint64 systemId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT "_s + RecordFields + u" FROM system_workflow WHERE system_id = ?"_s);
    query.addBindValue(systemId);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the workflow of system %1").arg(systemId));
    if (!query.next()) {
        WorkflowRecord draft;
        draft.systemId = systemId;
        return draft;
    }
    return readRecord(query);
}

Result<QList<WorkflowRecord>> WorkflowRepository::inStates(const QList<WorkflowState> &states) const
{
    QString where;
    for (qsizetype i = 0; i < states.size(); ++i)
        where += i == 0 ? u" WHERE state IN (?"_s : u", ?"_s;
    if (!states.isEmpty())
        where += u')';
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + RecordFields + u" FROM system_workflow"_s + where + u" ORDER BY system_id"_s);
    for (WorkflowState state : states)
        query.addBindValue(enumKey(state));
    if (!query.exec())
        return m_db.queryError(query, tr("reading the workflow states"));
    QList<WorkflowRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<QHash<qint64, WorkflowState>> WorkflowRepository::states() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT system_id, state FROM system_workflow"_s))
        return m_db.queryError(query, tr("reading the workflow states"));
    QHash<qint64, WorkflowState> states;
    while (query.next())
        states.insert(query.value(0).toLongLong(), sql::toEnum(query.value(1), WorkflowState::Draft));
    return states;
}

Status WorkflowRepository::save(WorkflowRecord &record, WorkflowAction action, const WriteContext &context)
{
    Result<WorkflowRecord> before = load(record.systemId);
    if (!before)
        return before.error();
    if (before->version != record.version) {
        return makeError(ErrorCode::Conflict,
                         tr("The workflow of system %1 was changed by someone else meanwhile (it is "
                            "now %2). Reload it and try again.")
                             .arg(record.systemId)
                             .arg(enumLabel(before->state).toLower()));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    if (record.version == 0) {
        query.prepare(u"INSERT INTO system_workflow ("_s + RecordFields
                      + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(record.systemId);
        bindRecord(query, record);
        query.addBindValue(1);
        query.addBindValue(storedTimestamp(now));
    } else {
        query.prepare(u"UPDATE system_workflow SET state = ?, cycle = ?, submitted_by = ?, "
                      "submitted_at = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                      "approved_at = ?, approved_by = ?, approval_conditions = ?, "
                      "approval_expires = ?, approved_content = ?, approved_content_sha256 = ?, "
                      "approved_tier = ?, approved_policy_version = ?, version = version + 1, "
                      "updated_at = ? WHERE system_id = ? AND version = ?"_s);
        bindRecord(query, record);
        query.addBindValue(storedTimestamp(now));
        query.addBindValue(record.systemId);
        query.addBindValue(record.version);
    }
    if (!query.exec())
        return m_db.queryError(query, tr("storing the workflow of system %1").arg(record.systemId));
    if (query.numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         tr("The workflow of system %1 was changed by someone else while saving. "
                            "Reload it and try again.").arg(record.systemId));
    }
    record.version += 1;
    record.updatedAt = timestampFromStored(storedTimestamp(now));
    return AuditStore(m_db).append(context, enumKey(action), u"workflow"_s,
                                   QString::number(record.systemId),
                                   before->version == 0 ? QByteArray() : auditBytes(toJson(*before)),
                                   auditBytes(toJson(record)));
}

Status WorkflowRepository::appendEvent(WorkflowEvent &event, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO workflow_events (system_id, cycle, event_at, actor, action, "
                  "from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(event.systemId);
    query.addBindValue(event.cycle);
    query.addBindValue(storedTimestamp(event.at));
    query.addBindValue(sql::text(event.actor));
    query.addBindValue(enumKey(event.action));
    query.addBindValue(enumKey(event.from));
    query.addBindValue(enumKey(event.to));
    query.addBindValue(sql::text(event.reason));
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("recording the workflow history of system %1").arg(event.systemId));
    event.id = query.value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"workflow_event"_s, QString::number(event.id),
                                   {}, auditBytes(toJson(event)));
}

Result<QList<WorkflowEvent>> WorkflowRepository::events(qint64 systemId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, system_id, cycle, event_at, actor, action, from_state, to_state, reason "
                  "FROM workflow_events WHERE system_id = ? ORDER BY id"_s);
    query.addBindValue(systemId);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the workflow history of system %1").arg(systemId));
    QList<WorkflowEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

Result<QHash<qint64, QList<WorkflowEvent>>> WorkflowRepository::allEvents() const
{
    return readRowsGrouped(
        m_db, u"SELECT id, system_id, cycle, event_at, actor, action, from_state, to_state, reason "
              "FROM workflow_events ORDER BY id"_s,
        {}, tr("reading the workflow history"), readEvent, [](const WorkflowEvent &event) { return event.systemId; });
}

Result<QStringList> WorkflowRepository::submitters(qint64 systemId, int cycle) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT actor FROM workflow_events WHERE system_id = ? AND cycle = ? "
                  "AND action = ? ORDER BY actor"_s);
    query.addBindValue(systemId);
    query.addBindValue(cycle);
    query.addBindValue(enumKey(WorkflowAction::Submit));
    if (!query.exec())
        return m_db.queryError(query, tr("reading who submitted system %1").arg(systemId));
    QStringList logins;
    while (query.next())
        logins << query.value(0).toString();
    return logins;
}

} // namespace charter
