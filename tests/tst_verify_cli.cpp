// charter-cli treehead, verify and audit end to end: the built executable on real
// databases, its output and its exit codes (0 clean, 1 usage, 2 invalid tree head,
// 3 verification failed, 6 no database).
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestVerifyCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // a demo database, never modified (tests work on copies)

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.remove(u"CHARTER_DB"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHARTER_CLI_PATH), args);
        if (!process.waitForFinished(300'000))
            qFatal("charter-cli did not finish");
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }

    Run cliOn(const QString &db, const QStringList &args) const
    {
        return cli(QStringList{u"--db"_s, db} + args);
    }

    QString copyOfDemo(const QString &name) const
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(m_demo, copy))
            qFatal("cannot copy the demo database");
        return copy;
    }

    // Plain SQL on the file: the sqlite3 shell when installed (as a user would), else
    // Qt's driver.
    static void sql(const QString &db, const QString &statement)
    {
        const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (!shell.isEmpty()) {
            QProcess process;
            process.start(shell, {db, statement});
            if (!process.waitForFinished() || process.exitCode() != 0)
                qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
            return;
        }
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sql"_s);
            connection.setDatabaseName(db);
            if (!connection.open() || !QSqlQuery(connection).exec(statement))
                qFatal("SQL failed: %s", qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(u"sql"_s);
    }

    static QByteArray firstSystem(const QString &db, const char *column)
    {
        QByteArray value;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            connection.setDatabaseName(db);
            QSqlQuery query(connection);
            if (connection.open() && query.exec(u"SELECT %1 FROM systems ORDER BY id LIMIT 1"_s.arg(QString::fromLatin1(column)))
                && query.next())
                value = query.value(0).toString().toUtf8();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return value;
    }

private slots:
    void initTestCase()
    {
        m_demo = path(u"demo.db"_s);
        const Run demo = cliOn(m_demo, {u"demo"_s, u"--systems"_s, u"12"_s, u"--seed"_s, u"3"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void helpForEveryAuditVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : {"audit", "verify", "treehead"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void helpForEveryAuditVerb()
    {
        QFETCH(QString, verb);
        const Run run = cli({verb, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QByteArray("Usage: charter-cli [--db LOCATION] " + verb.toUtf8())));
        QVERIFY(cli({u"--help"_s}).out.contains(verb.toUtf8()));
    }

    void usageErrorsAndMissingDatabases()
    {
        QCOMPARE(cliOn(m_demo, {u"verify"_s, u"--format"_s, u"xml"_s}).exitCode, 1);
        QCOMPARE(cliOn(m_demo, {u"treehead"_s, u"--format"_s, u"yaml"_s}).exitCode, 1);
        QCOMPARE(cliOn(m_demo, {u"audit"_s, u"--limit"_s, u"many"_s}).exitCode, 1);
        QCOMPARE(cliOn(m_demo, {u"audit"_s, u"--entity"_s, u"system:"_s}).exitCode, 1);
        QCOMPARE(cliOn(m_demo, {u"verify"_s, u"--bogus"_s}).exitCode, 1);
        for (const char *verb : {"verify", "treehead", "audit"}) {
            const Run run = cliOn(path(u"nowhere.db"_s), {QString::fromLatin1(verb)});
            QCOMPARE(run.exitCode, 6);
            QVERIFY(!QFile::exists(path(u"nowhere.db"_s)));
        }
    }

    void aCleanDatabaseVerifies()
    {
        const Run run = cliOn(m_demo, {u"verify"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("verified"));
        QVERIFY(run.err.isEmpty());

        const Run json = cliOn(m_demo, {u"verify"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report[u"ok"_s].toBool(), true);
        QVERIFY(report[u"entries"_s].toInteger() > 12);
        QCOMPARE(report[u"tree_head"_s], report[u"stored_tree_head"_s]);
        QVERIFY(report[u"findings"_s].toArray().isEmpty());
        QVERIFY(report[u"registry_rows_checked"_s].toInteger() >= 12);
    }

    void treeHeadsInBothFormats()
    {
        const Run text = cliOn(m_demo, {u"treehead"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("size: "));
        QVERIFY(text.out.contains("\nroot: "));
        QVERIFY(text.out.contains("\ntime: "));
        QCOMPARE(cliOn(m_demo, {u"treehead"_s}).out, text.out); // stable: the newest entry's time

        const Run json = cliOn(m_demo, {u"treehead"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject head = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(head.keys(), (QStringList{u"root"_s, u"size"_s, u"time"_s}));
        QCOMPARE(head[u"root"_s].toString().size(), 64);
        QVERIFY(text.out.contains(head[u"root"_s].toString().toUtf8()));
        const QJsonObject report = QJsonDocument::fromJson(cliOn(m_demo, {u"verify"_s, u"--format"_s, u"json"_s}).out).object();
        QCOMPARE(report[u"tree_head"_s].toObject(), head);
    }

    // A head kept earlier (file or text, either format) is extended by later writes.
    void anEarlierHeadIsExtended()
    {
        const QString db = copyOfDemo(u"since.db"_s);
        const QString jsonHead = path(u"head.json"_s);
        const QString textHead = path(u"head.txt"_s);
        QFile json(jsonHead);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(cliOn(db, {u"treehead"_s, u"--format"_s, u"json"_s}).out);
        json.close();
        QFile text(textHead);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(cliOn(db, {u"treehead"_s}).out);
        text.close();

        QCOMPARE(cliOn(db, {u"demo"_s, u"--systems"_s, u"3"_s, u"--seed"_s, u"9"_s}).exitCode, 0);
        for (const QString &head : {jsonHead, textHead}) {
            const Run run = cliOn(db, {u"verify"_s, u"--since"_s, head});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.out.contains("consistency proof"));
        }
        QFile again(jsonHead);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QString asText = QString::fromUtf8(again.readAll());
        const Run inline_ = cliOn(db, {u"verify"_s, u"--since"_s, asText, u"--format"_s, u"json"_s});
        QCOMPARE(inline_.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(inline_.out).object();
        QCOMPARE(report[u"consistency_proof"_s].toObject()[u"verified"_s].toBool(), true);

        // Rewriting history before the head: caught, even with every hash recomputed
        // (tst_audit_tamper); here the plain edit.
        sql(db, u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"_s);
        const Run caught = cliOn(db, {u"verify"_s, u"--since"_s, jsonHead});
        QCOMPARE(caught.exitCode, 3);
        QVERIFY2(caught.err.contains("Entry 2 "), caught.err.constData());
        QVERIFY2(caught.err.contains("earlier tree head"), caught.err.constData());
        QVERIFY(caught.err.contains("FAILED"));
    }

    void brokenTreeHeadsAreInvalidInput()
    {
        const Run garbage = cliOn(m_demo, {u"verify"_s, u"--since"_s, u"{\"size\": \"many\"}"_s});
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY2(garbage.err.contains("size"), garbage.err.constData());
        const Run missing = cliOn(m_demo, {u"verify"_s, u"--since"_s, path(u"no-such-head.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no-such-head.json"));
        QFile broken(path(u"broken-head.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"size\": 3,\n  \"root\": \"abc\"\n}\n");
        broken.close();
        const Run bad = cliOn(m_demo, {u"verify"_s, u"--since"_s, broken.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("broken-head.json") && bad.err.contains("hexadecimal"), bad.err.constData());
        // A head from the future (more entries than the trail holds).
        const Run future = cliOn(m_demo, {u"verify"_s, u"--since"_s,
                                          u"{\"size\": 100000, \"root\": \"%1\"}"_s.arg(QString(64, u'a'))});
        QCOMPARE(future.exitCode, 3);
        QVERIFY(future.err.contains("100000"));
    }

    // Edited with the sqlite3 shell: verify names the system, its id and the field.
    void aSystemEditedWithSqliteIsNamed()
    {
        const QString db = copyOfDemo(u"edited.db"_s);
        const QByteArray id = firstSystem(db, "id");
        const QByteArray name = firstSystem(db, "name");
        sql(db, u"UPDATE systems SET purpose = 'Decides on loans', data_residency = 'anywhere' WHERE id = %1"_s
                    .arg(QString::fromUtf8(id)));
        const Run run = cliOn(db, {u"verify"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QByteArray("AI system " + id + " \"" + name + "\"")), run.err.constData());
        QVERIFY2(run.err.contains("purpose") && run.err.contains("dataSecurity.dataResidency"), run.err.constData());

        const Run json = cliOn(db, {u"verify"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report[u"ok"_s].toBool(), false);
        const QJsonObject finding = report[u"findings"_s].toArray().first().toObject();
        QCOMPARE(finding[u"kind"_s].toString(), u"registry_changed"_s);
        QCOMPARE(finding[u"entity_type"_s].toString(), u"system"_s);
        QCOMPARE(finding[u"entity_id"_s].toString(), QString::fromUtf8(id));
        QCOMPARE(finding[u"entity_name"_s].toString(), QString::fromUtf8(name));
    }

    void aDeletedEntryIsNamed()
    {
        const QString db = copyOfDemo(u"deleted.db"_s);
        sql(db, u"DELETE FROM audit_log WHERE seq = 7"_s);
        const Run run = cliOn(db, {u"verify"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Entry 7 is missing"), run.err.constData());
    }

    // A database from before the tamper-evident trail is sealed on first verify.
    void olderDatabasesAreSealed()
    {
        const QString db = path(u"older.db"_s);
        {
            charter::Database::Options options;
            options.migrateUpTo = 2;
            auto old = charter::Database::open(db, options);
            QVERIFY(old.ok());
            QSqlQuery query((*old)->connection());
            for (int i = 1; i <= 3; ++i) {
                QVERIFY(query.exec(u"INSERT INTO audit_log (recorded_at, actor, action, entity_type, entity_id, "
                                   "after_json) VALUES ('2024-01-0%1T00:00:00.000Z', 'old', 'note', 'test', '%1', '{}')"_s.arg(i)));
            }
        }
        const Run run = cliOn(db, {u"verify"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Sealed 3 audit entries"), run.err.constData());
        QVERIFY(cliOn(db, {u"treehead"_s}).out.startsWith("size: 3\n"));
        QVERIFY(cliOn(db, {u"verify"_s}).err.isEmpty());
    }

    void auditListsTheTrail()
    {
        const Run all = cliOn(m_demo, {u"audit"_s, u"--format"_s, u"json"_s});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(all.out).array();
        QVERIFY(entries.size() > 12);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries[i].toObject();
            QCOMPARE(entry[u"seq"_s].toInteger(), i + 1);
            for (const char *key : {"time", "actor", "action", "entity_type", "entity_id", "reason", "before", "after", "leaf_hash"})
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            QCOMPARE(entry[u"leaf_hash"_s].toString().size(), 64);
        }
        const QJsonObject creation = entries.first().toObject();
        QVERIFY(creation[u"before"_s].isNull());
        QVERIFY(creation[u"after"_s].isObject() || creation[u"after"_s].isString());

        const QJsonArray newest = QJsonDocument::fromJson(
            cliOn(m_demo, {u"audit"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"3"_s}).out).array();
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.last().toObject()[u"seq"_s], entries.last().toObject()[u"seq"_s]);

        const QByteArray id = firstSystem(m_demo, "id");
        const QByteArray name = firstSystem(m_demo, "name");
        const QJsonArray ofSystem = QJsonDocument::fromJson(
            cliOn(m_demo, {u"audit"_s, u"--format"_s, u"json"_s, u"--entity"_s, u"system:"_s + QString::fromUtf8(id)}).out).array();
        QVERIFY(!ofSystem.isEmpty());
        for (const QJsonValue &value : ofSystem) {
            QCOMPARE(value.toObject()[u"entity_type"_s].toString(), u"system"_s);
            QCOMPARE(value.toObject()[u"entity_id"_s].toString(), QString::fromUtf8(id));
        }
        const Run byName = cliOn(m_demo, {u"audit"_s, u"--format"_s, u"json"_s, u"--entity"_s,
                                          u"system:"_s + QString::fromUtf8(name)});
        QCOMPARE(QJsonDocument::fromJson(byName.out).array(), ofSystem);

        const Run text = cliOn(m_demo, {u"audit"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("Seq"));
        QVERIFY(text.out.contains("5 audit entries"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verify_cli.moc"
