#include "Database.h"

#include "ConnectionString.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::Database", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"charter-%1"_s.arg(++counter);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// SQLite primary result codes (sqlite3.h) that say something about the file itself.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

constexpr char SqliteHeader[] = "SQLite format 3";

// Oldest PostgreSQL Charter runs on (identity columns, EXECUTE FUNCTION, pg_sequence_last_value).
constexpr int MinimumServerVersion = 120000;

// The tables the migrations up to VERSION create, by name.
QStringList tablesUpTo(int version)
{
    static const QRegularExpression createTable(
        uR"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version > version)
            continue;
        for (const QString &statement : migration.statements) {
            const QRegularExpressionMatch match = createTable.match(statement);
            if (match.hasMatch())
                tables.append(match.captured(1));
        }
    }
    return tables;
}

// What to do about a failed connection, judged from libpq's message (best effort: the
// message itself is always shown too).
QString connectionAdvice(const QString &message)
{
    if (message.contains(u"password"_s, Qt::CaseInsensitive)) {
        return tr(" Check the user name and the password: Charter never stores passwords; "
                  "libpq reads them from ~/.pgpass (or PGPASSFILE) or the service file.");
    }
    if (message.contains(u"authentication failed"_s)) {
        return tr(" The server refused this login: check the user name, and ask the server's "
                  "administrator whether it may connect from here (pg_hba.conf).");
    }
    if (message.contains(u"database \""_s) && message.contains(u"does not exist"_s)) {
        return tr(" Check the database name, or ask the server's administrator to create the "
                  "database (createdb).");
    }
    if (message.contains(u"role \""_s) && message.contains(u"does not exist"_s)) {
        return tr(" Check the user name, or ask the server's administrator for a login.");
    }
    if (message.contains(u"SSL"_s) || message.contains(u"certificate"_s))
        return tr(" Check the sslmode and the certificate settings of the connection.");
    return tr(" Check that the server is running and reachable at that host and port, and "
              "that the connection settings are right.");
}

} // namespace

Database::Database(QString location, SqlDialect dialect, QString connectionName)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_transactionStates.clear();
    m_statements.reset(); // finalised before the connection goes
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isServerLocation(const QString &location)
{
    if (location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s))
        return true;
    return ConnectionString::looksLikeConnectionString(location) && !QFileInfo::exists(location);
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (isServerLocation(location)) {
        Result<ConnectionString> connection = ConnectionString::parse(location);
        if (!connection) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("Cannot use the database location: %1").arg(connection.error().message));
        }
        std::unique_ptr<Database> db(new Database(connection->displayText(),
                                                  SqlDialect(SqlDialect::Kind::Postgres),
                                                  nextConnectionName()));
        if (Status status = db->openServer(location, options); !status)
            return status.error();
        return db;
    }
    std::unique_ptr<Database> db(new Database(QDir::cleanPath(location),
                                              SqlDialect(SqlDialect::Kind::Sqlite),
                                              nextConnectionName()));
    if (Status status = db->openSqlite(options); !status)
        return status.error();
    return db;
}

