// The system editor, offscreen, on a real database: create a system and find it in the
// register; edit, undo, redo, save and read back; typing merges into one undo step;
// the unsaved-changes prompt (injected, never modal); a save that meets someone else's
// change keeps the edits; decision boundaries added, reordered and removed; inline
// validation; the live risk explanation; people and vendors added from the editor.
// Every model the editor adds runs under QAbstractItemModelTester.
#include "directory/DirectoryStore.h"
#include "editor/BoundariesSection.h"
#include "editor/DirectoryPicker.h"
#include "editor/EscalationSection.h"
#include "editor/OptionalDateEdit.h"
#include "editor/OverviewSection.h"
#include "editor/OwnershipSection.h"
#include "editor/ProblemLabel.h"
#include "editor/RiskPanel.h"
#include "editor/RowTableEditor.h"
#include "editor/SectionList.h"
#include "editor/SystemDraft.h"
#include "editor/SystemEditor.h"
#include "editor/VendorSection.h"
#include "governance/RiskEngine.h"
#include "models/BoundaryTableModel.h"
#include "models/EscalationTableModel.h"
#include "models/PeopleModel.h"
#include "models/VendorModel.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QString TestLogin = u"editor-test"_s;

// Three systems, two people, one weak vendor (as in tst_ui_main_window).
Portfolio samplePortfolio()
{
    Portfolio portfolio;
    Person ada;
    ada.id = 1;
    ada.name = u"Ada Lovelace"_s;
    ada.email = u"ada@example.org"_s;
    Person grace;
    grace.id = 2;
    grace.name = u"Grace Hopper"_s;
    grace.email = u"grace@example.org"_s;
    portfolio.people = {ada, grace};

    Vendor acme;
    acme.id = 1;
    acme.name = u"Acme Models"_s;
    acme.viability = Rating::Weak;
    acme.exitOptions = Rating::Weak;
    portfolio.vendors = {acme};

    AiSystem invoice;
    invoice.id = 1;
    invoice.name = u"Invoice classifier"_s;
    invoice.purpose = u"Sorts incoming invoices"_s;
    invoice.businessUnit = u"Finance"_s;
    invoice.lifecycle = Lifecycle::Production;
    invoice.ownership.accountableOwnerId = 1;
    invoice.vendorId = 1;
    invoice.data.personalData = Answer::Yes;
    DecisionBoundary routing;
    routing.decision = u"Route invoice to approver"_s;
    routing.influence = InfluenceLevel::Autonomous;
    invoice.boundaries = {routing};
    invoice.nextReview = QDate(2031, 6, 1);

    AiSystem fraud;
    fraud.id = 2;
    fraud.name = u"Fraud detector"_s;
    fraud.lifecycle = Lifecycle::Pilot;
    fraud.ownership.accountableOwnerId = 2;
    EscalationStep step;
    step.severity = Severity::Critical;
    step.personId = 2;
    step.channel = u"pager"_s;
    step.responseMinutes = 15;
    fraud.escalation = {step};

    AiSystem chat;
    chat.id = 3;
    chat.name = u"Chat helper"_s;
    chat.vendorUnknown = true;
    chat.importNotes = {u"No owner in the spreadsheet"_s};

    portfolio.systems = {invoice, fraud, chat};
    return portfolio;
}

// One database, its service and directory, and an editor with a scripted prompt.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<RegisterService> service;
    std::unique_ptr<DirectoryStore> directory;
    std::unique_ptr<SystemEditor> editor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    QList<UnsavedChoice> answers; // what the prompt answers, in order
    int prompts = 0;

    QString open()
    {
        if (!dir.isValid())
            return u"no temporary folder"_s;
        auto opened = Database::open(dir.filePath(u"register.db"_s));
        if (!opened)
            return opened.error().message;
        db = std::move(*opened);
        service = std::make_unique<RegisterService>(*db, WriteContext{TestLogin, QString()});
        if (Status status = service->initialise(); !status)
            return status.error().message;
        service->setToday(QDate(2030, 1, 15));
        PortfolioImportOptions options;
        options.keepIds = true;
        if (auto imported = service->importPortfolio(samplePortfolio(), options); !imported)
            return imported.error().message;

        directory = std::make_unique<DirectoryStore>();
        directory->attach(service.get());
        editor = std::make_unique<SystemEditor>(directory.get());
        editor->setService(service.get());
        editor->setUnsavedChangesPrompt([this](QWidget *, const QString &) {
            ++prompts;
            return answers.isEmpty() ? UnsavedChoice::Cancel : answers.takeFirst();
        });
        editor->setPersonCreator([](QWidget *, const Person &) { return std::optional<Person>(); });
        editor->setVendorCreator([](QWidget *, const Vendor &) { return std::optional<Vendor>(); });
        editor->resize(1200, 760);
        editor->show();
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor.get()))
            return u"the editor window did not become active"_s;
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{editor->draft()->boundaries(),
                                                         editor->draft()->escalation(),
                                                         directory->people(), directory->vendors()}) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        return QString();
    }

    AiSystem stored(qint64 id) const
    {
        auto system = SystemRepository(*db).load(id);
        return system ? *system : AiSystem();
    }
};

