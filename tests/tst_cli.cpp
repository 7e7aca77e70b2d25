// charter-cli end to end: the built executable, run as a user would, checked for its
// output, its exit codes (DESIGN.md) and what it leaves in the database.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString SharedData = QStringLiteral(CHARTER_SHARED_DATA_DIR) + u"/us-federal-ai-inventory-2025"_s;
const QString TestData = QStringLiteral(CHARTER_TEST_DATA_DIR);

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep logs and the default database inside the test's own folder.
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

    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QJsonArray listJson(const QString &db, const QStringList &extra = {}) const
    {
        const Run run = cliOn(db, QStringList{u"list"_s, u"--format"_s, u"json"_s} + extra);
        if (run.exitCode != 0)
            qWarning("list failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    static int countRows(const QString &db, const QString &table)
    {
        int count = -1;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            connection.setDatabaseName(db);
            if (connection.open()) {
                QSqlQuery query(connection);
                if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return count;
    }

private slots:
    void helpForEveryVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : {"init", "demo", "list", "show", "risk", "import", "export", "check"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void helpForEveryVerb()
    {
        QFETCH(QString, verb);
        const Run run = cli({verb, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Usage: charter-cli"), run.out.constData());
        QVERIFY(run.out.contains(verb.toUtf8()));
    }

    void usageErrorsExitWithOne()
    {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 1);
        QCOMPARE(cli({u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 1);
        QCOMPARE(cli({u"list"_s, u"--no-such-option"_s}).exitCode, 1);
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("charter-cli "));
    }

    void missingDatabaseIsUnavailable()
    {
        const Run run = cliOn(path(u"nowhere.db"_s), {u"list"_s});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains("charter-cli init"));
        QVERIFY(!QFile::exists(path(u"nowhere.db"_s)));
    }

    void initThenEmptyList()
    {
        const QString db = path(u"init.db"_s);
        QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
        QVERIFY(QFile::exists(db));
        QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0); // idempotent
        QCOMPARE(listJson(db).size(), 0);
        QCOMPARE(cliOn(db, {u"check"_s}).exitCode, 0);
    }

    void demoIsDeterministicAndComplete()
    {
        const QString a = path(u"demo-a.db"_s);
        const QString b = path(u"demo-b.db"_s);
        QCOMPARE(cliOn(a, {u"demo"_s, u"--systems"_s, u"25"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
        QCOMPARE(cliOn(b, {u"demo"_s, u"--systems"_s, u"25"_s, u"--seed"_s, u"7"_s}).exitCode, 0);
        const QJsonArray rows = listJson(a);
        QCOMPARE(rows.size(), 25);
        QCOMPARE(rows, listJson(b));
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const char *key : {"id", "name", "lifecycle", "risk_tier", "risk_score", "accountable_owner", "vendor"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(QStringList({u"low"_s, u"medium"_s, u"high"_s, u"critical"_s}).contains(row[u"risk_tier"_s].toString()));
        }
        QVERIFY(countRows(a, u"people"_s) > 0);
        QVERIFY(countRows(a, u"vendors"_s) > 0);
        QVERIFY(countRows(a, u"boundaries"_s) >= 25);
        QVERIFY(countRows(a, u"escalation_steps"_s) > 0);
    }

    void listFiltersAndFormats()
    {
        const QString db = path(u"list.db"_s);
        QCOMPARE(cliOn(db, {u"demo"_s, u"--systems"_s, u"40"_s}).exitCode, 0);
        const QJsonArray all = listJson(db);
        const QString name = all.at(3).toObject()[u"name"_s].toString();
        const QJsonArray filtered = listJson(db, {u"--filter"_s, name.toUpper()});
        QVERIFY(filtered.size() >= 1);
        QVERIFY(filtered.size() < all.size());
        for (const QJsonValue &value : filtered) {
            const QJsonObject row = value.toObject();
            const QString haystack = row[u"name"_s].toString() + row[u"accountable_owner"_s].toString()
                                     + row[u"vendor"_s].toString() + row[u"business_unit"_s].toString()
                                     + row[u"reference"_s].toString();
            QVERIFY(haystack.contains(name, Qt::CaseInsensitive));
        }
        const Run csv = cliOn(db, {u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count("\r\n"), all.size() + 1);
        const Run table = cliOn(db, {u"list"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("40 systems"));
    }

    void showAndRiskExplainASystem()
    {
        const QString db = path(u"show.db"_s);
        QCOMPARE(cliOn(db, {u"demo"_s, u"--systems"_s, u"30"_s}).exitCode, 0);
        const QJsonObject first = listJson(db).first().toObject();
        const QString name = first[u"name"_s].toString();
        const QString id = QString::number(first[u"id"_s].toInteger());

        const Run byName = cliOn(db, {u"show"_s, name});
        QCOMPARE(byName.exitCode, 0);
        QVERIFY(byName.out.contains(name.toUtf8()));
        QVERIFY(byName.out.contains("Accountable owner"));
        QVERIFY(byName.out.contains("Decision boundaries"));
        QVERIFY(byName.out.contains("Escalation path"));
        QCOMPARE(cliOn(db, {u"show"_s, id}).out, byName.out);

        const Run json = cliOn(db, {u"show"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject details = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(details[u"system"_s].toObject()[u"name"_s].toString(), name);
        QCOMPARE(details[u"risk"_s].toObject()[u"score"_s].toInt(), first[u"risk_score"_s].toInt());

        const Run risk = cliOn(db, {u"risk"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(risk.exitCode, 0);
        const QJsonObject explained = QJsonDocument::fromJson(risk.out).object();
        int sum = 0;
        for (const QJsonValue &factor : explained[u"factors"_s].toArray()) {
            sum += factor.toObject()[u"points"_s].toInt();
            QVERIFY(!factor.toObject()[u"sentence"_s].toString().isEmpty());
        }
        QCOMPARE(sum, explained[u"score"_s].toInt());
        QCOMPARE(explained[u"tier"_s].toString(), first[u"risk_tier"_s].toString());

        const Run text = cliOn(db, {u"risk"_s, name});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("score"));
        QVERIFY(text.out.contains("Completeness"));

        const Run missing = cliOn(db, {u"risk"_s, u"No such system"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("No such system"));
    }

    void importsTheRealFederalInventories_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("systems");
        QTest::newRow("treasury") << u"treasury.csv"_s << 129;
        QTest::newRow("sec") << u"sec.csv"_s << 60;
        QTest::newRow("labor") << u"labor.csv"_s << 28;
    }

    void importsTheRealFederalInventories()
    {
        QFETCH(QString, file);
        QFETCH(int, systems);
        const QString db = path(u"federal-%1.db"_s.arg(file));
        const QString csv = SharedData + u'/' + file;

        const Run dry = cliOn(db, {u"import"_s, csv, u"--profile"_s, u"omb-2025"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains("nothing was written"));
        QVERIFY(!QFile::exists(db));

        const Run run = cliOn(db, {u"import"_s, csv, u"--profile"_s, u"omb-2025"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(listJson(db).size(), systems);
        QCOMPARE(cliOn(db, {u"check"_s}).exitCode, 0);
        // Every imported system is audited.
        QVERIFY(countRows(db, u"audit_log"_s) >= systems);
    }

    void unreadableFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << TestData + u"/csv/binary.bin"_s;
        QTest::newRow("unterminated quote") << TestData + u"/csv/unterminated_quote.csv"_s;
        QTest::newRow("no name column") << TestData + u"/csv/no_name_column.csv"_s;
    }

    void unreadableFilesChangeNothing()
    {
        QFETCH(QString, file);
        const QString db = path(u"refuse-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QCOMPARE(cliOn(db, {u"demo"_s, u"--systems"_s, u"5"_s}).exitCode, 0);
        const QJsonArray before = listJson(db);
        const int auditBefore = countRows(db, u"audit_log"_s);
        const Run run = cliOn(db, {u"import"_s, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QFileInfo(file).fileName().toUtf8()), run.err.constData());
        QCOMPARE(listJson(db), before);
        QCOMPARE(countRows(db, u"audit_log"_s), auditBefore);
    }

    // The import stores systems while it reads: quoting broken far below the header
    // shows up after the first systems were stored, and must still leave nothing behind,
    // not even the database file this run created for them.
    void aFileBrokenFurtherDownLeavesNoNewDatabase()
    {
        QByteArray csv = "Name,Purpose\n";
        for (int i = 1; i <= 1000; ++i)
            csv += "System " + QByteArray::number(i) + ",Sorts the post\n";
        csv += "Broken,\"never closed\n";
        const QString file = path(u"broken-below.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();

        const QString db = path(u"never-created.db"_s);
        const Run run = cliOn(db, {u"import"_s, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("broken-below.csv, line 1002"), run.err.constData());
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QVERIFY2(!QFile::exists(db + suffix), qPrintable(db + suffix));

        const QString existing = path(u"kept.db"_s);
        QCOMPARE(cliOn(existing, {u"demo"_s, u"--systems"_s, u"3"_s}).exitCode, 0);
        const QJsonArray before = listJson(existing);
        QCOMPARE(cliOn(existing, {u"import"_s, file}).exitCode, 2);
        QVERIFY(QFile::exists(existing));
        QCOMPARE(listJson(existing), before);
    }

    void recordProblemsAreGapsUnlessStrict()
    {
        const QString file = TestData + u"/csv/record_problems.csv"_s;
        const QString strictDb = path(u"strict.db"_s);
        QCOMPARE(cliOn(strictDb, {u"init"_s}).exitCode, 0);
        const Run strict = cliOn(strictDb, {u"import"_s, file, u"--strict"_s});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY(strict.err.contains("record_problems.csv"));
        QCOMPARE(listJson(strictDb).size(), 0);

        const QString db = path(u"lenient.db"_s);
        const Run run = cliOn(db, {u"import"_s, file});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = listJson(db);
        QVERIFY(rows.size() >= 5); // every record becomes a system
        QVERIFY(run.out.contains("line"));
    }

    void jsonExportImportExportIsByteIdentical()
    {
        const QString source = path(u"roundtrip-source.db"_s);
        const QString target = path(u"roundtrip-target.db"_s);
        const QString first = path(u"first.json"_s);
        const QString second = path(u"second.json"_s);
        QCOMPARE(cliOn(source, {u"demo"_s, u"--systems"_s, u"50"_s, u"--seed"_s, u"3"_s}).exitCode, 0);
        QCOMPARE(cliOn(source, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, first}).exitCode, 0);
        const Run imported = cliOn(target, {u"import"_s, first});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(cliOn(target, {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, second}).exitCode, 0);
        const QByteArray a = fileBytes(first);
        QVERIFY(a.size() > 1000);
        QCOMPARE(fileBytes(second), a);
        QCOMPARE(listJson(target), listJson(source));
    }

    void csvExportImportsBack()
    {
        const QString source = path(u"csv-source.db"_s);
        const QString target = path(u"csv-target.db"_s);
        const QString csv = path(u"register.csv"_s);
        QCOMPARE(cliOn(source, {u"demo"_s, u"--systems"_s, u"30"_s}).exitCode, 0);
        QCOMPARE(cliOn(source, {u"export"_s, u"--format"_s, u"csv"_s, u"--bom"_s, u"--out"_s, csv}).exitCode, 0);
        QVERIFY(fileBytes(csv).startsWith("\xEF\xBB\xBF"));
        const Run run = cliOn(target, {u"import"_s, csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray before = listJson(source);
        const QJsonArray after = listJson(target);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QJsonObject a = before[i].toObject();
            const QJsonObject b = after[i].toObject();
            for (const char *key : {"name", "reference", "business_unit", "lifecycle", "accountable_owner", "vendor", "next_review"})
                QCOMPARE(b[QLatin1String(key)], a[QLatin1String(key)]);
        }
        // A register extract is flat: vendor profiles and people's details stay in the
        // JSON portfolio, but every answer about the system itself comes back.
        const auto systemAnswers = [&](const QString &db, const QString &name) {
            const Run run = cliOn(db, {u"show"_s, name, u"--format"_s, u"json"_s});
            QJsonObject system = QJsonDocument::fromJson(run.out).object()[u"system"_s].toObject();
            for (const QString &key : system.keys()) {
                if (key.endsWith(u"Id"_s) || key == u"id"_s || key == u"ownership"_s || key == u"version"_s
                    || key.endsWith(u"At"_s) || key == u"escalation"_s)
                    system.remove(key);
            }
            return system;
        };
        for (qsizetype i = 0; i < before.size(); i += 7) {
            const QString name = before[i].toObject()[u"name"_s].toString();
            QCOMPARE(systemAnswers(target, name), systemAnswers(source, name));
        }
    }

    void exportIsRequiredToNameFormatAndFile()
    {
        const QString db = path(u"export-usage.db"_s);
        QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
        QCOMPARE(cliOn(db, {u"export"_s, u"--out"_s, path(u"x.json"_s)}).exitCode, 1);
        QCOMPARE(cliOn(db, {u"export"_s, u"--format"_s, u"json"_s}).exitCode, 1);
        QVERIFY(!QFile::exists(path(u"x.json"_s)));
    }

    void brokenDatabasesExitWithSix_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("name,owner\nchat,ann\n");
        QTest::newRow("garbage") << QByteArray(8192, '\x3c');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16);
    }

    void brokenDatabasesExitWithSix()
    {
        QFETCH(QByteArray, content);
        const QString db = path(u"broken-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        for (const QString &verb : {u"check"_s, u"list"_s}) {
            const Run run = cliOn(db, {verb});
            QCOMPARE(run.exitCode, 6);
            QVERIFY(run.err.contains(db.toUtf8()));
        }
        QCOMPARE(fileBytes(db), content);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
