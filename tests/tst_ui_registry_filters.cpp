// The registry's filtering beyond the text: RegistryFilter and RegistryMatcher (quick
// filters, their text form, narrowing), RegistryFilterModel with text and quick filters
// combined (checked against a brute-force predicate over random registers and random
// typing, under QAbstractItemModelTester), the quick filter bar, the column chooser,
// saved views, and RegistryView keeping selection and scroll position over a refresh.
#include "UiSettings.h"
#include "domain/RegistryFilter.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "registry/ColumnChooser.h"
#include "registry/QuickFilterBar.h"
#include "registry/SavedViewsMenu.h"
#include "views/RegistryView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2025, 6, 1);

RegistryRow makeRow(qint64 id, const QString &name, const QString &owner, RiskTier tier,
                    Lifecycle lifecycle, int gaps, QDate nextReview)
{
    RegistryRow row;
    row.id = id;
    row.name = name;
    row.externalReference = u"AI-%1"_s.arg(id, 4, 10, QLatin1Char('0'));
    row.businessUnit = u"Claims"_s;
    row.lifecycle = lifecycle;
    row.accountableOwner = owner;
    row.riskTier = tier;
    row.riskScore = 10 * int(tier) + int(id);
    row.completeness = 100 - gaps * 5;
    row.gapCount = gaps;
    row.nextReview = nextReview;
    return row;
}

QList<RegistryRow> sampleRows()
{
    return {
        makeRow(1, u"Invoice classifier"_s, u"Ada Lovelace"_s, RiskTier::Low, Lifecycle::Production, 0,
                Today.addMonths(3)),
        makeRow(2, u"Fraud detector"_s, u"Grace Hopper"_s, RiskTier::Critical, Lifecycle::Production, 2,
                Today.addDays(-10)),
        makeRow(3, u"Chat helper"_s, QString(), RiskTier::Medium, Lifecycle::Pilot, 5, QDate()),
        makeRow(4, u"Claims triage"_s, u"Alan Turing"_s, RiskTier::High, Lifecycle::Pilot, 1,
                Today.addDays(-1)),
        makeRow(5, u"Ångström scheduler"_s, QString(), RiskTier::High, Lifecycle::Retired, 0, Today),
    };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, RegistryModel::NameColumn).data().toString();
    return list;
}

// A random register whose names, owners and units share fragments, so typing finds some.
QList<RegistryRow> randomRows(QRandomGenerator &random, int count)
{
    const QStringList words{u"claim"_s, u"Claims"_s, u"fraud"_s, u"chat"_s, u"Müller"_s, u"risk"_s,
                            u"CLA"_s, u"ai"_s, u"Straße"_s, u"ok"_s};
    QList<RegistryRow> rows;
    for (int i = 0; i < count; ++i) {
        RegistryRow row;
        row.id = i + 1;
        row.name = words.at(random.bounded(words.size())) + u' ' + words.at(random.bounded(words.size()));
        row.externalReference = u"REF-%1"_s.arg(random.bounded(50));
        row.businessUnit = words.at(random.bounded(words.size()));
        if (random.bounded(3) != 0)
            row.accountableOwner = words.at(random.bounded(words.size())) + u" Person"_s;
        if (random.bounded(2) != 0)
            row.vendor = words.at(random.bounded(words.size())) + u" Inc"_s;
        row.riskTier = RiskTier(random.bounded(4));
        row.lifecycle = Lifecycle(random.bounded(6));
        row.riskScore = random.bounded(150);
        row.gapCount = random.bounded(3);
        if (random.bounded(4) != 0)
            row.nextReview = Today.addDays(random.bounded(-30, 30));
        rows << row;
    }
    return rows;
}

// What the proxy must show, computed the slow and obvious way.
QSet<qint64> expectedIds(const QList<RegistryRow> &rows, const RegistryFilter &filter)
{
    QSet<qint64> ids;
    const QString needle = filter.text.trimmed();
    for (const RegistryRow &row : rows) {
        if (filter.tiers && !(filter.tiers & RegistryFilter::bit(row.riskTier)))
            continue;
        if (filter.lifecycles && !(filter.lifecycles & RegistryFilter::bit(row.lifecycle)))
            continue;
        if (filter.hasGaps && row.gapCount == 0)
            continue;
        if (filter.noAccountableOwner && !row.accountableOwner.isEmpty())
            continue;
        if (filter.reviewOverdue && !(row.nextReview.isValid() && row.nextReview < Today))
            continue;
        if (!needle.isEmpty()) {
            bool found = false;
            for (const QString &text : {row.name, row.externalReference, row.businessUnit,
                                        row.accountableOwner, row.vendor})
                found = found || text.contains(needle, Qt::CaseInsensitive);
            if (!found)
                continue;
        }
        ids.insert(row.id);
    }
    return ids;
}

