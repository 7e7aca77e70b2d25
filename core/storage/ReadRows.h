#pragma once

#include "Database.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>

namespace charter {

// Runs the SELECT SQL with BINDS (positional) and maps every row with READ, a callable
// taking the query positioned on the row: the loop every repository read repeats.
// A failed query is Database::queryError naming WHAT was being read. The query is a
// plain forward-only one (not the statement cache), so READ may run other reads.
template <typename Read>
auto readRows(const Database &db, const QString &sql, const QVariantList &binds, const QString &what, Read read)
    -> Result<QList<std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>>>
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return db.queryError(query, what);
    QList<std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>> rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

// As readRows(), the rows grouped by KEY(row), each group in the query's order.
template <typename Read, typename Key>
auto readRowsGrouped(const Database &db, const QString &sql, const QVariantList &binds, const QString &what,
                     Read read, Key key)
{
    using Row = std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>;
    using GroupKey = std::decay_t<std::invoke_result_t<Key &, const Row &>>;
    using Groups = QHash<GroupKey, QList<Row>>;
    Result<QList<Row>> rows = readRows(db, sql, binds, what, read);
    if (!rows)
        return Result<Groups>(rows.error());
    Groups groups;
    for (Row &row : *rows) {
        const GroupKey group = key(row);
        groups[group].append(std::move(row));
    }
    return Result<Groups>(std::move(groups));
}

} // namespace charter
