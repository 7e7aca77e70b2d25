// Tampering with a real Charter database behind its back, the way anyone with write
// access to the file could: for every position of a trail of more than 50 entries,
// edit, delete, insert and swap entries and cut off the tail with plain SQL. verify
// must flag every single case, naming the entry. Register rows edited directly are
// flagged with their system and the fields that differ. An attacker who recomputes
// every hash is caught by an earlier tree head (--since).
#include "audit/AuditVerifier.h"
#include "interchange/DemoPortfolio.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

using Tamper = std::function<void(QSqlDatabase &)>;

void exec(QSqlDatabase &connection, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(connection);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

struct RawEntry {
    qint64 seq = 0;
    QByteArray columns[8]; // recorded_at .. reason, as stored
    bool isNull[8] = {};

    AuditEntryFields fields() const
    {
        const auto field = [&](int i) {
            return isNull[i] ? AuditField::null() : AuditField{QByteArrayView(columns[i].isNull() ? "" : columns[i].constData(), columns[i].size()), false};
        };
        return AuditEntryFields{seq, field(0), field(1), field(2), field(3), field(4), field(5), field(6), field(7)};
    }
};

QList<RawEntry> readEntries(QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(u"SELECT seq, CAST(recorded_at AS BLOB), CAST(actor AS BLOB), CAST(action AS BLOB), "
                    "CAST(entity_type AS BLOB), CAST(entity_id AS BLOB), CAST(before_json AS BLOB), "
                    "CAST(after_json AS BLOB), CAST(reason AS BLOB) FROM audit_log ORDER BY seq"_s))
        qFatal("%s", qPrintable(query.lastError().text()));
    QList<RawEntry> entries;
    while (query.next()) {
        RawEntry entry;
        entry.seq = query.value(0).toLongLong();
        for (int i = 0; i < 8; ++i) {
            entry.isNull[i] = query.value(i + 1).isNull();
            entry.columns[i] = query.value(i + 1).toByteArray();
        }
        entries.append(entry);
    }
    return entries;
}

// The thorough attacker: recomputes leaf hashes (and, if asked, the per-entry roots
// and the stored tree head) so that everything inside the file is consistent again.
void forgeHashes(QSqlDatabase &connection, bool roots, bool head)
{
    AuditTreeState state;
    for (const RawEntry &entry : readEntries(connection)) {
        const MerkleHash leaf = AuditEntryCodec::leafHash(entry.fields());
        state.append(leaf, QString::fromUtf8(entry.columns[0]));
        exec(connection, u"UPDATE audit_log SET leaf_hash = ? WHERE seq = ?"_s,
             {merkleHashBytes(leaf).toByteArray(), entry.seq});
        if (roots) {
            exec(connection, u"UPDATE audit_log SET tree_root = ? WHERE seq = ?"_s,
                 {merkleHashBytes(state.head.root).toByteArray(), entry.seq});
        }
    }
    if (head) {
        exec(connection, u"UPDATE charter_meta SET value = ? WHERE key = 'audit_tree'"_s,
             {QString::fromUtf8(state.toStoredText())});
    }
}

QString describe(const AuditVerifyReport &report)
{
    QStringList lines;
    for (const AuditFinding &finding : report.findings)
        lines << u"[%1 seq %2] %3"_s.arg(AuditFinding::kindKey(finding.kind)).arg(finding.seq).arg(finding.message);
    return lines.join(u'\n');
}

bool namesEntry(const AuditVerifyReport &report, const QList<qint64> &seqs)
{
    for (const AuditFinding &finding : report.findings) {
        if (seqs.contains(finding.seq) && finding.entityType.isEmpty())
            return true;
    }
    return false;
}

const AuditFinding *findingAbout(const AuditVerifyReport &report, const QString &type, const QString &id)
{
    for (const AuditFinding &finding : report.findings) {
        if (finding.entityType == type && finding.entityId == id)
            return &finding;
    }
    return nullptr;
}

const char *const EditableColumns[] = {"recorded_at", "actor", "action", "entity_type", "entity_id",
                                       "before_json", "after_json", "reason", "leaf_hash"};

} // namespace