Status Database::openSqlite(const Options &options)
{
    const QFileInfo info(m_location);
    bool fileIsNew = !info.exists();
    if (fileIsNew) {
        if (options.mode == OpenMode::OpenExisting) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("There is no Charter database at %1. Create one with "
                                "'charter-cli init' or choose another file.").arg(m_location));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("Cannot create the folder %1 for the database.")
                                 .arg(info.absolutePath()));
        }
    } else if (info.isDir()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is a folder, not a Charter database file.").arg(m_location));
    } else if (info.size() > 0) {
        // Check the header ourselves: SQLite would happily "open" any file and only
        // fail on the first query, and we must not write to a stranger's file.
        QFile file(m_location);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("Cannot read %1: %2").arg(m_location, file.errorString()));
        }
        const QByteArray header = file.read(100);
        if (!header.startsWith(QByteArray(SqliteHeader, sizeof SqliteHeader))) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("%1 is not a Charter database: it is not an SQLite database "
                                "file.").arg(m_location));
        }
        if (header.size() < 100) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("%1 is truncated (%2 bytes): it cannot be a complete Charter "
                                "database. Restore it from a backup.")
                                 .arg(m_location).arg(header.size()));
        }
    }

    // SQLite on a file that several hosts can mount: its locks are unreliable there and
    // WAL's shared memory only works on one host. Open with a warning and keep to the
    // rollback journal (applyPragmas), which needs no shared memory.
    const QString probePath = fileIsNew ? info.absolutePath() : m_location;
    if (const std::optional<QString> network = networkFileSystemOf(probePath, options.fileSystemProbe)) {
        m_networkFileSystem = *network;
        m_warnings.append(tr("%1 is on a network file system (%2). SQLite databases are only "
                             "safe there while a single computer uses them: never open it from "
                             "two computers at once, or it may be damaged. Charter uses a "
                             "rollback journal instead of write-ahead logging here. Move the "
                             "database to a local disk if you can.")
                              .arg(m_location, m_networkFileSystem));
        spdlog::warn("{} is on a network file system ({})", m_location.toStdString(),
                     m_networkFileSystem.toStdString());
    }

    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(m_location);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot open %1: %2").arg(m_location, m_db.lastError().text()));
    }

    bool isEmpty = false;
    if (Status status = readSchemaVersion(&isEmpty); !status)
        return status;
    if (m_schemaVersion > latestSchemaVersion()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 was written by a newer version of Charter (schema version %2; "
                            "this version reads up to %3). Update Charter to open it. The file "
                            "was left untouched.")
                             .arg(m_location)
                             .arg(m_schemaVersion)
                             .arg(latestSchemaVersion()));
    }
    if (Status status = applyPragmas(); !status)
        return status;

    const int target = options.migrateUpTo > 0 ? options.migrateUpTo : latestSchemaVersion();
    if (m_schemaVersion < target) {
        if (!isEmpty) {
            if (Status status = backupBeforeMigration(); !status)
                return status;
        }
        if (Status status = migrate(target); !status)
            return status;
    }
    spdlog::info("Opened database {} (schema version {})", m_location.toStdString(), m_schemaVersion);
    return {};
}

Status Database::openServer(const QString &connectionText, const Options &options)
{
    const ConnectionString connection = ConnectionString::parse(connectionText).value();
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!m_db.isValid()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. "
                            "Install the package libqt6sql6-psql.").arg(m_location));
    }
    if (Status status = connection.applyTo(m_db); !status) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot use the database location %1: %2").arg(m_location, status.error().message));
    }
    const bool opened = m_db.open();
    m_db.setPassword(QString()); // not needed once connected; keep it out of memory
    if (!opened) {
        const QString message = m_db.lastError().databaseText().trimmed().isEmpty()
            ? m_db.lastError().text().trimmed()
            : m_db.lastError().databaseText().trimmed();
        spdlog::error("Cannot connect to {}: {}", m_location.toStdString(), message.toStdString());
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot connect to the PostgreSQL database %1: %2.%3")
                             .arg(m_location, message, connectionAdvice(message)));
    }

    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT current_setting('server_version_num')::int, session_user, "
                    "current_schema(), current_setting('server_version')"_s)
        || !query.next()) {
        return queryError(query, tr("identifying the server"));
    }
    if (query.value(0).toInt() < MinimumServerVersion) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 runs PostgreSQL %2; Charter needs PostgreSQL 12 or newer.")
                             .arg(m_location, query.value(3).toString()));
    }
    m_serverLogin = query.value(1).toString();
    if (query.value(2).isNull()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 has no schema for Charter's tables: no schema on the search_path "
                            "exists. Create one, or choose it with options='-c search_path=NAME' "
                            "in the connection string.").arg(m_location));
    }
    if (Status status = prepareServerSession(query); !status)
        return status;

    bool isEmpty = false;
    if (Status status = readSchemaVersion(&isEmpty); !status)
        return status;
    if (isEmpty && options.mode == OpenMode::OpenExisting) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("There is no Charter database in %1 (it is empty). Create one with "
                            "'charter-cli init' or choose another database.").arg(m_location));
    }
    if (m_schemaVersion > latestSchemaVersion()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 was written by a newer version of Charter (schema version %2; "
                            "this version reads up to %3). Update Charter to open it. The "
                            "database was left untouched.")
                             .arg(m_location)
                             .arg(m_schemaVersion)
                             .arg(latestSchemaVersion()));
    }
    const int target = options.migrateUpTo > 0 ? options.migrateUpTo : latestSchemaVersion();
    if (m_schemaVersion < target) {
        if (!isEmpty && !options.allowServerMigration) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("%1 has schema version %2; this version of Charter needs %3. A "
                                "shared database is upgraded by its owner: back it up first "
                                "(pg_dump), then run 'charter-cli --db LOCATION admin migrate'. "
                                "The database was left untouched.")
                                 .arg(m_location)
                                 .arg(m_schemaVersion)
                                 .arg(target));
        }
        if (!isEmpty) {
            spdlog::warn("Upgrading the shared database {} from schema version {} to {}",
                         m_location.toStdString(), m_schemaVersion, target);
        }
        if (Status status = migrate(target); !status)
            return status;
    }
    spdlog::info("Opened database {} as {} (schema version {})", m_location.toStdString(),
                 m_serverLogin.toStdString(), m_schemaVersion);
    return {};
}

