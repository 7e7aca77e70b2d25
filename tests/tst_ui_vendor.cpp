// The vendor directory, offscreen, on a real database: the vendor view shows the risk
// profile and every system that depends on the vendor; creating and editing a profile
// (validated, audited); saving a profile re-stores the risk of its systems; the vendor
// dialog of the system editor. VendorModel runs under QAbstractItemModelTester.
#include "directory/DirectoryStore.h"
#include "directory/VendorDialog.h"
#include "directory/VendorDirectoryView.h"
#include "directory/VendorDraft.h"
#include "directory/VendorEditor.h"
#include "directory/VendorForm.h"
#include "editor/ProblemLabel.h"
#include "models/RegistryModel.h"
#include "models/VendorModel.h"
#include "register/DirectoryService.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"
#include "views/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QString TestLogin = u"vendor-test"_s;

// Two vendors: Acme (weak, two systems) and Globex (strong, one system); one in-house.
Portfolio vendorPortfolio()
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
    acme.exitOptions = Rating::Weak;
    Vendor globex;
    globex.id = 2;
    globex.name = u"Globex"_s;
    globex.viability = Rating::Strong;
    globex.roadmapStability = Rating::Strong;
    globex.supportMaturity = Rating::Strong;
    globex.exitOptions = Rating::Adequate;
    globex.dataPortability = Rating::Adequate;
    globex.securityAttestations = u"SOC 2 Type II"_s;
    globex.dataResidency = u"EU"_s;
    globex.contractEnd = QDate(2033, 12, 31);
    globex.deprecationNoticeDays = 365;
    portfolio.vendors = {acme, globex};

    const auto system = [](qint64 id, const QString &name, qint64 vendor) {
        AiSystem s;
        s.id = id;
        s.name = name;
        s.vendorId = vendor;
        s.ownership.accountableOwnerId = 1;
        return s;
    };
    portfolio.systems = {system(1, u"Invoice classifier"_s, 1), system(2, u"Contract summariser"_s, 1),
                         system(3, u"Search assistant"_s, 2), system(4, u"Forecast model"_s, 0)};
    return portfolio;
}

QStringList names(const RegistryModel *model)
{
    QStringList result;
    for (const RegistryRow &row : model->rows())
        result << row.name;
    return result;
}

} // namespace

class TestVendor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsVendors();
    void showsProfileRiskAndSystems();
    void savingProfileReassessesItsSystems();
    void createsVendor();
    void validationShowsInline();
    void unsavedChangesPrompt();
    void opensSystemFromList();
    void dialogForNewVendor();
    void serviceListsSystemsOfVendor();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_service;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<VendorDirectoryView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QList<UnsavedChoice> m_answers;
    int m_prompts = 0;
};

void TestVendor::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"vendors.db"_s));
    auto db = Database::open(m_dir.filePath(u"vendors.db"_s));
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_service = std::make_unique<RegisterService>(*m_db, WriteContext{TestLogin, QString()});
    QVERIFY(m_service->initialise().ok());
    m_service->setToday(QDate(2030, 1, 15));
    PortfolioImportOptions options;
    options.keepIds = true;
    QVERIFY(m_service->importPortfolio(vendorPortfolio(), options).ok());

    m_directory = std::make_unique<DirectoryStore>();
    m_directory->attach(m_service.get());
    m_view = std::make_unique<VendorDirectoryView>(m_directory.get());
    m_testers.clear();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_directory->vendors(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->editor()->systemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_view->editor()->setUnsavedChangesPrompt([this](QWidget *, const QString &) {
        ++m_prompts;
        return m_answers.isEmpty() ? UnsavedChoice::Cancel : m_answers.takeFirst();
    });
    m_view->resize(1280, 760);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_prompts = 0;
}

void TestVendor::cleanup()
{
    m_view.reset();
    m_testers.clear();
    m_directory.reset();
    m_service.reset();
    m_db.reset();
}