class TestAuditTamper : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    qint64 m_entries = 0;
    TreeHead m_earlierHead;   // taken after the import, before the edits
    AiSystem m_system;        // a system still in the register
    qint64 m_deletedSystemId = 0;
    int m_case = 0;

    // Copies the pristine database, applies TAMPER with a plain SQL connection and
    // verifies the copy (with EARLIER as --since when given).
    AuditVerifyReport verifyTampered(const Tamper &tamper, const std::optional<TreeHead> &earlier = std::nullopt)
    {
        const QString file = m_dir.filePath(u"case-%1.db"_s.arg(++m_case));
        if (!QFile::copy(m_pristine, file))
            qFatal("cannot copy the pristine database");
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"attacker"_s);
            connection.setDatabaseName(file);
            if (!connection.open())
                qFatal("cannot open the copy");
            // One transaction without fsyncs: the attacker's speed is not under test.
            QSqlQuery(connection).exec(u"PRAGMA synchronous = OFF"_s);
            connection.transaction();
            if (tamper)
                tamper(connection);
            if (!connection.commit())
                qFatal("cannot commit the tampering: %s", qPrintable(connection.lastError().text()));
            connection.close();
        }
        QSqlDatabase::removeDatabase(u"attacker"_s);

        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        Result<std::unique_ptr<Database>> db = Database::open(file, options);
        if (!db)
            qFatal("cannot open the tampered copy: %s", qPrintable(db.error().message));
        AuditVerifier verifier(**db);
        if (earlier)
            verifier.setEarlierHead(*earlier);
        Result<AuditVerifyReport> report = verifier.run();
        if (!report)
            qFatal("verify could not run: %s", qPrintable(report.error().message));
        db->reset();
        QFile::remove(file);
        return *report;
    }

