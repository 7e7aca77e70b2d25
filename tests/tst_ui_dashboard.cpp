// The dashboard in the main window, offscreen, on the demo portfolio: tiles show the
// metrics, a tile or a chart element opens the registry scoped to exactly its systems
// (with a removable chip), and an edit recomputes the dashboard without a restart.
#include "MainWindow.h"
#include "RegisterLoader.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MetricTile.h"
#include "dashboard/RegistryScopeChip.h"
#include "editor/EditingWorkspace.h"
#include "governance/Roles.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "registry/QuickFilterBar.h"
#include "reporting/PortfolioMetrics.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "views/RegistryView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <QAbstractBarSeries>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr int TimeoutMs = 30'000;

QList<qint64> shownIds(MainWindow &window)
{
    RegistryView *registry = window.registryView();
    QList<qint64> ids;
    const RegistryFilterModel *filter = registry->filterModel();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        ids.append(registry->model()->rows().at(source).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool registryShown(MainWindow &window)
{
    return window.registryView()->isVisible() && !window.dashboard()->isVisible();
}

} // namespace

class TestUiDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    // Opens the register and shows the dashboard with its metrics.
    bool openDashboard()
    {
        MainWindow::Options options;
        options.persistState = false;
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1280, 900);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::registryLoaded);
        m_window->openDatabase(m_path);
        if (!loaded.wait(TimeoutMs))
            return false;
        QSignalSpy computed(m_window->dashboard(), &DashboardView::metricsChanged);
        m_window->showDashboard();
        return m_window->dashboard()->isVisible() && (computed.count() > 0 || computed.wait(TimeoutMs));
    }

    PortfolioMetrics independentMetrics()
    {
        auto db = Database::open(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        RegisterService service(**db, WriteContext{u"test"_s, {}});
        if (!service.initialise())
            qFatal("cannot initialise");
        return computePortfolioMetrics(**db, service.policy(), QDate::currentDate()).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.db"_s);
        RegisterLoader::CreateOptions options;
        options.demoSystems = 40;
        const RegisterSnapshot snapshot = RegisterLoader::create(m_path, options);
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error->message));
    }

    void cleanup() { m_window.reset(); }

    void tilesShowTheMetrics()
    {
        QVERIFY(openDashboard());
        DashboardView *dashboard = m_window->dashboard();
        const PortfolioMetrics expected = independentMetrics();
        QCOMPARE(dashboard->metrics().systems.value, m_window->registryView()->totalCount());
        for (const MetricElement &tile : expected.tiles()) {
            MetricTile *shown = dashboard->tile(tile.key);
            QVERIFY2(shown, qPrintable(tile.key));
            QCOMPARE(shown->metric().value, tile.value);
            QCOMPARE(shown->metric().systemIds, tile.systemIds);
            QVERIFY(shown->accessibleName().endsWith(QString::number(tile.value)));
        }
        QCOMPARE(dashboard->chartKeys().size(), 7);
        for (const QString &key : dashboard->chartKeys())
            QVERIFY2(!dashboard->chartView(key)->chart()->title().isEmpty(), qPrintable(key));
    }

    void clickingATileScopesTheRegistry()
    {
        QVERIFY(openDashboard());
        DashboardView *dashboard = m_window->dashboard();
        MetricTile *tile = dashboard->tile(u"no_accountable_owner"_s);
        QVERIFY(tile);
        const QList<qint64> expected = tile->metric().systemIds;
        QVERIFY2(!expected.isEmpty(), "the demo portfolio has systems without an owner");
        QVERIFY(expected.size() < m_window->registryView()->totalCount());

        QAbstractItemModelTester tester(m_window->registryView()->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(tile, Qt::LeftButton);
        QVERIFY(registryShown(*m_window));
        QCOMPARE(shownIds(*m_window), expected);
        RegistryScopeChip *chip = m_window->registryView()->scopeChip();
        QVERIFY(chip->isVisible());
        QVERIFY2(chip->text().contains(tile->metric().label), qPrintable(chip->text()));
        QVERIFY2(chip->text().contains(QString::number(expected.size())), qPrintable(chip->text()));

        // Quick filters narrow the scope; removing the chip shows everything again.
        m_window->registryView()->quickFilterBar()->highRiskAction()->trigger();
        const QList<qint64> narrowed = shownIds(*m_window);
        for (qint64 id : narrowed)
            QVERIFY(expected.contains(id));
        m_window->registryView()->quickFilterBar()->highRiskAction()->trigger();
        QCOMPARE(shownIds(*m_window), expected);
        QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QCOMPARE(int(shownIds(*m_window).size()), m_window->registryView()->totalCount());
    }

    void chartElementsScopeToExactlyTheirSystems()
    {
        QVERIFY(openDashboard());
        DashboardView *dashboard = m_window->dashboard();
        const PortfolioMetrics metrics = dashboard->metrics();

        // A bar clicked: the pipeline chart's "draft" bar, through the series' own signal.
        QChart *pipeline = dashboard->chartView(u"pipeline"_s)->chart();
        auto *series = qobject_cast<QAbstractBarSeries *>(pipeline->series().value(0));
        QVERIFY(series);
        QBarSet *set = series->barSets().value(0);
        QVERIFY(set);
        emit set->clicked(int(WorkflowState::Draft));
        QVERIFY(registryShown(*m_window));
        QCOMPARE(shownIds(*m_window), metrics.byState.at(int(WorkflowState::Draft)).systemIds);

        // Every chart element with systems opens exactly them.
        const QList<QPair<QString, MetricElement>> elements{
            {u"tiers"_s, metrics.byTier.at(int(RiskTier::High))},
            {u"reviews"_s, metrics.reviewSchedule.at(0)},
            {u"boundaries"_s, metrics.boundaryMix.at(int(BoundaryMix::HumanApproves))},
            {u"vendors"_s, metrics.vendors.value(0).systems},
        };
        for (const auto &[chart, element] : elements) {
            if (element.systemIds.isEmpty())
                continue;
            m_window->showDashboard();
            QVERIFY2(dashboard->activate(chart, element.key), qPrintable(chart + u':' + element.key));
            QVERIFY(registryShown(*m_window));
            QCOMPARE(shownIds(*m_window), element.systemIds);
        }
        // An element without systems does nothing.
        m_window->showDashboard();
        QVERIFY(!dashboard->activate(u"pipeline"_s, u"no-such-element"_s));
        QVERIFY(dashboard->isVisible());
    }

    void anEditUpdatesTheDashboard()
    {
        QVERIFY(openDashboard());
        DashboardView *dashboard = m_window->dashboard();
        const PortfolioMetrics before = dashboard->metrics();
        QVERIFY(before.noAccountableOwner.value < before.systems.value);

        // Another connection takes the owner away from a system that has one, as an
        // edit does; the editing workspace then announces the change.
        qint64 changed = 0;
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            RegisterService service(**db, WriteContext{actingLogin(**db), {}});
            QVERIFY(service.initialise().ok());
            for (qint64 id : before.systems.systemIds) {
                if (before.noAccountableOwner.systemIds.contains(id))
                    continue;
                AiSystem system = SystemRepository(**db).load(id).value();
                system.ownership.accountableOwnerId = 0;
                const Status status = service.updateSystem(system);
                QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
                changed = id;
                break;
            }
        }
        QVERIFY(changed != 0);
        QSignalSpy computed(dashboard, &DashboardView::metricsChanged);
        emit m_window->editing()->registerChanged();
        QVERIFY(computed.wait(TimeoutMs));
        QVERIFY(dashboard->isVisible()); // the refresh keeps the dashboard shown
        QCOMPARE(dashboard->metrics().noAccountableOwner.value, before.noAccountableOwner.value + 1);
        QVERIFY(dashboard->metrics().noAccountableOwner.systemIds.contains(changed));
        QCOMPARE(dashboard->tile(u"no_accountable_owner"_s)->metric().value, before.noAccountableOwner.value + 1);
    }

    void shortcutsSwitchPages()
    {
        QVERIFY(openDashboard());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(registryShown(*m_window));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(m_window->dashboard()->isVisible());
    }

    void chartsFollowThePalette()
    {
        QVERIFY(openDashboard());
        DashboardView *dashboard = m_window->dashboard();
        QPalette dark = dashboard->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dashboard->setPalette(dark);
        for (const QString &key : dashboard->chartKeys()) {
            QChart *chart = dashboard->chartView(key)->chart();
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
            QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        }
    }
};

QTEST_MAIN(TestUiDashboard)
#include "tst_ui_dashboard.moc"
