// The audit store keeps the Merkle tree in step with the trail: every append stores
// its leaf hash and the root after it and moves the tree head in the same transaction;
// rolled-back writes leave no trace; trails changed behind Charter's back are not
// built upon; entries from before schema version 3 are sealed once. Runs on SQLite and
// on PostgreSQL.
#include "TestBackend.h"

#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

WriteContext testContext()
{
    return WriteContext{u"tester"_s, u"unit test"_s};
}

// Runs SQL through a connection of its own, as any SQL client could.
QString rawSql(test::ScratchDatabase &scratch, const QStringList &statements)
{
    QSqlQuery query(scratch.rawConnection());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return QString();
}

QStringList findingMessages(const AuditVerifyReport &report)
{
    QStringList messages;
    for (const AuditFinding &finding : report.findings)
        messages << finding.message;
    return messages;
}

} // namespace

class TestAuditStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;

    // A fresh, empty database for each test (a file, or a PostgreSQL database).
    QString path() const { return m_scratch->location(); }
    test::ScratchDatabase &scratch() { return *m_scratch; }

    static std::unique_ptr<Database> open(const QString &file, int migrateUpTo = -1)
    {
        Database::Options options;
        options.migrateUpTo = migrateUpTo;
        options.allowServerMigration = true;
        Result<std::unique_ptr<Database>> db = Database::open(file, options);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(file), qPrintable(db.error().message));
        return std::move(*db);
    }

    static Status appendRaw(Database &db, const QString &entityId, const QByteArray &before,
                            const QByteArray &after, const WriteContext &context = testContext())
    {
        return db.transaction([&] {
            return AuditStore(db).append(context, u"note"_s, u"test"_s, entityId, before, after);
        });
    }

    static void verifyClean(Database &db)
    {
        Result<AuditVerifyReport> report = AuditVerifier(db).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(findingMessages(*report).join(u'\n')));
    }

