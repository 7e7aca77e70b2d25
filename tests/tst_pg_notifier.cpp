// Live refresh on a shared database (ChangeNotifier): another client's commit arrives,
// a rolled-back transaction sends nothing, and after the server ends the listening
// connection (pg_terminate_backend) the notifier reconnects and listens again.
#include "TestBackend.h"
#include "domain/Person.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestPgNotifier : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;

    static Status addPerson(Database &db, const QString &name, qint64 *id = nullptr)
    {
        Person person{0, name, {}, {}, {}, {}};
        Status status = db.transaction([&] { return PeopleRepository(db).insert(person, {u"writer"_s, {}}); });
        if (id)
            *id = person.id;
        return status;
    }

    // Waits for the next notification; the pair is (type, id).
    static std::pair<QString, QString> next(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(30000))
            return {};
        const QList<QVariant> args = spy.takeFirst();
        return {args.at(0).toString(), args.at(1).toString()};
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<test::ScratchDatabase>(u"notifier"_s);
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    }

    void cleanup() { m_scratch.reset(); }

    void doesNothingOnAFile()
    {
        CHARTER_SKIP_ON_POSTGRES("file only");
        ChangeNotifier notifier(m_scratch->location());
        QVERIFY(!notifier.isSupported());
        QVERIFY(notifier.start().ok());
        QVERIFY(!notifier.isConnected());
    }

    void anotherClientsCommitArrivesAndARollbackSendsNothing()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto writer = Database::open(m_scratch->location());
        QVERIFY(writer.ok());
        ChangeNotifier notifier(m_scratch->location());
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        QVERIFY(notifier.start().ok());
        QVERIFY(notifier.isConnected());

        qint64 id = 0;
        QVERIFY(addPerson(**writer, u"Dana Whitfield"_s, &id).ok());
        QCOMPARE(next(spy), std::make_pair(u"person"_s, QString::number(id)));

        // Written, audited and announced, then rolled back: nothing may arrive. The
        // next commit's notification is the very next one.
        qint64 rolledBack = 0;
        const Status failed = (*writer)->transaction([&]() -> Status {
            Person person{0, u"Never Was"_s, {}, {}, {}, {}};
            if (Status status = PeopleRepository(**writer).insert(person, {u"writer"_s, {}}); !status)
                return status;
            rolledBack = person.id;
            return makeError(ErrorCode::InvalidInput, u"changed my mind"_s);
        });
        QVERIFY(!failed.ok());
        QVERIFY(rolledBack > 0);
        QVERIFY(addPerson(**writer, u"Ravi Menon"_s, &id).ok());
        QCOMPARE(next(spy), std::make_pair(u"person"_s, QString::number(id)));
        QVERIFY(spy.isEmpty());
    }

    void reconnectsAndListensAgainAfterTheServerEndsTheConnection()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto writer = Database::open(m_scratch->location());
        QVERIFY(writer.ok());
        ChangeNotifier notifier(m_scratch->location());
        notifier.setCheckInterval(100);
        QSignalSpy changes(&notifier, &ChangeNotifier::changed);
        QSignalSpy lost(&notifier, &ChangeNotifier::connectionLost);
        QSignalSpy back(&notifier, &ChangeNotifier::reconnected);
        QSignalSpy resync(&notifier, &ChangeNotifier::resynchronise);
        QVERIFY(notifier.start().ok());
        const qint64 firstPid = notifier.backendPid();

        QSqlQuery query((*writer)->connection());
        QVERIFY(query.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(firstPid)));
        QVERIFY(back.wait(30000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(resync.size(), 1);
        QVERIFY(notifier.isConnected());
        QVERIFY(notifier.backendPid() != firstPid);

        qint64 id = 0;
        QVERIFY(addPerson(**writer, u"After the restart"_s, &id).ok());
        QCOMPARE(next(changes), std::make_pair(u"person"_s, QString::number(id)));
    }
};

QTEST_GUILESS_MAIN(TestPgNotifier)
#include "tst_pg_notifier.moc"
