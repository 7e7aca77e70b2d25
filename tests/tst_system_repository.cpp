// Storing AI systems: every field survives, updates detect conflicting edits, and every
// write leaves its audit entry in the same transaction.
// Runs on SQLite and, as system_repository_pg, on PostgreSQL (TestBackend.h).
#include "TestBackend.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

WriteContext testContext()
{
    return WriteContext{u"tester"_s, u"unit test"_s};
}

RiskAssessment someRisk()
{
    RiskAssessment risk;
    risk.score = 42;
    risk.tier = RiskTier::High;
    risk.completeness = 80;
    risk.unknowns = {u"Data residency"_s, u"Access scope"_s};
    risk.policyVersion = 1;
    return risk;
}

} // namespace

class TestSystemRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch; // a fresh database per test
    std::unique_ptr<Database> m_db;
    Person m_owner;
    Person m_engineer;
    Vendor m_vendor;

    AiSystem richSystem() const
    {
        AiSystem s;
        s.name = u"Claims triage assistant"_s;
        s.purpose = u"Ranks incoming claims by urgency"_s;
        s.businessUnit = u"Claims"_s;
        s.lifecycle = Lifecycle::Production;
        s.deploymentModel = DeploymentModel::VendorSaaS;
        s.externalReference = u"AI-0007"_s;
        s.ownership.accountableOwnerId = m_owner.id;
        s.ownership.technicalOwnerId = m_engineer.id;
        s.boundaries = {
            {u"Claim priority"_s, InfluenceLevel::Autonomous, u"Claims over 10,000"_s, u"Falls back to FIFO"_s, u"Confidence score"_s},
            {u"Fraud referral"_s, InfluenceLevel::AdvisoryOnly, {}, {}, {}},
        };
        s.escalation = {
            {Severity::Critical, m_engineer.id, u"pager"_s, 15},
            {Severity::Critical, m_owner.id, u"phone"_s, 60},
            {Severity::High, 0, {}, -1},
        };
        s.data.personalData = Answer::Yes;
        s.data.productionData = Answer::Yes;
        s.data.safetyRelated = Answer::No;
        s.data.dataResidency = u"EU"_s;
        s.data.cloudConnectivity = Answer::Yes;
        s.data.integrations = u"Guidewire ClaimCenter"_s;
        s.vendorId = m_vendor.id;
        s.support.maintainer = Maintainer::Vendor;
        s.support.updatePolicy = u"Monthly vendor releases, tested in staging"_s;
        s.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        s.regulatory.euAiActRole = EuAiActRole::Deployer;
        s.regulatory.usOmbHighImpact = Answer::No;
        s.nextReview = QDate(2027, 3, 31);
        s.importNotes = {u"line 4: \"sometimes\" is not a lifecycle"_s, u"second note"_s};
        return s;
    }

    static qint64 auditCount(Database &db)
    {
        return AuditStore(db).count().value();
    }

