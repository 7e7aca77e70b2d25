// The Users and Roles dialog, offscreen, on a demo register: an admin adds an account
// with roles and it is stored as RolesService has it; a non-admin's attempt is refused
// inline with the rule's message and writes nothing; the last admin cannot be demoted.
#include "DemoSession.h"
#include "governance/GovernanceWorkspace.h"
#include "governance/RolesService.h"
#include "governance/UsersDialog.h"
#include "governance/UsersModel.h"
#include "interchange/DemoPortfolio.h"
#include "register/RegisterService.h"
#include "storage/UserRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);

// The box for ROLE among the dialog's role boxes (they carry the role key).
QCheckBox *box(const QList<QCheckBox *> &boxes, Role role)
{
    for (QCheckBox *candidate : boxes) {
        if (candidate->property("role").toString() == enumKey(role))
            return candidate;
    }
    return nullptr;
}

} // namespace

class TestUiUsers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoSession m_demo;

    QList<User> storedUsers() const { return UserRepository(m_demo.db()).all().value(); }
    std::optional<User> stored(const QString &login) const
    {
        for (const User &user : storedUsers()) {
            if (user.login == login)
                return user;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // root: the first account, admin and contributor.
        if (Status opened = m_demo.open(m_dir.filePath(u"demo.db"_s), Today); !opened)
            QFAIL(qPrintable(opened.error().message));
        PortfolioImportOptions options;
        options.keepIds = true;
        QVERIFY(m_demo.root().importPortfolio(generateDemoPortfolio(20, 1, Today), options));
        QVERIFY(RolesService(m_demo.root()).addUser(u"vera"_s, RoleSet{Role::Contributor}, u"Vera Viewer"_s));
    }

    void modelPassesTester()
    {
        UsersDialog dialog(m_demo.root());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), storedUsers().size());
        dialog.reload();
        const int row = dialog.model()->rowOf(u"vera"_s);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->index(row, UsersModel::NameColumn).data().toString(), u"Vera Viewer"_s);
        QCOMPARE(dialog.model()->index(row, UsersModel::RolesColumn).data().toString(),
                 UsersModel::rolesText(RoleSet{Role::Contributor}));
    }

    void adminAddsUserWithRoles()
    {
        UsersDialog dialog(m_demo.root());
        QVERIFY(dialog.personCombo()->count() > 1); // the demo directory
        dialog.loginEdit()->setText(u"irene"_s);
        dialog.nameEdit()->setText(u"Irene Reviewer"_s);
        dialog.personCombo()->setCurrentIndex(1);
        const qint64 personId = dialog.personCombo()->currentData().toLongLong();
        box(dialog.newRoleBoxes(), Role::ItReviewer)->setChecked(true);
        box(dialog.newRoleBoxes(), Role::Board)->setChecked(true);
        QSignalSpy changed(&dialog, &UsersDialog::usersChanged);
        dialog.addButton()->click();
        QCOMPARE(changed.count(), 1);

        const std::optional<User> user = stored(u"irene"_s);
        QVERIFY(user);
        QCOMPARE(user->roles, (RoleSet{Role::ItReviewer, Role::Board}));
        QCOMPARE(user->displayName, u"Irene Reviewer"_s);
        QCOMPARE(user->personId, personId);
        QVERIFY(user->active);
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Positive);
        QVERIFY(dialog.model()->rowOf(u"irene"_s) >= 0);
        QVERIFY(dialog.loginEdit()->text().isEmpty());

        // Change the roles of the selected (new) account, then deactivate and reactivate.
        box(dialog.selectedRoleBoxes(), Role::Board)->setChecked(false);
        dialog.applyRolesButton()->click();
        QCOMPARE(stored(u"irene"_s)->roles, RoleSet{Role::ItReviewer});
        dialog.activeButton()->click();
        QVERIFY(!stored(u"irene"_s)->active);
        QCOMPARE(dialog.activeButton()->text(), UsersDialog::tr("&Reactivate"));
        dialog.activeButton()->click();
        QVERIFY(stored(u"irene"_s)->active);
    }

    void nonAdminIsRefusedAndNothingWritten()
    {
        RegisterService vera = m_demo.as(u"vera"_s);
        UsersDialog dialog(vera);
        const QList<User> before = storedUsers();
        dialog.loginEdit()->setText(u"mallory"_s);
        box(dialog.newRoleBoxes(), Role::Admin)->setChecked(true);
        dialog.addButton()->click();

        QVERIFY(dialog.messageBar()->isVisibleTo(&dialog));
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        const Result<User> expected = RolesService(vera).addUser(u"mallory"_s, RoleSet{Role::Admin});
        QVERIFY(!expected);
        QCOMPARE(expected.error().code, ErrorCode::NotPermitted);
        QCOMPARE(dialog.messageBar()->text(), expected.error().message);
        QCOMPARE(dialog.loginEdit()->text(), u"mallory"_s); // kept for another try
        QCOMPARE(storedUsers(), before);

        // Promoting themselves is refused too.
        dialog.table()->selectRow(dialog.model()->rowOf(u"vera"_s));
        box(dialog.selectedRoleBoxes(), Role::Admin)->setChecked(true);
        dialog.applyRolesButton()->click();
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(!box(dialog.selectedRoleBoxes(), Role::Admin)->isChecked()); // back to the stored roles
        QCOMPARE(storedUsers(), before);
    }

    void governanceMenuOpensDialog()
    {
        QWidget window;
        MessageBar bar(&window);
        GovernanceWorkspace workspace(&window, &bar);
        QMenu *menu = workspace.createMenu(&window);
        QVERIFY(menu->actions().contains(workspace.usersAction()));
        QVERIFY(!workspace.usersAction()->isEnabled()); // no database open
        workspace.attach(&m_demo.root());
        QVERIFY(workspace.usersAction()->isEnabled());
        workspace.usersAction()->trigger();
        auto *dialog = window.findChild<UsersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->rowCount(), storedUsers().size());
        workspace.attach(nullptr); // the dialog reads the session: it goes with it
        QVERIFY(!window.findChild<UsersDialog *>());
    }

    void lastAdminCannotBeDemoted()
    {
        UsersDialog dialog(m_demo.root());
        const QList<User> before = storedUsers();
        dialog.table()->selectRow(dialog.model()->rowOf(u"root"_s));
        box(dialog.selectedRoleBoxes(), Role::Admin)->setChecked(false);
        dialog.applyRolesButton()->click();
        QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(!dialog.messageBar()->text().isEmpty());
        QCOMPARE(storedUsers(), before);
    }
};

QTEST_MAIN(TestUiUsers)
#include "tst_ui_users.moc"
