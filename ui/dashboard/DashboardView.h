#pragma once

#include "reporting/PortfolioMetrics.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace charter {

class DashboardRefresher;
class MetricTile;
class Policy;

// The portfolio at a glance: seven tiles and seven charts (Qt Charts) over the
// PortfolioMetrics of the open register. Clicking a tile, bar, slice or point emits
// scopeRequested with exactly the systems behind it; the window then shows them in the
// registry. setSource() recomputes on a worker (DashboardRefresher): at once when the
// dashboard is visible, otherwise the next time it is shown. Follows the palette.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // The register to show; recomputes (now, or when next shown).
    void setSource(const QString &location, const Policy &policy, const QDate &today);
    void clear();
    // Shows METRICS as they are (tests and screenshots; setSource() ends here too).
    void setMetrics(const PortfolioMetrics &metrics);
    const PortfolioMetrics &metrics() const { return m_metrics; }
    bool isComputing() const;

    // For tests: the tile with KEY (MetricElement::key), the chart with KEY
    // ("tiers", "pipeline", "reviews", "boundaries", "vendors", "decision_log", "risk").
    MetricTile *tile(const QString &key) const;
    QChartView *chartView(const QString &key) const;
    QStringList chartKeys() const;
    // Activates the element ELEMENTKEY of chart CHARTKEY as a click would; false when
    // there is no such element or it holds no system.
    bool activate(const QString &chartKey, const QString &elementKey);

signals:
    // LABEL: "Dashboard: Risk tier — High".
    void scopeRequested(const QList<qint64> &systemIds, const QString &label);
    void metricsChanged();
    void computeFailed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chart {
        QString key;
        QString title;
        QChartView *view = nullptr;
        QHash<QString, MetricElement> elements; // by element key
    };

    void rebuild();
    void buildTiles();
    void buildCharts();
    Chart &addChart(const QString &key, const QString &title, int row, int column, int columnSpan = 1);
    void styleChart(QChart *chart) const;
    void restyleCharts();
    void emitScope(const QString &chartTitle, const MetricElement &element);

    // One bar set: its legend name, colour and one element per category (an element
    // with an empty key is a gap in a stacked bar).
    struct BarSet {
        QString name;
        QColor colour;
        QList<MetricElement> elements;
    };
    void barChart(Chart &chart, const QStringList &categories, const QList<BarSet> &sets, bool stacked,
                  bool horizontal, const QString &valueTitle);
    void buildTierChart();
    void buildPipelineChart();
    void buildReviewChart();
    void buildBoundaryChart();
    void buildVendorChart();
    void buildDecisionLogChart();
    void buildRiskChart();

    DashboardRefresher *m_refresher;
    PortfolioMetrics m_metrics;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<MetricTile *> m_tiles;
    std::vector<std::unique_ptr<Chart>> m_charts;
    bool m_dirty = false;
    QString m_location;
    std::unique_ptr<Policy> m_policy;
    QDate m_today;
};

} // namespace charter
