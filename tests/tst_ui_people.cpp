// The people directory, offscreen, on a real database: the list filters as you type;
// a person is created and edited through the editor (validated inline, audited in the
// store, undoable); moving to another person with unsaved edits asks first; the person
// dialog the system editor uses. PeopleModel runs under QAbstractItemModelTester.
#include "directory/DirectoryStore.h"
#include "directory/PeopleDirectoryView.h"
#include "directory/PersonDialog.h"
#include "directory/PersonDraft.h"
#include "directory/PersonEditor.h"
#include "directory/PersonForm.h"
#include "editor/ProblemLabel.h"
#include "models/PeopleModel.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QString TestLogin = u"people-test"_s;

Portfolio directoryPortfolio()
{
    Portfolio portfolio;
    const QStringList names = {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s};
    const QStringList departments = {u"Finance"_s, u"Payments"_s, u"Research"_s};
    for (int i = 0; i < names.size(); ++i) {
        Person person;
        person.id = i + 1;
        person.name = names.at(i);
        person.email = names.at(i).section(u' ', 0, 0).toLower() + u"@example.org"_s;
        person.department = departments.at(i);
        portfolio.people.append(person);
    }
    AiSystem system;
    system.id = 1;
    system.name = u"Invoice classifier"_s;
    system.ownership.accountableOwnerId = 1;
    system.ownership.itContactId = 1;
    AiSystem fraud;
    fraud.id = 2;
    fraud.name = u"Fraud detector"_s;
    fraud.ownership.technicalOwnerId = 2;
    EscalationStep step;
    step.severity = Severity::Critical;
    step.personId = 1;
    fraud.escalation = {step};
    portfolio.systems = {system, fraud};
    return portfolio;
}

int auditEntries(Database &db, const QString &entity)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT COUNT(*) FROM audit_log WHERE entity_type = ?"_s);
    query.addBindValue(entity);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsAndFilters();
    void createsPerson();
    void editsPerson();
    void validationShowsInline();
    void unsavedChangesPrompt();
    void dialogForNewPerson();
    void listsWhereThePersonIsNamed();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_service;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<PeopleDirectoryView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<UnsavedChoice> m_answers;
    int m_prompts = 0;
};

void TestPeople::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"people.db"_s));
    auto db = Database::open(m_dir.filePath(u"people.db"_s));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    m_service = std::make_unique<RegisterService>(*m_db, WriteContext{TestLogin, QString()});
    QVERIFY(m_service->initialise().ok());
    PortfolioImportOptions options;
    options.keepIds = true;
    QVERIFY(m_service->importPortfolio(directoryPortfolio(), options).ok());

    m_directory = std::make_unique<DirectoryStore>();
    m_directory->attach(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_directory->people(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<PeopleDirectoryView>(m_directory.get());
    m_view->editor()->setUnsavedChangesPrompt([this](QWidget *, const QString &) {
        ++m_prompts;
        return m_answers.isEmpty() ? UnsavedChoice::Cancel : m_answers.takeFirst();
    });
    m_view->resize(1100, 600);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_prompts = 0;
}

void TestPeople::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_directory.reset();
    m_service.reset();
    m_db.reset();
}

void TestPeople::listsAndFilters()
{
    QTableView *table = m_view->tableView();
    QCOMPARE(table->model()->rowCount(), 3);
    // In name order.
    QCOMPARE(table->model()->index(0, PeopleModel::NameColumn).data().toString(), u"Ada Lovelace"_s);
    QCOMPARE(table->model()->index(2, PeopleModel::NameColumn).data().toString(), u"Grace Hopper"_s);
    // Any column matches, in any case.
    QTest::keyClicks(m_view->filterEdit(), u"PAYM"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PeopleModel::NameColumn).data().toString(), u"Grace Hopper"_s);
    m_view->filterEdit()->clear();
    QTest::keyClicks(m_view->filterEdit(), u"alan@"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    m_view->filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // Selecting a row edits that person.
    table->setCurrentIndex(table->model()->index(1, 0));
    QVERIFY(m_view->editor()->isEditing());
    QCOMPARE(m_view->editor()->draft()->record().name, u"Alan Turing"_s);
    QCOMPARE(m_view->editor()->form()->emailEdit()->text(), u"alan@example.org"_s);
}