QSet<qint64> shownIds(const QAbstractItemModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(RegistryModel::SystemIdRole).toLongLong());
    return ids;
}

} // namespace

class TestRegistryFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void quickFilterTextForm();
    void matcherNarrows();
    void searchTextIsFoldedUtf8();
    void quickFiltersAlone_data();
    void quickFiltersAlone();
    void textAndQuickFiltersCombine();
    void randomTypingMatchesBruteForce();
    void overdueFollowsToday();
    void sortOrders();
    void sortAndFilterKeepSelection();
    void quickFilterBarActions();
    void columnChooserHidesAndResets();
    void savedViewRoundTrip();
    void savedViewsMenuSavesAppliesDeletes();
    void refreshKeepsSelectionAndScroll();
    void refreshDropsVanishedSelection();
    void nextAndPreviousSystem();
    void downFromFilterGoesToTable();
};

void TestRegistryFilters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegistryFilters::init()
{
    QSettings().clear();
}

void TestRegistryFilters::quickFilterTextForm()
{
    RegistryFilter filter;
    QCOMPARE(filter.quickFiltersToString(), QString());
    QVERIFY(filter.isEmpty());
    filter.tiers = RegistryFilter::bit(RiskTier::High) | RegistryFilter::bit(RiskTier::Critical);
    filter.lifecycles = RegistryFilter::bit(Lifecycle::Production);
    filter.hasGaps = true;
    filter.reviewOverdue = true;
    filter.noAccountableOwner = true;
    QCOMPARE(filter.quickFiltersToString(),
             u"tiers=high,critical;lifecycles=production;gaps;overdue;noowner"_s);
    QCOMPARE(filter.quickFilterCount(), 5);
    QCOMPARE(RegistryFilter::quickFiltersFromString(filter.quickFiltersToString()), filter);
    // Unknown parts from a newer Charter are ignored; known ones still apply.
    const RegistryFilter read = RegistryFilter::quickFiltersFromString(u"gaps;colour=blue;tiers=low,nope"_s);
    QVERIFY(read.hasGaps);
    QCOMPARE(read.tiers, RegistryFilter::bit(RiskTier::Low));
    filter.text = u"  "_s;
    QVERIFY(!filter.isEmpty());
    QVERIFY(RegistryFilter{u"  "_s}.isEmpty());
}

void TestRegistryFilters::matcherNarrows()
{
    RegistryFilter a;
    a.text = u"cl"_s;
    RegistryFilter b = a;
    b.text = u"CLA"_s;
    QVERIFY(RegistryMatcher(b, Today).narrows(RegistryMatcher(a, Today)));
    QVERIFY(!RegistryMatcher(a, Today).narrows(RegistryMatcher(b, Today)));
    RegistryFilter c = b;
    c.hasGaps = true;
    QVERIFY(!RegistryMatcher(c, Today).narrows(RegistryMatcher(a, Today)));
    QVERIFY(!RegistryMatcher(b, Today.addDays(1)).narrows(RegistryMatcher(a, Today)));
}

void TestRegistryFilters::searchTextIsFoldedUtf8()
{
    RegistryRow row = sampleRows().at(4);
    row.vendor = u"MÜLLER AG"_s;
    QByteArray text;
    const qsizetype nameLength = appendRegistrySearchText(row, text);
    QCOMPARE(text.left(nameLength), u"ångström scheduler"_s.toUtf8());
    QVERIFY(text.contains(u"müller ag"_s.toUtf8()));
    RegistryFilter filter;
    filter.text = u"MÜLL"_s;
    QVERIFY(RegistryMatcher(filter, Today).matches(row, text));
    filter.text = u"ÅNGSTRÖM"_s;
    QVERIFY(RegistryMatcher(filter, Today).matches(row, text));
    filter.text = u"scheduler\x1f"_s; // separators never match across columns
    QVERIFY(RegistryMatcher(filter, Today).matches(row, text));
    QCOMPARE(findBytes("abcabc", 1, "abc"), 3);
    QCOMPARE(findBytes("abc", 0, "x"), -1);
    QCOMPARE(findBytes("abc", 4, "a"), -1);
}

