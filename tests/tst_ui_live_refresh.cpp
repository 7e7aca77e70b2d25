// Live refresh in the main window on a shared database: another client's commit shows
// up without a reload, and a lost notification connection shows a banner until Charter
// has reconnected. PostgreSQL only (the SQLite twin skips).
#include "MainWindow.h"
#include "SharedRegisterWindow.h"
#include "TestBackend.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "views/MessageBar.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestUiLiveRefresh : public QObject {
    Q_OBJECT

private slots:
    void anotherClientsCommitAppearsAndALostConnectionShowsABanner()
    {
        CHARTER_ONLY_ON_POSTGRES();
        test::ScratchDatabase scratch(u"live"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        test::SharedRegisterWindow scene;
        const QString problem = scene.open(scratch);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MainWindow &window = scene.window();
        RegisterService &service = scene.otherClient();
        Database &other = scene.otherDatabase();

        // Another client commits: the window refreshes by itself.
        AiSystem second;
        second.name = u"Fraud detector"_s;
        QVERIFY(service.addSystem(second).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.countText(), u"2 of 2 systems"_s, 30000);

        // The server ends the listening connection and refuses new ones for a while: a
        // banner, until Charter has reconnected.
        QVERIFY(test::runOnMaintenance(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(scratch.databaseName())));
        QSqlQuery query(other.connection());
        QVERIFY(query.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                           "AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(scene.bannerShown(), 30000);
        QVERIFY(test::runOnMaintenance(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(scratch.databaseName())));
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageBar()->isVisible(), 30000);

        // Listening again.
        AiSystem third;
        third.name = u"Chat helper"_s;
        QVERIFY(service.addSystem(third).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.countText(), u"3 of 3 systems"_s, 30000);
    }
};

QTEST_MAIN(TestUiLiveRefresh)
#include "tst_ui_live_refresh.moc"