void TestPeople::createsPerson()
{
    const int audits = auditEntries(*m_db, u"person"_s);
    QVERIFY(m_view->newPerson());
    PersonEditor *editor = m_view->editor();
    QVERIFY(editor->isEditing());
    QVERIFY(editor->saveAction()->isEnabled());
    QTest::keyClicks(editor->form()->nameEdit(), u"Katherine Johnson"_s);
    QTest::keyClicks(editor->form()->emailEdit(), u"katherine@example.org"_s);
    QSignalSpy saved(editor, &EntryEditor::saved);
    QVERIFY(editor->save());
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.constFirst().constFirst().toLongLong();
    QVERIFY(id > 3);

    // Stored and audited, listed, selected.
    auto stored = PeopleRepository(*m_db).load(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, u"Katherine Johnson"_s);
    QCOMPARE(stored->email, u"katherine@example.org"_s);
    QCOMPARE(auditEntries(*m_db, u"person"_s), audits + 1);
    QCOMPARE(m_directory->people()->rowCount(), 4);
    QCOMPARE(m_view->tableView()->currentIndex().data(PeopleModel::PersonIdRole).toLongLong(), id);
    QCOMPARE(editor->personId(), id);
    QVERIFY(!editor->isModified());
}

void TestPeople::editsPerson()
{
    QVERIFY(m_view->selectPerson(2));
    PersonEditor *editor = m_view->editor();
    QCOMPARE(editor->personId(), 2);
    QLineEdit *name = editor->form()->nameEdit();
    name->end(false);
    QTest::keyClicks(name, u" (RN)"_s);
    QVERIFY(editor->isModified());
    QCOMPARE(editor->undoStack()->count(), 1); // typing merges
    editor->undoStack()->undo();
    QVERIFY(!editor->isModified());
    editor->undoStack()->redo();
    QVERIFY(editor->save());
    QCOMPARE(PeopleRepository(*m_db).load(2)->name, u"Grace Hopper (RN)"_s);
    // The list shows the new name, and the row stays selected.
    QCOMPARE(m_view->tableView()->currentIndex().data(PeopleModel::PersonIdRole).toLongLong(), 2);
    QCOMPARE(m_view->tableView()->currentIndex().siblingAtColumn(PeopleModel::NameColumn).data().toString(),
             u"Grace Hopper (RN)"_s);

    // Revert is an undo step too.
    QTest::keyClicks(name, u"!"_s);
    editor->revert();
    QCOMPARE(name->text(), u"Grace Hopper (RN)"_s);
    editor->undoStack()->undo();
    QCOMPARE(name->text(), u"Grace Hopper (RN)!"_s);
}

void TestPeople::validationShowsInline()
{
    QVERIFY(m_view->newPerson());
    PersonEditor *editor = m_view->editor();
    QTest::keyClicks(editor->form()->emailEdit(), u"not an address"_s);
    // The e-mail problem shows as soon as the field was edited; the name only on save.
    const auto labels = editor->form()->findChildren<ProblemLabel *>();
    QCOMPARE(labels.size(), 2);
    ProblemLabel *nameProblem = labels.at(0);
    ProblemLabel *emailProblem = labels.at(1);
    QVERIFY(nameProblem->isHidden());
    QVERIFY(emailProblem->isVisible());
    QVERIFY(emailProblem->text().contains(u"e-mail"_s));

    QVERIFY(!editor->save());
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(editor->messageBar()->type(), MessageBar::Type::Warning);
    QCOMPARE(m_directory->people()->rowCount(), 3);
    // The input stays.
    QCOMPARE(editor->form()->emailEdit()->text(), u"not an address"_s);

    // The directory refuses an invalid person too (core validation, not only the form).
    Person invalid;
    invalid.email = u"x"_s;
    const Status refused = m_directory->addPerson(invalid);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);

    QTest::keyClicks(editor->form()->nameEdit(), u"Dorothy Vaughan"_s);
    editor->form()->emailEdit()->clear();
    emit editor->form()->emailEdit()->textEdited(QString());
    QVERIFY(emailProblem->isHidden());
    QVERIFY(editor->save());
    QCOMPARE(m_directory->people()->rowCount(), 4);
}

