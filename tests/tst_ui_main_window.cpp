// MainWindow end to end, offscreen: a real database on disk, loaded on the worker,
// shown in the table, filtered, selected into the detail pane; broken files end in the
// inline message bar, never in a crash or a modal dialog.
#include "MainWindow.h"
#include "help/ShortcutsDialog.h"
#include "registry/QuickFilterBar.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "views/MessageBar.h"
#include "views/RegistryView.h"
#include "views/SystemDetailPane.h"

#include <QAction>
#include <QComboBox>
#include <QAbstractButton>
#include <QPushButton>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr int LoadTimeoutMs = 30'000;

// A small register: three systems, two people, one weak vendor.
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
    invoice.purpose = u"Sorts incoming invoices <by supplier> & cost centre"_s;
    invoice.businessUnit = u"Finance"_s;
    invoice.lifecycle = Lifecycle::Production;
    invoice.ownership.accountableOwnerId = 1;
    invoice.vendorId = 1;
    invoice.data.personalData = Answer::Yes;
    DecisionBoundary routing;
    routing.decision = u"Route invoice to approver"_s;
    routing.influence = InfluenceLevel::Autonomous;
    invoice.boundaries = {routing};
    invoice.nextReview = QDate::currentDate().addMonths(6);

    AiSystem fraud;
    fraud.id = 2;
    fraud.name = u"Fraud detector"_s;
    fraud.purpose = u"Flags suspicious payments"_s;
    fraud.businessUnit = u"Payments"_s;
    fraud.lifecycle = Lifecycle::Pilot;
    fraud.ownership.accountableOwnerId = 2;
    fraud.data.personalData = Answer::Yes;
    fraud.data.productionData = Answer::Yes;
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

    portfolio.systems = {invoice, fraud, chat};
    return portfolio;
}

QString createSampleDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error().message;
    RegisterService service(**db, WriteContext{u"test"_s, u"fixture"_s});
    if (Status status = service.initialise(); !status)
        return status.error().message;
    PortfolioImportOptions options;
    options.keepIds = true;
    auto imported = service.importPortfolio(samplePortfolio(), options);
    if (!imported)
        return imported.error().message;
    return QString();
}

MainWindow::Options testOptions()
{
    MainWindow::Options options;
    options.persistState = false;
    options.demoSystemCount = 5;
    return options;
}

bool waitForLoad(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, LoadTimeoutMs)
        && !loaded.isEmpty();
}

QStringList visibleNames(MainWindow &window)
{
    const QAbstractItemModel *model = window.registryView()->tableView()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, RegistryModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRegister();
    void filterNarrowsRows();
    void ctrlFFocusesFilter();
    void selectingRowFillsDetailPane();
    void refreshKeepsSelection();
    void brokenFileShowsError_data();
    void brokenFileShowsError();
    void brokenFileKeepsOpenDatabase();
    void missingFileOffersToCreate();
    void createsDemoDatabase();
    void aboutNamesDatabaseAndSchema();
    void keyboardMovesThroughSystems();
    void quickFilterShortcuts();
    void shortcutsAreUniqueAndListed();
    void inputsHaveAccessibleNames();
    void tabOrderFollowsTheLayout();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"register.db"_s);
    const QString error = createSampleDatabase(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::showsTheRegister()
{
    MainWindow window(testOptions());
    window.show();
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    window.openDatabase(m_path);
    QVERIFY(window.isLoading());
    QVERIFY(loaded.wait(LoadTimeoutMs));
    QVERIFY(!window.isLoading());
    QVERIFY(window.hasDatabase());
    QCOMPARE(window.databaseLocation(), m_path);
    QCOMPARE(visibleNames(window),
             QStringList({u"Chat helper"_s, u"Fraud detector"_s, u"Invoice classifier"_s}));
    QCOMPARE(window.countText(), u"3 of 3 systems"_s);
    QVERIFY(window.windowTitle().contains(u"register.db"_s));
    QVERIFY(!window.messageBar()->isVisible());

    // The system without owner shows the gap.
    const QAbstractItemModel *model = window.registryView()->tableView()->model();
    QCOMPARE(model->index(0, RegistryModel::OwnerColumn).data().toString(), u"No owner"_s);
    QCOMPARE(model->index(0, RegistryModel::VendorColumn).data().toString(), u"Unknown"_s);
    QCOMPARE(model->index(2, RegistryModel::VendorColumn).data().toString(), u"Acme Models"_s);
}

void TestMainWindow::filterNarrowsRows()
{
    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));

    QLineEdit *filter = window.registryView()->filterEdit();
    QTest::keyClicks(filter, u"fraud"_s);
    QCOMPARE(visibleNames(window), QStringList({u"Fraud detector"_s}));
    QCOMPARE(window.countText(), u"1 of 3 systems"_s);

    filter->clear();
    QTest::keyClicks(filter, u"ada love"_s); // the accountable owner
    QCOMPARE(visibleNames(window), QStringList({u"Invoice classifier"_s}));

    filter->clear();
    QTest::keyClicks(filter, u"ACME"_s); // the vendor, any case
    QCOMPARE(visibleNames(window), QStringList({u"Invoice classifier"_s}));

    filter->clear();
    QCOMPARE(visibleNames(window).size(), 3);
    QCOMPARE(window.countText(), u"3 of 3 systems"_s);
}

