// charter-cli migrate --to: a local register copied to another database (a shared
// PostgreSQL database in the _pg run, another file in the SQLite run) and back, with
// the audit trail's hashes intact, verified after; a non-empty target is refused.
#include "TestBackend.h"
#include "storage/Database.h"
#include "storage/RegisterCopy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestCliMigrate : public QObject {
    Q_OBJECT

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QString &db, const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(CHARTER_CLI_PATH), QStringList{u"--db"_s, db} + args);
        Run run;
        if (!process.waitForFinished(300000))
            return run;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    static RegisterCopy::TableCounts counts(const QString &location)
    {
        auto db = Database::open(location);
        if (!db)
            return {};
        return RegisterCopy::rowCounts(**db).value();
    }

    static QJsonObject treeHead(const QString &location)
    {
        const Run run = cli(location, {u"treehead"_s, u"--format"_s, u"json"_s});
        QJsonObject head = QJsonDocument::fromJson(run.out.toUtf8()).object();
        head.remove(u"database"_s); // where it was read, not what it says
        head.remove(u"location"_s);
        return head;
    }

private slots:
    void copiesThereAndBackWithTheAuditTrailIntact()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath(u"local.charter"_s);
        Run run = cli(source, {u"demo"_s, u"--systems"_s, u"6"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        test::ScratchDatabase scratch(u"migrate"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        // On SQLite the "shared" database is another file.
        const QString shared = test::onPostgres() ? scratch.location() : dir.filePath(u"shared.charter"_s);

        const RegisterCopy::TableCounts before = counts(source);
        qint64 total = 0;
        for (const auto &[table, rows] : before) {
            if (table == u"systems"_s || table == u"audit_log"_s || table == u"sign_offs"_s
                || table == u"people"_s || table == u"vendors"_s)
                QVERIFY2(rows > 0, qPrintable(table));
            total += rows;
        }
        QVERIFY(total > 0);

        run = cli(source, {u"migrate"_s, u"--to"_s, shared});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"verified"_s), qPrintable(run.out));
        QCOMPARE(counts(shared), before);
        run = cli(shared, {u"verify"_s});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const QJsonObject head = treeHead(source);
        QVERIFY(!head.isEmpty());
        QCOMPARE(treeHead(shared), head);
        QCOMPARE(cli(shared, {u"list"_s, u"--format"_s, u"json"_s}).out,
                 cli(source, {u"list"_s, u"--format"_s, u"json"_s}).out);

        // A non-empty target is refused and left as it was.
        run = cli(source, {u"migrate"_s, u"--to"_s, shared});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"not empty"_s), qPrintable(run.err));
        QCOMPARE(counts(shared), before);

        // And back again: the shared database to a new local file.
        const QString back = dir.filePath(u"back.charter"_s);
        run = cli(shared, {u"migrate"_s, u"--to"_s, back});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(counts(back), before);
        QCOMPARE(treeHead(back), head);
        run = cli(back, {u"verify"_s});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));

        // The copies keep working: a new audited write verifies.
        run = cli(back, {u"demo"_s, u"--systems"_s, u"1"_s, u"--no-history"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(cli(back, {u"verify"_s}).code, 0);
    }

    void refusesASourceThatDoesNotVerify()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"local.charter"_s);
        QCOMPARE(cli(source, {u"demo"_s, u"--systems"_s, u"2"_s, u"--no-history"_s}).code, 0);
        {
            auto db = Database::open(source);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"_s));
        }
        const QString target = dir.filePath(u"copy.charter"_s);
        const Run run = cli(source, {u"migrate"_s, u"--to"_s, target});
        QCOMPARE(run.code, 3);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(cli(source, {u"migrate"_s}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
