// RegisterService::importSpreadsheet: systems stored while the file is still being read
// (charter-cli import and the import wizard). It must store what reading the whole file
// first and storing the portfolio stores, keep the audit trail verifiable, and store
// nothing when the file turns out broken further down, a strict import meets a problem,
// or the user cancels. Runs on SQLite and, as streamed_import_pg, on PostgreSQL.
#include "TestBackend.h"
#include "audit/AuditVerifier.h"
#include "domain/Json.h"
#include "interchange/DemoPortfolio.h"
#include "interchange/RegisterCsv.h"
#include "interchange/SpreadsheetImporter.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 27);

// More systems than one batch holds, so batches and the queue are exercised.
constexpr int ManySystems = 700;

QByteArray demoCsv(int systems)
{
    const Portfolio portfolio = generateDemoPortfolio(systems, 11, Today);
    return writeRegisterCsv(portfolio, {}, false);
}

// "Name,Accountable owner,Accountable owner email" rows; OWNERS[i] names row i's owner.
QByteArray ownerCsv(const QList<std::pair<QString, QString>> &owners)
{
    QByteArray csv = "Name,Accountable owner,Accountable owner email\n";
    for (qsizetype i = 0; i < owners.size(); ++i)
        csv += u"System %1,%2,%3\n"_s.arg(i + 1).arg(owners[i].first, owners[i].second).toUtf8();
    return csv;
}

} // namespace

class TestStreamedImport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_service;

    std::unique_ptr<Database> openScratch(test::ScratchDatabase &scratch)
    {
        auto db = Database::open(scratch.location());
        if (!db)
            qWarning() << db.error().message;
        return db ? std::move(*db) : nullptr;
    }

    static std::unique_ptr<RegisterService> serviceOn(Database &db)
    {
        auto service = std::make_unique<RegisterService>(db, WriteContext{u"tester"_s, {}});
        service->setToday(Today);
        if (!service->initialise())
            return nullptr;
        return service;
    }

    Result<PortfolioImportSummary> streamed(const QByteArray &csv, const ImportOptions &options = {},
                                            const ProgressCallback &progress = {})
    {
        Result<SpreadsheetReader> reader = SpreadsheetReader::open(csv, u"inventory.csv"_s, options);
        if (!reader)
            return reader.error();
        PortfolioImportOptions storing;
        storing.reason = u"Imported from inventory.csv"_s;
        return m_service->importSpreadsheet(*reader, storing, progress);
    }

    // What a register holds, without the times of the write.
    static QByteArray contentOf(RegisterService &service)
    {
        Result<Portfolio> portfolio = service.exportPortfolio();
        if (!portfolio)
            return {};
        for (AiSystem &system : portfolio->systems) {
            system.createdAt = {};
            system.updatedAt = {};
        }
        QByteArray content;
        for (const AiSystem &system : std::as_const(portfolio->systems))
            content += QJsonDocument(toJson(system)).toJson(QJsonDocument::Compact) + '\n';
        for (const Person &person : std::as_const(portfolio->people))
            content += u"%1|%2|%3\n"_s.arg(person.id).arg(person.name, person.email).toUtf8();
        for (const Vendor &vendor : std::as_const(portfolio->vendors))
            content += u"%1|%2\n"_s.arg(vendor.id).arg(vendor.name).toUtf8();
        return content;
    }

    void verifyClean()
    {
        Result<AuditVerifyReport> report = AuditVerifier(*m_db).run();
        QVERIFY(report.ok());
        QStringList messages;
        for (const AuditFinding &finding : report->findings)
            messages << finding.message;
        QVERIFY2(report->ok(), qPrintable(messages.join(u'\n')));
    }

    void verifyNothingStored(qint64 auditBefore)
    {
        QCOMPARE(SystemRepository(*m_db).count().value(), 0);
        QCOMPARE(PeopleRepository(*m_db).all()->size(), 0);
        QCOMPARE(VendorRepository(*m_db).all()->size(), 0);
        QCOMPARE(AuditStore(*m_db).count().value(), auditBefore);
    }

