#include "AuditStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace charter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditStore", text);
}
} // namespace

Status AuditStore::append(const WriteContext &context, const QString &action,
                          const QString &entityType, const QString &entityId,
                          const QByteArray &before, const QByteArray &after)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditStore::append", "audit must share the write's transaction");
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO audit_log (recorded_at, actor, action, entity_type, entity_id, "
                  "before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(sql::text(context.actor));
    query.addBindValue(action);
    query.addBindValue(entityType);
    query.addBindValue(sql::text(entityId));
    query.addBindValue(before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(before)));
    query.addBindValue(after.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(after)));
    query.addBindValue(sql::text(context.reason));
    if (!query.exec())
        return m_db.queryError(query, tr("recording the audit entry"));
    return {};
}

Result<QList<AuditRecord>> AuditStore::entries(qint64 fromSeq, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, recorded_at, actor, action, entity_type, entity_id, before_json, "
                  "after_json, reason FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(fromSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the audit trail"));
    QList<AuditRecord> records;
    while (query.next()) {
        AuditRecord record;
        record.seq = query.value(0).toLongLong();
        record.recordedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        record.actor = query.value(2).toString();
        record.action = query.value(3).toString();
        record.entityType = query.value(4).toString();
        record.entityId = query.value(5).toString();
        record.before = query.value(6).toString().toUtf8();
        record.after = query.value(7).toString().toUtf8();
        record.reason = query.value(8).toString();
        records.append(record);
    }
    return records;
}

Result<qint64> AuditStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM audit_log"_s) || !query.next())
        return m_db.queryError(query, tr("counting audit entries"));
    return query.value(0).toLongLong();
}

} // namespace charter
