// The board pack's likelihood x impact chart (ChartPainter, scatter) when high and
// critical systems share a grid cell: both dots are drawn side by side and neither
// covers the other.
#include "reporting/ChartPainter.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

PackChart riskChart(const QList<PackPoint> &points)
{
    PackChart chart;
    chart.kind = PackChart::Kind::Scatter;
    chart.title = u"Likelihood × impact"_s;
    chart.xLabel = u"Likelihood"_s;
    chart.yLabel = u"Impact"_s;
    chart.series = {PackSeries{u"High"_s, {}}, PackSeries{u"Critical"_s, {}}};
    chart.points = points;
    chart.xMax = 5;
    chart.yMax = 5;
    return chart;
}

// Pixels painted in series GROUP's dot colour (drawn at 85 % over white).
int dotPixels(const QImage &image, int group)
{
    const QColor series = ChartPainter::seriesColor(group);
    const auto blended = [](int channel) { return int(std::lround(0.85 * channel + 0.15 * 255)); };
    const QColor dot(blended(series.red()), blended(series.green()), blended(series.blue()));
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - dot.red()) <= 6 && std::abs(pixel.green() - dot.green()) <= 6
                && std::abs(pixel.blue() - dot.blue()) <= 6)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestChartScatter : public QObject
{
    Q_OBJECT

private slots:
    void sharedPositionShowsBothDots()
    {
        const QSizeF size(480, 300);
        const PackPoint high{3, 3, QString(), 0, 12};
        const PackPoint critical{3, 3, QString(), 1, 3};
        const int highAlone = dotPixels(ChartPainter::render(riskChart({high}), size), 0);
        const int criticalAlone = dotPixels(ChartPainter::render(riskChart({critical}), size), 1);
        QVERIFY(highAlone > 50);
        QVERIFY(criticalAlone > 20);

        // Together at the same position: each keeps (nearly) all of its own pixels.
        const QImage both = ChartPainter::render(riskChart({high, critical}), size);
        const int highTogether = dotPixels(both, 0);
        const int criticalTogether = dotPixels(both, 1);
        QVERIFY2(highTogether >= highAlone * 0.95, qPrintable(u"%1 of %2"_s.arg(highTogether).arg(highAlone)));
        QVERIFY2(criticalTogether >= criticalAlone * 0.95,
                 qPrintable(u"%1 of %2"_s.arg(criticalTogether).arg(criticalAlone)));
        // The same in either order of the points.
        const QImage swapped = ChartPainter::render(riskChart({critical, high}), size);
        QVERIFY(dotPixels(swapped, 0) >= highAlone * 0.95);
        QVERIFY(dotPixels(swapped, 1) >= criticalAlone * 0.95);
    }
};

QTEST_MAIN(TestChartScatter)
#include "tst_chart_scatter.moc"