private slots:
    void init()
    {
        m_service.reset();
        m_db.reset();
        m_scratch = std::make_unique<test::ScratchDatabase>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_db = openScratch(*m_scratch);
        QVERIFY(m_db);
        m_service = serviceOn(*m_db);
        QVERIFY(m_service);
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
        m_scratch.reset();
    }

    void storesWhatReadingFirstStores()
    {
        const QByteArray csv = demoCsv(ManySystems);
        Result<PortfolioImportSummary> summary = streamed(csv);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->systemsAdded, ManySystems);

        // The same file read as a whole first and stored as a portfolio.
        test::ScratchDatabase otherScratch(u"read_first"_s);
        QVERIFY2(otherScratch.isValid(), qPrintable(otherScratch.error()));
        std::unique_ptr<Database> other = openScratch(otherScratch);
        QVERIFY(other);
        std::unique_ptr<RegisterService> otherService = serviceOn(*other);
        QVERIFY(otherService);
        Result<SpreadsheetImport> read = importSpreadsheet(csv, u"inventory.csv"_s);
        QVERIFY(read.ok());
        Result<PortfolioImportSummary> stored = otherService->importPortfolio(read->portfolio, {});
        QVERIFY(stored.ok());
        QCOMPARE(summary->peopleAdded, stored->peopleAdded);
        QCOMPARE(summary->vendorsAdded, stored->vendorsAdded);

        const QByteArray streamedContent = contentOf(*m_service);
        QVERIFY(!streamedContent.isEmpty());
        QCOMPARE(streamedContent, contentOf(*otherService));
        const QList<RegistryRow> rows = SystemRepository(*m_db).registryRows().value();
        const QList<RegistryRow> otherRows = SystemRepository(*other).registryRows().value();
        QCOMPARE(rows.size(), otherRows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].riskScore, otherRows[i].riskScore);
            QCOMPARE(rows[i].riskTier, otherRows[i].riskTier);
        }
        // Every system, person and vendor has its create entry, and each row equals it.
        QCOMPARE(AuditStore(*m_db).count().value(), AuditStore(*other).count().value());
        verifyClean();
    }

    void matchesPeopleAndVendorsAlreadyInTheRegister()
    {
        const QByteArray csv = demoCsv(40);
        Result<PortfolioImportSummary> first = streamed(csv);
        QVERIFY(first.ok());
        QVERIFY(first->peopleAdded > 0);
        QVERIFY(first->vendorsAdded > 0);
        Result<PortfolioImportSummary> second = streamed(csv);
        QVERIFY(second.ok());
        QCOMPARE(second->systemsAdded, 40);
        QCOMPARE(second->peopleAdded, 0);
        QCOMPARE(second->peopleMatched, first->peopleAdded);
        QCOMPARE(second->vendorsAdded, 0);
        QCOMPARE(second->vendorsMatched, first->vendorsAdded);
        QCOMPARE(PeopleRepository(*m_db).all()->size(), first->peopleAdded);
        verifyClean();
    }

    void newIdsFollowTheRegister()
    {
        AiSystem before;
        before.name = u"Written before the import"_s;
        QVERIFY(m_service->addSystem(before).ok());
        QVERIFY(streamed(demoCsv(30)).ok());
        AiSystem after;
        after.name = u"Written after the import"_s;
        QVERIFY2(m_service->addSystem(after).ok(), "the next id is free after ids the import chose");
        QCOMPARE(SystemRepository(*m_db).count().value(), 32);
        QVERIFY(after.id > before.id + 30);
        Person person{0, u"Added later"_s, u"later@example.org"_s, {}, {}, {}};
        const Status added = m_db->transaction(
            [&] { return PeopleRepository(*m_db).insert(person, WriteContext{u"tester"_s, {}}); });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        verifyClean();
    }

    void fillsInAnEmailAddressThatTurnsUpLater()
    {
        QList<std::pair<QString, QString>> owners;
        owners.append({u"Ana Ruiz"_s, QString()});
        owners.append({u"Ben Okoye"_s, QString()});
        owners.append({u"Ben Okoye"_s, u"ben@example.org"_s}); // same batch as the first sight
        for (int i = 0; i < ManySystems; ++i)
            owners.append({u"Owner %1"_s.arg(i % 50), u"owner%1@example.org"_s.arg(i % 50)});
        owners.append({u"Ana Ruiz"_s, u"ana@example.org"_s}); // batches later
        QVERIFY(streamed(ownerCsv(owners)).ok());

        const QList<Person> people = PeopleRepository(*m_db).all().value();
        QCOMPARE(people.size(), 52);
        const auto find = [&](const QString &name) {
            return *std::find_if(people.cbegin(), people.cend(), [&](const Person &p) { return p.name == name; });
        };
        QCOMPARE(find(u"Ana Ruiz"_s).email, u"ana@example.org"_s);
        QCOMPARE(find(u"Ben Okoye"_s).email, u"ben@example.org"_s);
        const auto entriesOf = [&](const Person &person) {
            return AuditStore(*m_db).find({u"person"_s, QString::number(person.id), -1}).value();
        };
        // Stored before the address was known, then updated; the other stored with it.
        QCOMPARE(entriesOf(find(u"Ana Ruiz"_s)).size(), 2);
        QCOMPARE(entriesOf(find(u"Ana Ruiz"_s)).last().action, u"update"_s);
        QCOMPARE(entriesOf(find(u"Ben Okoye"_s)).size(), 1);
        // Every system of both points at the one person.
        const QList<AiSystem> systems = SystemRepository(*m_db).all().value();
        QCOMPARE(std::count_if(systems.cbegin(), systems.cend(), [&](const AiSystem &s) {
                     return s.ownership.accountableOwnerId == find(u"Ana Ruiz"_s).id;
                 }), 2);
        verifyClean();
    }

    void aFileBrokenFurtherDownStoresNothing()
    {
        const qint64 auditBefore = AuditStore(*m_db).count().value();
        QByteArray csv = demoCsv(ManySystems);
        const int brokenLine = int(csv.count('\n')) + 1;
        csv += "1000,AI-BROKEN,\"Never closed,production\n";
        Result<PortfolioImportSummary> summary = streamed(csv);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::InvalidInput);
        QVERIFY2(summary.error().message.contains(u"inventory.csv"_s), qPrintable(summary.error().message));
        QVERIFY2(summary.error().message.contains(QString::number(brokenLine)), qPrintable(summary.error().message));
        verifyNothingStored(auditBefore);
        // The register is as usable as before.
        const Result<PortfolioImportSummary> again = streamed(demoCsv(5));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        verifyClean();
    }

    void aStrictImportStopsAtTheFirstProblemAndStoresNothing()
    {
        const qint64 auditBefore = AuditStore(*m_db).count().value();
        QList<std::pair<QString, QString>> owners;
        for (int i = 0; i < ManySystems; ++i)
            owners.append({u"Owner %1"_s.arg(i % 9), QString()});
        QByteArray csv = ownerCsv(owners);
        csv += ",Nameless Owner,\n"; // a record with no name
        ImportOptions options;
        options.strict = true;
        Result<PortfolioImportSummary> summary = streamed(csv, options);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message.contains(u"line %1"_s.arg(ManySystems + 2)), qPrintable(summary.error().message));
        verifyNothingStored(auditBefore);

        // Without --strict the record is stored, its problem a gap.
        Result<PortfolioImportSummary> lenient = streamed(csv);
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->systemsAdded, ManySystems + 1);
    }

    void cancellingStoresNothing()
    {
        const qint64 auditBefore = AuditStore(*m_db).count().value();
        int calls = 0;
        int lastTotal = 0;
        Result<PortfolioImportSummary> summary = streamed(demoCsv(ManySystems), {}, [&](int done, int total) {
            ++calls;
            lastTotal = total;
            return done < 300; // after a batch or two
        });
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().message.contains(u"cancelled"_s));
        QVERIFY(calls >= 2);
        QVERIFY(lastTotal >= ManySystems);
        verifyNothingStored(auditBefore);
    }

    void progressReachesTheEnd()
    {
        QList<std::pair<int, int>> reports;
        Result<PortfolioImportSummary> summary = streamed(demoCsv(ManySystems), {}, [&](int done, int total) {
            reports.append({done, total});
            return true;
        });
        QVERIFY(summary.ok());
        QVERIFY(reports.size() >= 3);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first >= reports[i - 1].first);
        QCOMPARE(reports.last().first, reports.last().second);
    }
};

QTEST_GUILESS_MAIN(TestStreamedImport)
#include "tst_streamed_import.moc"
