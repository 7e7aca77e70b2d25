// File > Import and File > Export, offscreen, on real files: the import wizard brings a
// federal AI inventory (../shared/data) into the register through its four pages; a
// cancel, a refusal or a broken file leaves the database as it was and says so on the
// page; the wizard's models pass QAbstractItemModelTester; exports are written
// atomically, with the byte-order mark when asked, and a cancelled export leaves the
// old file alone.
#include "MainWindow.h"
#include "RegisterLoader.h"
#include "files/ExportDialog.h"
#include "importwizard/ColumnMappingModel.h"
#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportIssuesModel.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportReportPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/PreviewTableModel.h"
#include "interchange/PortfolioJson.h"
#include "interchange/SpreadsheetImporter.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"
#include "views/RegistryView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr int TimeoutMs = 60'000;

QString sharedData(const QString &name)
{
    const QString dir = qEnvironmentVariable("CHARTER_SHARED_DATA_DIR", QStringLiteral(CHARTER_SHARED_DATA_DIR));
    return dir + u"/us-federal-ai-inventory-2025/"_s + name;
}

QString testData(const QString &name)
{
    return QStringLiteral(CHARTER_TEST_DATA_DIR) + u'/' + name;
}

qint64 systemCount(const QString &path)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    auto db = Database::open(path, options);
    if (!db)
        return -1;
    auto count = SystemRepository(**db).count();
    return count ? *count : -1;
}

MainWindow::Options windowOptions()
{
    MainWindow::Options options;
    options.persistState = false;
    return options;
}

bool waitForLoad(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, TimeoutMs)
        && !loaded.isEmpty();
}

bool waitForAnalysis(ImportWizard *wizard)
{
    return QTest::qWaitFor([wizard] { return !wizard->isBusy() && wizard->analysisIsCurrent(); },
                           TimeoutMs);
}

// Clicks a wizard button, as a person would; false when it is disabled or hidden.
bool press(ImportWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    button->click();
    return true;
}

// Waits until Next can be pressed, then presses it once.
bool advance(ImportWizard *wizard)
{
    return QTest::qWaitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); },
                           TimeoutMs)
        && press(wizard, QWizard::NextButton);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void modelsPassTester();
    void analysisOfARealInventory();
    void analysisOfBrokenFiles();
    void analysisCanBeCancelled();
    void wizardImportsInventoryIntoRegistry();
    void cancelLeavesDatabaseUnchanged();
    void refusalIsShownOnThePage();
    void mappingFileNamesTheColumns();
    void strictImportRefusesProblems();
    void jsonPortfolioSkipsMapping();
    void wizardNeedsAnOpenDatabase();
    void exportsJsonAndCsv();
    void cancelledExportKeepsOldFile();
    void exportDialogFollowsFormat();

private:
    QString newDatabase(const QString &name, int demoSystems = 3);

    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(sharedData(u"sec.csv"_s)), qPrintable(sharedData(u"sec.csv"_s)));
}

void TestImportWizard::init()
{
    QSettings().clear();
}

QString TestImportWizard::newDatabase(const QString &name, int demoSystems)
{
    const QString path = m_dir.filePath(name);
    RegisterLoader::CreateOptions options;
    options.demoSystems = demoSystems;
    const RegisterSnapshot snapshot = RegisterLoader::create(path, options);
    return snapshot.ok() ? path : QString();
}

