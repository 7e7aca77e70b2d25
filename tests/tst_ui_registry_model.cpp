// RegistryModel and RegistryFilterModel: model contract (QAbstractItemModelTester),
// display, gap and sort roles, filter-as-you-type, numeric and date sorting.
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2025, 6, 1);

RegistryRow makeRow(qint64 id, const QString &name, const QString &owner, const QString &vendor,
                    int score, RiskTier tier, QDate nextReview)
{
    RegistryRow row;
    row.id = id;
    row.name = name;
    row.externalReference = u"AI-%1"_s.arg(id, 4, 10, QLatin1Char('0'));
    row.businessUnit = u"Finance"_s;
    row.lifecycle = Lifecycle::Production;
    row.accountableOwner = owner;
    row.vendor = vendor;
    row.riskScore = score;
    row.riskTier = tier;
    row.completeness = 50 + int(id);
    row.gapCount = int(id);
    row.nextReview = nextReview;
    return row;
}

QList<RegistryRow> sampleRows()
{
    QList<RegistryRow> rows;
    rows << makeRow(1, u"Invoice classifier"_s, u"Ada Lovelace"_s, u"Acme Models"_s, 9,
                    RiskTier::Low, Today.addMonths(3));
    rows << makeRow(2, u"Fraud detector"_s, u"Grace Hopper"_s, QString(), 100,
                    RiskTier::Critical, Today.addDays(-10));
    rows << makeRow(3, u"Chat helper"_s, QString(), QString(), 10, RiskTier::Medium, QDate());
    rows[2].vendorUnknown = true;
    rows[2].businessUnit = u"Customer Service"_s;
    rows << makeRow(4, u"Demand forecaster"_s, u"Alan Turing"_s, u"Zenith Analytics"_s, 55,
                    RiskTier::High, Today.addDays(1));
    return rows;
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestRegistryModel : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTester();
    void proxyPassesTesterWhileFiltering();
    void headers();
    void displayRole();
    void gapsAreMarked();
    void sortRoleTypes();
    void sortsScoreNumerically();
    void sortsByDateAndTier();
    void filters_data();
    void filters();
    void filterIgnoresCaseAndBlanks();
    void rowOfSystem();
};

void TestRegistryModel::modelPassesTester()
{
    RegistryModel model;
    model.setToday(Today);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(RegistryModel::ColumnCount));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    model.setRows(sampleRows());
    model.setToday(Today.addDays(5)); // dataChanged on the review column
}

