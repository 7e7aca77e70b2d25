// The system editor and the directories inside the main window, offscreen: F2, Enter
// and Ctrl+N open the editor; Ctrl+S saves, the registry reloads and selects the
// system; Ctrl+Z in a text field is the editor's undo; Next System follows in the
// editor; closing the window with unsaved edits asks (Cancel keeps it open); Ctrl+2
// and Ctrl+3 show the directories, and a vendor's system opens in the editor.
#include "MainWindow.h"
#include "directory/DirectoryStore.h"
#include "directory/PeopleDirectoryView.h"
#include "directory/PersonEditor.h"
#include "directory/VendorDirectoryView.h"
#include "directory/VendorEditor.h"
#include "editor/EditingWorkspace.h"
#include "editor/OverviewSection.h"
#include "editor/SystemDraft.h"
#include "editor/SystemEditor.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "governance/Roles.h"
#include "views/RegistryView.h"

#include <QAction>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr int LoadTimeoutMs = 30'000;

Portfolio samplePortfolio()
{
    Portfolio portfolio;
    Person ada;
    ada.id = 1;
    ada.name = u"Ada Lovelace"_s;
    portfolio.people = {ada};
    Vendor acme;
    acme.id = 1;
    acme.name = u"Acme Models"_s;
    acme.viability = Rating::Weak;
    portfolio.vendors = {acme};
    const auto system = [](qint64 id, const QString &name, qint64 vendor) {
        AiSystem s;
        s.id = id;
        s.name = name;
        s.vendorId = vendor;
        return s;
    };
    portfolio.systems = {system(1, u"Alpha"_s, 1), system(2, u"Bravo"_s, 0), system(3, u"Charlie"_s, 1)};
    return portfolio;
}

// The GUI acts as the OS account (actingLogin); the fixture writes as that account too,
// so it becomes the database's first account, a contributor.
QString createDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error().message;
    RegisterService service(**db, WriteContext{actingLogin(), QString()});
    if (Status status = service.initialise(); !status)
        return status.error().message;
    PortfolioImportOptions options;
    options.keepIds = true;
    if (auto imported = service.importPortfolio(samplePortfolio(), options); !imported)
        return imported.error().message;
    return QString();
}

MainWindow::Options testOptions()
{
    MainWindow::Options options;
    options.persistState = false;
    return options;
}

bool waitForLoad(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, LoadTimeoutMs)
        && !loaded.isEmpty();
}

QWidget *currentPage(MainWindow &window)
{
    auto *pages = window.findChild<QStackedWidget *>();
    // The window's own stack is the one holding the editor.
    const auto stacks = window.findChildren<QStackedWidget *>();
    for (QStackedWidget *stack : stacks)
        if (stack->indexOf(window.editing()->systemEditor()) >= 0)
            return stack->currentWidget();
    return pages ? pages->currentWidget() : nullptr;
}

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void f2AndEnterOpenTheEditor();
    void ctrlNCreatesAndCtrlSSaves();
    void ctrlZInTextFieldUndoesTheEdit();
    void nextSystemFollowsInEditor();
    void closingWithUnsavedEditsAsks();
    void directoriesAndBack();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QList<UnsavedChoice> m_answers;
    int m_prompts = 0;
};

void TestEditorWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditorWindow::init()
{
    static int serial = 0;
    m_path = m_dir.filePath(u"window-%1.db"_s.arg(++serial));
    const QString error = createDatabase(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>(testOptions());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openDatabase(m_path);
    QVERIFY(waitForLoad(*m_window));
    m_prompts = 0;
    m_answers.clear();
    m_window->editing()->systemEditor()->setUnsavedChangesPrompt([this](QWidget *, const QString &) {
        ++m_prompts;
        return m_answers.isEmpty() ? UnsavedChoice::Cancel : m_answers.takeFirst();
    });
}

void TestEditorWindow::cleanup()
{
    if (m_window) {
        m_window->editing()->systemEditor()->setUnsavedChangesPrompt(
            [](QWidget *, const QString &) { return UnsavedChoice::Discard; });
    }
    m_window.reset();
}

void TestEditorWindow::f2AndEnterOpenTheEditor()
{
    MainWindow &window = *m_window;
    SystemEditor *editor = window.editing()->systemEditor();
    QTableView *table = window.registryView()->tableView();
    QVERIFY(window.registryView()->selectSystem(2));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QCOMPARE(currentPage(window), editor);
    QCOMPARE(editor->systemId(), 2);
    QCOMPARE(editor->overview()->nameEdit()->text(), u"Bravo"_s);

    // Ctrl+W closes the editor; Enter on a row opens it again.
    QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(currentPage(window), window.registryView()->parentWidget());
    QVERIFY(window.registryView()->selectSystem(3));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(currentPage(window), editor);
    QCOMPARE(editor->systemId(), 3);
}

void TestEditorWindow::ctrlNCreatesAndCtrlSSaves()
{
    MainWindow &window = *m_window;
    SystemEditor *editor = window.editing()->systemEditor();
    window.registryView()->tableView()->setFocus();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(currentPage(window), editor);
    QVERIFY(editor->draft()->isNew());
    QTRY_VERIFY(editor->overview()->nameEdit()->hasFocus());
    QTest::keyClicks(editor->overview()->nameEdit(), u"Delta"_s);
    QVERIFY(window.editing()->saveAction()->isEnabled());

    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QTest::keyClick(editor->overview()->nameEdit(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->isModified());
    const qint64 id = editor->systemId();
    QVERIFY(id > 3);
    // The registry reloads, shows the system and selects it; the editor stays.
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QCOMPARE(window.registryView()->totalCount(), 4);
    QCOMPARE(window.registryView()->selectedSystemId(), id);
    QCOMPARE(currentPage(window), editor);
    QCOMPARE(*SystemRepository(*Database::open(m_path).value()).resolve(u"Delta"_s), id);
}

void TestEditorWindow::ctrlZInTextFieldUndoesTheEdit()
{
    MainWindow &window = *m_window;
    SystemEditor *editor = window.editing()->systemEditor();
    QVERIFY(window.editing()->editSystem(1));
    QLineEdit *name = editor->overview()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" one"_s);
    QVERIFY(window.editing()->undoAction()->isEnabled());
    // The window's Undo (the editor's stack), not the field's own history.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), u"Alpha"_s);
    QCOMPARE(editor->undoStack()->index(), 0);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), u"Alpha one"_s);
    QCOMPARE(editor->undoStack()->index(), 1);
    // The Edit menu's texts name the step.
    QVERIFY(window.editing()->undoAction()->text().contains(u"Name"_s));
}

void TestEditorWindow::nextSystemFollowsInEditor()
{
    MainWindow &window = *m_window;
    SystemEditor *editor = window.editing()->systemEditor();
    QVERIFY(window.registryView()->selectSystem(1));
    QVERIFY(window.editing()->editSystem(1));
    auto *next = window.findChild<QAction *>(u"nextSystemAction"_s);
    QVERIFY(next);
    next->trigger();
    QCOMPARE(editor->systemId(), 2);
    QCOMPARE(window.registryView()->selectedSystemId(), 2);

    // With unsaved edits, Cancel keeps the editor (and the registry) on the system.
    QTest::keyClicks(editor->overview()->nameEdit(), u"!"_s);
    next->trigger();
    QCOMPARE(m_prompts, 1);
    QCOMPARE(editor->systemId(), 2);
    QCOMPARE(window.registryView()->selectedSystemId(), 2);
    QVERIFY(editor->isModified());
}