void TestImportWizard::modelsPassTester()
{
    TaskControl control;
    const InterchangeJobs::Analysis analysis =
        InterchangeJobs::analyseImport(sharedData(u"treasury.csv"_s), {}, control);
    QVERIFY(analysis.canImport());
    QVERIFY(analysis.preview);

    PreviewTableModel preview;
    QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    preview.setPreview(*analysis.preview, analysis.report.headerLine);
    QVERIFY(preview.rowCount() > 10);
    // Treasury has a section row above its header: muted, header bold.
    QCOMPARE(analysis.report.headerLine, 2);
    QVERIFY(preview.index(0, 0).data(PreviewTableModel::IsPreambleRole).toBool());
    QVERIFY(preview.index(1, 0).data(PreviewTableModel::IsHeaderRowRole).toBool());
    QCOMPARE(preview.headerData(1, Qt::Vertical).toInt(), 2);
    QCOMPARE(PreviewTableModel::columnName(0), u"A"_s);
    QCOMPARE(PreviewTableModel::columnName(25), u"Z"_s);
    QCOMPARE(PreviewTableModel::columnName(26), u"AA"_s);
    QCOMPARE(PreviewTableModel::columnName(701), u"ZZ"_s);
    preview.clear();

    ColumnMappingModel columns;
    QAbstractItemModelTester columnsTester(&columns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    columns.setMapping(*analysis.preview, analysis.report);
    QVERIFY(columns.rowCount() >= analysis.report.columns.size());
    QCOMPARE(columns.mappedCount(), int(std::count_if(analysis.report.columns.cbegin(),
                                                      analysis.report.columns.cend(),
                                                      [](const ImportColumnUse &use) {
                                                          return use.field != u"ignore"_s;
                                                      })));
    bool sawName = false;
    for (int row = 0; row < columns.rowCount(); ++row) {
        if (columns.index(row, ColumnMappingModel::FieldColumn).data().toString() == u"name"_s) {
            sawName = true;
            QVERIFY(columns.index(row, ColumnMappingModel::FileColumn).data().toString().contains(u"Use Case Name"_s));
            QVERIFY(!columns.index(row, ColumnMappingModel::SampleColumn).data().toString().isEmpty());
        }
    }
    QVERIFY(sawName);
    columns.clear();

    for (const auto mode : {ImportIssuesModel::Mode::PerRecord, ImportIssuesModel::Mode::ByValue}) {
        ImportIssuesModel issues(mode);
        QAbstractItemModelTester issuesTester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportIssue a{3, u"R-1"_s, u"lifecycle"_s, u"Sunsetting"_s, u"not known"_s};
        ImportIssue b{5, u"R-2"_s, u"lifecycle"_s, u"Sunsetting"_s, u"not known"_s};
        ImportIssue c{7, QString(), u"name"_s, QString(), u"no name"_s};
        issues.setIssues({a, b, c});
        if (mode == ImportIssuesModel::Mode::PerRecord) {
            QCOMPARE(issues.rowCount(), 3);
            QCOMPARE(issues.index(1, 0).data().toInt(), 5);
        } else {
            QCOMPARE(issues.rowCount(), 1); // grouped; the one without a value is left out
            QCOMPARE(issues.index(0, 2).data().toInt(), 2);
            QCOMPARE(issues.index(0, 0).data(ImportIssuesModel::LineRole).toInt(), 3);
        }
        issues.setIssues(analysis.report.issues);
        issues.setIssues({});
    }
}

void TestImportWizard::analysisOfARealInventory()
{
    const QString path = sharedData(u"sec.csv"_s);
    TaskControl control;
    QList<int> progress;
    control.setProbe([&progress](TaskControl &, int done, int) { progress << done; });
    const InterchangeJobs::Analysis analysis = InterchangeJobs::analyseImport(path, {}, control);
    QVERIFY(!analysis.readError);
    QVERIFY2(!analysis.importError, analysis.importError ? qPrintable(analysis.importError->message) : "");
    QVERIFY(!analysis.isPortfolio);
    QVERIFY(!progress.isEmpty());
    // The same as the importer alone.
    const Result<SpreadsheetImport> direct = importSpreadsheet(path);
    QVERIFY(direct.ok());
    QCOMPARE(analysis.report, direct->report);
    QCOMPARE(analysis.portfolio, direct->portfolio);
    QCOMPARE(analysis.report.profile, u"omb-2025"_s);
    QCOMPARE(analysis.preview->delimiter, QChar(u','));
    QCOMPARE(analysis.preview->encoding, direct->report.encoding);
    QVERIFY(analysis.report.records > 50);
}

void TestImportWizard::analysisOfBrokenFiles()
{
    TaskControl control;
    InterchangeJobs::Analysis binary = InterchangeJobs::analyseImport(testData(u"csv/binary.bin"_s), {}, control);
    QVERIFY(binary.readError);
    QVERIFY(binary.readError->message.contains(u"binary.bin"_s));
    QVERIFY(!binary.canImport());

    InterchangeJobs::Analysis noName = InterchangeJobs::analyseImport(testData(u"csv/no_name_column.csv"_s), {}, control);
    QVERIFY(!noName.readError);
    QVERIFY(noName.preview); // shown, so the person sees why
    QVERIFY(noName.importError);
    QVERIFY(noName.importError->message.contains(u"no header row"_s));

    InterchangeJobs::Analysis missing = InterchangeJobs::analyseImport(m_dir.filePath(u"nope.csv"_s), {}, control);
    QVERIFY(missing.readError);
    QVERIFY(missing.readError->message.contains(u"nope.csv"_s));
}

void TestImportWizard::analysisCanBeCancelled()
{
    TaskControl control;
    control.cancel();
    const InterchangeJobs::Analysis analysis = InterchangeJobs::analyseImport(sharedData(u"sec.csv"_s), {}, control);
    QVERIFY(analysis.cancelled);
    QVERIFY(!analysis.canImport());

    // The importer's own hook stops it half-way.
    QFile file(sharedData(u"treasury.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    const QByteArray body = content.mid(content.indexOf('\n', content.indexOf('\n') + 1) + 1);
    for (int i = 0; i < 5; ++i)
        content += body; // enough records for several progress reports
    int calls = 0;
    const Result<SpreadsheetImport> stopped = importSpreadsheet(
        content, u"big.csv"_s, {}, [&calls](int, int) { return ++calls < 2; });
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.error().message.contains(u"cancelled"_s));
}

void TestImportWizard::wizardImportsInventoryIntoRegistry()
{
    const QString db = newDatabase(u"import.db"_s);
    QVERIFY(!db.isEmpty());
    const qint64 before = systemCount(db);
    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.registryView()->totalCount(), before);

    QPointer<ImportWizard> wizard = window.showImportWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    wizard->filePage()->pathEdit()->setText(m_dir.filePath(u"missing.csv"_s));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->filePage()->findChild<QLabel *>(u"importFileProblem"_s)->text().contains(u"missing.csv"_s));
    wizard->setFileChooser([](QWidget *, const QString &) { return sharedData(u"sec.csv"_s); });
    wizard->filePage()->findChild<QAbstractButton *>(u"importBrowse"_s)->click();
    QVERIFY(press(wizard, QWizard::NextButton));

    // Preview.
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(waitForAnalysis(wizard));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    ImportPreviewPage *preview = wizard->previewPage();
    QVERIFY(preview->model()->rowCount() > 5);
    QVERIFY(preview->summaryLabel()->text().contains(wizard->analysis().report.encoding));
    QVERIFY(preview->summaryLabel()->text().contains(u"comma"_s));
    QVERIFY(!preview->messageBar()->isVisible());
    QVERIFY(press(wizard, QWizard::NextButton));

    // Columns and values.
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    ImportMappingPage *mapping = wizard->mappingPage();
    QVERIFY(mapping->columnsModel()->mappedCount() >= 5);
    QCOMPARE(mapping->profileBox()->currentIndex(), 0); // detected
    QVERIFY(press(wizard, QWizard::NextButton));

    // Dry run report, then Import.
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    ImportReportPage *report = wizard->reportPage();
    const int records = wizard->analysis().report.records;
    QVERIFY(report->summaryLabel()->text().contains(QString::number(records)));
    QCOMPARE(report->issuesModel()->rowCount(), int(wizard->analysis().report.issues.size()));
    QVERIFY(report->reportText().startsWith(u"Import of sec.csv"_s));
    const QString someName = wizard->analysis().portfolio.systems.constFirst().name;

    QSignalSpy imported(wizard.data(), &ImportWizard::imported);
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(imported.wait(TimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull(), TimeoutMs); // closed and deleted
    QVERIFY(loaded.wait(TimeoutMs) || !loaded.isEmpty());

    QCOMPARE(systemCount(db), before + records);
    QCOMPARE(window.registryView()->totalCount(), before + records);
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY(window.messageBar()->text().contains(u"sec.csv"_s));
    window.registryView()->filterEdit()->setText(someName);
    QVERIFY(window.registryView()->shownCount() >= 1);
}

void TestImportWizard::cancelLeavesDatabaseUnchanged()
{
    const QString db = newDatabase(u"cancel.db"_s);
    const qint64 before = systemCount(db);
    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));

    QPointer<ImportWizard> wizard = window.showImportWizard();
    wizard->setFilePath(sharedData(u"sec.csv"_s));
    QVERIFY(press(wizard, QWizard::NextButton));
    QVERIFY(waitForAnalysis(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

    // Cancel in the middle of storing, as the Cancel button would.
    QAtomicInt storedBeforeCancel = 0;
    wizard->runner()->setProbe([&storedBeforeCancel](TaskControl &control, int done, int) {
        if (done >= 10 && !control.isCancelled()) {
            storedBeforeCancel = done;
            control.cancel();
        }
    });
    QSignalSpy finished(wizard.data(), &ImportWizard::importFinished);
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(finished.wait(TimeoutMs));
    const auto outcome = finished.constFirst().constFirst().value<InterchangeJobs::ImportOutcome>();
    QVERIFY(outcome.cancelled);
    QCOMPARE(storedBeforeCancel.loadRelaxed(), 10);
    QVERIFY(!wizard.isNull()); // still open, nothing lost
    QCOMPARE(systemCount(db), before);
    MessageBar *bar = wizard->reportPage()->messageBar();
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY(bar->text().contains(u"Nothing was stored"_s));

    // Closing the wizard while it stores cancels instead of closing: the worker waits at
    // system 5 until the wizard was asked to close.
    QSemaphore reached;
    QSemaphore proceed;
    wizard->runner()->setProbe([&](TaskControl &, int done, int) {
        if (done == 5) {
            reached.release();
            proceed.acquire();
        }
    });
    finished.clear();
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(QTest::qWaitFor([&] { return reached.available() > 0; }, TimeoutMs));
    wizard->reject();
    QVERIFY(!wizard.isNull());
    QVERIFY(wizard->isVisible());
    proceed.release();
    QVERIFY(finished.wait(TimeoutMs));
    QVERIFY(finished.constFirst().constFirst().value<InterchangeJobs::ImportOutcome>().cancelled);
    QCOMPARE(systemCount(db), before);

    // The next try goes through.
    QSignalSpy imported(wizard.data(), &ImportWizard::imported);
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(imported.wait(TimeoutMs));
    QCOMPARE(systemCount(db), before + imported.constFirst().constFirst()
                                           .value<InterchangeJobs::ImportOutcome>().summary.systemsAdded);
    QVERIFY(systemCount(db) > before);
}

void TestImportWizard::refusalIsShownOnThePage()
{
    // A database whose first account is someone else: this login may only read.
    const QString db = m_dir.filePath(u"readonly.db"_s);
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        RegisterService service(**opened, WriteContext{u"someone-else"_s, QString()});
        QVERIFY(service.initialise().ok());
    }
    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));
    QPointer<ImportWizard> wizard = window.showImportWizard();
    wizard->setFilePath(sharedData(u"sec.csv"_s));
    QVERIFY(press(wizard, QWizard::NextButton));
    QVERIFY(waitForAnalysis(wizard));
    QVERIFY(advance(wizard));
    QVERIFY(advance(wizard));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QSignalSpy finished(wizard.data(), &ImportWizard::importFinished);
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(finished.wait(TimeoutMs));
    const auto outcome = finished.constFirst().constFirst().value<InterchangeJobs::ImportOutcome>();
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::NotPermitted);
    QVERIFY(!wizard.isNull());
    QCOMPARE(wizard->reportPage()->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(wizard->reportPage()->messageBar()->text().startsWith(u"Nothing was imported."_s));
    QCOMPARE(systemCount(db), 0);
}