void TestRegistryModel::proxyPassesTesterWhileFiltering()
{
    RegistryModel model;
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    proxy.sort(RegistryModel::ScoreColumn, Qt::DescendingOrder);
    proxy.setFilterText(u"a"_s);
    proxy.setFilterText(u"fraud"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);
    model.setRows(sampleRows().mid(1));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestRegistryModel::headers()
{
    RegistryModel model;
    QCOMPARE(model.headerData(RegistryModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(RegistryModel::OwnerColumn, Qt::Horizontal).toString(),
             u"Accountable owner"_s);
    QCOMPARE(model.headerData(RegistryModel::TierColumn, Qt::Horizontal).toString(), u"Risk tier"_s);
    for (int column = 0; column < RegistryModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestRegistryModel::displayRole()
{
    RegistryModel model;
    model.setToday(Today);
    model.setRows(sampleRows());
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, RegistryModel::NameColumn), u"Invoice classifier"_s);
    QCOMPARE(text(0, RegistryModel::ReferenceColumn), u"AI-0001"_s);
    QCOMPARE(text(0, RegistryModel::BusinessUnitColumn), u"Finance"_s);
    QCOMPARE(text(0, RegistryModel::LifecycleColumn), enumLabel(Lifecycle::Production));
    QCOMPARE(text(0, RegistryModel::OwnerColumn), u"Ada Lovelace"_s);
    QCOMPARE(text(0, RegistryModel::TierColumn), enumLabel(RiskTier::Low));
    QCOMPARE(text(0, RegistryModel::ScoreColumn), u"9"_s);
    QCOMPARE(text(0, RegistryModel::CompletenessColumn), u"51%"_s);
    QCOMPARE(text(0, RegistryModel::VendorColumn), u"Acme Models"_s);
    QCOMPARE(text(1, RegistryModel::VendorColumn), u"In-house"_s);
    QCOMPARE(text(2, RegistryModel::VendorColumn), u"Unknown"_s);
    QCOMPARE(text(2, RegistryModel::OwnerColumn), u"No owner"_s);
    QCOMPARE(text(2, RegistryModel::NextReviewColumn), u"Not scheduled"_s);
    QVERIFY(!text(0, RegistryModel::NextReviewColumn).isEmpty());

    QCOMPARE(model.index(1, 0).data(RegistryModel::SystemIdRole).toLongLong(), 2);
    QCOMPARE(model.index(1, RegistryModel::TierColumn).data(RegistryModel::RiskTierRole).toInt(),
             int(RiskTier::Critical));
    const int alignment = model.index(0, RegistryModel::ScoreColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestRegistryModel::gapsAreMarked()
{
    RegistryModel model;
    model.setToday(Today);
    model.setRows(sampleRows());
    const auto isGap = [&model](int row, int column) {
        return model.index(row, column).data(RegistryModel::IsGapRole).toBool();
    };
    const auto colour = [&model](int row, int column) {
        return model.index(row, column).data(Qt::ForegroundRole);
    };
    // No owner, unknown vendor, unscheduled review: gaps in the warning colour.
    QVERIFY(isGap(2, RegistryModel::OwnerColumn));
    QVERIFY(colour(2, RegistryModel::OwnerColumn).canConvert<QColor>());
    QVERIFY(isGap(2, RegistryModel::VendorColumn));
    QVERIFY(isGap(2, RegistryModel::NextReviewColumn));
    // Overdue review (10 days ago) is marked; a review tomorrow is not.
    QVERIFY(isGap(1, RegistryModel::NextReviewColumn));
    QVERIFY(colour(1, RegistryModel::NextReviewColumn).isValid());
    QVERIFY(!isGap(3, RegistryModel::NextReviewColumn));
    QVERIFY(!colour(3, RegistryModel::NextReviewColumn).isValid());
    // Named owner, in-house vendor: no gap.
    QVERIFY(!isGap(0, RegistryModel::OwnerColumn));
    QVERIFY(!isGap(1, RegistryModel::VendorColumn));
    QVERIFY(!colour(0, RegistryModel::OwnerColumn).isValid());
    QVERIFY(model.index(2, RegistryModel::OwnerColumn).data(Qt::ToolTipRole).toString().contains(u"gap"_s));
    // Moving "today" forward makes tomorrow's review overdue.
    model.setToday(Today.addDays(2));
    QVERIFY(isGap(3, RegistryModel::NextReviewColumn));
}

void TestRegistryModel::sortRoleTypes()
{
    RegistryModel model;
    model.setRows(sampleRows());
    const auto sortValue = [&model](int row, int column) {
        return model.index(row, column).data(RegistryModel::SortRole);
    };
    QCOMPARE(sortValue(1, RegistryModel::ScoreColumn).typeId(), QMetaType::Int);
    QCOMPARE(sortValue(1, RegistryModel::ScoreColumn).toInt(), 100);
    QCOMPARE(sortValue(0, RegistryModel::CompletenessColumn).toInt(), 51);
    QCOMPARE(sortValue(0, RegistryModel::NextReviewColumn).toLongLong(),
             Today.addMonths(3).toJulianDay());
    QVERIFY(sortValue(2, RegistryModel::NextReviewColumn).toLongLong()
            < sortValue(1, RegistryModel::NextReviewColumn).toLongLong());
    QVERIFY(sortValue(1, RegistryModel::TierColumn).toLongLong()
            > sortValue(3, RegistryModel::TierColumn).toLongLong());
}

void TestRegistryModel::sortsScoreNumerically()
{
    RegistryModel model;
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(sampleRows());

    proxy.sort(RegistryModel::ScoreColumn, Qt::AscendingOrder);
    // As text this would be 10, 100, 55, 9.
    QCOMPARE(columnValues(proxy, RegistryModel::ScoreColumn),
             QStringList({u"9"_s, u"10"_s, u"55"_s, u"100"_s}));
    proxy.sort(RegistryModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(columnValues(proxy, RegistryModel::ScoreColumn),
             QStringList({u"100"_s, u"55"_s, u"10"_s, u"9"_s}));
    proxy.sort(RegistryModel::CompletenessColumn, Qt::DescendingOrder);
    QCOMPARE(columnValues(proxy, RegistryModel::CompletenessColumn),
             QStringList({u"54%"_s, u"53%"_s, u"52%"_s, u"51%"_s}));
}

void TestRegistryModel::sortsByDateAndTier()
{
    RegistryModel model;
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setToday(Today);
    model.setRows(sampleRows());

    // Unscheduled first (the most urgent gap), then overdue, then by date.
    proxy.sort(RegistryModel::NextReviewColumn, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, RegistryModel::NameColumn),
             QStringList({u"Chat helper"_s, u"Fraud detector"_s, u"Demand forecaster"_s,
                          u"Invoice classifier"_s}));

    proxy.sort(RegistryModel::TierColumn, Qt::DescendingOrder);
    QCOMPARE(columnValues(proxy, RegistryModel::TierColumn),
             QStringList({enumLabel(RiskTier::Critical), enumLabel(RiskTier::High),
                          enumLabel(RiskTier::Medium), enumLabel(RiskTier::Low)}));

    proxy.sort(RegistryModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, RegistryModel::NameColumn).constFirst(), u"Chat helper"_s);
}

void TestRegistryModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString()
                           << QStringList({u"Chat helper"_s, u"Demand forecaster"_s,
                                           u"Fraud detector"_s, u"Invoice classifier"_s});
    QTest::newRow("name") << u"fraud"_s << QStringList({u"Fraud detector"_s});
    QTest::newRow("owner") << u"hopper"_s << QStringList({u"Fraud detector"_s});
    QTest::newRow("vendor") << u"zenith"_s << QStringList({u"Demand forecaster"_s});
    QTest::newRow("business unit") << u"customer serv"_s << QStringList({u"Chat helper"_s});
    QTest::newRow("reference") << u"AI-0004"_s << QStringList({u"Demand forecaster"_s});
    // "de" is in two names and in the vendor "Acme Models".
    QTest::newRow("several") << u"de"_s
                             << QStringList({u"Demand forecaster"_s, u"Fraud detector"_s,
                                             u"Invoice classifier"_s});
    QTest::newRow("nothing") << u"no such system"_s << QStringList();
}

void TestRegistryModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    RegistryModel model;
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(sampleRows());
    proxy.sort(RegistryModel::NameColumn, Qt::AscendingOrder);
    proxy.setFilterText(text);
    QCOMPARE(columnValues(proxy, RegistryModel::NameColumn), expected);
}

void TestRegistryModel::filterIgnoresCaseAndBlanks()
{
    RegistryModel model;
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(sampleRows());
    proxy.setFilterText(u"  ADA LOVE  "_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.filterText(), u"  ADA LOVE  "_s);
    proxy.setFilterText(u"   "_s);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestRegistryModel::rowOfSystem()
{
    RegistryModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.rowOfSystem(3), 2);
    QCOMPARE(model.rowOfSystem(42), -1);
    QCOMPARE(model.rowAt(2).name, u"Chat helper"_s);
}

QTEST_MAIN(TestRegistryModel)
#include "tst_ui_registry_model.moc"
