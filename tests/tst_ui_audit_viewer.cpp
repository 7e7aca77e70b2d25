// The audit viewer on the demo history, offscreen: every entry is listed and can be
// filtered; an entry shows what it changed; Verify (on a worker) passes on the intact
// trail and names the entry edited behind Charter's back with plain SQL; the tree head
// export writes the stored head; a system's history lists its own entries only.
#include "audit/TreeHead.h"
#include "governance/AuditModel.h"
#include "governance/AuditViewer.h"
#include "register/DemoRegister.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
constexpr int Systems = 30;

} // namespace

class TestUiAuditViewer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_root;

    // Runs Verify and waits for its report.
    bool verify(AuditViewer &viewer)
    {
        QSignalSpy done(&viewer, &AuditViewer::verified);
        viewer.verify();
        if (!done.wait(60'000))
            qFatal("verify did not finish");
        return done.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.db"_s);
        auto db = Database::open(m_path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_root = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_root->setToday(Today);
        QVERIFY(m_root->initialise());
        PortfolioImportOptions options;
        options.keepIds = true;
        Result<DemoRegisterSummary> demo = DemoRegister::add(*m_root, Systems, 1, options, true);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    }

    void listsAndFiltersEveryEntry()
    {
        AuditViewer viewer(*m_root);
        QAbstractItemModelTester tester(viewer.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(viewer.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 count = AuditStore(*m_db).count().value();
        QVERIFY(count > 100);
        QCOMPARE(viewer.model()->rowCount(), count);
        // Newest first.
        QCOMPARE(viewer.model()->record(0).seq, count);

        viewer.filterEdit()->setText(u"sign_off"_s);
        QVERIFY(viewer.proxy()->rowCount() > 0);
        QVERIFY(viewer.proxy()->rowCount() < count);
        for (int row = 0; row < viewer.proxy()->rowCount(); ++row) {
            const QString entity = viewer.proxy()->index(row, AuditModel::EntityColumn).data().toString();
            const QString action = viewer.proxy()->index(row, AuditModel::ActionColumn).data().toString();
            QVERIFY(entity.contains(u"sign_off"_s) || action.contains(u"sign_off"_s));
        }
        viewer.filterEdit()->clear();
        QCOMPARE(viewer.proxy()->rowCount(), count);

        // An update shows its before/after as field changes.
        const int update = [&] {
            for (int row = 0; row < viewer.model()->rowCount(); ++row) {
                const AuditRecord &r = viewer.model()->record(row);
                if (r.action == u"update"_s && r.entityType == u"system"_s)
                    return row;
            }
            return -1;
        }();
        QVERIFY(update >= 0);
        viewer.table()->setCurrentIndex(viewer.proxy()->mapFromSource(viewer.model()->index(update, 0)));
        const QString change = viewer.changeView()->toPlainText();
        QVERIFY2(change.contains(u" → "_s), qPrintable(change));
    }

    void verifyFindsATamperedRow()
    {
        AuditViewer viewer(*m_root);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(verify(viewer));
        QCOMPARE(viewer.messageBar()->type(), MessageBar::Type::Positive);
        QVERIFY(viewer.findingsList()->isHidden());
        QCOMPARE(viewer.lastReport()->entries, AuditStore(*m_db).count().value());

        // Behind Charter's back: plain SQL on another connection changes one entry.
        const qint64 tampered = 17;
        const QString originalActor = AuditStore(*m_db).entries(tampered, 1).value().first().actor;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = %1"_s.arg(tampered)));
            QCOMPARE(query.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);

        viewer.reload();
        QVERIFY(!verify(viewer));
        QCOMPARE(viewer.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(viewer.findingsList()->isVisible());
        int findingRow = -1;
        const QList<AuditFinding> &findings = viewer.lastReport()->findings;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (findings.at(i).kind == AuditFinding::Kind::EntryAltered && findings.at(i).seq == tampered)
                findingRow = int(i);
        }
        QVERIFY2(findingRow >= 0, "verify names the altered entry");
        QVERIFY(viewer.findingsList()->item(findingRow)->text().contains(QString::number(tampered)));
        // Choosing the finding selects the entry.
        viewer.findingsList()->setCurrentRow(findingRow);
        const QModelIndex current = viewer.proxy()->mapToSource(viewer.table()->currentIndex());
        QCOMPARE(viewer.model()->record(current.row()).seq, tampered);
        QCOMPARE(viewer.model()->record(current.row()).actor, u"mallory"_s);

        // Put it back: verify passes again.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"untamper"_s);
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            query.prepare(u"UPDATE audit_log SET actor = ? WHERE seq = ?"_s);
            query.addBindValue(originalActor);
            query.addBindValue(tampered);
            QVERIFY(query.exec());
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"untamper"_s);
        QVERIFY(verify(viewer));
    }

    void exportsTheTreeHead()
    {
        AuditViewer viewer(*m_root);
        const QString path = m_dir.filePath(u"head.json"_s);
        QVERIFY(viewer.exportTreeHead(path));
        Result<TreeHead> head = readTreeHead(path);
        QVERIFY2(head, head ? "" : qPrintable(head.error().message));
        QCOMPARE(*head, AuditStore(*m_db).treeState().value()->head);
        QVERIFY(!viewer.exportTreeHead(m_dir.filePath(u"no/such/dir/head.json"_s)));
        QCOMPARE(viewer.messageBar()->type(), MessageBar::Type::Error);
    }

    void historyListsOneSystem()
    {
        AuditViewer viewer(*m_root);
        QAbstractItemModelTester tester(viewer.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        viewer.setSystem(3, u"System 3"_s);
        QVERIFY(viewer.model()->rowCount() > 0);
        for (const AuditRecord &record : viewer.model()->records()) {
            QCOMPARE(record.entityId, u"3"_s);
            QVERIFY(record.entityType == u"system"_s || record.entityType == u"workflow"_s);
        }
        QVERIFY(viewer.verifyButton()->isHidden());
    }
};

QTEST_MAIN(TestUiAuditViewer)
#include "tst_ui_audit_viewer.moc"
