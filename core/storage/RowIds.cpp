#include "RowIds.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace charter {

Result<qint64> nextFreeRowId(Database &db, const QString &table)
{
    Q_ASSERT_X(db.inTransaction(), "nextFreeRowId", "only inside a write transaction");
    QSqlQuery query(db.connection());
    if (!query.exec(db.dialect().nextIdQuery(table)) || !query.next())
        return db.queryError(query, QCoreApplication::translate("charter::RowIds", "numbering new rows of %1")
                                        .arg(table));
    return query.value(0).toLongLong();
}

} // namespace charter
