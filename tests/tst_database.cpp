// Opening, creating and migrating Charter databases, and refusing files and servers
// that are not (or no longer, or not yet) readable Charter databases. Runs on SQLite
// and, as database_pg, on PostgreSQL (TestBackend.h): file-format tests apply to
// SQLite only, connection and server-security tests to PostgreSQL only.
#include "TestBackend.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;
using namespace charter;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QString scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QString();
        return query.value(0).toString();
    }

    static QStringList column(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).toString());
        } else {
            values.append(u"error: "_s + query.lastError().text());
        }
        return values;
    }

    // A fresh, empty location on the backend under test: the file NAME in the test
    // folder on SQLite, a new database on PostgreSQL (dropped after the test).
    QString fresh(const QString &name)
    {
        if (!test::onPostgres())
            return path(name);
        m_scratch.push_back(std::make_unique<test::ScratchDatabase>());
        if (!m_scratch.back()->isValid())
            qFatal("%s", qPrintable(m_scratch.back()->error()));
        return m_scratch.back()->location();
    }
    test::ScratchDatabase &scratch() { return *m_scratch.back(); }

    // Everything a refused open must leave as it was: the file's bytes, or the
    // server database's tables and Charter metadata.
    QByteArray snapshot(const QString &location)
    {
        if (!test::onPostgres())
            return fileBytes(location);
        QSqlDatabase raw = scratch().rawConnection();
        QStringList lines = column(raw, u"SELECT relname FROM pg_class WHERE relnamespace = "
                                        "'public'::regnamespace ORDER BY relname"_s);
        if (lines.contains(u"charter_meta"_s))
            lines += column(raw, u"SELECT key || '=' || value FROM charter_meta ORDER BY key"_s);
        if (lines.contains(u"schema_migrations"_s))
            lines += column(raw, u"SELECT version::text FROM schema_migrations ORDER BY version"_s);
        return lines.join(u'\n').toUtf8();
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<test::ScratchDatabase>> m_scratch;
    QStringList m_logins; // server logins a test created, dropped in cleanup()

private slots:
    void cleanup()
    {
        m_scratch.clear(); // drops the databases first: logins may own them
        for (const QString &login : std::as_const(m_logins))
            test::runOnMaintenance(u"DROP ROLE IF EXISTS %1"_s.arg(login));
        m_logins.clear();
    }

    void createsAndMigratesANewFile()
    {
        auto db = Database::open(fresh(u"new/charter.db"_s));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->wasCreated());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->backupPath().isEmpty()); // nothing to back up in a new file
        QCOMPARE(scalar(**db, u"SELECT value FROM charter_meta WHERE key = 'schema_version'"_s),
                 QString::number(Database::latestSchemaVersion()));
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM schema_migrations"_s),
                 QString::number(schemaMigrations().size()));
    }

    void appliesDurabilitySettings()
    {
        CHARTER_SKIP_ON_POSTGRES("SQLite pragmas");
        auto db = Database::open(path(u"pragmas.db"_s));
        QVERIFY(db.ok());
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s), u"1"_s);
        QCOMPARE(scalar(**db, u"PRAGMA synchronous"_s), u"2"_s); // FULL
        QVERIFY(scalar(**db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
        QCOMPARE(scalar(**db, u"PRAGMA page_size"_s), u"16384"_s); // a new file
    }

    void anExistingFileKeepsItsPageSize()
    {
        CHARTER_SKIP_ON_POSTGRES("SQLite file format");
        const QString file = path(u"small-pages.db"_s);
        {
            Database::Options options;
            options.migrateUpTo = 1;
            auto db = Database::open(file, options);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO people (name, email) VALUES ('Ada Lovelace', 'ada@example.org')"_s));
            // As Charter wrote its files before it chose 16 KiB pages.
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(query.exec(u"PRAGMA page_size = 4096"_s));
            QVERIFY(query.exec(u"VACUUM"_s));
            QCOMPARE(scalar(**db, u"PRAGMA page_size"_s), u"4096"_s);
        }
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(**db, u"PRAGMA page_size"_s), u"4096"_s);
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(scalar(**db, u"SELECT name FROM people"_s), u"Ada Lovelace"_s);
        QCOMPARE(scalar(**db, u"PRAGMA integrity_check"_s), u"ok"_s);
    }

    void reopeningDoesNotMigrateAgain()
    {
        const QString file = fresh(u"reopen.db"_s);
        { QVERIFY(Database::open(file).ok()); }
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QVERIFY(!(*db)->wasCreated());
        QVERIFY((*db)->backupPath().isEmpty());
    }

    void openExistingRefusesAMissingFile()
    {
        CHARTER_SKIP_ON_POSTGRES("file only: see openExistingRefusesAnEmptyServerDatabase");
        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        auto db = Database::open(path(u"missing.db"_s), options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY(db.error().message.contains(u"charter-cli init"_s));
        QVERIFY(!QFile::exists(path(u"missing.db"_s)));
    }

    void migratesAnOlderFileAfterBackingItUp()
    {
        CHARTER_SKIP_ON_POSTGRES("file backup: see migratesAnOlderServerDatabaseOnlyWhenAllowed");
        const QString file = path(u"old.db"_s);
        {
            Database::Options options;
            options.migrateUpTo = 1;
            auto db = Database::open(file, options);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 1);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO people (name, email) VALUES ('Ada Lovelace', 'ada@example.org')"_s));
        }
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        const QString backup = (*db)->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QVERIFY(backup.contains(u".v1-"_s));

        // The backup is the old version, with the data, and still opens as version 1.
        Database::Options readOld;
        readOld.mode = Database::OpenMode::OpenExisting;
        readOld.migrateUpTo = 1;
        auto old = Database::open(backup, readOld);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), 1);
        QCOMPARE(scalar(**old, u"SELECT name FROM people"_s), u"Ada Lovelace"_s);
        QCOMPARE(scalar(**db, u"SELECT name FROM people"_s), u"Ada Lovelace"_s);
    }

    void refusesAFileFromANewerCharterAndLeavesItUntouched()
    {
        const QString file = fresh(u"newer.db"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"UPDATE charter_meta SET value = '999' WHERE key = 'schema_version'"_s));
            if (!test::onPostgres())
                QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = snapshot(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(u"newer version of Charter"_s), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"999"_s));
        QCOMPARE(snapshot(file), before);
    }

    void refusesFilesThatAreNotCharterDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("Use Case ID,Use Case Name\n1,Chat\n") << u"not an SQLite"_s;
        QTest::newRow("binary garbage") << QByteArray(4096, '\xa5') << u"not an SQLite"_s;
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0\x01\x01", 20) << u"truncated"_s;
    }

    void refusesFilesThatAreNotCharterDatabases()
    {
        CHARTER_SKIP_ON_POSTGRES("file format");
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = path(u"stranger-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        writeFile(file, content);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QCOMPARE(fileBytes(file), content);
    }

    void refusesAnSqliteFileOfAnotherApplication()
    {
        if (test::onPostgres()) {
            const QString location = fresh(u"other-app"_s);
            QSqlQuery query(scratch().rawConnection());
            QVERIFY(query.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"_s));
            const QByteArray before = snapshot(location);
            auto db = Database::open(location);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
            QVERIFY2(db.error().message.contains(u"not a Charter database"_s), qPrintable(db.error().message));
            QVERIFY2(db.error().message.contains(u"invoices"_s), qPrintable(db.error().message));
            QCOMPARE(snapshot(location), before);
            return;
        }
        const QString file = path(u"other-app.db"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileBytes(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"not a Charter database"_s), qPrintable(db.error().message));
        QCOMPARE(fileBytes(file), before);
    }

    void reportsACorruptFileInsteadOfCrashing()
    {
        CHARTER_SKIP_ON_POSTGRES("file format: see serverIntegrityCheckFindsDisabledKeysAndOrphans");
        const QString file = path(u"corrupt.db"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 4096);
        // Keep the header valid but overwrite the schema page (page 1 after the header).
        for (qsizetype i = 100; i < 4096; ++i)
            bytes[i] = char(0xff);
        writeFile(file, bytes);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(!db.error().message.isEmpty(), "the error must explain itself");
    }

    void truncatedFileIsReported()
    {
        CHARTER_SKIP_ON_POSTGRES("file format");
        const QString file = path(u"truncated.db"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        QByteArray bytes = fileBytes(file);
        writeFile(file, bytes.left(bytes.size() / 3));
        auto db = Database::open(file);
        if (db.ok()) {
            // SQLite may still read the first pages; then the integrity check must object.
            QStringList problems;
            const Status status = (*db)->checkIntegrity(&problems);
            QVERIFY(!status.ok() || !problems.isEmpty());
        } else {
            QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        }
    }

    void transactionRollsBackOnError()
    {
        auto db = Database::open(fresh(u"tx.db"_s));
        QVERIFY(db.ok());
        const Status status = (*db)->transaction([&]() -> Status {
            QSqlQuery query((*db)->connection());
            if (!query.exec(u"INSERT INTO people (name) VALUES ('Grace Hopper')"_s))
                return (*db)->queryError(query, u"test"_s);
            return makeError(ErrorCode::InvalidInput, u"stop"_s);
        });
        QVERIFY(!status.ok());
        QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM people"_s), u"0"_s);
        QVERIFY(!(*db)->inTransaction());
    }

    // ---- PostgreSQL only ----

    void opensAServerDatabaseAsItsLogin()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = Database::open(fresh(u"server"_s));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->isServer());
        QVERIFY((*db)->wasCreated());
        QCOMPARE((*db)->serverLogin(), u"charter_test"_s);
        QVERIFY((*db)->backupPath().isEmpty());
        QCOMPARE(scalar(**db, u"SHOW lock_timeout"_s), u"5s"_s);
        QStringList problems;
        QVERIFY((*db)->checkIntegrity(&problems).ok());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void openExistingRefusesAnEmptyServerDatabase()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"empty"_s);
        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        auto db = Database::open(location, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(u"charter-cli init"_s), qPrintable(db.error().message));
        QCOMPARE(snapshot(location), QByteArray()); // still empty
    }

    void unreachableServersAreUnavailableAndPasswordsNeverShow_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing database") << u"dbname"_s << u"charter_no_such_database"_s << u"does not exist"_s;
        QTest::newRow("unknown login") << u"user"_s << u"charter_no_such_login"_s << u"does not exist"_s;
        QTest::newRow("no server on that port") << u"port"_s << u"1"_s << u"server"_s;
    }

    void unreachableServersAreUnavailableAndPasswordsNeverShow()
    {
        CHARTER_ONLY_ON_POSTGRES();
        QFETCH(QString, change);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString base = fresh(u"unreachable"_s);
        const QString location = ConnectionString::parse(base)->with(change, value)
                                     .with(u"password"_s, u"s3cret-Pa55"_s).toKeywordValue(true);
        auto db = Database::open(location);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY2(!db.error().message.contains(u"s3cret"_s), qPrintable(db.error().message));
    }

    void locationNeverShowsThePassword()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const ConnectionString base = *ConnectionString::parse(fresh(u"password"_s));
        // The test cluster trusts local logins, so any password is accepted.
        const QString uri = u"postgresql://charter_test:s3cret@"_s
            + QString::fromLatin1(QUrl::toPercentEncoding(base.host())) + u':'
            + QString::number(base.port()) + u'/' + base.database() + u"?connect_timeout=5"_s;
        auto db = Database::open(uri);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(!(*db)->location().contains(u"s3cret"_s));
        QVERIFY((*db)->location().startsWith(u"postgresql://charter_test@"_s));
        QVERIFY((*db)->connection().password().isEmpty());
    }

    void passwordsComeFromPgpassAndServiceFiles()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"passwords"_s);
        const QString login = u"pw_"_s + scratch().databaseName();
        m_logins.append(login);
        {
            QSqlQuery query(scratch().rawConnection());
            QVERIFY(query.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                               "'charter_password_auth') THEN CREATE ROLE charter_password_auth NOLOGIN; "
                               "END IF; END $$"_s));
            QVERIFY(query.exec(u"CREATE ROLE %1 LOGIN PASSWORD 'R1ght-Pa55' IN ROLE charter_password_auth"_s.arg(login)));
            QVERIFY(query.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(scratch().databaseName(), login)));
        }
        const ConnectionString asLogin = ConnectionString::parse(location)->with(u"user"_s, login);
        // Only libpq's own files may supply the password here.
        const QString none = path(u"no-pgpass"_s);
        qputenv("PGPASSFILE", none.toLocal8Bit());
        qunsetenv("PGPASSWORD");

        auto wrong = Database::open(asLogin.with(u"password"_s, u"Wr0ng-Pa55"_s).toKeywordValue(true));
        if (wrong.ok())
            QSKIP("This server does not ask members of charter_password_auth for a password; "
                  "tests/pg/start-cluster.sh sets that up.");
        QCOMPARE(wrong.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(wrong.error().message.contains(u"password authentication failed"_s), qPrintable(wrong.error().message));
        QVERIFY2(wrong.error().message.contains(u".pgpass"_s), qPrintable(wrong.error().message));
        QVERIFY(!wrong.error().message.contains(u"Wr0ng"_s));

        auto missing = Database::open(asLogin.toKeywordValue(true));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::DatabaseUnavailable);

        // ~/.pgpass (here PGPASSFILE), as libpq reads it.
        const QString pgpass = path(u"pgpass"_s);
        writeFile(pgpass, u"*:*:*:%1:R1ght-Pa55\n"_s.arg(login).toUtf8());
        QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        {
            auto db = Database::open(asLogin.toKeywordValue(true));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE((*db)->serverLogin(), login);
        }

        // A service file (PGSERVICEFILE, ~/.pg_service.conf): "service=NAME" is enough.
        const QString services = path(u"pg_service.conf"_s);
        QString service = u"[charter_test]\n"_s;
        for (const auto &[keyword, value] : asLogin.settings())
            service += keyword + u'=' + value + u'\n';
        writeFile(services, service.toUtf8());
        qputenv("PGSERVICEFILE", services.toLocal8Bit());
        {
            auto db = Database::open(u"service=charter_test"_s);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE((*db)->serverLogin(), login);
            QCOMPARE((*db)->location(), u"service=charter_test"_s);
        }
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
    }

    void migratesAnOlderServerDatabaseOnlyWhenAllowed()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"old"_s);
        {
            Database::Options options;
            options.migrateUpTo = 1;
            auto db = Database::open(location, options);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 1);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO people (name, email) VALUES ('Ada Lovelace', 'ada@example.org')"_s));
        }
        const QByteArray before = snapshot(location);
        auto refused = Database::open(location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(refused.error().message.contains(u"pg_dump"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"admin migrate"_s));
        QCOMPARE(snapshot(location), before);

        Database::Options allow;
        allow.allowServerMigration = true;
        auto db = Database::open(location, allow);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!(*db)->wasCreated());
        QVERIFY((*db)->backupPath().isEmpty());
        QCOMPARE(scalar(**db, u"SELECT name FROM people"_s), u"Ada Lovelace"_s);
    }

    void idsAreNeverReusedAndExplicitIdsMoveTheCounter()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = Database::open(fresh(u"ids"_s));
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        // Repositories insert "id = NULL" for a new row, as SQLite allows.
        query.prepare(u"INSERT INTO people (id, name) VALUES (?, ?) RETURNING id"_s);
        query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(u"First"_s);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), 1);
        query.prepare(u"INSERT INTO people (id, name) VALUES (?, ?) RETURNING id"_s);
        query.addBindValue(qint64(40));
        query.addBindValue(u"Restored"_s);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), 40);
        QVERIFY(query.exec(u"INSERT INTO people (name) VALUES ('Next') RETURNING id"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 41);
        QVERIFY(query.exec(u"DELETE FROM people WHERE id = 41"_s));
        QVERIFY(query.exec(u"INSERT INTO people (id, name) VALUES (NULL, 'After') RETURNING id"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 42);
    }

    void writersQueueAndATimedOutWriterIsTold()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"writers"_s);
        auto first = Database::open(location);
        auto second = Database::open(location);
        QVERIFY(first.ok() && second.ok());
        QSqlQuery shortWait((*second)->connection());
        QVERIFY(shortWait.exec(u"SET lock_timeout = 200"_s));
        Status inner;
        const Status outer = (*first)->transaction([&]() -> Status {
            inner = (*second)->transaction([] { return Status(); });
            return {};
        });
        QVERIFY(outer.ok());
        QVERIFY(!inner.ok());
        QCOMPARE(inner.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(inner.error().message.contains(u"Another program is writing"_s), qPrintable(inner.error().message));
        QVERIFY(!(*second)->inTransaction());
        // Once the first writer is done, the second gets in.
        QVERIFY((*second)->transaction([] { return Status(); }).ok());
    }

    void serverErrorsMapToExitCodes()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"errors"_s);
        auto db = Database::open(location);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO vendors (name) VALUES ('Northwind')"_s));
        QVERIFY(!query.exec(u"INSERT INTO vendors (name) VALUES ('Northwind')"_s));
        QCOMPARE((*db)->queryError(query, u"test"_s).code, ErrorCode::InvalidInput);

        // A login without any Charter privilege cannot even read the metadata: exit 4.
        QVERIFY(query.exec(u"DROP ROLE IF EXISTS charter_test_nobody"_s));
        QVERIFY(query.exec(u"CREATE ROLE charter_test_nobody LOGIN"_s));
        auto nobody = Database::open(ConnectionString::parse(location)->with(u"user"_s, u"charter_test_nobody"_s)
                                         .toKeywordValue(true));
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, ErrorCode::NotPermitted);
        QVERIFY2(nobody.error().message.contains(u"charter_test_nobody"_s), qPrintable(nobody.error().message));
        QVERIFY(query.exec(u"DROP ROLE charter_test_nobody"_s));
    }

    void usesTheSchemaTheConnectionNames()
    {
        CHARTER_ONLY_ON_POSTGRES();
        const QString location = fresh(u"schema"_s);
        {
            QSqlQuery query(scratch().rawConnection());
            QVERIFY(query.exec(u"CREATE SCHEMA governance"_s));
            QVERIFY(query.exec(u"CREATE TABLE public.invoices (id INTEGER)"_s));
        }
        const QString inSchema = ConnectionString::parse(location)
                                     ->with(u"options"_s, u"-c search_path=governance"_s)
                                     .toKeywordValue(true);
        auto db = Database::open(inSchema);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'governance' "
                              "AND tablename = 'charter_meta'"_s), u"1"_s);
    }

    void serverIntegrityCheckFindsDisabledKeysAndOrphans()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = Database::open(fresh(u"integrity"_s));
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        // What a superuser with psql can do behind Charter's back.
        QVERIFY(query.exec(u"ALTER TABLE systems DISABLE TRIGGER ALL"_s));
        QVERIFY(query.exec(u"INSERT INTO systems (name, accountable_owner_id, created_at, updated_at) "
                           "VALUES ('Orphan', 9999, '2026-01-01', '2026-01-01')"_s));
        QVERIFY(query.exec(u"DROP TABLE escalation_steps"_s));
        QStringList problems;
        QVERIFY((*db)->checkIntegrity(&problems).ok());
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(u"disabled"_s), qPrintable(all));
        QVERIFY2(all.contains(u"9999"_s), qPrintable(all));
        QVERIFY2(all.contains(u"escalation_steps is missing"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
