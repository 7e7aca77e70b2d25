#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace charter {

// Prepared statements of one connection, kept by SQL text, for the writes and small
// reads that run once per row (an import of 100,000 systems): preparing costs more
// than running them. Works for SQLite and PostgreSQL (QPSQL prepares on the server,
// per session). Use CachedQuery, which resets the statement when it goes out of scope
// so no cached read keeps a snapshot open. Not reentrant per SQL text: a cached query
// must not be used again while it is still being iterated (use a plain QSqlQuery for
// reads that call back into code that might run the same statement).
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase connection) : m_connection(std::move(connection)) {}
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The prepared statement for SQL, prepared on first use. When preparing fails the
    // query is returned uncached with the error in lastError(), and *OK is false.
    QSqlQuery &prepared(const QString &sql, bool *ok);
    // Finalises every statement (before the connection closes).
    void clear();

private:
    QSqlDatabase m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::shared_ptr<QSqlQuery> m_failed; // the last statement that would not prepare
};

// A cached statement for one use: bind, exec, read; reset when this goes out of scope.
class CachedQuery {
public:
    explicit CachedQuery(QSqlQuery &query) : m_query(&query) {}
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    QSqlQuery *m_query;
};

} // namespace charter
