#pragma once

#include <QString>
#include <QStringList>

namespace charter {

// The one place where SQLite and PostgreSQL differ. Repositories write portable SQL
// and ask the dialect for the few pieces that are not.
//
// Portable SQL here means: ? placeholders, INSERT ... RETURNING, ON CONFLICT ... DO
// UPDATE, LIMIT with a non-negative count, TEXT/INTEGER columns, ISO-8601 text for
// times. Not portable (ask the dialect or avoid): LIMIT -1 (PostgreSQL refuses a
// negative limit: leave the clause out), CAST(... AS BLOB) (textAsBytes), PRAGMA,
// sqlite_master, comparing a TEXT column with an integer parameter (PostgreSQL has no
// implicit cast: bind text), LIKE (case-insensitive only in SQLite).
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    QString driverName() const;

    // Replaces the dialect placeholders in migration DDL:
    //   {PK}   auto-increment integer primary key column type
    //   {BIGINT} 64-bit integer
    //   {BLOB} binary column type
    QString expand(QString ddl) const;

    // Statements to run after the (expanded) migration statement DDL, so the table
    // behaves the same on both engines. On PostgreSQL, a table with a {PK} column gets
    // a trigger that gives it SQLite's AUTOINCREMENT behaviour: an explicit NULL id
    // draws the next number, and an explicit id moves the counter past it, so rows
    // restored with their own ids never collide with later inserts.
    QStringList afterStatement(const QString &ddl) const;

    // A query for the id the next row of TABLE (a {PK} "id" column) would draw, which
    // no row ever had: AUTOINCREMENT's counter, or the sequence's next value (drawn).
    QString nextIdQuery(const QString &table) const;

    // "SELECT 1 FROM <catalog> WHERE name = ?" equivalent for checking a table exists.
    QString tableExistsQuery() const;
    // The names of the tables (and views) in Charter's schema: SQLite's main
    // database, PostgreSQL's current schema (the first on search_path).
    QString tableNamesQuery() const;

    // Statements that start a write transaction. Both engines let one writer at a time
    // in, so two writers queue (up to lockTimeoutMs) instead of failing mid-way:
    // SQLite with BEGIN IMMEDIATE, PostgreSQL with a transaction-scoped advisory lock
    // taken right after BEGIN (READ COMMITTED: each statement then sees every commit
    // made before the lock was granted).
    QStringList beginWriteTransaction() const;
    static constexpr int lockTimeoutMs = 5000;

    // SQL expression giving the stored bytes of text COLUMN (its UTF-8), for hashing
    // exactly what is stored.
    QString textAsBytes(const QString &column) const;

private:
    Kind m_kind;
};

} // namespace charter