void TestVendor::listsVendors()
{
    QTableView *table = m_view->tableView();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, VendorModel::NameColumn).data().toString(), u"Acme Models"_s);
    // Weak ratings and unknown answers show in the warning colour.
    QVERIFY(table->model()->index(0, VendorModel::ViabilityColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(table->model()->index(0, VendorModel::ContractEndColumn).data(VendorModel::IsGapRole).toBool());
    QVERIFY(!table->model()->index(1, VendorModel::ViabilityColumn).data(Qt::ForegroundRole).isValid());
    QTest::keyClicks(m_view->filterEdit(), u"glob"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, VendorModel::NameColumn).data().toString(), u"Globex"_s);
}

void TestVendor::showsProfileRiskAndSystems()
{
    QVERIFY(m_view->selectVendor(1));
    VendorEditor *editor = m_view->editor();
    QCOMPARE(editor->draft()->record().name, u"Acme Models"_s);
    QCOMPARE(editor->form()->nameEdit()->text(), u"Acme Models"_s);

    // Every system that depends on it, with tier and owner.
    QCOMPARE(names(editor->systemsModel()), QStringList({u"Contract summariser"_s, u"Invoice classifier"_s}));
    QCOMPARE(editor->systemsModel()->rows().first().accountableOwner, u"Ada Lovelace"_s);
    // The risk the profile adds to each of them, as the service computes it.
    const QList<RiskFactor> factors = m_directory->vendorRiskFactors(editor->draft()->record());
    QVERIFY(!factors.isEmpty());
    for (const RiskFactor &factor : factors)
        QVERIFY2(editor->riskText().contains(factor.sentence), qPrintable(factor.sentence));
    QVERIFY(editor->riskText().contains(u"viability"_s));

    // The live profile follows edits: viability strong drops its factor.
    auto *viability = editor->form()->findChildren<QComboBox *>().first();
    QCOMPARE(viability->accessibleName(), u"Viability"_s);
    viability->setCurrentIndex(viability->findData(int(Rating::Strong)));
    emit viability->activated(viability->currentIndex());
    QVERIFY(!editor->riskText().contains(u"Vendor viability is rated weak"_s));
}

void TestVendor::savingProfileReassessesItsSystems()
{
    const auto scoreOf = [this](qint64 id) {
        auto rows = SystemRepository(*m_db).registryRows();
        for (const RegistryRow &row : *rows)
            if (row.id == id)
                return row.riskScore;
        return -1;
    };
    const int before = scoreOf(1);
    const int unrelated = scoreOf(3);
    QVERIFY(m_view->selectVendor(1));
    VendorEditor *editor = m_view->editor();
    auto combos = editor->form()->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) { // every rating strong
        combo->setCurrentIndex(combo->findData(int(Rating::Strong)));
        emit combo->activated(combo->currentIndex());
    }
    QCOMPARE(editor->undoStack()->count(), 5);
    QSignalSpy saved(m_directory.get(), &DirectoryStore::vendorSaved);
    QVERIFY(editor->save());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(VendorRepository(*m_db).load(1)->exitOptions, Rating::Strong);
    // Both systems of the vendor carry the lower stored risk now; others are untouched.
    QVERIFY(scoreOf(1) < before);
    QCOMPARE(scoreOf(1), m_service->details(1)->risk.score);
    QCOMPARE(scoreOf(2), m_service->details(2)->risk.score);
    QCOMPARE(scoreOf(3), unrelated);
    // The list of systems shows the new scores.
    QCOMPARE(editor->systemsModel()->rows().at(1).riskScore, scoreOf(1));
}

void TestVendor::createsVendor()
{
    QVERIFY(m_view->newVendor());
    VendorEditor *editor = m_view->editor();
    QTest::keyClicks(editor->form()->nameEdit(), u"Initech"_s);
    auto *notice = editor->form()->findChild<QSpinBox *>();
    QVERIFY(notice);
    QCOMPARE(notice->value(), -1);
    QCOMPARE(notice->text(), u"Unknown"_s);
    notice->setValue(90);
    QVERIFY(editor->save());
    const qint64 id = editor->vendorId();
    QVERIFY(id > 2);
    auto stored = VendorRepository(*m_db).load(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, u"Initech"_s);
    QCOMPARE(stored->deprecationNoticeDays, 90);
    QCOMPARE(stored->viability, Rating::Unknown);
    QCOMPARE(m_directory->vendors()->rowCount(), 3);
    QVERIFY(editor->systemsModel()->rows().isEmpty());
    QCOMPARE(m_view->tableView()->currentIndex().data(VendorModel::VendorIdRole).toLongLong(), id);
}

