// The main window after the server ended its sessions (pg_terminate_backend, as a
// server restart or a network loss does): a banner, automatic reconnection of both the
// window's connection and the listening one (retried while the server still refuses
// connections), the banner cleared, other clients' commits showing up again, and the
// editor's unsaved input kept and then saved over the new connection. PostgreSQL only
// (the SQLite twin skips).
#include "LiveRefresh.h"
#include "MainWindow.h"
#include "SharedRegisterWindow.h"
#include "TestBackend.h"
#include "editor/EditingWorkspace.h"
#include "editor/OverviewSection.h"
#include "editor/SystemEditor.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "views/MessageBar.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

// Ends every session on the scratch database except CLIENT's own; how many it ended.
int terminateOthers(Database &client)
{
    QSqlQuery query(client.connection());
    if (!query.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestUiReconnect : public QObject {
    Q_OBJECT

private slots:
    void reconnectsAfterTheServerEndsItsSessionsAndKeepsUnsavedInput()
    {
        CHARTER_ONLY_ON_POSTGRES();
        test::ScratchDatabase scratch(u"reconnect"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        test::SharedRegisterWindow scene;
        const QString problem = scene.open(scratch);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        MainWindow &window = scene.window();
        RegisterService &service = scene.otherClient();
        Database &other = scene.otherDatabase();

        // Unsaved input in the editor.
        SystemEditor *editor = window.editing()->systemEditor();
        QVERIFY(window.editing()->editSystem(scene.firstSystemId()));
        QLineEdit *name = editor->overview()->nameEdit();
        name->setFocus();
        QTest::keyClicks(name, u" (draft)"_s);
        QVERIFY(editor->isModified());

        // The server ends the window's sessions and refuses new ones for a while.
        QVERIFY(test::runOnMaintenance(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(scratch.databaseName())));
        QVERIFY(terminateOthers(other) >= 2); // the window's connection and its listener
        QTRY_VERIFY_WITH_TIMEOUT(scene.bannerShown(), 30000);
        QTest::qWait(1500); // retries meanwhile fail: the banner stays
        QVERIFY(scene.bannerShown());
        QVERIFY(window.messageBar()->text().contains(u"unsaved edits are kept"_s));

        QVERIFY(test::runOnMaintenance(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(scratch.databaseName())));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isHidden(), 30000);

        // Listening again: another client's commit appears by itself.
        AiSystem second;
        second.name = u"Fraud detector"_s;
        QVERIFY(service.addSystem(second).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.countText(), u"2 of 2 systems"_s, 30000);

        // The editor still holds the unsaved text, and saves it over the new connection.
        QCOMPARE(window.editing()->systemEditor(), editor);
        QCOMPARE(name->text(), u"Invoice classifier (draft)"_s);
        QVERIFY(editor->isModified());
        QVERIFY(editor->save());
        QVERIFY(!editor->isModified());
        QCOMPARE(SystemRepository(other).load(scene.firstSystemId())->name, u"Invoice classifier (draft)"_s);
    }

    void reopensTheMainConnectionWhenOnlyItWasEnded()
    {
        CHARTER_ONLY_ON_POSTGRES();
        test::ScratchDatabase scratch(u"reconnect_main"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto other = Database::open(scratch.location());
        QVERIFY(other.ok());
        auto main = Database::open(scratch.location());
        QVERIFY(main.ok());
        Database &db = **main;

        LiveRefresh::MainConnection connection;
        int reopened = 0;
        connection.session = [&db] { return db.serverSession(); };
        connection.reopen = [&]() -> Status {
            ++reopened;
            return db.reconnect(scratch.location());
        };
        LiveRefresh::Timing timing;
        timing.checkInterval = 100;
        LiveRefresh live(scratch.location(), connection, timing);
        QSignalSpy lost(&live, &LiveRefresh::connectionLost);
        QSignalSpy back(&live, &LiveRefresh::reconnected);
        QSignalSpy refresh(&live, &LiveRefresh::refreshNeeded);
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 30000);

        QSqlQuery pid(db.connection());
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        const qint64 mainPid = pid.value(0).toLongLong();
        pid.finish();
        QSqlQuery kill((*other)->connection());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(mainPid)));
        QVERIFY(!db.isAlive());

        // The listener is fine; the window's connection is noticed at its next check.
        QVERIFY(back.wait(30000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(reopened, 1);
        QVERIFY(db.isAlive());
        QVERIFY(refresh.wait(30000)); // what happened meanwhile is read again
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        QVERIFY(pid.value(0).toLongLong() != mainPid);

        // Writes work over the new session (cached statements were dropped with the old one).
        RegisterService service(db, WriteContext{db.serverLogin(), {}});
        QVERIFY(service.initialise().ok());
        AiSystem system;
        system.name = u"Written after the reconnect"_s;
        QVERIFY(service.addSystem(system).ok());
    }
};

QTEST_MAIN(TestUiReconnect)
#include "tst_ui_reconnect.moc"