void TestRegistryFilters::quickFiltersAlone_data()
{
    QTest::addColumn<QString>("quick");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QString()
                          << QStringList{u"Ångström scheduler"_s, u"Chat helper"_s, u"Claims triage"_s,
                                         u"Fraud detector"_s, u"Invoice classifier"_s};
    QTest::newRow("high and above") << u"tiers=high,critical"_s
                                    << QStringList{u"Ångström scheduler"_s, u"Claims triage"_s,
                                                   u"Fraud detector"_s};
    QTest::newRow("pilot") << u"lifecycles=pilot"_s
                           << QStringList{u"Chat helper"_s, u"Claims triage"_s};
    QTest::newRow("gaps") << u"gaps"_s
                          << QStringList{u"Chat helper"_s, u"Claims triage"_s, u"Fraud detector"_s};
    // Due today is not overdue; unscheduled is not overdue either.
    QTest::newRow("overdue") << u"overdue"_s << QStringList{u"Claims triage"_s, u"Fraud detector"_s};
    QTest::newRow("no owner") << u"noowner"_s
                              << QStringList{u"Ångström scheduler"_s, u"Chat helper"_s};
    QTest::newRow("combined") << u"tiers=high;noowner"_s << QStringList{u"Ångström scheduler"_s};
    QTest::newRow("nothing") << u"tiers=low;gaps"_s << QStringList();
}

void TestRegistryFilters::quickFiltersAlone()
{
    QFETCH(QString, quick);
    QFETCH(QStringList, expected);
    RegistryModel model;
    model.setToday(Today);
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    proxy.sort(RegistryModel::NameColumn);
    proxy.setQuickFilters(RegistryFilter::quickFiltersFromString(quick));
    QCOMPARE(names(proxy), expected);
}

void TestRegistryFilters::textAndQuickFiltersCombine()
{
    RegistryModel model;
    model.setToday(Today);
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    proxy.sort(RegistryModel::NameColumn);
    QSignalSpy changed(&proxy, &RegistryFilterModel::filterChanged);

    proxy.setFilterText(u"cla"_s); // Claims (unit of every row), so all rows
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setFilterText(u"claims tr"_s);
    QCOMPARE(names(proxy), QStringList{u"Claims triage"_s});
    proxy.setFilterText(u"a"_s);
    RegistryFilter quick;
    quick.hasGaps = true;
    proxy.setQuickFilters(quick);
    QCOMPARE(names(proxy), (QStringList{u"Chat helper"_s, u"Claims triage"_s, u"Fraud detector"_s}));
    QCOMPARE(proxy.filterText(), u"a"_s); // the text stays
    proxy.setFilterText(u"hopper"_s);
    QCOMPARE(names(proxy), QStringList{u"Fraud detector"_s});
    quick.noAccountableOwner = true;
    proxy.setQuickFilters(quick);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilter(RegistryFilter());
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(changed.size() >= 6);
    // Blanks and case alone change nothing.
    proxy.setFilterText(u"fraud"_s);
    proxy.setFilterText(u" FRAUD "_s);
    QCOMPARE(names(proxy), QStringList{u"Fraud detector"_s});
}

void TestRegistryFilters::randomTypingMatchesBruteForce()
{
    QRandomGenerator random(20250601);
    for (int round = 0; round < 6; ++round) {
        const QList<RegistryRow> rows = randomRows(random, 300 + round * 50);
        RegistryModel model;
        model.setToday(Today);
        RegistryFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        proxy.sort(int(random.bounded(int(RegistryModel::ColumnCount))),
                   random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);

        RegistryFilter filter;
        // Type a word character by character, erase part of it, change quick filters.
        const QStringList targets{u"claims"_s, u"MÜLLER"_s, u"straße"_s, u"ref-1"_s, u"person"_s};
        const QString target = targets.at(random.bounded(targets.size()));
        for (int step = 0; step < 40; ++step) {
            const int action = random.bounded(10);
            if (action < 5 && filter.text.size() < target.size())
                filter.text = target.left(filter.text.size() + 1);
            else if (action < 7 && !filter.text.isEmpty())
                filter.text.chop(1);
            else if (action == 7)
                filter.tiers = quint32(random.bounded(16));
            else if (action == 8)
                filter.hasGaps = !filter.hasGaps;
            else
                filter.noAccountableOwner = !filter.noAccountableOwner;
            if (random.bounded(2))
                proxy.setFilter(filter);
            else {
                RegistryFilter quick = filter;
                quick.text.clear();
                proxy.setQuickFilters(quick);
                proxy.setFilterText(filter.text);
            }
            QCOMPARE(shownIds(proxy), expectedIds(rows, filter));
            // mapFromSource and mapToSource agree.
            for (int row = 0; row < proxy.rowCount(); row += 7) {
                const QModelIndex index = proxy.index(row, 1);
                QCOMPARE(proxy.mapFromSource(proxy.mapToSource(index)), index);
            }
        }
    }
}

