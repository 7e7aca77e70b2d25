#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

} // namespace

Database::Database(QString location, SqlDialect dialect, QString connectionName)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s)
        || (location.contains(u'=') && !QFileInfo::exists(location));
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (isServerLocation(location)) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Shared PostgreSQL databases are not supported by this version of "
                            "Charter yet (%1).").arg(location));
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
    m_created = isEmpty;
    spdlog::info("Opened database {} (schema version {})", m_location.toStdString(), m_schemaVersion);
    return {};
}

Status Database::readSchemaVersion(bool *isEmpty)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is corrupt or not a Charter database: %2. Restore it from a "
                            "backup.").arg(m_location, query.lastError().text()));
    }
    bool hasTables = false;
    bool hasMeta = false;
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"charter_meta"_s)
            hasMeta = true;
    }
    *isEmpty = !hasTables;
    if (!hasTables) {
        m_schemaVersion = 0;
        return {};
    }
    if (!hasMeta) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("%1 is an SQLite database but not a Charter database (it has no "
                            "Charter metadata). Choose another file.").arg(m_location));
    }
    if (!query.exec(u"SELECT key, value FROM charter_meta WHERE key IN ('application', 'schema_version')"_s)) {
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
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s,
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
        Status status = transaction([&]() -> Status {
            QSqlQuery query(m_db);
            for (const QString &statement : migration.statements) {
                if (!query.exec(m_dialect.expand(statement)))
                    return queryError(query, tr("upgrading to schema version %1").arg(migration.version));
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
        m_schemaVersion = migration.version;
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
    // IMMEDIATE takes the write lock up front, so two writers queue on the busy
    // timeout instead of failing with a deadlock when both try to upgrade.
    const QString begin = m_dialect.kind() == SqlDialect::Kind::Sqlite ? u"BEGIN IMMEDIATE"_s
                                                                       : u"BEGIN"_s;
    if (!query.exec(begin))
        return queryError(query, tr("starting a transaction"));
    m_transactionDepth = 1;
    Status status = work();
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

Result<QString> Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM charter_meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return queryError(query, tr("reading %1").arg(key));
    return query.next() ? query.value(0).toString() : QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO charter_meta (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return queryError(query, tr("recording %1").arg(key));
    return {};
}

Error Database::queryError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
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