void TestMainWindow::ctrlFFocusesFilter()
{
    MainWindow window(testOptions());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    window.registryView()->tableView()->setFocus();
    QVERIFY(!window.registryView()->filterEdit()->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.registryView()->filterEdit()->hasFocus());
}

void TestMainWindow::selectingRowFillsDetailPane()
{
    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.detailPane()->systemId(), 0);

    // Click the "Invoice classifier" row (third, sorted by name).
    QSignalSpy shown(&window, &MainWindow::detailsShown);
    QTableView *table = window.registryView()->tableView();
    const QModelIndex index = table->model()->index(2, RegistryModel::NameColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().constFirst().toLongLong(), 1);
    QCOMPARE(window.registryView()->selectedSystemId(), 1);

    // The pane shows the system and its explained risk, as the service computes it.
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    RegisterService service(**db, WriteContext{u"test"_s, QString()});
    QVERIFY(service.initialise().ok());
    auto details = service.details(1);
    QVERIFY(details.ok());
    QVERIFY(!details->risk.factors.isEmpty());

    const QString text = window.detailPane()->toPlainText();
    QVERIFY(text.contains(u"Invoice classifier"_s));
    // Escaped, then shown as written.
    QVERIFY(text.contains(u"Sorts incoming invoices <by supplier> & cost centre"_s));
    QVERIFY(window.detailPane()->toHtml().contains(u"&lt;by supplier&gt;"_s));
    QVERIFY(text.contains(u"Ada Lovelace"_s));
    QVERIFY(text.contains(u"Route invoice to approver"_s));
    QVERIFY(text.contains(enumLabel(details->risk.tier)));
    QVERIFY(text.contains(u"Score %1"_s.arg(details->risk.score)));
    for (const RiskFactor &factor : details->risk.factors) {
        QVERIFY2(text.contains(factor.sentence), qPrintable(factor.sentence));
        QVERIFY(text.contains(u"+%1"_s.arg(factor.points)));
    }
    QVERIFY(text.contains(u"Not named"_s)); // business owner and others: gaps
    for (const QString &unknown : details->risk.unknowns)
        QVERIFY2(text.contains(unknown), qPrintable(unknown));

    // The pane always shows the selection; filtering every row away clears it.
    QTest::keyClicks(window.registryView()->filterEdit(), u"fraud"_s);
    QCOMPARE(window.detailPane()->systemId(), window.registryView()->selectedSystemId());
    QTest::keyClicks(window.registryView()->filterEdit(), u" no such system"_s);
    QCOMPARE(window.registryView()->shownCount(), 0);
    QCOMPARE(window.registryView()->selectedSystemId(), 0);
    QCOMPARE(window.detailPane()->systemId(), 0);
}

void TestMainWindow::refreshKeepsSelection()
{
    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    QVERIFY(window.registryView()->selectSystem(2));
    QCOMPARE(window.detailPane()->systemId(), 2);

    window.refresh();
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.registryView()->selectedSystemId(), 2);
    QCOMPARE(window.detailPane()->systemId(), 2);
    QVERIFY(window.detailPane()->toPlainText().contains(u"Fraud detector"_s));
}

