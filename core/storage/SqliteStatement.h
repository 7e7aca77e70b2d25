#pragma once

#include <QDate>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace charter {

// A read-only statement run straight on the SQLite handle underneath a Qt connection.
// For the few reads that walk a whole register (listing, the registry model): Qt's
// driver turns every value into a QVariant and every text into UTF-16 inside SQLite,
// which costs more than the query itself. Everything else goes through QSqlQuery.
class SqliteStatement
{
public:
    // Not valid when the connection is not an open SQLite connection (PostgreSQL).
    SqliteStatement(const QSqlDatabase &connection, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    bool bind(int position, qint64 value);
    // The next row; false at the end or on an error (see errorText()).
    bool next();
    bool failed() const { return m_error.isValid(); }
    // In the form of Qt's driver (native code = SQLite's result code) for Database::sqlError().
    QSqlError lastError() const { return m_error; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // An ISO 8601 "YYYY-MM-DD" column as a date; invalid when null or malformed.
    QDate date(int column) const;

private:
    void recordError();

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
};

} // namespace charter