void TestRegistryFilters::overdueFollowsToday()
{
    RegistryModel model;
    model.setToday(Today);
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    RegistryFilter quick;
    quick.reviewOverdue = true;
    proxy.setQuickFilters(quick);
    QCOMPARE(proxy.rowCount(), 2);
    model.setToday(Today.addDays(1)); // "Ångström scheduler" was due today
    QCOMPARE(proxy.rowCount(), 3);
    model.setToday(Today.addYears(1));
    QCOMPARE(proxy.rowCount(), 4);
}

void TestRegistryFilters::sortOrders()
{
    RegistryModel model;
    model.setToday(Today);
    RegistryFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(sampleRows());
    proxy.sort(RegistryModel::OwnerColumn, Qt::AscendingOrder);
    // Nobody named sorts first, ties in source order.
    QCOMPARE(names(proxy).mid(0, 2), (QStringList{u"Chat helper"_s, u"Ångström scheduler"_s}));
    // Names sort by their letters without regard to case or accents: Å with the A's.
    proxy.sort(RegistryModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy).constFirst(), u"Ångström scheduler"_s);
    proxy.sort(RegistryModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy).constFirst(), u"Invoice classifier"_s);
    proxy.sort(-1);
    QCOMPARE(names(proxy).constFirst(), u"Invoice classifier"_s); // source order
    QCOMPARE(proxy.sortColumn(), -1);
}

void TestRegistryFilters::sortAndFilterKeepSelection()
{
    RegistryView view;
    view.model()->setToday(Today);
    view.setRows(sampleRows());
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy current(&view, &RegistryView::currentSystemChanged);
    QVERIFY(view.selectSystem(4));
    QCOMPARE(current.size(), 1);
    view.tableView()->sortByColumn(RegistryModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(view.selectedSystemId(), 4);
    view.filterEdit()->setText(u"triage"_s);
    QCOMPARE(view.selectedSystemId(), 4);
    QCOMPARE(current.size(), 1); // no flicker through "nothing selected"
    view.filterEdit()->setText(u"fraud"_s);
    QCOMPARE(view.selectedSystemId(), 0); // filtered away
    QCOMPARE(current.constLast().constFirst().toLongLong(), 0);
}

void TestRegistryFilters::quickFilterBarActions()
{
    RegistryView view;
    view.model()->setToday(Today);
    view.setRows(sampleRows());
    QuickFilterBar *bar = view.quickFilterBar();
    QSignalSpy changed(bar, &QuickFilterBar::changed);
    QSignalSpy filterChanged(&view, &RegistryView::filterChanged);

    bar->highRiskAction()->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bar->quickFilters().tiers,
             RegistryFilter::bit(RiskTier::High) | RegistryFilter::bit(RiskTier::Critical));
    QCOMPARE(view.shownCount(), 3);
    QVERIFY(bar->highRiskAction()->isChecked());
    bar->tierActions().at(int(RiskTier::Medium))->trigger(); // now high, critical and medium
    QVERIFY(!bar->highRiskAction()->isChecked());
    QCOMPARE(view.shownCount(), 4);
    bar->gapsAction()->trigger();
    QCOMPARE(view.shownCount(), 3);
    bar->lifecycleActions().at(int(Lifecycle::Pilot))->trigger();
    QCOMPARE(view.shownCount(), 2);
    view.filterEdit()->setText(u"chat"_s);
    QCOMPARE(view.shownCount(), 1);
    QCOMPARE(view.filter().text, u"chat"_s);
    QVERIFY(view.filter().hasGaps);

    // Clear empties the text too.
    bar->clearAction()->trigger();
    QCOMPARE(view.shownCount(), 5);
    QVERIFY(view.filterEdit()->text().isEmpty());
    QVERIFY(!bar->quickFilters().hasQuickFilters());
    QVERIFY(!filterChanged.isEmpty());

    // setFilter shows the filter in the bar without echoing a change.
    RegistryFilter filter;
    filter.noAccountableOwner = true;
    filter.text = u"sched"_s;
    const qsizetype before = changed.size();
    view.setFilter(filter);
    QCOMPARE(changed.size(), before);
    QVERIFY(bar->noOwnerAction()->isChecked());
    QCOMPARE(view.filterEdit()->text(), u"sched"_s);
    QCOMPARE(view.shownCount(), 1);
}