void TestVendor::validationShowsInline()
{
    QVERIFY(m_view->newVendor());
    VendorEditor *editor = m_view->editor();
    QVERIFY(!editor->save());
    auto *nameProblem = editor->form()->findChild<ProblemLabel *>();
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(editor->messageBar()->type(), MessageBar::Type::Warning);
    QCOMPARE(m_directory->vendors()->rowCount(), 2);

    // The core refuses the same, whoever calls it.
    Vendor nameless;
    const Status refused = m_directory->addVendor(nameless);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    Vendor negative;
    negative.name = u"Bad"_s;
    negative.deprecationNoticeDays = -3;
    QCOMPARE(validateVendor(negative).size(), 1);
}

void TestVendor::unsavedChangesPrompt()
{
    QTableView *table = m_view->tableView();
    QVERIFY(m_view->selectVendor(1));
    QTest::keyClicks(m_view->editor()->form()->nameEdit(), u" Ltd"_s);
    m_answers = {UnsavedChoice::Cancel};
    table->setCurrentIndex(table->model()->index(1, 0));
    QCOMPARE(m_prompts, 1);
    QCOMPARE(m_view->editor()->vendorId(), 1);
    QCOMPARE(table->currentIndex().data(VendorModel::VendorIdRole).toLongLong(), 1);
    m_answers = {UnsavedChoice::Save};
    table->setCurrentIndex(table->model()->index(1, 0));
    QCOMPARE(m_view->editor()->vendorId(), 2);
    QCOMPARE(VendorRepository(*m_db).load(1)->name, u"Acme Models Ltd"_s);
}

void TestVendor::opensSystemFromList()
{
    QVERIFY(m_view->selectVendor(2));
    QSignalSpy open(m_view.get(), &VendorDirectoryView::openSystemRequested);
    QTableView *systems = m_view->editor()->systemsView();
    QCOMPARE(systems->model()->rowCount(), 1);
    systems->setFocus();
    systems->setCurrentIndex(systems->model()->index(0, 0));
    QTest::keyClick(systems, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), 3);
}

void TestVendor::dialogForNewVendor()
{
    Vendor proposal;
    proposal.name = u"Umbrella"_s;
    VendorDialog dialog(proposal);
    QPushButton *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(add->isEnabled());
    auto *form = dialog.findChild<VendorForm *>();
    QCOMPARE(form->nameEdit()->text(), u"Umbrella"_s);
    auto *exit = form->findChildren<QComboBox *>().at(3);
    QCOMPARE(exit->accessibleName(), u"Exit options"_s);
    exit->setCurrentIndex(exit->findData(int(Rating::Weak)));
    emit exit->activated(exit->currentIndex());
    add->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.vendor().name, u"Umbrella"_s);
    QCOMPARE(dialog.vendor().exitOptions, Rating::Weak);
}

void TestVendor::serviceListsSystemsOfVendor()
{
    DirectoryService service(*m_service);
    auto acme = service.systemsOfVendor(1);
    QVERIFY(acme.ok());
    QCOMPARE(acme->size(), 2);
    QCOMPARE(acme->first().vendor, u"Acme Models"_s);
    QVERIFY(service.systemsOfVendor(0)->isEmpty());
    QVERIFY(service.systemsOfVendor(99)->isEmpty());
    // An in-house probe carries none of the vendor's factors.
    const QList<RiskFactor> strong = service.vendorRiskFactors(*VendorRepository(*m_db).load(2));
    QVERIFY(std::none_of(strong.cbegin(), strong.cend(),
                         [](const RiskFactor &f) { return f.id.startsWith(u"vendor_weak"_s); }));
}

QTEST_MAIN(TestVendor)
#include "tst_ui_vendor.moc"