Status Database::prepareServerSession(QSqlQuery &query)
{
    // Writers wait for each other as long as SQLite's busy timeout; notices stay on the
    // server (they would otherwise go to stderr).
    const QStringList session = {
        u"SET lock_timeout = %1"_s.arg(SqlDialect::lockTimeoutMs),
        u"SET client_min_messages = warning"_s,
    };
    for (const QString &statement : session) {
        if (!query.exec(statement))
            return queryError(query, tr("preparing the connection (%1)").arg(statement));
    }
    return {};
}

bool Database::isAlive() const
{
    if (!isServer())
        return true;
    QSqlQuery query(m_db);
    return m_db.isOpen() && query.exec(u"SELECT 1"_s);
}

PgLink::Session Database::serverSession() const
{
    return isServer() ? PgLink::sessionOf(m_db) : PgLink::Session{};
}

Status Database::reconnect(const QString &connectionText)
{
    if (!isServer())
        return {};
    Result<ConnectionString> connection = ConnectionString::parse(connectionText);
    if (!connection) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot use the database location: %1").arg(connection.error().message));
    }
    m_transactionStates.clear();
    m_transactionDepth = 0;
    if (m_statements)
        m_statements->clear(); // prepared on the old server session
    m_db.close();
    if (Status status = connection->applyTo(m_db); !status)
        return status;
    const bool opened = m_db.open();
    m_db.setPassword(QString());
    if (!opened) {
        const QString message = m_db.lastError().text().trimmed();
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot connect to the PostgreSQL database %1: %2").arg(m_location, message));
    }
    QSqlQuery query(m_db);
    if (Status status = prepareServerSession(query); !status)
        return status;
    spdlog::info("Reconnected to {}", m_location.toStdString());
    return {};
}

Status Database::readSchemaVersion(bool *isEmpty)
{
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.tableNamesQuery())) {
        if (isServer())
            return queryError(query, tr("listing the tables"));
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is corrupt or not a Charter database: %2. Restore it from a "
                            "backup.").arg(m_location, query.lastError().text()));
    }
    bool hasTables = false;
    bool hasMeta = false;
    QStringList others;
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"charter_meta"_s)
            hasMeta = true;
        else if (others.size() < 3)
            others.append(query.value(0).toString());
    }
    *isEmpty = !hasTables;
    if (!hasTables) {
        m_schemaVersion = 0;
        return {};
    }
    if (!hasMeta && isServer()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is not a Charter database: it holds other tables (%2) but no "
                            "Charter metadata. Choose an empty database, or another schema with "
                            "options='-c search_path=NAME'. Nothing was changed.")
                             .arg(m_location, others.join(u", "_s)));
    }
    if (!hasMeta) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is an SQLite database but not a Charter database (it has no "
                            "Charter metadata). Choose another file.").arg(m_location));
    }
    if (!query.exec(u"SELECT key, value FROM charter_meta WHERE key IN ('application', 'schema_version')"_s)) {
        if (isServer())
            return queryError(query, tr("reading the Charter metadata"));
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is corrupt: cannot read the Charter metadata: %2. Restore it "
                            "from a backup.").arg(m_location, query.lastError().text()));
    }
    QString application;
    QString version;
    while (query.next()) {
        if (query.value(0).toString() == u"application"_s)
            application = query.value(1).toString();
        else
            version = query.value(1).toString();
    }
    bool numeric = false;
    m_schemaVersion = version.toInt(&numeric);
    if (application != u"charter"_s || !numeric || m_schemaVersion < 1) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is corrupt: its Charter metadata has no valid schema version. "
                            "Restore it from a backup.").arg(m_location));
    }
    return {};
}