private slots:
    void init()
    {
        m_scratch.reset();
        m_scratch = std::make_unique<test::ScratchDatabase>();
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    }

    void cleanup() { m_scratch.reset(); }

    // A bulk import numbers and hashes its entries on another thread: an entry numbered
    // wrongly must be refused, not stored out of sequence.
    void preparedEntriesMustBeTheNextOnes()
    {
        std::unique_ptr<Database> db = open(path());
        QVERIFY(appendRaw(*db, u"1"_s, {}, R"({"n":1})").ok());
        const qint64 before = AuditStore(*db).count().value();
        const bool sqlite = !db->isServer();
        const auto prepared = [&](qint64 seq) {
            return AuditStore::prepare(seq, u"2026-11-27T04:00:00.000Z"_s, testContext(), u"note"_s, u"test"_s,
                                       u"2"_s, {}, R"({"n":2})", sqlite);
        };
        Status status = db->transaction([&]() -> Status {
            Result<qint64> next = AuditStore(*db).nextSequence();
            if (!next)
                return next.error();
            return AuditStore(*db).appendPrepared(prepared(*next + 1));
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(AuditStore(*db).count().value(), before);

        status = db->transaction([&]() -> Status {
            Result<qint64> next = AuditStore(*db).nextSequence();
            if (!next)
                return next.error();
            return AuditStore(*db).appendPrepared(prepared(*next));
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(AuditStore(*db).count().value(), before + 1);
        QCOMPARE(AuditStore(*db).entries().value().last().recordedAt,
                 QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC));
        verifyClean(*db);
    }

    void newDatabaseHasAnEmptyTree()
    {
        std::unique_ptr<Database> db = open(path());
        QVERIFY(db->schemaVersion() >= 3);
        Result<std::optional<AuditTreeState>> state = AuditStore(*db).treeState();
        QVERIFY(state.ok());
        QVERIFY(!state->has_value()); // created by the first append
        verifyClean(*db);
    }

    void everyAppendMovesTheHeadInStep()
    {
        std::unique_ptr<Database> db = open(path());
        MerkleTree expected;
        for (int i = 1; i <= 40; ++i) {
            Person person{0, u"Person %1"_s.arg(i), u"p%1@example.org"_s.arg(i), {}, {}, {}};
            QVERIFY(db->transaction([&] { return PeopleRepository(*db).insert(person, testContext()); }).ok());

            Result<std::optional<AuditTreeState>> state = AuditStore(*db).treeState();
            QVERIFY(state.ok() && state->has_value());
            Result<QList<AuditRecord>> last = AuditStore(*db).entries(i, 1);
            QVERIFY(last.ok());
            QCOMPARE(last->size(), 1);
            const AuditRecord &record = last->first();
            QCOMPARE(record.seq, i);
            const QByteArray recordedAt = record.recordedAt.toString(Qt::ISODateWithMs).toUtf8();
            const QByteArray actor = record.actor.toUtf8(), action = record.action.toUtf8(),
                             type = record.entityType.toUtf8(), id = record.entityId.toUtf8(),
                             reason = record.reason.toUtf8();
            const AuditEntryFields fields{i, AuditField{recordedAt}, AuditField{actor}, AuditField{action},
                                          AuditField{type}, AuditField{id}, AuditField::null(),
                                          AuditField{record.after}, AuditField{reason}};
            const MerkleHash leaf = AuditEntryCodec::leafHash(fields);
            QCOMPARE(record.leafHash, merkleHashBytes(leaf).toByteArray());
            expected.appendLeafHash(leaf);
            QCOMPARE(state->value().head.size, i);
            QCOMPARE(merkleHashToHex(state->value().head.root), merkleHashToHex(expected.root()));
            QCOMPARE(state->value().head.time, QString::fromUtf8(recordedAt));
        }
        // Each entry also keeps the root of the tree that ends with it.
        qint64 seen = 0;
        QVERIFY(AuditStore(*db).scanTreeRoots(1, [&](qint64 seq, const AuditField &root) {
            ++seen;
            return root.bytes == merkleHashBytes(*expected.rootAt(seq));
        }).ok());
        QCOMPARE(seen, 40);
        verifyClean(*db);
    }

    // Text that is awkward for UTF-8/UTF-16 conversions is hashed exactly as stored.
    void awkwardTextVerifies()
    {
        std::unique_ptr<Database> db = open(path());
        // PostgreSQL text cannot hold NUL characters; SQLite can, and hashes them.
        const QString nul = test::onPostgres() ? u"no nul"_s : u"nul"_s + QChar(u'\0') + u"inside"_s;
        const QString lone = u"lone"_s + QChar(char16_t(0xD800)) + u"surrogate"_s;
        const QString emoji = u"emoji \U0001F600 and \u00e9\u0301"_s;
        QVERIFY(appendRaw(*db, nul, {}, "{}", WriteContext{emoji, lone}).ok());
        QVERIFY(appendRaw(*db, lone, QByteArray("invalid \xff\xfe utf-8"), test::onPostgres() ? QByteArray("\x01\x02") : QByteArray("\x00\x01", 2)).ok());
        QVERIFY(appendRaw(*db, u""_s, "", "", WriteContext{u""_s, QString()}).ok());
        QVERIFY(appendRaw(*db, emoji, QByteArray(100'000, 'x'), "{\"a\":[1,2,3]}").ok());
        verifyClean(*db);
    }

    void rolledBackWritesLeaveNoTrace()
    {
        std::unique_ptr<Database> db = open(path());
        QVERIFY(appendRaw(*db, u"1"_s, {}, "{}").ok());
        const AuditTreeState before = *AuditStore(*db).treeState().value();
        const Status failed = db->transaction([&]() -> Status {
            if (Status s = AuditStore(*db).append(testContext(), u"note"_s, u"test"_s, u"2"_s, {}, "{}"); !s)
                return s;
            return makeError(ErrorCode::InvalidInput, u"changed my mind"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(AuditStore(*db).count().value(), 1);
        const AuditTreeState after = *AuditStore(*db).treeState().value();
        QCOMPARE(after.head, before.head);
        QVERIFY(appendRaw(*db, u"3"_s, {}, "{}").ok());
        QCOMPARE(AuditStore(*db).treeState().value()->head.size, 2);
        verifyClean(*db);
    }

    // Rows added or removed with plain SQL are not silently built upon.
    void appendRefusesATrailChangedOutsideCharter()
    {
        const QString file = path();
        {
            std::unique_ptr<Database> db = open(file);
            QVERIFY(appendRaw(*db, u"1"_s, {}, "{}").ok());
            QVERIFY(appendRaw(*db, u"2"_s, {}, "{}").ok());
        }
        QCOMPARE(rawSql(scratch(), {u"INSERT INTO audit_log (seq, recorded_at, actor, action, entity_type, "
                               "entity_id, reason) VALUES (3, '2025-01-01T00:00:00.000Z', 'mallory', "
                               "'note', 'test', '3', '')"_s}), QString());
        {
            std::unique_ptr<Database> db = open(file);
            const Status refused = appendRaw(*db, u"4"_s, {}, "{}");
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::VerificationFailed);
            QVERIFY2(refused.error().message.contains(u"charter-cli verify"_s), qPrintable(refused.error().message));
        }
        QCOMPARE(rawSql(scratch(), {u"DELETE FROM audit_log WHERE seq >= 2"_s}), QString());
        std::unique_ptr<Database> db = open(file);
        const Status refused = appendRaw(*db, u"5"_s, {}, "{}");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(AuditStore(*db).count().value(), 1);
    }

    // A database written before schema version 3 has entries without hashes: they are
    // sealed by the first audited write, after which the trail verifies.
    void olderTrailsAreSealedOnce()
    {
        const QString file = path();
        {
            std::unique_ptr<Database> old = open(file, 2);
            QCOMPARE(old->schemaVersion(), 2);
            QSqlQuery query(old->connection());
            for (int i = 1; i <= 25; ++i) {
                query.prepare(u"INSERT INTO audit_log (recorded_at, actor, action, entity_type, entity_id, "
                              "before_json, after_json, reason) VALUES (?, 'old', 'note', 'test', ?, NULL, ?, '')"_s);
                query.addBindValue(u"2024-05-01T10:00:%1.000Z"_s.arg(i, 2, 10, QChar(u'0')));
                query.addBindValue(QString::number(i));
                query.addBindValue(u"{\"n\":%1}"_s.arg(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        }
        std::unique_ptr<Database> db = open(file);
        QVERIFY(db->schemaVersion() >= 3);
        QCOMPARE(AuditStore(*db).unsealedCount().value(), 25);
        Result<AuditVerifyReport> unsealed = AuditVerifier(*db).run();
        QVERIFY(unsealed.ok());
        QVERIFY(!unsealed->ok()); // not yet covered by any head

        QVERIFY(appendRaw(*db, u"26"_s, {}, "{}").ok());
        QCOMPARE(AuditStore(*db).unsealedCount().value(), 0);
        QCOMPARE(AuditStore(*db).treeState().value()->head.size, 26);
        verifyClean(*db);
        Result<qint64> again = 0;
        QVERIFY(db->transaction([&]() -> Status {
            again = AuditStore(*db).seal();
            return Status::fromResult(again);
        }).ok());
        QCOMPARE(again.value(), 0);
    }

    void sealingRefusesATrailWithGapsOrAMissingHead()
    {
        const QString file = path();
        {
            std::unique_ptr<Database> db = open(file);
            QVERIFY(appendRaw(*db, u"1"_s, {}, "{}").ok());
        }
        QCOMPARE(rawSql(scratch(), {u"DELETE FROM charter_meta WHERE key = 'audit_tree'"_s}), QString());
        std::unique_ptr<Database> db = open(file);
        const Status refused = appendRaw(*db, u"2"_s, {}, "{}");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::VerificationFailed);
        QVERIFY2(refused.error().message.contains(u"missing"_s), qPrintable(refused.error().message));
        Result<AuditVerifyReport> report = AuditVerifier(*db).run();
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QVERIFY(findingMessages(*report).join(u'\n').contains(u"tree head is missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_audit_store.moc"