// Picks the entry with ID in a directory picker as a user would (the list's activated).
void pick(DirectoryPicker *picker, qint64 id, int idRole)
{
    const int row = picker->comboBox()->findData(id, idRole);
    QVERIFY(row >= 0);
    picker->comboBox()->setCurrentIndex(row);
    emit picker->comboBox()->activated(row);
}

void choose(QComboBox *combo, const QVariant &value)
{
    const int row = combo->findData(value);
    QVERIFY(row >= 0);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
}

QComboBox *comboNamed(QWidget *root, const QString &accessibleName)
{
    const auto combos = root->findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsSystemFoundInRegister();
    void newSystemNeedsName();
    void editUndoRedoSaveReload();
    void typingMergesIntoOneUndoStep();
    void revertIsUndoable();
    void unsavedChangesPrompt();
    void conflictKeepsEdits();
    void conflictLoadTheirVersion();
    void boundariesAddReorderRemove();
    void boundaryDetailsEditTheSelectedRow();
    void escalationSteps();
    void everyAnswerCanBeUnknown();
    void liveRiskFollowsEdits();
    void addsPersonInline();
    void addsVendorInline();
    void resolvesImportNotes();
    void everyInputHasAnAccessibleName();
    void screenshots();

private:
    std::unique_ptr<Fixture> f;
};

void TestEditor::init()
{
    f = std::make_unique<Fixture>();
    const QString error = f->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEditor::cleanup()
{
    f.reset();
}

void TestEditor::createsSystemFoundInRegister()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.newSystem());
    QVERIFY(editor.isEditing());
    QVERIFY(editor.draft()->isNew());
    QCOMPARE(editor.currentSection(), SystemEditor::Section::Overview);

    QTest::keyClicks(editor.overview()->nameEdit(), u"Contract summariser"_s);
    choose(comboNamed(&editor, u"Lifecycle"_s), int(Lifecycle::Pilot));
    pick(editor.ownership()->picker(SystemField::AccountableOwner), 2, PeopleModel::PersonIdRole);
    pick(editor.vendorSection()->picker(), 1, VendorModel::VendorIdRole);
    QVERIFY(editor.isModified());

    QSignalSpy saved(&editor, &SystemEditor::saved);
    QVERIFY(editor.save());
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.constFirst().constFirst().toLongLong();
    QVERIFY(id > 3);
    QCOMPARE(editor.systemId(), id);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.draft()->isNew());

    // In the register, with its owner, vendor and stored risk.
    SystemRepository systems(*f->db);
    QCOMPARE(*systems.resolve(u"Contract summariser"_s), id);
    auto rows = systems.registryRows();
    QVERIFY(rows.ok());
    const auto row = std::find_if(rows->cbegin(), rows->cend(), [id](const RegistryRow &r) { return r.id == id; });
    QVERIFY(row != rows->cend());
    QCOMPARE(row->accountableOwner, u"Grace Hopper"_s);
    QCOMPARE(row->vendor, u"Acme Models"_s);
    QCOMPARE(row->lifecycle, Lifecycle::Pilot);
    QCOMPARE(row->riskScore, f->service->assess(f->stored(id), &f->directory->vendors()->vendors().first()).score);

    // The stored record is the edited one.
    QVERIFY(sameContent(f->stored(id), editor.draft()->system()));
}

void TestEditor::newSystemNeedsName()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.newSystem());
    auto *nameProblem = editor.overview()->findChild<ProblemLabel *>();
    QVERIFY(nameProblem);
    QVERIFY(nameProblem->isHidden()); // not before the user had a chance

    QTest::keyClicks(comboNamed(&editor, u"Lifecycle"_s), QString()); // no-op
    QVERIFY(!editor.save());
    QVERIFY(nameProblem->isVisible());
    QVERIFY(nameProblem->text().contains(u"name"_s));
    QVERIFY(editor.messageBar()->isVisible());
    QCOMPARE(editor.messageBar()->type(), MessageBar::Type::Warning);
    QVERIFY(editor.overview()->nameEdit()->hasFocus() || !editor.isActiveWindow());
    QCOMPARE(*SystemRepository(*f->db).count(), 3);

    QTest::keyClicks(editor.overview()->nameEdit(), u"X"_s);
    QVERIFY(nameProblem->isHidden());
    QVERIFY(editor.save());
    QCOMPARE(*SystemRepository(*f->db).count(), 4);
}