Status Database::applyPragmas()
{
    // WAL lets readers work while one writer commits; FULL makes every acknowledged
    // commit survive a power cut; foreign keys keep ownership pointers valid.
    // On a network file system the rollback journal replaces WAL (see openSqlite).
    const QStringList pragmas = {
        // A new file gets 16 KiB pages (an existing one keeps its size): an audit entry
        // holds a system's JSON (1-3 KiB), so 4 KiB pages would fit one entry each and
        // leave a third of the file empty; bulk imports write a third less.
        u"PRAGMA page_size = 16384"_s,
        u"PRAGMA foreign_keys = ON"_s,
        m_networkFileSystem.isEmpty() ? u"PRAGMA journal_mode = WAL"_s
                                      : u"PRAGMA journal_mode = DELETE"_s,
        u"PRAGMA synchronous = FULL"_s,
        // Statement journals in memory: a long transaction (an import) would otherwise
        // spill them to a temporary file and write every journaled page through it.
        u"PRAGMA temp_store = MEMORY"_s,
    };
    QSqlQuery query(m_db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return queryError(query, tr("preparing the database (%1)").arg(pragma));
    }
    return {};
}

Status Database::backupBeforeMigration()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = u"%1.v%2-%3.bak"_s.arg(m_location).arg(m_schemaVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = u"%1.v%2-%3-%4.bak"_s.arg(m_location).arg(m_schemaVersion).arg(stamp).arg(n);

    QSqlQuery query(m_db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    if (!query.exec()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot back up %1 to %2 before upgrading it: %3. Nothing was "
                            "changed.").arg(m_location, path, query.lastError().text()));
    }
    m_backupPath = path;
    spdlog::info("Backed up {} to {} before migrating", m_location.toStdString(), path.toStdString());
    return {};
}

Status Database::migrate(int targetVersion)
{
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion)
            continue;
        int appliedMeanwhile = 0;
        Status status = transaction([&]() -> Status {
            QSqlQuery query(m_db);
            if (isServer()) {
                // Several clients may open an empty or older shared database at once:
                // the writer lock queues them, and the later ones find the work done.
                query.prepare(m_dialect.tableExistsQuery());
                query.addBindValue(u"charter_meta"_s);
                if (!query.exec())
                    return queryError(query, tr("upgrading to schema version %1").arg(migration.version));
                if (query.next()) {
                    if (!query.exec(u"SELECT value FROM charter_meta WHERE key = 'schema_version'"_s))
                        return queryError(query, tr("upgrading to schema version %1").arg(migration.version));
                    const int stored = query.next() ? query.value(0).toInt() : 0;
                    if (stored >= migration.version) {
                        appliedMeanwhile = stored;
                        return {};
                    }
                }
            }
            for (const QString &statement : migration.statements) {
                if (!query.exec(m_dialect.expand(statement)))
                    return queryError(query, tr("upgrading to schema version %1").arg(migration.version));
                for (const QString &extra : m_dialect.afterStatement(statement)) {
                    if (!query.exec(extra))
                        return queryError(query, tr("upgrading to schema version %1").arg(migration.version));
                }
            }
            query.prepare(u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s);
            query.addBindValue(migration.version);
            query.addBindValue(migration.description);
            query.addBindValue(nowUtc());
            if (!query.exec())
                return queryError(query, tr("recording schema version %1").arg(migration.version));
            const QList<std::pair<QString, QString>> meta = {
                {u"application"_s, u"charter"_s},
                {u"schema_version"_s, QString::number(migration.version)},
            };
            for (const auto &[key, value] : meta) {
                query.prepare(u"INSERT INTO charter_meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
                query.addBindValue(key);
                query.addBindValue(value);
                if (!query.exec())
                    return queryError(query, tr("recording schema version %1").arg(migration.version));
            }
            return {};
        });
        if (!status) {
            return makeError(status.error().code,
                             tr("Upgrading %1 to schema version %2 failed and was rolled back: %3")
                                 .arg(m_location)
                                 .arg(migration.version)
                                 .arg(status.error().message));
        }
        if (appliedMeanwhile > 0) {
            m_schemaVersion = appliedMeanwhile;
            continue;
        }
        m_schemaVersion = migration.version;
        if (migration.version == schemaMigrations().constFirst().version)
            m_created = true;
        spdlog::info("Migrated {} to schema version {}", m_location.toStdString(), m_schemaVersion);
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    QSqlQuery query(m_db);
    // The writer lock is taken up front (SqlDialect::beginWriteTransaction), so two
    // writers queue on the lock timeout instead of failing with a deadlock or a
    // serialisation error when both try to write.
    const QStringList begin = m_dialect.beginWriteTransaction();
    for (qsizetype i = 0; i < begin.size(); ++i) {
        if (!query.exec(begin[i])) {
            Error error = queryError(query, tr("starting a transaction"));
            if (i > 0) {
                QSqlQuery rollback(m_db);
                rollback.exec(u"ROLLBACK"_s);
            }
            return error;
        }
    }
    m_transactionDepth = 1;
    Status status = work();
    for (auto &[key, state] : m_transactionStates) {
        if (status)
            status = state->flush();
    }
    m_transactionStates.clear();
    m_transactionDepth = 0;
    if (status) {
        if (query.exec(u"COMMIT"_s))
            return status;
        status = queryError(query, tr("committing"));
    }
    QSqlQuery rollback(m_db);
    if (!rollback.exec(u"ROLLBACK"_s))
        spdlog::error("Rollback failed on {}: {}", m_location.toStdString(),
                      rollback.lastError().text().toStdString());
    return status;
}

