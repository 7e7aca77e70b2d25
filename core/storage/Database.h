#pragma once

#include "FileSystemCheck.h"
#include "PgLink.h"
#include "SqlDialect.h"
#include "StatementCache.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace charter {

// An open Charter database: one named QSqlDatabase connection, migrated to the
// latest schema. Threading: a Database belongs to the thread that opened it; a worker
// thread opens its own Database on the same location (one connection per thread).
class Database {
public:
    enum class OpenMode {
        OpenExisting,    // the location must already hold a Charter database
        CreateIfMissing, // create and initialise an empty database when absent
    };

    struct Options {
        OpenMode mode = OpenMode::CreateIfMissing;
        // Stop migrating at this schema version (tests build "older" files with it).
        int migrateUpTo = -1;
        // Tells which file system the database lives on (empty: statfs). Tests inject
        // a fake to exercise the network-file-system path.
        FileSystemProbe fileSystemProbe;
        // Upgrade an older shared (PostgreSQL) database. Off, opening one is refused
        // with advice: a shared database is upgraded deliberately, by its owner, after
        // a pg_dump backup ('charter-cli admin migrate'), not by whichever client
        // happens to open it first. SQLite files are always upgraded, after a copy.
        bool allowServerMigration = false;
    };

    // Opens LOCATION: a file path (SQLite) or a PostgreSQL connection string or URI
    // (see ConnectionString; libpq's service file, .pgpass and PG* environment apply).
    // Refuses files and databases that are not Charter databases, are corrupt, or were
    // written by a newer Charter (ErrorCode::DatabaseUnavailable), leaving them
    // untouched; on a server also when it cannot be reached or the login is refused.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &location)
    {
        return open(location, Options{});
    }

    // True when LOCATION names a PostgreSQL server rather than a file.
    static bool isServerLocation(const QString &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    // For messages and logs: the file path, or the server location without any
    // password. To open the same database again (a worker thread), use the location
    // the caller was given.
    QString location() const { return m_location; }
    bool isServer() const { return m_dialect.isPostgres(); }
    // The database login of a shared database (who the server says we are); empty for
    // a file.
    QString serverLogin() const { return m_serverLogin; }

    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    bool wasCreated() const { return m_created; }
    // Copy made before this open migrated an existing file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    // Things the user should know about this database that did not stop it opening,
    // e.g. that it lives on a network file system. Shown by the CLI and the GUI.
    QStringList warnings() const { return m_warnings; }
    // The network file system the file lives on ("NFS", "SMB/CIFS"); empty when local.
    QString networkFileSystem() const { return m_networkFileSystem; }

    // A shared database's connection can be lost (server restart, network, an
    // administrator ending the session). isAlive() asks the server (false for a lost
    // connection; always true for a file). reconnect() opens this connection again with
    // CONNECTIONTEXT (the location the caller was given, password included if it had
    // one: the password is not kept after connecting), under the same name, so
    // repositories holding it keep working; cached statements are dropped. Must not be
    // called inside a transaction. DatabaseUnavailable while the server is unreachable.
    bool isAlive() const;
    Status reconnect(const QString &connectionText);
    // This connection's server session (backend process, socket), so that another
    // thread can watch it (ChangeNotifier::watch); empty for a file.
    PgLink::Session serverSession() const;

    // Runs WORK in one transaction: commits when it returns ok, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Integrity check; findings are appended to PROBLEMS. SQLite: PRAGMA
    // integrity_check and foreign_key_check. PostgreSQL (which keeps its own pages
    // consistent and enforces foreign keys): Charter's metadata and tables are all
    // there, no foreign key is disabled or left unvalidated, and no row points to a
    // missing row. Returns an error only when the check itself cannot run.
    Status checkIntegrity(QStringList *problems);

    // Small key/value facts about this database (charter_meta), e.g. when risk was
    // last assessed. Empty when the key is absent.
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // Error describing a failed query, naming WHAT was being done.
    Error queryError(const QSqlQuery &query, const QString &what) const;
    Error sqlError(const QSqlError &error, const QString &what) const;

    // The prepared statement for SQL, kept for this connection (StatementCache): for
    // statements run once per row. *PREPARED is false when it would not prepare (the
    // error is in the query's lastError()).
    CachedQuery cachedQuery(const QString &sql, bool *prepared) const;

    // Something a store keeps in memory for the current outermost transaction only
    // (the audit trail's tree state while many entries are appended): FLUSH runs just
    // before COMMIT (its error rolls the transaction back), and the state is dropped
    // when the transaction ends, committed or not.
    class TransactionState {
    public:
        virtual ~TransactionState() = default;
        virtual Status flush() = 0;
    };
    // The state stored under KEY in the current transaction; nullptr when none.
    TransactionState *transactionState(const char *key) const;
    // Keeps STATE under KEY until the current transaction ends (must be in one).
    void setTransactionState(const char *key, std::unique_ptr<TransactionState> state);

private:
    Database(QString location, SqlDialect dialect, QString connectionName);

    Status openSqlite(const Options &options);
    Status openServer(const QString &connectionText, const Options &options);
    Status checkServerIntegrity(QStringList *problems);
    Status prepareServerSession(QSqlQuery &query);
    Error sqliteError(const QSqlError &error, const QString &what) const;
    Error serverError(const QSqlError &error, const QString &what) const;
    Status applyPragmas();
    Status readSchemaVersion(bool *isEmpty);
    Status migrate(int targetVersion);
    Status backupBeforeMigration();

    QString m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_created = false;
    QString m_backupPath;
    QString m_serverLogin;
    QStringList m_warnings;
    QString m_networkFileSystem;
    mutable std::unique_ptr<StatementCache> m_statements; // created on first use
    std::vector<std::pair<QByteArray, std::unique_ptr<TransactionState>>> m_transactionStates;
};

} // namespace charter