void TestPeople::unsavedChangesPrompt()
{
    QTableView *table = m_view->tableView();
    QVERIFY(m_view->selectPerson(1));
    QTest::keyClicks(m_view->editor()->form()->nameEdit(), u" X"_s);

    // Cancel: the selection goes back to the person being edited.
    m_answers = {UnsavedChoice::Cancel};
    table->setCurrentIndex(table->model()->index(2, 0));
    QCOMPARE(m_prompts, 1);
    QCOMPARE(m_view->editor()->personId(), 1);
    QCOMPARE(table->currentIndex().data(PeopleModel::PersonIdRole).toLongLong(), 1);
    QVERIFY(m_view->editor()->isModified());

    // Save: stored, then the other person is edited.
    m_answers = {UnsavedChoice::Save};
    QVERIFY(m_view->selectPerson(3) || m_view->editor()->personId() == 3);
    QCOMPARE(m_prompts, 2);
    QCOMPARE(m_view->editor()->personId(), 3);
    QCOMPARE(PeopleRepository(*m_db).load(1)->name, u"Ada Lovelace X"_s);

    // Discard: nothing stored.
    QTest::keyClicks(m_view->editor()->form()->nameEdit(), u" Y"_s);
    m_answers = {UnsavedChoice::Discard};
    QVERIFY(m_view->newPerson());
    QCOMPARE(m_prompts, 3);
    QCOMPARE(PeopleRepository(*m_db).load(3)->name, u"Alan Turing"_s);
}

void TestPeople::dialogForNewPerson()
{
    Person proposal;
    proposal.name = u"Mary Jackson"_s;
    PersonDialog dialog(proposal);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(add->isEnabled()); // the proposed name is enough
    auto *form = dialog.findChild<PersonForm *>();
    QCOMPARE(form->nameEdit()->text(), u"Mary Jackson"_s);
    form->nameEdit()->clear();
    emit form->nameEdit()->textEdited(QString());
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(form->nameEdit(), u"Mary W. Jackson"_s);
    QTest::keyClicks(form->emailEdit(), u"mary@example.org"_s);
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.person().name, u"Mary W. Jackson"_s);
    QCOMPARE(dialog.person().email, u"mary@example.org"_s);
    QCOMPARE(dialog.person().id, 0);
}

void TestPeople::listsWhereThePersonIsNamed()
{
    QVERIFY(m_view->selectPerson(1));
    QTreeWidget *roles = m_view->editor()->rolesView();
    QCOMPARE(roles->topLevelItemCount(), 3);
    // By system name: Fraud detector (escalation), then Invoice classifier's two roles.
    QCOMPARE(roles->topLevelItem(0)->text(0), u"Fraud detector"_s);
    QCOMPARE(roles->topLevelItem(0)->text(1), u"Escalation, critical severity"_s);
    QCOMPARE(roles->topLevelItem(1)->text(1), u"Accountable owner"_s);
    QCOMPARE(roles->topLevelItem(2)->text(1), u"IT contact"_s);

    QSignalSpy open(m_view.get(), &PeopleDirectoryView::openSystemRequested);
    roles->setFocus();
    roles->setCurrentItem(roles->topLevelItem(1));
    QTest::keyClick(roles->viewport(), Qt::Key_Return);
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), 1);

    QVERIFY(m_view->selectPerson(3));
    QCOMPARE(roles->topLevelItemCount(), 0);
}

QTEST_MAIN(TestPeople)
#include "tst_ui_people.moc"