void TestEditor::editUndoRedoSaveReload()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    const AiSystem original = editor.draft()->system();
    QCOMPARE(original.name, u"Invoice classifier"_s);
    QUndoStack *stack = editor.undoStack();
    QCOMPARE(stack->count(), 0);

    auto *purpose = editor.overview()->findChild<QPlainTextEdit *>();
    QVERIFY(purpose);
    purpose->setFocus();
    purpose->moveCursor(QTextCursor::End);
    QTest::keyClicks(purpose, u" by cost centre"_s);
    choose(comboNamed(&editor, u"Deployment model"_s), int(DeploymentModel::VendorSaaS));
    pick(editor.ownership()->picker(SystemField::BusinessOwner), 2, PeopleModel::PersonIdRole);
    editor.draft()->boundaries()->addRowAt(1);
    QVERIFY(editor.draft()->boundaries()->setData(
        editor.draft()->boundaries()->index(1, BoundaryTableModel::DecisionColumn), u"Flag duplicates"_s));
    QCOMPARE(stack->count(), 5);
    const AiSystem edited = editor.draft()->system();
    QCOMPARE(edited.purpose, u"Sorts incoming invoices by cost centre"_s);
    QCOMPARE(edited.deploymentModel, DeploymentModel::VendorSaaS);
    QCOMPARE(edited.ownership.businessOwnerId, 2);
    QCOMPARE(edited.boundaries.size(), 2);
    QVERIFY(editor.isModified());

    // Undo everything: back to the stored record, widgets included.
    while (stack->canUndo())
        stack->undo();
    QVERIFY(sameContent(editor.draft()->system(), original));
    QVERIFY(!editor.isModified());
    QCOMPARE(purpose->toPlainText(), original.purpose);
    QCOMPARE(comboNamed(&editor, u"Deployment model"_s)->currentData().toInt(), int(original.deploymentModel));
    QCOMPARE(editor.ownership()->picker(SystemField::BusinessOwner)->currentId(), 0);
    QCOMPARE(editor.draft()->boundaries()->rowCount(), 1);

    // Redo everything, save, and read back: the stored record is the edited one.
    while (stack->canRedo())
        stack->redo();
    QVERIFY(sameContent(editor.draft()->system(), edited));
    QVERIFY(editor.save());
    QVERIFY(!editor.isModified());
    const AiSystem stored = f->stored(1);
    QVERIFY(sameContent(stored, edited));
    QCOMPARE(stored.version, original.version + 1);
    QCOMPARE(editor.draft()->system().version, stored.version);

    // A fresh editor on the same database reads the same record.
    SystemEditor second(f->directory.get());
    second.setService(f->service.get());
    QVERIFY(second.editSystem(1));
    QCOMPARE(second.draft()->system(), stored);

    // Undo after save: modified again, and saving again works (no conflict with itself).
    stack->undo(); // the decision's text
    stack->undo(); // the row
    QVERIFY(editor.isModified());
    QVERIFY(editor.save());
    QCOMPARE(f->stored(1).boundaries.size(), 1);
}

void TestEditor::typingMergesIntoOneUndoStep()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(2));
    QLineEdit *name = editor.overview()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" v2"_s);
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(editor.draft()->system().name, u"Fraud detector v2"_s);

    // Another field, then back: a new step.
    choose(comboNamed(&editor, u"Lifecycle"_s), int(Lifecycle::Production));
    QTest::keyClicks(name, u"!"_s);
    QCOMPARE(editor.undoStack()->count(), 3);

    // Leaving the field ends the typing session too.
    editor.draft()->endTyping();
    QTest::keyClicks(name, u"?"_s);
    QCOMPARE(editor.undoStack()->count(), 4);

    editor.undoStack()->undo();
    QCOMPARE(name->text(), u"Fraud detector v2!"_s);
    editor.undoStack()->undo();
    QCOMPARE(name->text(), u"Fraud detector v2"_s);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(name->text(), u"Fraud detector"_s);
    QVERIFY(!editor.isModified());

    // Typing back to the start leaves no step at all.
    QTest::keyClicks(name, u"x"_s);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(editor.undoStack()->index(), 0);
    QVERIFY(!editor.isModified());
}