Status Database::checkIntegrity(QStringList *problems)
{
    if (isServer())
        return checkServerIntegrity(problems);
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return queryError(query, tr("checking integrity"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems->append(tr("Integrity: %1").arg(line));
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return queryError(query, tr("checking references"));
    while (query.next()) {
        problems->append(tr("Reference: a row in %1 (row id %2) points to a missing row in %3")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString()));
    }
    return {};
}

Status Database::checkServerIntegrity(QStringList *problems)
{
    // The server keeps its pages consistent and enforces foreign keys itself; what can
    // still go wrong is done with DDL behind Charter's back.
    bool isEmpty = false;
    const int openedAt = m_schemaVersion;
    if (Status status = readSchemaVersion(&isEmpty); !status) {
        problems->append(tr("Integrity: %1").arg(status.error().message));
        return {};
    }
    if (m_schemaVersion != openedAt) {
        problems->append(tr("Integrity: the schema version changed from %1 to %2 while Charter "
                            "had the database open.").arg(openedAt).arg(m_schemaVersion));
    }
    QSqlQuery query(m_db);
    for (const QString &table : tablesUpTo(m_schemaVersion)) {
        query.prepare(m_dialect.tableExistsQuery());
        query.addBindValue(table);
        if (!query.exec())
            return queryError(query, tr("checking integrity"));
        if (!query.next())
            problems->append(tr("Integrity: the table %1 is missing.").arg(table));
    }

    // A foreign key left unvalidated or with its triggers disabled no longer protects
    // the rows (ALTER TABLE ... NOT VALID / DISABLE TRIGGER ALL).
    if (!query.exec(u"SELECT c.conrelid::regclass::text, c.conname, c.convalidated, "
                    "EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgconstraint = c.oid "
                    "AND t.tgenabled = 'D') "
                    "FROM pg_catalog.pg_constraint c WHERE c.contype = 'f' "
                    "AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"_s)) {
        return queryError(query, tr("checking references"));
    }
    while (query.next()) {
        if (!query.value(2).toBool()) {
            problems->append(tr("Reference: the foreign key %1 of %2 is not validated.")
                                 .arg(query.value(1).toString(), query.value(0).toString()));
        }
        if (query.value(3).toBool()) {
            problems->append(tr("Reference: the foreign key %1 of %2 is disabled.")
                                 .arg(query.value(1).toString(), query.value(0).toString()));
        }
    }

    // Rows that point to missing rows (possible only while a key was disabled).
    if (!query.exec(u"SELECT c.conrelid::regclass::text, quote_ident(a.attname), "
                    "c.confrelid::regclass::text, quote_ident(fa.attname) "
                    "FROM pg_catalog.pg_constraint c "
                    "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                    "JOIN pg_catalog.pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
                    "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
                    "AND cardinality(c.conkey) = 1 ORDER BY 1, 2"_s)) {
        return queryError(query, tr("checking references"));
    }
    struct Reference {
        QString table, column, target, targetColumn;
    };
    QList<Reference> references;
    while (query.next()) {
        references.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString()});
    }
    for (const Reference &ref : references) {
        if (!query.exec(u"SELECT DISTINCT t.%2 FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                        "(SELECT 1 FROM %3 r WHERE r.%4 = t.%2) ORDER BY 1 LIMIT 20"_s
                            .arg(ref.table, ref.column, ref.target, ref.targetColumn))) {
            return queryError(query, tr("checking references"));
        }
        while (query.next()) {
            problems->append(tr("Reference: rows in %1 point to a missing row in %2 (%3 = %4)")
                                 .arg(ref.table, ref.target, ref.column, query.value(0).toString()));
        }
    }
    return {};
}

