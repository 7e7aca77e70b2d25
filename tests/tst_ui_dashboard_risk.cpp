// The dashboard's likelihood x impact chart when several systems share a grid cell:
// each occupied cell of each tier is one bubble with its count written on it, a cell
// both tiers occupy shows two bubbles side by side (not one over the other), a bigger
// count gets a bigger bubble, and clicking a bubble opens exactly its systems.
#include "dashboard/DashboardView.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

RiskPosition position(RiskTier tier, int likelihood, int impact, const QList<qint64> &ids)
{
    RiskPosition position;
    position.tier = tier;
    position.likelihood = likelihood;
    position.impact = impact;
    position.systems.key = u"risk:%1:%2:%3"_s.arg(enumKey(tier)).arg(likelihood).arg(impact);
    position.systems.label = u"%1 %2/%3"_s.arg(enumLabel(tier)).arg(likelihood).arg(impact);
    position.systems.value = int(ids.size());
    position.systems.systemIds = ids;
    return position;
}

} // namespace

class TestUiDashboardRisk : public QObject
{
    Q_OBJECT

private:
    struct Bubble {
        QScatterSeries *series = nullptr;
        QPointF centre;  // in chart coordinates
        qreal diameter = 0;
        QString count;   // the number drawn on it
    };

    static QList<Bubble> bubbles(QChart *chart)
    {
        QList<QGraphicsSimpleTextItem *> counts;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                counts << text;
        QList<Bubble> found;
        for (QAbstractSeries *abstract : chart->series()) {
            auto *series = qobject_cast<QScatterSeries *>(abstract);
            if (!series || series->count() == 0)
                continue;
            Bubble bubble{series, chart->mapToPosition(series->at(0), series), series->markerSize(), QString()};
            for (QGraphicsSimpleTextItem *text : std::as_const(counts)) {
                if (text->mapRectToParent(text->boundingRect()).contains(bubble.centre))
                    bubble.count = text->text();
            }
            found << bubble;
        }
        return found;
    }

private slots:
    void sharedCellsShowEveryCount()
    {
        PortfolioMetrics metrics;
        metrics.today = QDate(2026, 11, 26);
        // Twelve high systems in one cell, one critical system in the same cell, and
        // one high system alone elsewhere.
        QList<qint64> many;
        for (qint64 id = 1; id <= 12; ++id)
            many << id;
        metrics.riskPositions = {position(RiskTier::High, 3, 3, many), position(RiskTier::High, 1, 5, {40}),
                                 position(RiskTier::Critical, 3, 3, {77})};

        DashboardView view;
        view.resize(1200, 1600);
        view.setMetrics(metrics);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChartView *chartView = view.chartView(u"risk"_s);
        QVERIFY(chartView);
        QChart *chart = chartView->chart();
        QTRY_VERIFY(chart->plotArea().width() > 100);

        const QList<Bubble> found = bubbles(chart);
        QCOMPARE(found.size(), 3);
        QStringList counts;
        for (const Bubble &bubble : found)
            counts << bubble.count;
        counts.sort();
        QCOMPARE(counts, (QStringList{u"1"_s, u"1"_s, u"12"_s}));

        const Bubble *twelve = nullptr;
        const Bubble *critical = nullptr;
        const Bubble *alone = nullptr;
        for (const Bubble &bubble : found) {
            if (bubble.count == u"12"_s)
                twelve = &bubble;
            else if (bubble.series->color() == found.constFirst().series->color())
                alone = &bubble;
            else
                critical = &bubble;
        }
        QVERIFY(twelve && critical && alone);
        // Side by side in the shared cell: the two bubbles do not overlap.
        const qreal apart = QLineF(twelve->centre, critical->centre).length();
        QVERIFY2(apart >= (twelve->diameter + critical->diameter) / 2,
                 qPrintable(u"%1 apart, diameters %2 and %3"_s.arg(apart).arg(twelve->diameter).arg(critical->diameter)));
        QCOMPARE(twelve->centre.y(), critical->centre.y());
        QVERIFY(twelve->diameter > alone->diameter); // more systems, bigger bubble

        // One legend entry per tier.
        int legendEntries = 0;
        for (QLegendMarker *marker : chart->legend()->markers())
            legendEntries += marker->isVisible() ? 1 : 0;
        QCOMPARE(legendEntries, 2);

        // A click on a bubble opens exactly its systems.
        QSignalSpy scope(&view, &DashboardView::scopeRequested);
        emit twelve->series->clicked(twelve->series->at(0));
        QCOMPARE(scope.count(), 1);
        QCOMPARE(scope.takeFirst().first().value<QList<qint64>>(), many);
        emit critical->series->clicked(critical->series->at(0));
        QCOMPARE(scope.count(), 1);
        QCOMPARE(scope.takeFirst().first().value<QList<qint64>>(), QList<qint64>{77});

        // The counts follow the bubbles when the chart is resized.
        view.resize(900, 1400);
        QTRY_VERIFY(bubbles(chart).size() == 3 && !bubbles(chart).constFirst().count.isEmpty());
        for (const Bubble &bubble : bubbles(chart))
            QVERIFY2(!bubble.count.isEmpty(), "a count sits on every bubble after a resize");
    }
};

QTEST_MAIN(TestUiDashboardRisk)
#include "tst_ui_dashboard_risk.moc"
