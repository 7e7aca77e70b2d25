// Opening, creating and migrating Charter databases, and refusing files that are not
// (or no longer, or not yet) readable Charter databases.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    QTemporaryDir m_dir;

private slots:
    void createsAndMigratesANewFile()
    {
        auto db = Database::open(path(u"new/charter.db"_s));
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
        auto db = Database::open(path(u"pragmas.db"_s));
        QVERIFY(db.ok());
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s), u"1"_s);
        QCOMPARE(scalar(**db, u"PRAGMA synchronous"_s), u"2"_s); // FULL
        QVERIFY(scalar(**db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
    }

    void reopeningDoesNotMigrateAgain()
    {
        const QString file = path(u"reopen.db"_s);
        { QVERIFY(Database::open(file).ok()); }
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QVERIFY(!(*db)->wasCreated());
        QVERIFY((*db)->backupPath().isEmpty());
    }

    void openExistingRefusesAMissingFile()
    {
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
        const QString file = path(u"newer.db"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"UPDATE charter_meta SET value = '999' WHERE key = 'schema_version'"_s));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = fileBytes(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(u"newer version of Charter"_s), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"999"_s));
        QCOMPARE(fileBytes(file), before);
    }

    void refusesFilesThatAreNotCharterDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("Use Case ID,Use Case Name\n1,Chat\n") << u"not an SQLite"_s;
        QTest::newRow("binary garbage") << QByteArray(4096, '\xa5') << u"not an SQLite"_s;
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 20) << u"truncated"_s;
    }

    void refusesFilesThatAreNotCharterDatabases()
    {
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
        auto db = Database::open(path(u"tx.db"_s));
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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