Result<QString> Database::metaValue(const QString &key) const
{
    bool prepared = false;
    CachedQuery query = cachedQuery(u"SELECT value FROM charter_meta WHERE key = ?"_s, &prepared);
    if (!prepared)
        return queryError(*query, tr("reading %1").arg(key));
    query->addBindValue(key);
    if (!query->exec())
        return queryError(*query, tr("reading %1").arg(key));
    return query->next() ? query->value(0).toString() : QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    bool prepared = false;
    CachedQuery query = cachedQuery(u"INSERT INTO charter_meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                    &prepared);
    if (!prepared)
        return queryError(*query, tr("recording %1").arg(key));
    query->addBindValue(key);
    query->addBindValue(value);
    if (!query->exec())
        return queryError(*query, tr("recording %1").arg(key));
    return {};
}

CachedQuery Database::cachedQuery(const QString &sql, bool *prepared) const
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_db);
    return CachedQuery(m_statements->prepared(sql, prepared));
}

Database::TransactionState *Database::transactionState(const char *key) const
{
    for (const auto &[stored, state] : m_transactionStates) {
        if (stored == key)
            return state.get();
    }
    return nullptr;
}

void Database::setTransactionState(const char *key, std::unique_ptr<TransactionState> state)
{
    Q_ASSERT_X(inTransaction(), "Database::setTransactionState", "only inside a transaction");
    for (auto &[stored, held] : m_transactionStates) {
        if (stored == key) {
            held = std::move(state);
            return;
        }
    }
    m_transactionStates.emplace_back(QByteArray(key), std::move(state));
}

Error Database::queryError(const QSqlQuery &query, const QString &what) const
{
    return sqlError(query.lastError(), what);
}

Error Database::sqlError(const QSqlError &error, const QString &what) const
{
    return isServer() ? serverError(error, what) : sqliteError(error, what);
}

Error Database::serverError(const QSqlError &error, const QString &what) const
{
    // SQLSTATE codes (PostgreSQL manual, appendix A).
    const QString state = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::DatabaseUnavailable;
    QString advice;
    if (state.startsWith(u"23"_s)) { // integrity constraint violation
        kind = ErrorCode::InvalidInput;
    } else if (state == u"40001"_s || state == u"40P01"_s) { // serialization failure, deadlock
        kind = ErrorCode::Conflict;
        advice = tr(" Someone else changed the same data at the same time; try again.");
    } else if (state == u"55P03"_s || state == u"57014"_s) { // lock not available, timeout
        advice = tr(" Another program is writing to the database; try again.");
    } else if (state == u"42501"_s) { // insufficient privilege
        kind = ErrorCode::NotPermitted;
        advice = tr(" The database login %1 is not allowed to do this; ask the database's "
                    "administrator for the Charter role you need.").arg(m_serverLogin);
    } else if (state == u"25006"_s) { // read-only transaction
        kind = ErrorCode::NotPermitted;
        advice = tr(" The server only allows reading (a standby or a read-only database).");
    } else if (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)
               || state.startsWith(u"53"_s)) { // connection, shutdown, resources
        advice = tr(" The connection to the server failed or was lost; check the server and "
                    "try again.");
    } else if (state == u"XX001"_s || state == u"XX002"_s) { // data or index corrupted
        advice = tr(" The server reports damaged data; ask its administrator to restore it from "
                    "a backup.");
    }
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                  : error.databaseText().trimmed();
    spdlog::error("Database error while {} on {}: [{}] {}", what.toStdString(),
                  m_location.toStdString(), state.toStdString(), text.toStdString());
    return makeError(kind, tr("Database error while %1 (%2): %3.%4").arg(what, m_location, text, advice));
}

Error Database::sqliteError(const QSqlError &error, const QString &what) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    ErrorCode kind = ErrorCode::DatabaseUnavailable;
    QString advice;
    switch (code) {
    case SqliteConstraint:
        kind = ErrorCode::InvalidInput;
        break;
    case SqliteBusy:
    case SqliteLocked:
        advice = tr(" Another program is writing to the database; try again.");
        break;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        advice = tr(" The database file is damaged; restore it from a backup.");
        break;
    default:
        break;
    }
    spdlog::error("Database error while {} on {}: {}", what.toStdString(),
                  m_location.toStdString(), error.text().toStdString());
    return makeError(kind, tr("Database error while %1 (%2): %3.%4")
                               .arg(what, m_location, error.text(), advice));
}

} // namespace charter
