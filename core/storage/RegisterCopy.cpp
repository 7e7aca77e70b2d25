#include "RegisterCopy.h"

#include "AuditStore.h"
#include "Database.h"
#include "ServerSetup.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::RegisterCopy", text);
}

// Parents before children, so every reference finds its row.
const QStringList &preferredOrder()
{
    static const QStringList order = {
        u"people"_s, u"vendors"_s, u"systems"_s, u"boundaries"_s, u"escalation_steps"_s,
        u"policies"_s, u"users"_s, u"user_roles"_s, u"system_workflow"_s, u"workflow_events"_s,
        u"sign_offs"_s, u"overrides"_s, u"incidents"_s,
        u"meetings"_s, u"meeting_attendees"_s, u"meeting_tiers"_s, u"agenda_items"_s, u"meeting_decisions"_s,
        u"audit_log"_s,
    };
    return order;
}

// Tables that describe the database rather than hold its data (charter_meta is copied
// separately, without the keys that identify the schema).
bool isBookkeeping(const QString &table)
{
    return table == u"charter_meta"_s || table == u"schema_migrations"_s
        || table == ServerSetup::externalChangesTable() || table.startsWith(u"sqlite_"_s);
}

Result<QStringList> dataTables(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(db.dialect().tableNamesQuery()))
        return db.queryError(query, tr("listing the tables"));
    QStringList found;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!isBookkeeping(name))
            found.append(name);
    }
    QStringList ordered;
    for (const QString &table : preferredOrder()) {
        if (found.removeAll(table) > 0)
            ordered.append(table);
    }
    found.sort();
    return ordered + found;
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(table)))
        return db.queryError(query, tr("reading the columns of %1").arg(table));
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

Result<qint64> countRows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) || !query.next())
        return db.queryError(query, tr("counting the rows of %1").arg(table));
    return query.value(0).toLongLong();
}

Result<qint64> copyTable(Database &source, Database &target, const QString &table)
{
    Result<QStringList> sourceColumns = columnsOf(source, table);
    if (!sourceColumns)
        return sourceColumns.error();
    Result<QStringList> targetColumns = columnsOf(target, table);
    if (!targetColumns)
        return targetColumns.error();
    if (*sourceColumns != *targetColumns) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The table %1 has different columns in %2 and %3; both must be at the "
                            "same schema version.").arg(table, source.location(), target.location()));
    }
    const QString columns = sourceColumns->join(u", "_s);
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    // The first column is the key of every Charter table: rows arrive in id order.
    if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns, table, sourceColumns->first())))
        return source.queryError(read, tr("reading %1").arg(table));
    QStringList marks;
    for (qsizetype i = 0; i < sourceColumns->size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery write(target.connection());
    if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns, marks.join(u", "_s))))
        return target.queryError(write, tr("preparing to copy %1").arg(table));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < sourceColumns->size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return target.queryError(write, tr("copying row %1 of %2").arg(rows + 1).arg(table));
        ++rows;
    }
    return rows;
}

Status copyMeta(Database &source, Database &target)
{
    QSqlQuery query(source.connection());
    if (!query.exec(u"SELECT key, value FROM charter_meta ORDER BY key"_s))
        return source.queryError(query, tr("reading charter_meta"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"application"_s || key == u"schema_version"_s)
            continue;
        if (Status status = target.setMetaValue(key, query.value(1).toString()); !status)
            return status;
    }
    return {};
}

} // namespace

Result<RegisterCopy::TableCounts> RegisterCopy::rowCounts(Database &db)
{
    Result<QStringList> tables = dataTables(db);
    if (!tables)
        return tables.error();
    TableCounts counts;
    for (const QString &table : std::as_const(*tables)) {
        Result<qint64> rows = countRows(db, table);
        if (!rows)
            return rows.error();
        counts.append({table, *rows});
    }
    return counts;
}

Result<RegisterCopy::TableCounts> RegisterCopy::copy(Database &source, Database &target,
                                                     const std::function<Status()> &check)
{
    AuditReadSnapshot snapshot(source); // writers on a shared source cannot tear the copy
    if (source.schemaVersion() != target.schemaVersion()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is at schema version %2 but %3 is at %4; open both with this "
                            "Charter first.").arg(source.location()).arg(source.schemaVersion())
                             .arg(target.location()).arg(target.schemaVersion()));
    }
    Result<QStringList> tables = dataTables(source);
    if (!tables)
        return tables.error();
    TableCounts copied;
    const Status status = target.transaction([&]() -> Status {
        // Checked inside the transaction: nobody can start using the target meanwhile.
        Result<TableCounts> existing = rowCounts(target);
        if (!existing)
            return existing.error();
        for (const auto &[table, rows] : std::as_const(*existing)) {
            if (rows > 0) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("%1 is not empty (%2 holds %3 rows); Charter copies only into an "
                                    "empty database, so nothing was written.")
                                     .arg(target.location(), table).arg(rows));
            }
        }
        for (const QString &table : std::as_const(*tables)) {
            Result<qint64> rows = copyTable(source, target, table);
            if (!rows)
                return rows.error();
            copied.append({table, *rows});
        }
        if (Status status = copyMeta(source, target); !status)
            return status;
        return check ? check() : Status();
    });
    if (!status)
        return status.error();
    return copied;
}

} // namespace charter