void TestImportWizard::mappingFileNamesTheColumns()
{
    const QString db = newDatabase(u"mapping.db"_s, 0);
    const QString mappingPath = m_dir.filePath(u"titles.json"_s);
    {
        QFile mapping(mappingPath);
        QVERIFY(mapping.open(QIODevice::WriteOnly));
        mapping.write(R"({"name": "titles", "columns": {"Title of the thing": "name", "Identifier": "externalReference"}})");
    }
    ImportWizard wizard(db);
    wizard.show();
    wizard.setFilePath(testData(u"csv/no_name_column.csv"_s));
    QVERIFY(press(&wizard, QWizard::NextButton));
    QVERIFY(waitForAnalysis(&wizard));
    // The preview shows the file but warns: no column holds names.
    QVERIFY(wizard.previewPage()->messageBar()->isVisible());
    QCOMPARE(wizard.previewPage()->messageBar()->type(), MessageBar::Type::Warning);
    QVERIFY(advance(&wizard));
    ImportMappingPage *page = wizard.mappingPage();
    QCOMPARE(page->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    page->setMappingFile(mappingPath);
    QVERIFY(waitForAnalysis(&wizard));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->messageBar()->isVisible());
    QCOMPARE(wizard.analysis().report.profile, u"titles"_s);
    QCOMPARE(page->columnsModel()->mappedCount(), 2);
    QCOMPARE(wizard.analysis().portfolio.systems.constFirst().name, u"Something"_s);

    // Clearing the mapping file brings the error back.
    page->mappingEdit()->clear();
    QVERIFY(waitForAnalysis(&wizard));
    QTRY_VERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::strictImportRefusesProblems()
{
    const QString db = newDatabase(u"strict.db"_s, 0);
    ImportWizard wizard(db);
    wizard.show();
    wizard.setFilePath(testData(u"csv/record_problems.csv"_s));
    QVERIFY(press(&wizard, QWizard::NextButton));
    QVERIFY(waitForAnalysis(&wizard));
    QVERIFY(advance(&wizard));
    ImportMappingPage *page = wizard.mappingPage();
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->valuesModel()->rowCount() > 0); // values that need attention
    page->strictBox()->setChecked(true);
    QVERIFY(waitForAnalysis(&wizard));
    QTRY_VERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->messageBar()->text().contains(u"Strict import"_s));
    page->strictBox()->setChecked(false);
    QVERIFY(waitForAnalysis(&wizard));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::jsonPortfolioSkipsMapping()
{
    const QString db = newDatabase(u"json.db"_s, 0);
    const QString file = testData(u"json/valid-small.json"_s);
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const Result<Portfolio> portfolio = readPortfolio(json.readAll(), file);
    QVERIFY(portfolio.ok());

    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));
    QPointer<ImportWizard> wizard = window.showImportWizard();
    wizard->setFilePath(file);
    QVERIFY(press(wizard, QWizard::NextButton));
    QVERIFY(waitForAnalysis(wizard));
    QVERIFY(wizard->analysis().isPortfolio);
    QVERIFY(wizard->previewPage()->summaryLabel()->text().contains(u"Charter portfolio"_s));
    QVERIFY(advance(wizard));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId)); // no mapping page
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QSignalSpy imported(wizard.data(), &ImportWizard::imported);
    QVERIFY(press(wizard, QWizard::FinishButton));
    QVERIFY(imported.wait(TimeoutMs));
    QCOMPARE(systemCount(db), qint64(portfolio->systems.size()));
    QVERIFY(waitForLoad(window) || window.registryView()->totalCount() == portfolio->systems.size());
    QTRY_COMPARE(window.registryView()->totalCount(), int(portfolio->systems.size()));
}