private slots:
    // A real database: policy, accounts, an imported portfolio, rounds of edits through
    // the register service, and a deletion: more than 50 entries of every kind.
    void initTestCase()
    {
        m_pristine = m_dir.filePath(u"pristine.db"_s);
        {
            Result<std::unique_ptr<Database>> opened = Database::open(m_pristine);
            QVERIFY(opened.ok());
            Database &db = **opened;
            RegisterService service(db, WriteContext{u"alice"_s, {}});
            QVERIFY(service.initialise().ok());
            PortfolioImportOptions options;
            options.keepIds = true;
            options.reason = u"Inventory import"_s;
            QVERIFY(service.importPortfolio(generateDemoPortfolio(6, 4, QDate(2025, 6, 1)), options).ok());
            m_earlierHead = AuditStore(db).treeState().value()->head;

            Result<QList<AiSystem>> systems = SystemRepository(db).all();
            QVERIFY(systems.ok());
            for (int round = 1; round <= 4; ++round) {
                for (AiSystem system : *systems) {
                    system = SystemRepository(db).load(system.id).value();
                    system.purpose = u"Purpose, revision %1"_s.arg(round);
                    if (round == 2 && !system.boundaries.isEmpty())
                        system.boundaries.first().influence = InfluenceLevel::HumanApproves;
                    const Status updated = service.updateSystem(system);
                    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
                }
            }
            const AiSystem doomed = SystemRepository(db).load(systems->last().id).value();
            m_deletedSystemId = doomed.id;
            QVERIFY(db.transaction([&] {
                return SystemRepository(db).remove(doomed.id, doomed.version, WriteContext{u"alice"_s, u"Decommissioned"_s});
            }).ok());
            m_system = SystemRepository(db).load(systems->first().id).value();
            m_entries = AuditStore(db).count().value();
        }
        QVERIFY2(m_entries >= 50, qPrintable(QString::number(m_entries)));
        qInfo("%lld audit entries; earlier tree head at %lld", static_cast<long long>(m_entries),
              static_cast<long long>(m_earlierHead.size));
        QVERIFY(m_earlierHead.size > 10 && m_earlierHead.size < m_entries);
    }

    void cleanDatabaseVerifies()
    {
        const AuditVerifyReport report = verifyTampered({});
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.entries, m_entries);
        QCOMPARE(report.stored->size, m_entries);
        QCOMPARE(report.stored->root, report.computed.root);
        QVERIFY(report.registryRowsChecked > 10);
    }

    // Every position, every column in turn (including the stored hash itself).
    void editingAnyEntryIsFlagged()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_entries; ++seq) {
            const QString column = QString::fromLatin1(EditableColumns[seq % std::size(EditableColumns)]);
            const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                if (column == u"leaf_hash"_s)
                    exec(c, u"UPDATE audit_log SET leaf_hash = zeroblob(32) WHERE seq = ?"_s, {seq});
                else
                    exec(c, u"UPDATE audit_log SET %1 = COALESCE(%1, '') || ' ' WHERE seq = ?"_s.arg(column), {seq});
            });
            if (report.ok() || !namesEntry(report, {seq}))
                missed << u"entry %1 (%2):\n%3"_s.arg(seq).arg(column, describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    void deletingAnyEntryIsFlagged()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_entries; ++seq) {
            const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                exec(c, u"DELETE FROM audit_log WHERE seq = ?"_s, {seq});
            });
            if (report.ok() || !namesEntry(report, {seq}))
                missed << u"entry %1:\n%2"_s.arg(seq).arg(describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    // The forged entry even carries a correct leaf hash for its position; the entries
    // it pushes along no longer match theirs.
    void insertingAnEntryAnywhereIsFlagged()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_entries + 1; ++seq) {
            const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                exec(c, u"UPDATE audit_log SET seq = -seq - 1 WHERE seq >= ?"_s, {seq});
                exec(c, u"UPDATE audit_log SET seq = -seq WHERE seq < 0"_s);
                exec(c, u"INSERT INTO audit_log (seq, recorded_at, actor, action, entity_type, entity_id, "
                        "before_json, after_json, reason) VALUES (?, '2025-06-01T12:00:00.000Z', 'mallory', "
                        "'update', 'system', '1', NULL, '{}', 'looks legitimate')"_s, {seq});
                RawEntry forged = readEntries(c).at(int(seq - 1));
                exec(c, u"UPDATE audit_log SET leaf_hash = ? WHERE seq = ?"_s,
                     {merkleHashBytes(AuditEntryCodec::leafHash(forged.fields())).toByteArray(), seq});
            });
            if (report.ok() || !namesEntry(report, {seq, seq + 1}))
                missed << u"position %1:\n%2"_s.arg(seq).arg(describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    // Neighbours trade everything but their sequence numbers, hashes included.
    void swappingNeighboursIsFlagged()
    {
        QStringList missed;
        for (qint64 seq = 1; seq < m_entries; ++seq) {
            const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                exec(c, u"UPDATE audit_log SET seq = -1 WHERE seq = ?"_s, {seq});
                exec(c, u"UPDATE audit_log SET seq = ? WHERE seq = ?"_s, {seq, seq + 1});
                exec(c, u"UPDATE audit_log SET seq = ? WHERE seq = -1"_s, {seq + 1});
            });
            if (report.ok() || !namesEntry(report, {seq}) || !namesEntry(report, {seq + 1}))
                missed << u"entries %1 and %2:\n%3"_s.arg(seq).arg(seq + 1).arg(describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    void truncatingTheTailIsFlagged()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_entries; ++seq) {
            const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                exec(c, u"DELETE FROM audit_log WHERE seq >= ?"_s, {seq});
            });
            if (report.ok() || !namesEntry(report, {seq}))
                missed << u"from entry %1:\n%2"_s.arg(seq).arg(describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    // An entry rewritten together with its leaf hash (and even the tree head) is still
    // named: the tree root stored with it no longer matches.
    void rewritingAnEntryWithItsHashIsNamed()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_entries; ++seq) {
            for (bool head : {false, true}) {
                const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
                        exec(c, u"UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"_s, {seq});
                    forgeHashes(c, false, head);
                });
                if (report.ok() || !namesEntry(report, {seq}))
                    missed << u"entry %1 (head forged: %2):\n%3"_s.arg(seq).arg(head).arg(describe(report));
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    // ---- an earlier tree head ---------------------------------------------------------

    void anEarlierHeadIsExtended()
    {
        const AuditVerifyReport report = verifyTampered({}, m_earlierHead);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QVERIFY(report.consistencyProofVerified);
        QVERIFY(report.consistencyProofLength > 0);
        // The current head is trivially consistent with itself.
        const AuditVerifyReport self = verifyTampered({}, report.computed);
        QVERIFY2(self.ok(), qPrintable(describe(self)));
        QVERIFY(self.consistencyProofVerified);
    }

    // Everything inside the file recomputed: only the earlier head can tell, and does,
    // for every entry it covers.
    void aFullRewriteBeforeTheEarlierHeadIsCaught()
    {
        QStringList missed;
        for (qint64 seq = 1; seq <= m_earlierHead.size; ++seq) {
            const Tamper rewrite = [&](QSqlDatabase &c) {
                exec(c, u"UPDATE audit_log SET reason = 'nothing to see here' WHERE seq = ?"_s, {seq});
                forgeHashes(c, true, true);
            };
            const AuditVerifyReport plain = verifyTampered(rewrite);
            QVERIFY2(plain.ok(), "a consistent rewrite cannot be seen without an earlier head");
            const AuditVerifyReport report = verifyTampered(rewrite, m_earlierHead);
            bool caught = false;
            for (const AuditFinding &finding : report.findings)
                caught = caught || finding.kind == AuditFinding::Kind::EarlierHead;
            if (!caught || report.consistencyProofVerified)
                missed << u"entry %1:\n%2"_s.arg(seq).arg(describe(report));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n\n"_s)));
    }

    void aTrailShorterThanTheEarlierHeadIsCaught()
    {
        const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"DELETE FROM audit_log WHERE seq >= ?"_s, {m_earlierHead.size});
            forgeHashes(c, true, true);
        }, m_earlierHead);
        QVERIFY(!report.ok());
        QCOMPARE(report.findings.first().kind, AuditFinding::Kind::EarlierHead);
        QVERIFY2(report.findings.first().message.contains(QString::number(m_earlierHead.size)),
                 qPrintable(describe(report)));
    }

    // ---- the register behind Charter's back -------------------------------------------

    void editedSystemRowsAreNamed_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("field");
        QTest::newRow("purpose") << u"UPDATE systems SET purpose = 'Approves loans' WHERE id = %1"_s << u"purpose"_s;
        QTest::newRow("owner") << u"UPDATE systems SET accountable_owner_id = NULL WHERE id = %1"_s
                               << u"ownership.accountableOwnerId"_s;
        QTest::newRow("classification") << u"UPDATE systems SET eu_ai_act_category = CASE eu_ai_act_category WHEN 'prohibited' "
                                           "THEN 'high_risk' ELSE 'prohibited' END WHERE id = %1"_s
                                        << u"regulatory.euAiActCategory"_s;
        QTest::newRow("boundary") << u"UPDATE boundaries SET influence = 'autonomous' WHERE system_id = %1 AND position = 0"_s
                                  << u"boundaries[0].influence"_s;
        QTest::newRow("boundary removed") << u"DELETE FROM boundaries WHERE system_id = %1"_s << u"boundaries"_s;
        QTest::newRow("escalation") << u"INSERT INTO escalation_steps (system_id, position, severity, channel) "
                                       "VALUES (%1, 99, 'low', 'fax')"_s << u"escalation"_s;
    }

    void editedSystemRowsAreNamed()
    {
        QFETCH(QString, statement);
        QFETCH(QString, field);
        const QString id = QString::number(m_system.id);
        const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) { exec(c, statement.arg(id)); });
        QVERIFY(!report.ok());
        const AuditFinding *finding = findingAbout(report, u"system"_s, id);
        QVERIFY2(finding, qPrintable(describe(report)));
        QCOMPARE(finding->kind, AuditFinding::Kind::RegistryChanged);
        QCOMPARE(finding->entityName, m_system.name);
        QVERIFY2(finding->message.contains(m_system.name) && finding->message.contains(field),
                 qPrintable(finding->message));
        QVERIFY(finding->seq > 0);
    }

    // Stored risk is derived data, recomputed daily and not audited.
    void derivedRiskColumnsAreNotFindings()
    {
        const AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"UPDATE systems SET risk_score = 1, risk_tier = 'low', completeness = 100"_s);
        });
        QVERIFY2(report.ok(), qPrintable(describe(report)));
    }

    void otherRegisterChangesAreNamed()
    {
        // A person and a vendor edited.
        AuditVerifyReport report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"UPDATE people SET email = 'someone@else.example' WHERE id = (SELECT MIN(id) FROM people)"_s);
            exec(c, u"UPDATE vendors SET exit_options = 'strong' WHERE id = (SELECT MIN(id) FROM vendors)"_s);
        });
        QStringList kinds;
        for (const AuditFinding &finding : report.findings)
            kinds << finding.entityType + u':' + AuditFinding::kindKey(finding.kind);
        QVERIFY2(kinds.contains(u"person:registry_changed"_s), qPrintable(describe(report)));
        QVERIFY2(kinds.contains(u"vendor:registry_changed"_s), qPrintable(describe(report)));

        // A system added with SQL: no audit entry.
        report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"INSERT INTO systems (id, name, created_at, updated_at) VALUES (9001, 'Shadow AI', "
                    "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s);
        });
        const AuditFinding *added = findingAbout(report, u"system"_s, u"9001"_s);
        QVERIFY2(added && added->kind == AuditFinding::Kind::RegistryUnaudited, qPrintable(describe(report)));
        QVERIFY(added->message.contains(u"Shadow AI"_s));

        // A system deleted with SQL: audited, gone, no delete entry.
        const QString id = QString::number(m_system.id);
        report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"DELETE FROM systems WHERE id = ?"_s, {m_system.id});
        });
        const AuditFinding *vanished = findingAbout(report, u"system"_s, id);
        QVERIFY2(vanished && vanished->kind == AuditFinding::Kind::RegistryVanished, qPrintable(describe(report)));
        QVERIFY(vanished->message.contains(m_system.name));

        // A system deleted through Charter, brought back with SQL.
        report = verifyTampered([&](QSqlDatabase &c) {
            exec(c, u"INSERT INTO systems (id, name, created_at, updated_at) VALUES (?, 'Back again', "
                    "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s, {m_deletedSystemId});
        });
        const AuditFinding *back = findingAbout(report, u"system"_s, QString::number(m_deletedSystemId));
        QVERIFY2(back && back->kind == AuditFinding::Kind::RegistryUnaudited, qPrintable(describe(report)));
        QVERIFY(back->message.contains(u"deleted by entry"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audit_tamper.moc"