void TestEditorWindow::closingWithUnsavedEditsAsks()
{
    MainWindow &window = *m_window;
    SystemEditor *editor = window.editing()->systemEditor();
    QVERIFY(window.editing()->editSystem(2));
    QTest::keyClicks(editor->overview()->nameEdit(), u" edited"_s);
    m_answers = {UnsavedChoice::Cancel};
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(m_prompts, 1);
    QVERIFY(editor->isModified());

    // Opening another database asks too.
    m_answers = {UnsavedChoice::Cancel};
    window.openDatabase(m_path + u".other"_s);
    QCOMPARE(m_prompts, 2);
    QVERIFY(!window.isLoading());

    m_answers = {UnsavedChoice::Save};
    QVERIFY(window.close());
    QCOMPARE(SystemRepository(*Database::open(m_path).value()).load(2)->name, u"Bravo edited"_s);
}

void TestEditorWindow::directoriesAndBack()
{
    MainWindow &window = *m_window;
    EditingWorkspace *editing = window.editing();
    window.registryView()->tableView()->setFocus();
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(currentPage(window), editing->peopleView());
    QCOMPARE(editing->peopleView()->tableView()->model()->rowCount(), 1);
    QCOMPARE(editing->undoGroup()->activeStack(), editing->peopleView()->editor()->undoStack());

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(currentPage(window), editing->vendorView());
    QVERIFY(editing->vendorView()->selectVendor(1));
    VendorEditor *vendor = editing->vendorView()->editor();
    QCOMPARE(vendor->systemsModel()->rowCount(), 2);

    // A vendor's system opens in the editor.
    QTableView *systems = vendor->systemsView();
    systems->setFocus();
    systems->setCurrentIndex(systems->model()->index(1, 0));
    QTest::keyClick(systems, Qt::Key_Return);
    QCOMPARE(currentPage(window), editing->systemEditor());
    QCOMPARE(editing->systemEditor()->systemId(), 3);
    QCOMPARE(editing->undoGroup()->activeStack(), editing->systemEditor()->undoStack());

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(currentPage(window), window.registryView()->parentWidget());
    QCOMPARE(editing->undoGroup()->activeStack(), nullptr);
}

// The screenshot states the documentation uses (EditingWorkspace::prepareScreenshot):
// each one shows its page. With CHARTER_EDITOR_SHOTS (a folder), also renders them;
// CHARTER_EDITOR_DB names a database to render (e.g. the demo portfolio).
void TestEditorWindow::screenshots()
{
    const QString folder = qEnvironmentVariable("CHARTER_EDITOR_SHOTS");
    const QString database = qEnvironmentVariable("CHARTER_EDITOR_DB");
    if (qEnvironmentVariableIsSet("CHARTER_EDITOR_DARK")) {
        // A dark system palette, to check that every colour follows it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        QApplication::setPalette(dark);
    }
    std::unique_ptr<MainWindow> own;
    MainWindow *window = m_window.get();
    if (!database.isEmpty()) {
        own = std::make_unique<MainWindow>(testOptions());
        own->resize(1280, 800);
        own->show();
        own->openDatabase(database);
        QVERIFY(waitForLoad(*own));
        window = own.get();
    }
    EditingWorkspace *editing = window->editing();
    for (EditingWorkspace::Shot shot : EditingWorkspace::screenshotShots()) {
        QVERIFY(editing->prepareScreenshot(shot));
        QWidget *page = currentPage(*window);
        if (shot == EditingWorkspace::Shot::PeopleDirectory)
            QCOMPARE(page, editing->peopleView());
        else if (shot == EditingWorkspace::Shot::VendorDirectory)
            QCOMPARE(page, editing->vendorView());
        else
            QCOMPARE(page, editing->systemEditor());
        if (!folder.isEmpty()) {
            QTest::qWait(50);
            const QString file = QDir(folder).filePath(EditingWorkspace::screenshotFileName(shot));
            QVERIFY(window->grab().save(file));
        }
    }
}

QTEST_MAIN(TestEditorWindow)
#include "tst_ui_editor_window.moc"