void TestEditor::revertIsUndoable()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    QTest::keyClicks(editor.overview()->nameEdit(), u" (new)"_s);
    editor.draft()->boundaries()->removeRowAt(0);
    const AiSystem edited = editor.draft()->system();
    QVERIFY(editor.revertAction()->isEnabled());
    editor.revert();
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.overview()->nameEdit()->text(), u"Invoice classifier"_s);
    QCOMPARE(editor.draft()->boundaries()->rowCount(), 1);
    editor.undoStack()->undo();
    QVERIFY(sameContent(editor.draft()->system(), edited));
    QCOMPARE(editor.draft()->boundaries()->rowCount(), 0);
}

void TestEditor::unsavedChangesPrompt()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    QVERIFY(editor.editSystem(2)); // nothing changed: no question
    QCOMPARE(f->prompts, 0);

    QTest::keyClicks(editor.overview()->nameEdit(), u" A"_s);
    // Cancel: stays on the system, edits kept.
    f->answers = {UnsavedChoice::Cancel};
    QVERIFY(!editor.editSystem(1));
    QCOMPARE(f->prompts, 1);
    QCOMPARE(editor.systemId(), 2);
    QCOMPARE(editor.draft()->system().name, u"Fraud detector A"_s);
    QVERIFY(!editor.newSystem());
    QVERIFY(!editor.requestClose());
    QCOMPARE(f->prompts, 3);
    QVERIFY(editor.isEditing());

    // Discard: moves on, nothing stored.
    f->answers = {UnsavedChoice::Discard};
    QVERIFY(editor.editSystem(1));
    QCOMPARE(editor.systemId(), 1);
    QCOMPARE(f->stored(2).name, u"Fraud detector"_s);

    // Save: stores, then moves on.
    QTest::keyClicks(editor.overview()->nameEdit(), u" B"_s);
    f->answers = {UnsavedChoice::Save};
    QSignalSpy saved(&editor, &SystemEditor::saved);
    QVERIFY(editor.editSystem(3));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(f->stored(1).name, u"Invoice classifier B"_s);
    QCOMPARE(editor.systemId(), 3);

    // Save that fails (no name): the user stays where the edits are.
    editor.overview()->nameEdit()->selectAll();
    QTest::keyClick(editor.overview()->nameEdit(), Qt::Key_Delete);
    f->answers = {UnsavedChoice::Save};
    QVERIFY(!editor.editSystem(1));
    QCOMPARE(editor.systemId(), 3);
    QVERIFY(editor.isModified());

    // Close after discarding.
    f->answers = {UnsavedChoice::Discard};
    QSignalSpy closed(&editor, &SystemEditor::closeRequested);
    QVERIFY(editor.requestClose());
    QCOMPARE(closed.size(), 1);
    QVERIFY(!editor.isEditing());
}

void TestEditor::conflictKeepsEdits()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(2));
    QTest::keyClicks(editor.overview()->nameEdit(), u" (mine)"_s);

    // Someone else saves the system meanwhile.
    AiSystem theirs = f->stored(2);
    theirs.purpose = u"Changed by a colleague"_s;
    QVERIFY(f->service->updateSystem(theirs).ok());

    QVERIFY(!editor.save());
    QVERIFY(editor.messageBar()->isVisible());
    QCOMPARE(editor.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(editor.messageBar()->text().contains(u"someone else"_s));
    QCOMPARE(editor.messageBar()->messageActions().size(), 2);
    // Nothing lost, nothing stored.
    QCOMPARE(editor.draft()->system().name, u"Fraud detector (mine)"_s);
    QCOMPARE(editor.overview()->nameEdit()->text(), u"Fraud detector (mine)"_s);
    QVERIFY(editor.isModified());
    QCOMPARE(f->stored(2).name, u"Fraud detector"_s);

    // "Save Mine Over Theirs": stored with my answers.
    editor.messageBar()->messageActions().at(1)->trigger();
    QVERIFY(!editor.isModified());
    const AiSystem stored = f->stored(2);
    QCOMPARE(stored.name, u"Fraud detector (mine)"_s);
    QCOMPARE(stored.purpose, QString()); // my copy did not have their purpose
    QCOMPARE(stored.version, theirs.version + 1);
}