void TestImportWizard::wizardNeedsAnOpenDatabase()
{
    MainWindow window(windowOptions());
    window.show();
    QVERIFY(!window.showImportWizard());
    QVERIFY(!window.showExportDialog());
    QAction *import = window.findChild<QAction *>(u"importAction"_s);
    QVERIFY(import);
    QVERIFY(!import->isEnabled());

    window.openDatabase(newDatabase(u"keys.db"_s));
    QVERIFY(waitForLoad(window));
    QVERIFY(import->isEnabled());
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<ImportWizard *>());
    window.findChild<ImportWizard *>()->reject();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestImportWizard::exportsJsonAndCsv()
{
    const QString db = newDatabase(u"export.db"_s, 6);
    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));
    QSignalSpy finished(&window, &MainWindow::exportFinished);

    InterchangeJobs::ExportRequest json;
    json.target = m_dir.filePath(u"out/register.json"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
    json.format = InterchangeJobs::ExportFormat::JsonPortfolio;
    window.exportRegister(json);
    QVERIFY(finished.wait(TimeoutMs));
    auto outcome = finished.takeFirst().constFirst().value<InterchangeJobs::ExportOutcome>();
    QVERIFY(!outcome.error && !outcome.cancelled);
    QCOMPARE(outcome.systems, 6);
    QFile file(json.target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<Portfolio> read = readPortfolio(file.readAll(), json.target);
    QVERIFY(read.ok());
    QCOMPARE(read->systems.size(), 6);
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY(window.messageBar()->text().contains(u"register.json"_s));

    InterchangeJobs::ExportRequest csv = json;
    csv.target = m_dir.filePath(u"out/register.csv"_s);
    csv.format = InterchangeJobs::ExportFormat::CsvRegister;
    csv.utf8Bom = true;
    window.exportRegister(csv);
    QVERIFY(finished.wait(TimeoutMs));
    QFile csvFile(csv.target);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("ID,Reference,Name,"));
    const QString text = QString::fromUtf8(bytes);
    for (const AiSystem &system : read->systems)
        QVERIFY2(text.contains(system.name), qPrintable(system.name));

    // A target that cannot be written: an error in the bar, with Export to try again.
    InterchangeJobs::ExportRequest bad = json;
    bad.target = m_dir.filePath(u"no-such-folder/x.json"_s);
    window.exportRegister(bad);
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY(window.messageBar()->text().contains(u"x.json"_s));
}