void TestMainWindow::brokenFileShowsError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");

    QTest::newRow("text file") << QByteArray("This is not a database at all.\n") << QString();
    QByteArray truncated("SQLite format 3");
    truncated.append('\0');
    truncated.append("garbage");
    QTest::newRow("truncated sqlite") << truncated << QString();
    QByteArray corrupt("SQLite format 3");
    corrupt.append('\0');
    corrupt.append(QByteArray(4096, '\x5a'));
    QTest::newRow("corrupt sqlite") << corrupt << QString();
    QTest::newRow("foreign sqlite") << QByteArray() << u"foreign"_s;
    QTest::newRow("newer charter") << QByteArray() << u"newer"_s;
}

void TestMainWindow::brokenFileShowsError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);

    const QString path = m_dir.filePath(u"broken-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    if (kind == u"foreign"_s || kind == u"newer"_s) {
        if (kind == u"newer"_s) {
            QVERIFY(createSampleDatabase(path).isEmpty());
        }
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery query(sql);
            if (kind == u"foreign"_s)
                QVERIFY(query.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            else
                QVERIFY(query.exec(u"UPDATE charter_meta SET value = '999' WHERE key = 'schema_version'"_s));
            sql.close();
        }
        QSqlDatabase::removeDatabase(u"fixture"_s);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
    }

    MainWindow window(testOptions());
    window.show();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openDatabase(path);
    QVERIFY(failed.wait(LoadTimeoutMs));
    QVERIFY(!window.isLoading());
    QVERIFY(!window.hasDatabase());

    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(path), qPrintable(bar->text()));
    QCOMPARE(bar->text(), u"Charter could not open the database. "_s + failed.constFirst().constFirst().toString());
    // The way out: open another file, or quit.
    QStringList actions;
    for (QAction *action : bar->messageActions())
        actions << action->text().remove(u'&');
    QVERIFY(actions.contains(u"Open Database…"_s));
    QVERIFY(actions.contains(u"Quit"_s));
    QCOMPARE(window.registryView()->totalCount(), 0);
    if (kind == u"newer"_s)
        QVERIFY(bar->text().contains(u"newer"_s));
}

void TestMainWindow::brokenFileKeepsOpenDatabase()
{
    const QString path = m_dir.filePath(u"garbage.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage garbage garbage");
    file.close();

    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    window.openDatabase(path);
    QVERIFY(!waitForLoad(window));
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(window.messageBar()->text().contains(u"register.db is still open"_s));
    QCOMPARE(window.databaseLocation(), m_path);
    QCOMPARE(window.registryView()->totalCount(), 3);
    QVERIFY(window.windowTitle().contains(u"register.db"_s));
}

void TestMainWindow::missingFileOffersToCreate()
{
    MainWindow window(testOptions());
    window.show();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openDatabase(m_dir.filePath(u"does-not-exist.db"_s));
    QVERIFY(failed.wait(LoadTimeoutMs));
    QStringList actions;
    for (QAction *action : window.messageBar()->messageActions())
        actions << action->text();
    QVERIFY(actions.contains(u"Create It…"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"does-not-exist.db"_s)));
}

void TestMainWindow::createsDemoDatabase()
{
    MainWindow window(testOptions());
    window.show();
    const QString path = m_dir.filePath(u"demo/new.db"_s);
    window.createDatabase(path, true);
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.registryView()->totalCount(), 5);
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY(window.messageBar()->text().contains(u"demo portfolio"_s));

    // Creating over an existing database is refused, not merged.
    MainWindow second(testOptions());
    QSignalSpy failed(&second, &MainWindow::loadFailed);
    second.createDatabase(path, true);
    QVERIFY(failed.wait(LoadTimeoutMs));
    QVERIFY(second.messageBar()->text().contains(u"already exists"_s));
}

void TestMainWindow::aboutNamesDatabaseAndSchema()
{
    MainWindow window(testOptions());
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    const QString about = window.aboutText();
    QVERIFY(about.contains(m_path.toHtmlEscaped()));
    QVERIFY(about.contains(QString::number(Database::latestSchemaVersion())));
}