void TestEditor::conflictLoadTheirVersion()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(2));
    QTest::keyClicks(editor.overview()->nameEdit(), u" (mine)"_s);
    AiSystem theirs = f->stored(2);
    theirs.purpose = u"Changed by a colleague"_s;
    QVERIFY(f->service->updateSystem(theirs).ok());
    QVERIFY(!editor.save());

    // "Load Their Version": their record, unmodified; Undo brings mine back on top of it.
    editor.messageBar()->messageActions().at(0)->trigger();
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.draft()->system().purpose, u"Changed by a colleague"_s);
    QCOMPARE(editor.overview()->nameEdit()->text(), u"Fraud detector"_s);
    editor.undoStack()->undo();
    QCOMPARE(editor.draft()->system().name, u"Fraud detector (mine)"_s);
    QVERIFY(editor.isModified());
    QVERIFY(editor.save()); // against their version now: no conflict
    QCOMPARE(f->stored(2).name, u"Fraud detector (mine)"_s);
}

void TestEditor::boundariesAddReorderRemove()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    editor.showSection(SystemEditor::Section::Boundaries);
    RowTableEditor *table = editor.boundaries()->table();
    BoundaryTableModel *model = editor.draft()->boundaries();
    QCOMPARE(model->rowCount(), 1);

    const auto decisions = [model] {
        QStringList names;
        for (const DecisionBoundary &boundary : model->items())
            names << boundary.decision;
        return names;
    };
    const auto setRow = [model](int row, const QString &decision, InfluenceLevel level) {
        QVERIFY(model->setData(model->index(row, BoundaryTableModel::DecisionColumn), decision));
        QVERIFY(model->setData(model->index(row, BoundaryTableModel::InfluenceColumn), int(level)));
    };

    // Add two rows with the button: each lands below the current row.
    table->tableView()->setCurrentIndex(model->index(0, 0));
    table->addButton()->click();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(table->currentRow(), 1);
    table->tableView()->closePersistentEditor(table->tableView()->currentIndex());
    setRow(1, u"Approve refund"_s, InfluenceLevel::HumanApproves);
    table->addButton()->click();
    setRow(2, u"Deny credit"_s, InfluenceLevel::Prohibited);
    QCOMPARE(decisions(), QStringList({u"Route invoice to approver"_s, u"Approve refund"_s, u"Deny credit"_s}));

    // Reorder: the last one up twice; the up button is then disabled.
    QCOMPARE(table->currentRow(), 2);
    table->upButton()->click();
    table->upButton()->click();
    QCOMPARE(decisions(), QStringList({u"Deny credit"_s, u"Route invoice to approver"_s, u"Approve refund"_s}));
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(!table->upButton()->isEnabled());
    table->downButton()->click();
    QCOMPARE(decisions(), QStringList({u"Route invoice to approver"_s, u"Deny credit"_s, u"Approve refund"_s}));

    // Remove the current one.
    QCOMPARE(table->currentRow(), 1);
    table->removeButton()->click();
    QCOMPARE(decisions(), QStringList({u"Route invoice to approver"_s, u"Approve refund"_s}));

    // The influence level shows its label and keeps its value.
    QCOMPARE(model->index(1, BoundaryTableModel::InfluenceColumn).data().toString(),
             enumLabel(InfluenceLevel::HumanApproves));
    QVERIFY(!model->setData(model->index(1, BoundaryTableModel::InfluenceColumn), 99));

    // Each button press was one undo step; undo the removal and the moves.
    editor.undoStack()->undo();
    QCOMPARE(decisions(), QStringList({u"Route invoice to approver"_s, u"Deny credit"_s, u"Approve refund"_s}));
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(decisions(), QStringList({u"Route invoice to approver"_s, u"Approve refund"_s, u"Deny credit"_s}));

    // Saved in the order shown.
    QVERIFY(editor.save());
    const AiSystem stored = f->stored(1);
    QCOMPARE(stored.boundaries.size(), 3);
    QCOMPARE(stored.boundaries.at(2).decision, u"Deny credit"_s);
    QCOMPARE(stored.boundaries.at(2).influence, InfluenceLevel::Prohibited);
    QCOMPARE(stored.boundaries.at(1).influence, InfluenceLevel::HumanApproves);
}

