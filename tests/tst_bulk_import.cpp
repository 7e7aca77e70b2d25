// How a large portfolio import writes on SQLite, and what users rely on around it.
// It writes through a rollback journal instead of WAL when no other connection has the
// file open (SqliteBulkJournal: the pages it appends are then written once, not to the
// WAL and again at the checkpoint): the file is back in WAL with synchronous FULL
// afterwards, whether the import committed, failed or was cancelled; with the file open
// elsewhere the import still works (in WAL); an import interrupted by the process dying
// leaves the previous state, which verifies.
#include "audit/AuditVerifier.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/SystemRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

QString pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return u"(error: %1)"_s.arg(query.lastError().text());
    return query.value(0).toString().toLower();
}

Portfolio portfolioOf(int systems, const QString &prefix)
{
    Portfolio p;
    p.people = {Person{1, prefix + u" owner"_s, prefix.toLower() + u"@example.org"_s, {}, {}, {}}};
    Vendor vendor;
    vendor.id = 1;
    vendor.name = prefix + u" Analytics"_s;
    p.vendors = {vendor};
    for (int i = 0; i < systems; ++i) {
        AiSystem system;
        system.name = u"%1 system %2"_s.arg(prefix).arg(i + 1);
        system.purpose = u"Scores invoices for anomalies before payment."_s;
        system.ownership.accountableOwnerId = 1;
        system.vendorId = 1;
        system.escalation = {{Severity::High, 1, u"pager"_s, 30}};
        p.systems.append(system);
    }
    return p;
}

} // namespace

class TestBulkImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<Database> open() const
    {
        auto db = Database::open(m_file);
        return db ? std::move(*db) : nullptr;
    }

    static qint64 systemCount(Database &db)
    {
        QSqlQuery query(db.connection());
        return query.exec(u"SELECT COUNT(*) FROM systems"_s) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static bool verifies(Database &db)
    {
        Result<AuditVerifyReport> report = AuditVerifier(db).run();
        return report && report->ok();
    }

    // Imports PORTFOLIO on DB, recording the journal mode seen inside the transaction.
    static Result<PortfolioImportSummary> import(Database &db, const Portfolio &portfolio,
                                                 QString *modeDuringImport,
                                                 const std::function<bool(int)> &goOn = {})
    {
        RegisterService service(db, WriteContext{u"tester"_s, {}});
        if (!service.initialise().ok())
            return makeError(ErrorCode::InvalidInput, u"initialise failed"_s);
        return service.importPortfolio(portfolio, {}, [&](int done, int) {
            if (modeDuringImport->isEmpty())
                *modeDuringImport = pragma(db, u"journal_mode"_s);
            return !goOn || goOn(done);
        });
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
        auto db = open();
        QVERIFY(db);
        RegisterService service(*db, WriteContext{u"tester"_s, {}});
        QVERIFY(service.initialise().ok());
    }

    void importsThroughARollbackJournalAndGoesBackToWal()
    {
        auto db = open();
        QVERIFY(db);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QString during;
        Result<PortfolioImportSummary> summary = import(*db, portfolioOf(50, u"North"_s), &during);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->systemsAdded, 50);
        QCOMPARE(during, u"delete"_s);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(*db, u"synchronous"_s), u"2"_s); // FULL
        QVERIFY(!QFile::exists(m_file + u"-journal"_s));
        QCOMPARE(systemCount(*db), 50);
        QVERIFY(verifies(*db));
        // A second import (the file is no longer new) does the same.
        during.clear();
        QVERIFY(import(*db, portfolioOf(10, u"South"_s), &during));
        QCOMPARE(during, u"delete"_s);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(systemCount(*db), 60);
    }

    void aFailedImportRollsBackAndGoesBackToWal()
    {
        auto db = open();
        QVERIFY(db);
        QString first;
        QVERIFY(import(*db, portfolioOf(5, u"North"_s), &first));
        Portfolio broken = portfolioOf(20, u"South"_s);
        broken.systems.last().ownership.accountableOwnerId = 99; // not in the portfolio
        QString during;
        Result<PortfolioImportSummary> summary = import(*db, broken, &during);
        QVERIFY(!summary);
        QCOMPARE(during, u"delete"_s);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(*db, u"synchronous"_s), u"2"_s);
        QCOMPARE(systemCount(*db), 5);
        QVERIFY(verifies(*db));
    }

    void aCancelledImportRollsBackAndGoesBackToWal()
    {
        auto db = open();
        QVERIFY(db);
        QString during;
        Result<PortfolioImportSummary> summary =
            import(*db, portfolioOf(30, u"North"_s), &during, [](int done) { return done < 10; });
        QVERIFY(!summary);
        QCOMPARE(during, u"delete"_s);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(systemCount(*db), 0);
    }

    void withTheFileOpenElsewhereTheImportRunsInWal()
    {
        auto db = open();
        auto other = open(); // another window or thread on the same file
        QVERIFY(db && other);
        QCOMPARE(systemCount(*other), 0);
        QString during;
        Result<PortfolioImportSummary> summary = import(*db, portfolioOf(40, u"North"_s), &during);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(during, u"wal"_s);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(*db, u"synchronous"_s), u"2"_s);
        QCOMPARE(systemCount(*other), 40);
        QVERIFY(verifies(*other));
    }

    void withTheFileOpenOnAnotherThreadTheImportRunsInWal()
    {
        auto db = open();
        QVERIFY(db);
        // The GUI's model loader: a connection of its own on a worker thread, open
        // while the import runs.
        qint64 seen = -2;
        QSemaphore opened;
        QSemaphore importDone;
        QThread *thread = QThread::create([&] {
            std::unique_ptr<Database> worker = open();
            seen = worker ? systemCount(*worker) : -1;
            opened.release();
            importDone.acquire();
            if (worker)
                seen = systemCount(*worker);
        });
        thread->start();
        opened.acquire();
        QCOMPARE(seen, 0);
        QString during;
        const bool imported = bool(import(*db, portfolioOf(10, u"North"_s), &during));
        importDone.release();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY(imported);
        QCOMPARE(during, u"wal"_s);
        QCOMPARE(seen, 10);
        QCOMPARE(systemCount(*db), 10);
    }

    void anImportInterruptedByTheProcessDyingLeavesThePreviousState()
    {
        {
            auto db = open();
            QVERIFY(db);
            QString first;
            QVERIFY(import(*db, portfolioOf(7, u"North"_s), &first));
        }
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Dies halfway through, with the rollback journal in place and pages written.
            auto db = open();
            QString during;
            if (!db)
                _exit(3);
            const bool finished = bool(import(*db, portfolioOf(400, u"South"_s), &during, [&](int done) {
                if (done == 300)
                    _exit(during == u"delete"_s ? 0 : 4);
                return true;
            }));
            _exit(finished ? 5 : 6);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(m_file + u"-journal"_s)); // the hot journal the next open rolls back
        auto db = open();
        QVERIFY(db);
        QCOMPARE(systemCount(*db), 7);
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QVERIFY(verifies(*db));
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulk_import.moc"
