#pragma once

#include <QString>

namespace charter {

// The one place where SQLite and PostgreSQL differ. Repositories write portable SQL
// and ask the dialect for the few pieces that are not.
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Replaces the dialect placeholders in migration DDL:
    //   {PK}   auto-increment integer primary key column type
    //   {BIGINT} 64-bit integer
    //   {BLOB} binary column type
    QString expand(QString ddl) const;

    // "SELECT 1 FROM <catalog> WHERE name = ?" equivalent for checking a table exists.
    QString tableExistsQuery() const;

private:
    Kind m_kind;
};

} // namespace charter