void TestEditor::boundaryDetailsEditTheSelectedRow()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    editor.showSection(SystemEditor::Section::Boundaries);
    BoundaryTableModel *model = editor.draft()->boundaries();
    // The first row is selected when a system opens: its details show below the table.
    QCOMPARE(editor.boundaries()->table()->currentRow(), 0);
    QPlainTextEdit *intervention = editor.boundaries()->detailEdit(BoundaryTableModel::InterventionColumn);
    QVERIFY(intervention->isEnabled());
    QCOMPARE(intervention->toPlainText(), QString());
    QCOMPARE(intervention->placeholderText(), u"Unknown \u2014 a gap"_s);

    intervention->setFocus();
    QTest::keyClicks(intervention, u"Invoices above 10k"_s);
    QCOMPARE(model->items().first().humanIntervention, u"Invoices above 10k"_s);
    QCOMPARE(editor.undoStack()->count(), 1); // typing merged
    QPlainTextEdit *failure = editor.boundaries()->detailEdit(BoundaryTableModel::FailureColumn);
    failure->setFocus();
    QTest::keyClicks(failure, u"Queue for a clerk"_s);
    QCOMPARE(editor.undoStack()->count(), 2);

    // A new row starts empty; undo brings the first row's text back into the field.
    editor.boundaries()->table()->addRow();
    QCOMPARE(intervention->toPlainText(), QString());
    editor.undoStack()->undo();
    editor.boundaries()->table()->tableView()->setCurrentIndex(model->index(0, 0));
    QCOMPARE(failure->toPlainText(), u"Queue for a clerk"_s);
    editor.undoStack()->undo();
    QCOMPARE(failure->toPlainText(), QString());
    QVERIFY(editor.save());
    QCOMPARE(f->stored(1).boundaries.first().humanIntervention, u"Invoices above 10k"_s);
}

void TestEditor::escalationSteps()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(2));
    EscalationTableModel *model = editor.draft()->escalation();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EscalationTableModel::PersonColumn).data().toString(), u"Grace Hopper"_s);
    QCOMPARE(model->index(0, EscalationTableModel::StepColumn).data().toInt(), 1);

    // A second critical step (a new step takes the severity above it), then a high one.
    QCOMPARE(model->addRowAt(1), 1);
    QCOMPARE(model->items().at(1).severity, Severity::Critical);
    QCOMPARE(model->index(1, EscalationTableModel::StepColumn).data().toInt(), 2);
    QVERIFY(model->setData(model->index(1, EscalationTableModel::PersonColumn), qint64(1)));
    QVERIFY(model->setData(model->index(1, EscalationTableModel::ChannelColumn), u"phone"_s));
    QVERIFY(model->setData(model->index(1, EscalationTableModel::ResponseColumn), 30));
    model->addRowAt(2);
    QVERIFY(model->setData(model->index(2, EscalationTableModel::SeverityColumn), int(Severity::High)));
    QCOMPARE(model->index(2, EscalationTableModel::StepColumn).data().toInt(), 1);
    // Unknown is an answer: no person, no channel, response -1.
    QCOMPARE(model->index(2, EscalationTableModel::PersonColumn).data().toString(), u"Nobody named"_s);
    QCOMPARE(model->index(2, EscalationTableModel::ResponseColumn).data().toString(), u"Unknown"_s);
    QVERIFY(model->index(2, EscalationTableModel::ResponseColumn).data(EscalationTableModel::IsGapRole).toBool());
    // Response minutes are never negative (other than -1, unknown).
    QVERIFY(!model->setData(model->index(2, EscalationTableModel::ResponseColumn), -5));
    QVERIFY(model->setData(model->index(2, EscalationTableModel::ResponseColumn), 0));
    QVERIFY(model->setData(model->index(2, EscalationTableModel::ResponseColumn), -1));
    QVERIFY(!(model->flags(model->index(0, EscalationTableModel::StepColumn)) & Qt::ItemIsEditable));

    QVERIFY(editor.save());
    const AiSystem stored = f->stored(2);
    QCOMPARE(stored.escalation.size(), 3);
    QCOMPARE(stored.escalation.at(1).personId, 1);
    QCOMPARE(stored.escalation.at(1).channel, u"phone"_s);
    QCOMPARE(stored.escalation.at(1).responseMinutes, 30);
    QCOMPARE(stored.escalation.at(2).severity, Severity::High);
    QCOMPARE(stored.escalation.at(2).responseMinutes, -1);

    // Validation (in core) names the step whose response time is wrong.
    AiSystem broken = stored;
    broken.escalation[1].responseMinutes = -7;
    const QList<FieldProblem> problems = validateSystem(broken);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QString(fieldkey::EscalationResponseMinutes));
    QCOMPARE(problems.first().row, 1);
}

