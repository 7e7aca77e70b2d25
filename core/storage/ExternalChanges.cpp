#include "ExternalChanges.h"

#include "AuditStore.h"
#include "Database.h"
#include "ServerSetup.h"
#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::ExternalChanges", text);
}

} // namespace

Result<bool> ExternalChanges::recorded() const
{
    if (!m_db.isServer())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
    query.addBindValue(ServerSetup::externalChangesTable());
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("looking for changes made outside Charter"));
    return query.value(0).toBool();
}

Result<QList<ExternalChange>> ExternalChanges::read(bool onlyMissing) const
{
    Result<bool> available = recorded();
    if (!available)
        return available.error();
    if (!*available)
        return QList<ExternalChange>();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString sql = u"SELECT e.id, e.changed_at, e.login, e.table_name, e.operation, e.row_key, "
                  "e.before_json, e.after_json FROM charter_external_changes e"_s;
    if (onlyMissing) {
        sql += u" WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = '%1' "
               "AND a.entity_id = CAST(e.id AS TEXT))"_s.arg(QString::fromLatin1(EntityType));
    }
    if (!query.exec(sql + u" ORDER BY e.id"_s))
        return m_db.queryError(query, tr("reading the changes made outside Charter"));
    QList<ExternalChange> changes;
    while (query.next()) {
        ExternalChange change;
        change.id = query.value(0).toLongLong();
        change.changedAt = query.value(1).toString();
        change.login = query.value(2).toString();
        change.table = query.value(3).toString();
        change.operation = query.value(4).toString();
        change.rowKey = query.value(5).toString();
        change.before = query.value(6).toString().toUtf8();
        change.after = query.value(7).toString().toUtf8();
        changes.append(change);
    }
    return changes;
}

Result<QList<ExternalChange>> ExternalChanges::notInTrail() const
{
    return read(true);
}

QString ExternalChanges::describe(const ExternalChange &change)
{
    const QString row = change.rowKey.isEmpty() ? change.table : change.table + u' ' + change.rowKey;
    return tr("%1 of %2 outside Charter at %3").arg(change.operation, row, change.changedAt);
}

Status ExternalChanges::check(QList<AuditFinding> &findings) const
{
    Result<QList<ExternalChange>> all = read(false);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return {};
    Result<QHash<QString, AuditRecord>> copies =
        AuditStore(m_db).latestByEntity(QString::fromLatin1(EntityType));
    if (!copies)
        return copies.error();
    for (const ExternalChange &change : std::as_const(*all)) {
        const QString id = QString::number(change.id);
        AuditFinding finding;
        finding.entityType = change.table;
        finding.entityId = change.rowKey;
        const auto copy = copies->constFind(id);
        if (copy == copies->constEnd()) {
            finding.kind = AuditFinding::Kind::RegistryUnaudited;
            finding.message = tr("Changed outside Charter by %1 and not in the audit trail yet: %2. "
                                 "The next write through Charter records it; review the change.")
                                  .arg(change.login, describe(change));
        } else if (copy->actor != change.login || copy->before != change.before
                   || copy->after != change.after) {
            finding.kind = AuditFinding::Kind::EntryAltered;
            finding.seq = copy->seq;
            finding.message = tr("Audit entry %1 does not match the server's record of a change "
                                 "made outside Charter: %2.").arg(copy->seq).arg(describe(change));
        } else {
            continue;
        }
        findings.append(finding);
    }
    return {};
}

} // namespace charter