void TestImportWizard::cancelledExportKeepsOldFile()
{
    const QString db = newDatabase(u"export-cancel.db"_s, 4);
    const QString target = m_dir.filePath(u"keep.csv"_s);
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    MainWindow window(windowOptions());
    window.show();
    window.openDatabase(db);
    QVERIFY(waitForLoad(window));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportRunner()->setProbe([](TaskControl &control, int, int) { control.cancel(); });
    InterchangeJobs::ExportRequest request;
    request.target = target;
    request.format = InterchangeJobs::ExportFormat::CsvRegister;
    window.exportRegister(request);
    QVERIFY(finished.wait(TimeoutMs));
    QVERIFY(finished.constFirst().constFirst().value<InterchangeJobs::ExportOutcome>().cancelled);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old contents\n"));
    QVERIFY(window.messageBar()->text().contains(u"cancelled"_s));
    QCOMPARE(QDir(m_dir.path()).entryList({u"keep.csv.*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void TestImportWizard::exportDialogFollowsFormat()
{
    ExportDialog dialog(m_dir.filePath(u"register.json"_s));
    QCOMPARE(dialog.format(), ExportDialog::Format::JsonPortfolio);
    QCheckBox *bom = dialog.findChild<QCheckBox *>(u"exportBom"_s);
    QVERIFY(bom && !bom->isEnabled());
    QVERIFY(!dialog.utf8Bom());
    dialog.setFormat(ExportDialog::Format::CsvRegister);
    QVERIFY(bom->isEnabled());
    QVERIFY(dialog.filePath().endsWith(u"register.csv"_s));
    QVERIFY(dialog.utf8Bom());
    dialog.setUtf8Bom(false);
    QVERIFY(!dialog.utf8Bom());
    dialog.setFilePath(QString());
    QAbstractButton *exportButton = dialog.findChild<QAbstractButton *>(u"exportButton"_s);
    QVERIFY(!exportButton->isEnabled());
    dialog.setFileChooser([this](QWidget *, const QString &, ExportDialog::Format) {
        return m_dir.filePath(u"chosen.csv"_s);
    });
    dialog.findChild<QAbstractButton *>(u"exportBrowse"_s)->click();
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.filePath(), m_dir.filePath(u"chosen.csv"_s));
}

QTEST_MAIN(TestImportWizard)
#include "tst_ui_import_wizard.moc"