void TestEditor::everyAnswerCanBeUnknown()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    // Every choice list offers Unknown (severity aside, which always has a value).
    const auto combos = editor.findChildren<QComboBox *>();
    int choiceLists = 0;
    for (QComboBox *combo : combos) {
        if (combo->isEditable())
            continue; // the searchable pickers, checked below
        ++choiceLists;
        bool hasUnknown = false;
        for (int i = 0; i < combo->count(); ++i)
            hasUnknown = hasUnknown || combo->itemText(i) == u"Unknown"_s;
        QVERIFY2(hasUnknown, qPrintable(combo->accessibleName()));
    }
    QCOMPARE(choiceLists, 11);
    for (DirectoryPicker *picker : editor.findChildren<DirectoryPicker *>())
        QVERIFY(picker->comboBox()->itemText(0).startsWith(u"Unknown"_s));
    // Empty text fields say so.
    for (QLineEdit *edit : editor.findChildren<QLineEdit *>()) {
        if (qobject_cast<QComboBox *>(edit->parent()) || qobject_cast<QAbstractSpinBox *>(edit->parent()))
            continue; // searchable pickers ("Type to search"); spin boxes show "Unknown" themselves
        if (edit->accessibleName() == u"Name"_s || edit->accessibleName() == u"Reference"_s)
            continue;
        QVERIFY2(edit->placeholderText().startsWith(u"Unknown"_s), qPrintable(edit->accessibleName()));
    }

    // Setting answers back to unknown stores unknown.
    choose(comboNamed(&editor, u"Personal data"_s), int(Answer::Unknown));
    choose(comboNamed(&editor, u"Lifecycle"_s), int(Lifecycle::Unknown));
    pick(editor.ownership()->picker(SystemField::AccountableOwner), 0, PeopleModel::PersonIdRole);
    pick(editor.vendorSection()->picker(), SystemDraft::VendorUnknown, VendorModel::VendorIdRole);
    auto *review = editor.overview()->nextReviewEdit();
    review->checkBox()->click();
    QVERIFY(!review->date().isValid());
    QVERIFY(editor.save());
    const AiSystem stored = f->stored(1);
    QCOMPARE(stored.data.personalData, Answer::Unknown);
    QCOMPARE(stored.lifecycle, Lifecycle::Unknown);
    QCOMPARE(stored.ownership.accountableOwnerId, 0);
    QCOMPARE(stored.vendorId, 0);
    QVERIFY(stored.vendorUnknown);
    QVERIFY(!stored.nextReview.isValid());
}

void TestEditor::liveRiskFollowsEdits()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(3)); // vendor unknown, import notes
    RiskPanel *risk = editor.riskPanel();
    risk->refresh();
    const RiskAssessment before = risk->assessment();
    QCOMPARE(before, f->service->details(3)->risk);
    const auto hasFactor = [](const RiskAssessment &assessment, const QString &id) {
        return std::any_of(assessment.factors.cbegin(), assessment.factors.cend(),
                           [&id](const RiskFactor &factor) { return factor.id == id; });
    };
    QVERIFY(hasFactor(before, u"vendor_unknown"_s));
    QVERIFY(risk->toPlainText().contains(u"What would lower this"_s));
    for (const RiskFactor &factor : before.factors)
        QVERIFY2(risk->toPlainText().contains(factor.sentence), qPrintable(factor.sentence));
    QCOMPARE(risk->tierChangers(), RiskEngine::tierChangers(before, f->service->policy()));

    // The editor's section list counts the gaps per section.
    QVERIFY(editor.sectionList()->gapCount(int(SystemEditor::Section::Ownership)) == 5);

    // Built in-house: the vendor gap goes, live (after the short coalescing delay).
    pick(editor.vendorSection()->picker(), SystemDraft::VendorNone, VendorModel::VendorIdRole);
    QTRY_VERIFY(!hasFactor(risk->assessment(), u"vendor_unknown"_s));
    QVERIFY(risk->assessment().score < before.score);
    QVERIFY(risk->toPlainText().contains(u"your edits lower the score"_s));
    // Naming an accountable owner drops that gap too, and the count in the list.
    pick(editor.ownership()->picker(SystemField::AccountableOwner), 1, PeopleModel::PersonIdRole);
    QTRY_COMPARE(editor.sectionList()->gapCount(int(SystemEditor::Section::Ownership)), 4);
    QCOMPARE(risk->assessment(), f->service->assess(editor.draft()->system(), nullptr));
}

