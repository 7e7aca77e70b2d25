#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

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
    };

    // Opens LOCATION: a file path (SQLite) or, later, a PostgreSQL connection string.
    // Refuses files that are not Charter databases, are corrupt, or were written by a
    // newer Charter (ErrorCode::DatabaseUnavailable), leaving them untouched.
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
    QString location() const { return m_location; }

    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    bool wasCreated() const { return m_created; }
    // Copy made before this open migrated an existing file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // Runs WORK in one transaction: commits when it returns ok, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Full integrity check (PRAGMA integrity_check and foreign keys); findings are
    // appended to PROBLEMS. Returns an error only when the check itself cannot run.
    Status checkIntegrity(QStringList *problems);

    // Small key/value facts about this database (charter_meta), e.g. when risk was
    // last assessed. Empty when the key is absent.
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // Error describing a failed query, naming WHAT was being done.
    Error queryError(const QSqlQuery &query, const QString &what) const;

private:
    Database(QString location, SqlDialect dialect, QString connectionName);

    Status openSqlite(const Options &options);
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
};

} // namespace charter