void TestRegistryFilters::columnChooserHidesAndResets()
{
    RegistryView view;
    view.setRows(sampleRows());
    QHeaderView *header = view.tableView()->horizontalHeader();
    ColumnChooser *chooser = view.columnChooser();
    QMenu *menu = chooser->menu();
    emit menu->aboutToShow(); // builds the entries
    QList<QAction *> entries;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            entries << action;
    }
    QCOMPARE(entries.size(), int(RegistryModel::ColumnCount));
    // The name cannot be hidden.
    QVERIFY(!entries.constFirst()->isEnabled());
    QCOMPARE(entries.constFirst()->text(), u"Name"_s);

    chooser->setColumnShown(RegistryModel::VendorColumn, false);
    QVERIFY(header->isSectionHidden(RegistryModel::VendorColumn));
    chooser->setColumnShown(RegistryModel::NameColumn, false);
    QVERIFY(!header->isSectionHidden(RegistryModel::NameColumn));
    header->moveSection(header->visualIndex(RegistryModel::ScoreColumn), 0);

    // A hidden column comes back through its menu entry.
    emit menu->aboutToShow();
    QAction *vendor = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toInt() == RegistryModel::VendorColumn && action->isCheckable())
            vendor = action;
    }
    QVERIFY(vendor);
    QVERIFY(!vendor->isChecked());
    vendor->trigger();
    QVERIFY(!header->isSectionHidden(RegistryModel::VendorColumn));

    chooser->setColumnShown(RegistryModel::LifecycleColumn, false);
    view.resetColumns();
    QVERIFY(!header->isSectionHidden(RegistryModel::LifecycleColumn));
    QCOMPARE(header->visualIndex(RegistryModel::ScoreColumn), int(RegistryModel::ScoreColumn));
}

void TestRegistryFilters::savedViewRoundTrip()
{
    RegistryView view;
    view.model()->setToday(Today);
    view.setRows(sampleRows());
    view.tableView()->sortByColumn(RegistryModel::ScoreColumn, Qt::DescendingOrder);
    view.columnChooser()->setColumnShown(RegistryModel::ReferenceColumn, false);
    RegistryFilter filter;
    filter.text = u"a"_s;
    filter.tiers = RegistryFilter::bit(RiskTier::High);
    filter.reviewOverdue = true;
    view.setFilter(filter);
    QCOMPARE(view.shownCount(), 1);

    const SavedView saved = view.currentView(u"  Overdue high  "_s);
    QCOMPARE(saved.name, u"Overdue high"_s);
    UiSettings::setSavedViews({saved});
    const QList<SavedView> read = UiSettings::savedViews();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.constFirst(), saved);

    // A fresh view takes it over completely.
    RegistryView other;
    other.model()->setToday(Today);
    other.setRows(sampleRows());
    QCOMPARE(other.shownCount(), 5);
    other.applyView(read.constFirst());
    QCOMPARE(other.shownCount(), 1);
    QCOMPARE(other.filter(), filter);
    QCOMPARE(other.filterEdit()->text(), u"a"_s);
    QVERIFY(other.quickFilterBar()->overdueAction()->isChecked());
    QVERIFY(other.tableView()->horizontalHeader()->isSectionHidden(RegistryModel::ReferenceColumn));
    QCOMPARE(other.filterModel()->sortColumn(), int(RegistryModel::ScoreColumn));
    QCOMPARE(other.filterModel()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(other.tableView()->horizontalHeader()->sortIndicatorSection(), int(RegistryModel::ScoreColumn));
}

