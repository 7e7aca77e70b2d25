// A shared database behind a network that goes silent (PausableTcpProxy: connections
// stay open, nothing comes back; the TCP timeout would take minutes). The checks run
// on the live-refresh worker with a deadline, so the window's thread is never the one
// waiting: a query it is blocked on fails once the check gives up, the banner comes,
// and when the network is back both connections are reopened, the banner goes and
// other clients' commits arrive again. PostgreSQL only (the SQLite twin skips).
#include "LiveRefresh.h"
#include "MainWindow.h"
#include "PausableTcpProxy.h"
#include "SharedRegisterWindow.h"
#include "TestBackend.h"
#include "domain/Person.h"
#include "register/RegisterService.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "views/MessageBar.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

// The unix socket file behind LOCATION (host=DIR port=N).
QString socketFileOf(const ConnectionString &location)
{
    return u"%1/.s.PGSQL.%2"_s.arg(location.host()).arg(location.port() > 0 ? location.port() : 5432);
}

// LOCATION reached through PROXY, giving up on a silent connect after 2 s.
QString throughProxy(const ConnectionString &location, const test::PausableTcpProxy &proxy)
{
    return location.with(u"host"_s, u"127.0.0.1"_s)
        .with(u"port"_s, QString::number(proxy.port()))
        .with(u"sslmode"_s, u"disable"_s)
        .with(u"connect_timeout"_s, u"2"_s)
        .toKeywordValue(true);
}


} // namespace

class TestUiNetworkLoss : public QObject {
    Q_OBJECT

private slots:
    void aSilentNetworkEndsInABannerNotAFrozenWindow()
    {
        CHARTER_ONLY_ON_POSTGRES();
        test::ScratchDatabase scratch(u"network_loss"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Result<ConnectionString> direct = ConnectionString::parse(scratch.location());
        QVERIFY(direct.ok());
        test::PausableTcpProxy proxy(socketFileOf(*direct));
        QVERIFY(proxy.start());
        const QString proxied = throughProxy(*direct, proxy);

        auto main = Database::open(proxied);
        QVERIFY2(main.ok(), qPrintable(main ? QString() : main.error().message));
        Database &db = **main;
        auto other = Database::open(scratch.location()); // another client, not behind the proxy
        QVERIFY(other.ok());

        LiveRefresh::MainConnection connection;
        int reopened = 0;
        connection.session = [&db] { return db.serverSession(); };
        connection.reopen = [&]() -> Status {
            ++reopened;
            return db.reconnect(proxied);
        };
        LiveRefresh::Timing timing;
        timing.checkInterval = 200;
        timing.probeTimeout = 1000;
        timing.maximumRetryDelay = 500;
        LiveRefresh live(proxied, connection, timing);
        QSignalSpy lost(&live, &LiveRefresh::connectionLost);
        QSignalSpy back(&live, &LiveRefresh::reconnected);
        QSignalSpy refresh(&live, &LiveRefresh::refreshNeeded);
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 30000);
        QVERIFY(db.serverSession().backendPid != 0);
        QCOMPARE(proxy.connectionsAccepted(), 2);

        proxy.pause();
        // The window's thread asks its own connection: no answer will ever come through
        // the proxy, but the worker's check gives up and ends that connection, so the
        // query returns with an error instead of hanging.
        QSqlQuery waiting(db.connection());
        QVERIFY(!waiting.exec(u"SELECT 1"_s));
        waiting.finish();
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 30000);
        QVERIFY(!live.isConnected());
        QVERIFY(back.isEmpty());
        QCOMPARE(reopened, 0); // nothing is reopened while the server cannot be reached

        proxy.resume();
        QVERIFY(back.wait(30000));
        QCOMPARE(lost.size(), 1);
        QVERIFY(reopened >= 1);
        QVERIFY(live.isConnected());
        QVERIFY(db.isAlive());
        QVERIFY(refresh.wait(30000)); // what happened meanwhile is read again

        // Listening again: another client's commit reaches this window.
        refresh.clear();
        Person person{0, u"Dana Whitfield"_s, {}, {}, {}, {}};
        QVERIFY((*other)->transaction([&] {
            return PeopleRepository(**other).insert(person, {(*other)->serverLogin(), {}});
        }).ok());
        QVERIFY(refresh.wait(30000));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM people"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

    void theWindowShowsTheBannerAndComesBackWithTheNetwork()
    {
        CHARTER_ONLY_ON_POSTGRES();
        test::ScratchDatabase scratch(u"network_loss_window"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        Result<ConnectionString> direct = ConnectionString::parse(scratch.location());
        QVERIFY(direct.ok());
        test::PausableTcpProxy proxy(socketFileOf(*direct));
        QVERIFY(proxy.start());
        test::SharedRegisterWindow scene;
        const QString problem = scene.open(scratch, throughProxy(*direct, proxy));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MainWindow &window = scene.window();
        RegisterService &service = scene.otherClient();
        QVERIFY(window.liveRefresh());
        QTRY_VERIFY_WITH_TIMEOUT(window.liveRefresh()->isConnected(), 30000);

        // The network goes silent: the window's default checks notice it (no TCP error
        // ever comes) and the window keeps handling events meanwhile.
        proxy.pause();
        QTRY_VERIFY_WITH_TIMEOUT(scene.bannerShown(), 60000);
        AiSystem second;
        second.name = u"Fraud detector"_s;
        QVERIFY(service.addSystem(second).ok()); // committed while this window cannot hear

        proxy.resume();
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isHidden(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.countText(), u"2 of 2 systems"_s, 60000);
    }
};

QTEST_MAIN(TestUiNetworkLoss)
#include "tst_ui_network_loss.moc"
