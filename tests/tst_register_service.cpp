// The register's use cases as the CLI and the GUI call them: risk stored with each
// write and kept current, all-or-nothing portfolio imports, people and vendors matched.
// Runs on SQLite and, as register_service_pg, on PostgreSQL (TestBackend.h).
#include "TestBackend.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestRegisterService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch; // a fresh database per test
    std::unique_ptr<Database> m_db;

    std::unique_ptr<RegisterService> openService(const QDate &today)
    {
        auto service = std::make_unique<RegisterService>(*m_db, WriteContext{u"tester"_s, {}});
        service->setToday(today);
        if (!service->initialise().ok())
            return nullptr;
        return service;
    }

    static Portfolio smallPortfolio()
    {
        Portfolio p;
        p.people = {Person{1, u"Dana Whitfield"_s, u"dana@example.org"_s, {}, {}, {}},
                    Person{2, u"Ravi Menon"_s, u"ravi@example.org"_s, {}, {}, {}}};
        Vendor vendor;
        vendor.id = 1;
        vendor.name = u"Northwind Analytics"_s;
        p.vendors = {vendor};
        AiSystem a;
        a.name = u"Invoice anomaly detector"_s;
        a.ownership.accountableOwnerId = 1;
        a.vendorId = 1;
        a.escalation = {{Severity::High, 2, u"pager"_s, 30}};
        AiSystem b;
        b.name = u"Shift scheduling optimiser"_s;
        b.ownership.accountableOwnerId = 2;
        p.systems = {a, b};
        return p;
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
    }

    void installsTheDefaultPolicyOnceAndAuditsIt()
    {
        auto service = openService(QDate(2026, 11, 26));
        QVERIFY(service);
        QVERIFY(service->policy().version() >= 1);
        // The policy and the database's first account (admin and contributor).
        QCOMPARE(AuditStore(*m_db).count().value(), 2);
        QCOMPARE(AuditStore(*m_db).entries().value().at(0).entityType, u"policy"_s);
        QCOMPARE(AuditStore(*m_db).entries().value().at(1).entityType, u"user"_s);
        auto again = openService(QDate(2026, 11, 26));
        QVERIFY(again);
        QCOMPARE(AuditStore(*m_db).count().value(), 2);
    }

    void storesTheRiskWithEveryWrite()
    {
        auto service = openService(QDate(2026, 11, 26));
        AiSystem system;
        system.name = u"Claims triage assistant"_s;
        system.data.personalData = Answer::Yes;
        QVERIFY(service->addSystem(system).ok());
        const RiskAssessment expected = service->assess(system, nullptr);
        RegistryRow row = SystemRepository(*m_db).registryRows()->first();
        QCOMPARE(row.riskScore, expected.score);
        QCOMPARE(row.riskTier, expected.tier);
        QCOMPARE(row.completeness, expected.completeness);

        system.data.personalData = Answer::No;
        QVERIFY(service->updateSystem(system).ok());
        row = SystemRepository(*m_db).registryRows()->first();
        QVERIFY(row.riskScore < expected.score);
        QCOMPARE(row.riskScore, service->details(system.id)->risk.score);
    }

    void reassessesWhenTheDayChanges()
    {
        AiSystem system;
        {
            auto service = openService(QDate(2026, 11, 26));
            system.name = u"Claims triage assistant"_s;
            system.nextReview = QDate(2026, 12, 31);
            QVERIFY(service->addSystem(system).ok());
        }
        const int before = SystemRepository(*m_db).registryRows()->first().riskScore;
        // Two months later the review is overdue: the stored score must say so.
        auto later = openService(QDate(2027, 2, 1));
        QVERIFY(later);
        const RegistryRow row = SystemRepository(*m_db).registryRows()->first();
        QVERIFY2(row.riskScore > before, qPrintable(u"%1 vs %2"_s.arg(row.riskScore).arg(before)));
        QCOMPARE(row.riskScore, later->details(system.id)->risk.score);
        // Derived data only: the record's version and audit trail are unchanged.
        QCOMPARE(SystemRepository(*m_db).load(system.id)->version, 1);
        QCOMPARE(later->refreshRisk().value(), 0); // once per day
    }

    void importKeepsIdsIntoAnEmptyRegister()
    {
        auto service = openService(QDate(2026, 11, 26));
        PortfolioImportOptions options;
        options.keepIds = true;
        Result<PortfolioImportSummary> summary = service->importPortfolio(smallPortfolio(), options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->systemsAdded, 2);
        Result<Portfolio> exported = service->exportPortfolio();
        QVERIFY(exported.ok());
        QCOMPARE(exported->people.size(), 2);
        QCOMPARE(exported->systems.first().ownership.accountableOwnerId, 1);
        QCOMPARE(exported->systems.first().vendorId, 1);
    }

    void importMatchesExistingPeopleAndVendors()
    {
        auto service = openService(QDate(2026, 11, 26));
        QVERIFY(service->importPortfolio(smallPortfolio(), {}).ok());
        Result<PortfolioImportSummary> second = service->importPortfolio(smallPortfolio(), {});
        QVERIFY(second.ok());
        QCOMPARE(second->peopleAdded, 0);
        QCOMPARE(second->peopleMatched, 2);
        QCOMPARE(second->vendorsAdded, 0);
        QCOMPARE(second->vendorsMatched, 1);
        QCOMPARE(PeopleRepository(*m_db).all()->size(), 2);
        QCOMPARE(VendorRepository(*m_db).all()->size(), 1);
        QCOMPARE(SystemRepository(*m_db).count().value(), 4);
    }

    void aBrokenPortfolioWritesNothing()
    {
        auto service = openService(QDate(2026, 11, 26));
        const qint64 auditBefore = AuditStore(*m_db).count().value();
        Portfolio broken = smallPortfolio();
        broken.systems[1].vendorId = 77; // not in the portfolio
        Result<PortfolioImportSummary> summary = service->importPortfolio(broken, {});
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::InvalidInput);
        QVERIFY(summary.error().message.contains(u"Shift scheduling optimiser"_s));
        QCOMPARE(SystemRepository(*m_db).count().value(), 0);
        QCOMPARE(PeopleRepository(*m_db).all()->size(), 0);
        QCOMPARE(AuditStore(*m_db).count().value(), auditBefore);
    }
};

QTEST_GUILESS_MAIN(TestRegisterService)
#include "tst_register_service.moc"