void TestMainWindow::keyboardMovesThroughSystems()
{
    MainWindow window(testOptions());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    window.registryView()->tableView()->setFocus();

    // Sorted by name: Chat helper (3), Fraud detector (2), Invoice classifier (1).
    QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(window.registryView()->selectedSystemId(), 3);
    QCOMPARE(window.detailPane()->systemId(), 3);
    QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(window.registryView()->selectedSystemId(), 2);
    QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier); // stays on the last
    QTRY_COMPARE(window.registryView()->selectedSystemId(), 1);
    QTest::keyClick(&window, Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(window.registryView()->selectedSystemId(), 2);
    QCOMPARE(window.detailPane()->systemId(), 2);

    // From the filter field too.
    window.registryView()->focusFilter();
    QTest::keyClick(window.registryView()->filterEdit(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(window.registryView()->selectedSystemId(), 3);
}

void TestMainWindow::quickFilterShortcuts()
{
    MainWindow window(testOptions());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    QuickFilterBar *bar = window.registryView()->quickFilterBar();

    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(bar->noOwnerAction()->isChecked());
    QCOMPARE(visibleNames(window), QStringList{u"Chat helper"_s});
    QCOMPARE(window.countText(), u"1 of 3 systems"_s);
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(visibleNames(window).size(), 3);

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(bar->highRiskAction()->isChecked());
    QVERIFY(window.registryView()->filter().tiers != 0);
    window.registryView()->filterEdit()->setText(u"zzz"_s);
    QCOMPARE(window.registryView()->shownCount(), 0);
    QTest::keyClick(&window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(window.registryView()->shownCount(), 3);
    QVERIFY(window.registryView()->filterEdit()->text().isEmpty());
    QVERIFY(!bar->highRiskAction()->isChecked());
}

void TestMainWindow::shortcutsAreUniqueAndListed()
{
    MainWindow window(testOptions());
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    // Every shortcut of the window means one thing.
    QHash<QString, QString> owners;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString();
            QVERIFY2(!owners.contains(text),
                     qPrintable(u"%1 is used by %2 and %3"_s.arg(text, owners.value(text), action->text())));
            owners.insert(text, action->text());
        }
    }
    for (const QString &key : {u"Ctrl+F"_s, u"F5"_s, u"Ctrl+I"_s, u"Ctrl+E"_s, u"Ctrl+Down"_s,
                               u"Ctrl+Up"_s, u"Ctrl+O"_s, u"Ctrl+Shift+G"_s, u"Ctrl+Shift+R"_s})
        QVERIFY2(owners.contains(key), qPrintable(key));
    // Help > Keyboard Shortcuts lists them.
    QStringList listed;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::shortcutsOf(&window))
        listed << entry.action;
    for (const QString &name : {u"Import"_s, u"Export"_s, u"Next System"_s, u"Previous System"_s,
                                u"Has Gaps"_s, u"Refresh"_s})
        QVERIFY2(listed.contains(name), qPrintable(name));
}

void TestMainWindow::inputsHaveAccessibleNames()
{
    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    const auto named = [](const QWidget *widget) {
        if (!widget->accessibleName().isEmpty())
            return true;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            return !button->text().remove(u'&').trimmed().isEmpty();
        return false;
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractButton *>(widget)) {
            QVERIFY2(named(widget), qPrintable(QString::fromLatin1(widget->metaObject()->className())
                                               + u' ' + widget->objectName()));
        }
    }
}

void TestMainWindow::tabOrderFollowsTheLayout()
{
    MainWindow window(testOptions());
    window.show();
    window.openDatabase(m_path);
    QVERIFY(waitForLoad(window));
    RegistryView *view = window.registryView();
    // The widgets Tab visits, in order, from the filter field.
    QList<QWidget *> visited;
    QWidget *widget = view->filterEdit();
    for (int i = 0; i < 40 && widget; ++i) {
        if (widget->isVisibleTo(&window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            visited << widget;
        widget = widget->nextInFocusChain();
        if (widget == view->filterEdit())
            break;
    }
    const qsizetype filter = visited.indexOf(view->filterEdit());
    const qsizetype views = visited.indexOf(static_cast<QWidget *>(view->viewsButton()));
    const qsizetype table = visited.indexOf(static_cast<QWidget *>(view->tableView()));
    const qsizetype details = visited.indexOf(static_cast<QWidget *>(window.detailPane()));
    QVERIFY(filter == 0);
    QVERIFY(views > filter);
    QVERIFY(table > views);
    QVERIFY(details > table);
    // The quick filter buttons sit between the views button and the table.
    int buttons = 0;
    for (qsizetype i = views + 1; i < table; ++i)
        buttons += qobject_cast<QAbstractButton *>(visited.at(i)) ? 1 : 0;
    QVERIFY(buttons >= 5);
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_main_window.moc"
