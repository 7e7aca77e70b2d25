#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace charter {

class Database;

// A statement run straight on the SQLite handle underneath a Qt connection.
// For the few reads that walk a whole register (listing, the registry model) and the
// writes that run once per row of an import: Qt's driver turns every value into a
// QVariant and every text into UTF-16 inside SQLite, which costs more than the
// statement itself. Everything else goes through QSqlQuery.
class SqliteStatement
{
public:
    // Not valid when the connection is not an open SQLite connection (PostgreSQL).
    SqliteStatement(const QSqlDatabase &connection, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite handle under CONNECTION; nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &connection);

    bool isValid() const { return m_statement != nullptr; }
    // Parameters are numbered from 1. Texts are bound as the UTF-8 bytes given, so a
    // caller that hashes what it stores hashes exactly those bytes.
    bool bind(int position, qint64 value);
    bool bindNull(int position);
    bool bindText(int position, QByteArrayView utf8);
    // The same without a copy: UTF8 must stay unchanged until execute() has run.
    bool bindTextInPlace(int position, QByteArrayView utf8);
    // Non-null text ('' for an empty or null QString), stored as its UTF-8.
    bool bindText(int position, const QString &text);
    // A Latin-1/ASCII string that outlives the statement (an enum key, a literal).
    bool bindStaticAscii(int position, const char *text);
    bool bindBlob(int position, QByteArrayView bytes);
    // Runs a write to its end and makes the statement ready for new bindings; false
    // on an error (see lastError()).
    bool execute();
    // The rowid of the last row this connection inserted.
    qint64 lastInsertRowId() const;
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
    // The bytes of each bound text or blob, kept until the statement runs so SQLite need not
    // copy them; they keep their capacity, so a bulk write allocates nothing per row.
    std::vector<std::string> m_texts;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

// The statement for SQL (a string literal: kept by address) prepared once for the
// current write transaction on DB and finalised when it ends, so a bulk write (an
// import) prepares each statement once and binds positional parameters. nullptr when
// DB is not SQLite or not in a transaction (the caller uses QSqlQuery then); on a
// prepare error *ERROR is set and nullptr returned.
SqliteStatement *transactionStatement(Database &db, const char *sql, QSqlError *error);

// A larger SQLite page cache while it lives, for one bulk write (an import): with the
// default 2 MB, a transaction that writes hundreds of MB keeps evicting B-tree pages
// and reading them back from the WAL. The cache grows only as pages are used and
// goes back to its previous size afterwards. Does nothing on PostgreSQL.
class SqliteBulkCache
{
public:
    explicit SqliteBulkCache(Database &db);
    ~SqliteBulkCache();
    SqliteBulkCache(const SqliteBulkCache &) = delete;
    SqliteBulkCache &operator=(const SqliteBulkCache &) = delete;

private:
    sqlite3 *m_handle = nullptr;
    qint64 m_previous = 0;
};

// A rollback journal instead of WAL while it lives, for one bulk write (an import) on a
// file nobody else has open. In WAL mode every page a transaction writes goes to the
// WAL and again into the file at the checkpoint; with a rollback journal only pages
// that existed before the transaction are copied to the journal, so the pages an
// import appends are written once. Crash safety stays: synchronous is raised to EXTRA
// meanwhile, which also syncs the directory after the journal is deleted at the commit
// (with FULL alone, a power cut right after the commit could roll it back).
//
// SQLite leaves WAL only when this is the one connection to the file; when another
// connection (another thread's, another process's) has it open, or this connection is
// in a transaction, nothing changes and the write runs in WAL as always. WAL and the
// previous synchronous level are restored when it goes out of scope, committed or not.
// Other connections that open the file meanwhile wait for the write to end (busy
// timeout), as they wait for any writer. Does nothing on PostgreSQL or on a file
// already in another journal mode (a network file system).
class SqliteBulkJournal
{
public:
    explicit SqliteBulkJournal(Database &db);
    ~SqliteBulkJournal();
    SqliteBulkJournal(const SqliteBulkJournal &) = delete;
    SqliteBulkJournal &operator=(const SqliteBulkJournal &) = delete;

    // True while the rollback journal replaces WAL.
    bool isActive() const { return m_handle != nullptr; }

private:
    sqlite3 *m_handle = nullptr;
    qint64 m_previousSynchronous = 0;
};

} // namespace charter
