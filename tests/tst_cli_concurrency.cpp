// Many clients, one shared database: 2, 4 and 8 charter-cli processes make 1,000
// randomized, conflicting edits in all (`set --if-version`, each client editing from
// the version it last saw). Every conflict must be reported (exit 5, nothing written),
// no edit may silently overwrite another, the final register must equal the history of
// applied edits, every applied edit must be in the audit trail, and verify must pass.
// PostgreSQL only (the SQLite twin skips).
#include "TestBackend.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

struct Edit {
    qint64 system = 0;
    QString field;
    QString value;
    int readVersion = 0; // the version the client edited from
    int newVersion = 0;  // after the edit, when applied
};

struct Outcome {
    QList<Edit> applied;
    int conflicts = 0;
    QStringList failures; // anything but "applied" or "conflict reported"
};

int runCli(const QStringList &args, QString *out, QString *err)
{
    QProcess process;
    process.start(QStringLiteral(CHARTER_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// One client: edits random systems from the versions it last saw, re-reading a system
// (with its own connection) only after a conflict.
void client(const QString &location, const QList<qint64> &systems, quint32 seed,
            std::atomic<int> &remaining, QMutex &mutex, Outcome &outcome)
{
    static const QStringList fields = {u"name"_s, u"purpose"_s, u"business_unit"_s};
    static const QRegularExpression newVersion(u"version (\\d+)"_s);
    QRandomGenerator random(seed);
    auto db = Database::open(location);
    if (!db) {
        const QMutexLocker lock(&mutex);
        outcome.failures.append(db.error().message);
        return;
    }
    QHash<qint64, int> seen;
    const auto read = [&](qint64 id) {
        seen[id] = SystemRepository(**db).load(id).value().version;
    };
    for (qint64 id : systems)
        read(id);
    while (remaining.fetch_sub(1) > 0) {
        Edit edit;
        edit.system = systems.at(random.bounded(int(systems.size())));
        edit.field = fields.at(random.bounded(int(fields.size())));
        edit.value = u"%1 by client %2 #%3"_s.arg(edit.field).arg(seed).arg(random.generate());
        edit.readVersion = seen.value(edit.system);
        QString out;
        QString err;
        const int code = runCli({u"--db"_s, location, u"set"_s, QString::number(edit.system), edit.field,
                                 edit.value, u"--if-version"_s, QString::number(edit.readVersion)},
                                &out, &err);
        const QMutexLocker lock(&mutex);
        if (code == 0) {
            const QRegularExpressionMatch match = newVersion.match(out);
            edit.newVersion = match.hasMatch() ? match.captured(1).toInt() : -1;
            seen[edit.system] = edit.newVersion;
            outcome.applied.append(edit);
        } else if (code == 5 && err.contains(u"changed"_s)) {
            ++outcome.conflicts;
            read(edit.system);
        } else {
            outcome.failures.append(u"exit %1: %2%3"_s.arg(code).arg(out, err));
        }
    }
}

} // namespace

class TestCliConcurrency : public QObject {
    Q_OBJECT

private slots:
    void conflictingClientsNeverOverwriteSilently_data()
    {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("edits");
        QTest::newRow("2 clients") << 2 << 200;
        QTest::newRow("4 clients") << 4 << 300;
        QTest::newRow("8 clients") << 8 << 500;
    }

    void conflictingClientsNeverOverwriteSilently()
    {
        CHARTER_ONLY_ON_POSTGRES();
        QFETCH(int, clients);
        QFETCH(int, edits);
        test::ScratchDatabase scratch(u"concurrency"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString location = scratch.location();
        QString out;
        QString err;
        QCOMPARE(runCli({u"--db"_s, location, u"demo"_s, u"--systems"_s, u"4"_s, u"--no-history"_s}, &out, &err), 0);

        auto db = Database::open(location);
        QVERIFY(db.ok());
        QList<qint64> systems;
        QHash<qint64, AiSystem> initial;
        const QList<AiSystem> all = SystemRepository(**db).all().value();
        for (const AiSystem &system : all) {
            systems.append(system.id);
            initial.insert(system.id, system);
        }
        QCOMPARE(systems.size(), 4);
        const qint64 auditBefore = AuditStore(**db).count().value();

        std::atomic<int> remaining{edits};
        QMutex mutex;
        Outcome outcome;
        std::vector<std::thread> threads;
        for (int i = 0; i < clients; ++i) {
            threads.emplace_back(client, location, systems, quint32(1000 * clients + i), std::ref(remaining),
                                 std::ref(mutex), std::ref(outcome));
        }
        for (std::thread &thread : threads)
            thread.join();

        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u"\n"_s)));
        QCOMPARE(outcome.applied.size() + outcome.conflicts, edits);
        QVERIFY2(outcome.conflicts > 0, "the clients never conflicted: the test proves nothing");
        qInfo("%d clients: %lld edits applied, %d conflicts reported", clients,
              qlonglong(outcome.applied.size()), outcome.conflicts);

        // No silent overwrite: per system, the applied edits form one chain of versions,
        // each made from the version the previous one produced.
        QHash<qint64, QList<Edit>> bySystem;
        for (const Edit &edit : std::as_const(outcome.applied))
            bySystem[edit.system].append(edit);
        for (qint64 id : std::as_const(systems)) {
            QList<Edit> chain = bySystem.value(id);
            std::sort(chain.begin(), chain.end(), [](const Edit &a, const Edit &b) { return a.newVersion < b.newVersion; });
            int version = initial.value(id).version;
            AiSystem expected = initial.value(id);
            for (const Edit &edit : std::as_const(chain)) {
                QCOMPARE(edit.readVersion, version);
                QCOMPARE(edit.newVersion, version + 1);
                version = edit.newVersion;
                if (edit.field == u"name"_s)
                    expected.name = edit.value;
                else if (edit.field == u"purpose"_s)
                    expected.purpose = edit.value;
                else
                    expected.businessUnit = edit.value;
            }
            // The register is exactly the applied history.
            const AiSystem stored = SystemRepository(**db).load(id).value();
            QCOMPARE(stored.version, version);
            QCOMPARE(stored.name, expected.name);
            QCOMPARE(stored.purpose, expected.purpose);
            QCOMPARE(stored.businessUnit, expected.businessUnit);
            // Every applied edit, and nothing else, is in the audit trail.
            AuditFilter filter;
            filter.entityType = u"system"_s;
            filter.entityId = QString::number(id);
            qsizetype updates = 0;
            const QList<AuditRecord> records = AuditStore(**db).find(filter).value();
            for (const AuditRecord &record : records)
                updates += record.action == u"update"_s ? 1 : 0;
            QCOMPARE(updates, chain.size());
        }
        QVERIFY(AuditStore(**db).count().value() >= auditBefore + outcome.applied.size());
        QCOMPARE(runCli({u"--db"_s, location, u"verify"_s}, &out, &err), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