void TestEditor::addsPersonInline()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(2));
    QString suggested;
    editor.setPersonCreator([&suggested](QWidget *, const Person &proposal) {
        suggested = proposal.name;
        Person person = proposal;
        person.email = u"linus@example.org"_s;
        return std::optional<Person>(person);
    });
    DirectoryPicker *picker = editor.ownership()->picker(SystemField::TechnicalOwner);
    // A name typed that matches nobody is offered as the new person's name.
    QLineEdit *text = picker->comboBox()->lineEdit();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, u"Linus Torvalds"_s);
    QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(picker->unmatchedText(), u"Linus Torvalds"_s);
    QCOMPARE(text->text(), picker->comboBox()->itemText(0)); // not left half-typed
    picker->newButton()->click();
    QCOMPARE(suggested, u"Linus Torvalds"_s);

    // Stored in the directory (audited by the repository) and named in the role.
    const Person *added = nullptr;
    for (const Person &person : f->directory->people()->people())
        if (person.name == u"Linus Torvalds"_s)
            added = &person;
    QVERIFY(added);
    QVERIFY(added->id > 2);
    QCOMPARE(editor.draft()->system().ownership.technicalOwnerId, added->id);
    QCOMPARE(picker->currentId(), added->id);
    QCOMPARE(picker->comboBox()->currentText(), u"Linus Torvalds"_s);
    QCOMPARE(f->service->details(2)->system.ownership.technicalOwnerId, 0); // not saved yet

    // The role is an undo step; the directory entry stays.
    editor.undoStack()->undo();
    QCOMPARE(editor.draft()->system().ownership.technicalOwnerId, 0);
    QCOMPARE(f->directory->people()->rowCount(), 3);

    // An invalid person is refused by the directory; the editor says so.
    editor.setPersonCreator([](QWidget *, const Person &) {
        Person nobody;
        nobody.email = u"not an address"_s;
        return std::optional<Person>(nobody);
    });
    picker->newButton()->click();
    QVERIFY(editor.messageBar()->isVisible());
    QCOMPARE(editor.messageBar()->type(), MessageBar::Type::Error);
    QCOMPARE(f->directory->people()->rowCount(), 3);
}

void TestEditor::addsVendorInline()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(3));
    editor.setVendorCreator([](QWidget *, const Vendor &) {
        Vendor vendor;
        vendor.name = u"Northwind AI"_s;
        vendor.viability = Rating::Strong;
        return std::optional<Vendor>(vendor);
    });
    emit editor.vendorSection()->picker()->newRequested(QString());
    const AiSystem &system = editor.draft()->system();
    QVERIFY(system.vendorId > 1);
    QVERIFY(!system.vendorUnknown);
    QVERIFY(editor.vendorSection()->profileText().contains(u"Northwind AI"_s));
    QVERIFY(editor.vendorSection()->profileText().contains(u"Strong"_s));
    QVERIFY(editor.save());
    QCOMPARE(f->stored(3).vendorId, system.vendorId);
}

void TestEditor::resolvesImportNotes()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(3));
    auto *resolve = editor.overview()->findChild<QPushButton *>();
    QVERIFY(resolve);
    QVERIFY(resolve->isVisible());
    resolve->click();
    QVERIFY(editor.draft()->system().importNotes.isEmpty());
    QVERIFY(!resolve->isVisible());
    editor.undoStack()->undo();
    QVERIFY(resolve->isVisible());
    resolve->click();
    QVERIFY(editor.save());
    QVERIFY(f->stored(3).importNotes.isEmpty());
}

void TestEditor::everyInputHasAnAccessibleName()
{
    SystemEditor &editor = *f->editor;
    QVERIFY(editor.editSystem(1));
    const auto widgets = editor.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!input || qobject_cast<QComboBox *>(widget->parent()) || widget->window() != &editor)
            continue; // parts of a combo box, popups
        if (qobject_cast<QAbstractSpinBox *>(widget->parent()) || qobject_cast<QAbstractItemView *>(widget->parent()))
            continue;
        if (qobject_cast<QLineEdit *>(widget->parent()) || qobject_cast<MessageBar *>(widget->parent()))
            continue; // clear buttons of line edits; the message bar's close button (shared)
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                                   + QString::fromLatin1(widget->parent()->metaObject()->className())));
    }
}

// Renders every section to PNG when CHARTER_EDITOR_SHOTS names a folder (for looking).
void TestEditor::screenshots()
{
    const QString folder = qEnvironmentVariable("CHARTER_EDITOR_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set CHARTER_EDITOR_SHOTS to a folder to render the editor's sections.");
    SystemEditor &editor = *f->editor;
    editor.resize(1280, 760);
    QVERIFY(editor.editSystem(1));
    QTest::keyClicks(editor.overview()->nameEdit(), u" (edited)"_s);
    for (int s = 0; s < SystemEditor::SectionCount; ++s) {
        editor.showSection(SystemEditor::Section(s));
        editor.riskPanel()->refresh();
        QVERIFY(editor.grab().save(QDir(folder).filePath(u"editor-%1.png"_s.arg(s))));
    }
}

QTEST_MAIN(TestEditor)
#include "tst_ui_editor.moc"