void TestRegistryFilters::savedViewsMenuSavesAppliesDeletes()
{
    RegistryView view;
    view.model()->setToday(Today);
    view.setRows(sampleRows());
    SavedViewsMenu menu(&view);
    view.setViewsMenu(&menu);
    QVERIFY(view.viewsButton()->isEnabled());

    RegistryFilter gaps;
    gaps.hasGaps = true;
    view.setFilter(gaps);
    menu.setNameAsker([](QWidget *, const QString &) { return u"Gaps"_s; });
    menu.saveAction()->trigger();
    RegistryFilter owners;
    owners.noAccountableOwner = true;
    view.setFilter(owners);
    menu.saveCurrentView(u"No owner"_s);
    menu.saveCurrentView(u"gaps"_s); // same name, any case: replaces
    QCOMPARE(UiSettings::savedViews().size(), 2);
    QVERIFY(UiSettings::savedViews().constFirst().filter.noAccountableOwner);

    // The menu lists them and applies one by its entry.
    view.setFilter(RegistryFilter());
    emit menu.aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->text() == u"No owner"_s)
            entry = action;
    }
    QVERIFY(entry);
    QSignalSpy applied(&menu, &SavedViewsMenu::viewApplied);
    entry->trigger();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(view.shownCount(), 2);
    QVERIFY(!menu.applyView(u"missing"_s));

    menu.deleteView(u"NO OWNER"_s);
    QCOMPARE(UiSettings::savedViews().size(), 1);
    QCOMPARE(UiSettings::savedViews().constFirst().name, u"Gaps"_s);
}

void TestRegistryFilters::refreshKeepsSelectionAndScroll()
{
    QRandomGenerator random(7);
    QList<RegistryRow> rows = randomRows(random, 2000);
    RegistryView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setRows(rows);
    QCoreApplication::processEvents();
    QTableView *table = view.tableView();
    table->scrollTo(table->model()->index(900, 0), QAbstractItemView::PositionAtTop);
    const qint64 top = view.topSystemId();
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(top != 0);
    QVERIFY(scroll > 0);
    const qint64 selected = table->model()->index(905, 0).data(RegistryModel::SystemIdRole).toLongLong();
    QVERIFY(view.selectSystem(selected));
    table->scrollTo(table->model()->index(900, 0), QAbstractItemView::PositionAtTop);

    QSignalSpy current(&view, &RegistryView::currentSystemChanged);
    // A refresh: the same systems, with new scores and a few new rows at the start.
    for (RegistryRow &row : rows)
        row.riskScore += 1;
    RegistryRow extra = rows.constFirst();
    extra.id = 100'000;
    extra.name = u"AAA new system"_s;
    rows.prepend(extra);
    view.setRows(rows);
    QCOMPARE(view.selectedSystemId(), selected);
    QCOMPARE(view.topSystemId(), top);
    QVERIFY(current.isEmpty()); // the selection never went away
    const QModelIndexList chosen = table->selectionModel()->selectedRows();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().data(RegistryModel::SystemIdRole).toLongLong(), selected);
}

void TestRegistryFilters::refreshDropsVanishedSelection()
{
    RegistryView view;
    view.setRows(sampleRows());
    QVERIFY(view.selectSystem(2));
    QSignalSpy current(&view, &RegistryView::currentSystemChanged);
    QList<RegistryRow> rows = sampleRows();
    rows.removeAt(1);
    view.setRows(rows);
    QCOMPARE(view.selectedSystemId(), 0);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.constFirst().constFirst().toLongLong(), 0);
}

void TestRegistryFilters::nextAndPreviousSystem()
{
    RegistryView view;
    view.setRows(sampleRows()); // sorted by name
    QCOMPARE(view.selectedSystemId(), 0);
    QVERIFY(view.selectNext(1)); // nothing selected: the first row
    const QStringList order = names(*view.filterModel());
    QCOMPARE(order.constFirst(), u"Ångström scheduler"_s);
    QCOMPARE(view.tableView()->selectionModel()->selectedRows().constFirst().data().toString(),
             order.constFirst());
    QVERIFY(view.selectNext(1));
    QCOMPARE(view.tableView()->selectionModel()->selectedRows().constFirst().data().toString(),
             order.at(1));
    QVERIFY(view.selectNext(-1));
    QVERIFY(!view.selectNext(-1)); // already at the first
    QCOMPARE(view.tableView()->selectionModel()->selectedRows().constFirst().data().toString(),
             order.constFirst());
}

void TestRegistryFilters::downFromFilterGoesToTable()
{
    RegistryView view;
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setRows(sampleRows());
    view.focusFilter();
    QTRY_VERIFY(view.filterEdit()->hasFocus());
    QTest::keyClick(view.filterEdit(), Qt::Key_Down);
    QTRY_VERIFY(view.tableView()->hasFocus());
    QVERIFY(view.selectedSystemId() != 0);
}

QTEST_MAIN(TestRegistryFilters)
#include "tst_ui_registry_filters.moc"