private slots:
    void init()
    {
        m_db.reset();
        m_scratch = std::make_unique<test::ScratchDatabase>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        auto db = Database::open(m_scratch->location());
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_owner = Person{0, u"Dana Whitfield"_s, u"dana@example.org"_s, u"Head of Claims"_s, u"Claims"_s, {}};
        m_engineer = Person{0, u"Ravi Menon"_s, u"ravi@example.org"_s, u"ML engineer"_s, u"IT"_s, u"+44 20 7946 0000"_s};
        m_vendor = Vendor{};
        m_vendor.name = u"Northwind Analytics"_s;
        m_vendor.exitOptions = Rating::Weak;
        m_vendor.contractEnd = QDate(2027, 1, 31);
        m_vendor.deprecationNoticeDays = 90;
        QVERIFY(m_db->transaction([&]() -> Status {
            if (Status s = PeopleRepository(*m_db).insert(m_owner, testContext()); !s)
                return s;
            if (Status s = PeopleRepository(*m_db).insert(m_engineer, testContext()); !s)
                return s;
            return VendorRepository(*m_db).insert(m_vendor, testContext());
        }).ok());
    }

    void everyFieldSurvivesARoundTrip()
    {
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        QVERIFY(system.id > 0);
        QCOMPARE(system.version, 1);
        Result<AiSystem> loaded = SystemRepository(*m_db).load(system.id);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, system);
        Result<QList<AiSystem>> all = SystemRepository(*m_db).all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), system);
    }

    void registryRowsCarryTheStoredRisk()
    {
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        Result<QList<RegistryRow>> rows = SystemRepository(*m_db).registryRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const RegistryRow &row = rows->first();
        QCOMPARE(row.name, system.name);
        QCOMPARE(row.accountableOwner, m_owner.name);
        QCOMPARE(row.vendor, m_vendor.name);
        QCOMPARE(row.riskTier, RiskTier::High);
        QCOMPARE(row.riskScore, 42);
        QCOMPARE(row.completeness, 80);
        QCOMPARE(row.gapCount, 2);
        QCOMPARE(row.nextReview, QDate(2027, 3, 31));
        QVERIFY(registryRowMatches(row, u"northwind"_s));
        QVERIFY(registryRowMatches(row, u"dana"_s));
        QVERIFY(!registryRowMatches(row, u"payroll"_s));
    }

    void updateBumpsTheVersionAndRejectsAStaleCopy()
    {
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        AiSystem mine = system;
        AiSystem theirs = system;

        theirs.purpose = u"Their change"_s;
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).update(theirs, someRisk(), testContext()); }).ok());
        QCOMPARE(theirs.version, 2);

        mine.purpose = u"My change"_s;
        const Status status = m_db->transaction([&] { return SystemRepository(*m_db).update(mine, someRisk(), testContext()); });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QCOMPARE(SystemRepository(*m_db).load(system.id)->purpose, u"Their change"_s);
    }

    void updateReplacesBoundariesAndEscalation()
    {
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        system.boundaries.removeFirst();
        system.escalation = {{Severity::Low, m_owner.id, u"email"_s, 1440}};
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).update(system, someRisk(), testContext()); }).ok());
        Result<AiSystem> loaded = SystemRepository(*m_db).load(system.id);
        QCOMPARE(loaded->boundaries, system.boundaries);
        QCOMPARE(loaded->escalation, system.escalation);
    }

    void everyWriteIsAudited()
    {
        const qint64 before = auditCount(*m_db);
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        system.name = u"Claims triage assistant v2"_s;
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).update(system, someRisk(), testContext()); }).ok());
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).remove(system.id, system.version, testContext()); }).ok());
        QCOMPARE(auditCount(*m_db), before + 3);

        Result<QList<AuditRecord>> entries = AuditStore(*m_db).entries(before + 1);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).action, u"create"_s);
        QVERIFY(entries->at(0).before.isEmpty());
        QVERIFY(entries->at(0).after.contains("Claims triage assistant"));
        QCOMPARE(entries->at(1).action, u"update"_s);
        QVERIFY(entries->at(1).before.contains("\"Claims triage assistant\""));
        QVERIFY(entries->at(1).after.contains("Claims triage assistant v2"));
        QCOMPARE(entries->at(2).action, u"delete"_s);
        QVERIFY(entries->at(2).after.isEmpty());
        for (const AuditRecord &record : *entries) {
            QCOMPARE(record.actor, u"tester"_s);
            QCOMPARE(record.entityId, QString::number(system.id));
            QVERIFY(record.recordedAt.isValid());
        }
    }

    void aFailedWriteLeavesNeitherRowNorAuditEntry()
    {
        const qint64 before = auditCount(*m_db);
        AiSystem system = richSystem();
        system.ownership.accountableOwnerId = 9999; // no such person: foreign key fails
        const Status status = m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); });
        QVERIFY(!status.ok());
        QCOMPARE(SystemRepository(*m_db).count().value(), 0);
        QCOMPARE(auditCount(*m_db), before);
    }

    void resolvesByIdOrExactName()
    {
        AiSystem system = richSystem();
        QVERIFY(m_db->transaction([&] { return SystemRepository(*m_db).insert(system, someRisk(), testContext()); }).ok());
        QCOMPARE(SystemRepository(*m_db).resolve(QString::number(system.id)).value(), system.id);
        QCOMPARE(SystemRepository(*m_db).resolve(system.name).value(), system.id);
        Result<qint64> missing = SystemRepository(*m_db).resolve(u"Claims"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSystemRepository)
#include "tst_system_repository.moc"
