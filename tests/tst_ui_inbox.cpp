// The governance inbox ("waiting for me") on the demo history, offscreen: it lists
// exactly what WorkflowService::inbox() (charter-cli inbox) returns for the acting
// account, double-click opens the system, and workflow steps through the dialog are
// refused inline with the rule's message, or recorded.
#include "DemoSession.h"
#include "governance/InboxDialog.h"
#include "governance/InboxModel.h"
#include "governance/WorkflowActionDialog.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
constexpr int Systems = 40;

} // namespace

class TestUiInbox : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoSession m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (Status opened = m_demo.open(m_dir.filePath(u"demo.db"_s), Today, Systems); !opened)
            QFAIL(qPrintable(opened.error().message));
    }

    void listsWhatCoreReturns_data()
    {
        QTest::addColumn<int>("task");
        QTest::newRow("sign") << int(InboxItem::Task::Sign);
        QTest::newRow("re-sign") << int(InboxItem::Task::Resign);
    }

    void listsWhatCoreReturns()
    {
        QFETCH(int, task);
        const QString login = m_demo.loginWith(InboxItem::Task(task));
        QVERIFY2(!login.isEmpty(), "the demo history has an account with this task");
        RegisterService session = m_demo.as(login);
        const QList<InboxItem> expected = WorkflowService(session).inbox().value();

        InboxDialog dialog;
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.attach(&session);
        QCOMPARE(dialog.model()->rowCount(), expected.size());
        bool found = false;
        for (int row = 0; row < expected.size(); ++row) {
            const InboxItem &item = expected.at(row);
            QCOMPARE(dialog.model()->index(row, InboxModel::SystemColumn).data().toString(), item.systemName);
            QCOMPARE(dialog.model()->index(row, InboxModel::TaskColumn).data().toString(), item.text);
            QCOMPARE(dialog.model()->index(row, 0).data(InboxModel::SystemIdRole).toLongLong(), item.systemId);
            QVERIFY(!item.text.isEmpty()); // the reason is shown
            found = found || item.task == InboxItem::Task(task);
        }
        QVERIFY(found);
        QVERIFY(dialog.findChild<QLabel *>(u"inboxSummary"_s)->text().contains(session.actor().displayName()));
    }

    void doubleClickOpensTheSystem()
    {
        const QString login = m_demo.loginWith(InboxItem::Task::Sign);
        RegisterService session = m_demo.as(login);
        InboxDialog dialog;
        dialog.attach(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.model()->rowCount() > 0);
        QSignalSpy open(&dialog, &InboxDialog::openSystemRequested);
        const int row = dialog.model()->rowCount() - 1;
        const QRect cell = dialog.table()->visualRect(dialog.model()->index(row, InboxModel::SystemColumn));
        QTest::mouseClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), dialog.model()->item(row).systemId);
    }

    void emptyInboxSaysSo()
    {
        RegisterService stranger = m_demo.as(u"nobody-here"_s);
        InboxDialog dialog;
        dialog.attach(&stranger);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(u"inboxSummary"_s)->text().startsWith(u"Nothing is waiting"_s));
    }

    void refusalShowsTheRuleInline()
    {
        // A system in review, and an IT reviewer who did not submit it.
        InboxItem item;
        QString login;
        const QList<User> users = UserRepository(m_demo.db()).all().value();
        for (qint64 id = 1; id <= Systems && login.isEmpty(); ++id) {
            const WorkflowStatus status = WorkflowService(m_demo.root()).status(id).value();
            if (status.record.state != WorkflowState::InReview)
                continue;
            for (const User &user : users) {
                if (user.active && user.roles.has(Role::ItReviewer) && !status.submitters.contains(user.login)) {
                    login = user.login;
                    item.systemId = id;
                    break;
                }
            }
        }
        QVERIFY(!login.isEmpty());
        RegisterService reviewer = m_demo.as(login);
        // Someone without a reviewer role: core refuses, the dialog says why.
        RegisterService viewer = m_demo.as(u"nobody-here"_s);
        WorkflowActionDialog dialog(viewer, item.systemId, WorkflowActionDialog::Mode::Review);
        dialog.requestChangesButton()->setChecked(true);
        dialog.reasonEdit()->setPlainText(u"Not my call"_s);
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(!dialog.messageBar()->text().isEmpty());
        QCOMPARE(WorkflowService(m_demo.root()).status(item.systemId)->record.state, WorkflowState::InReview);

        // The reviewer without a reason: asked for one, nothing recorded.
        WorkflowActionDialog noReason(reviewer, item.systemId, WorkflowActionDialog::Mode::Review);
        noReason.requestChangesButton()->setChecked(true);
        QVERIFY(!noReason.apply());
        QCOMPARE(noReason.messageBar()->type(), MessageBar::Type::Warning);
        QCOMPARE(WorkflowService(m_demo.root()).status(item.systemId)->record.state, WorkflowState::InReview);

        // With a reason it is recorded, and the item leaves the inbox.
        WorkflowActionDialog decide(reviewer, item.systemId, WorkflowActionDialog::Mode::Review);
        QSignalSpy applied(&decide, &WorkflowActionDialog::applied);
        decide.requestChangesButton()->setChecked(true);
        decide.reasonEdit()->setPlainText(u"The escalation path has no second step"_s);
        QVERIFY2(decide.apply(), qPrintable(decide.messageBar()->text()));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(WorkflowService(m_demo.root()).status(item.systemId)->record.state, WorkflowState::ChangesRequested);
        InboxDialog inbox;
        inbox.attach(&reviewer);
        for (const InboxItem &left : inbox.model()->items())
            QVERIFY(!(left.systemId == item.systemId && left.task == InboxItem::Task::Sign));
    }
};

QTEST_MAIN(TestUiInbox)
#include "tst_ui_inbox.moc"
