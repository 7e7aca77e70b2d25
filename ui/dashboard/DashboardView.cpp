#include "DashboardView.h"

#include "DashboardRefresher.h"
#include "MetricTile.h"
#include "theme/Colours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr int ChartHeight = 330;
constexpr int MaxVendorBars = 8;

QString shortMonth(const QString &key)
{
    const QDate month = QDate::fromString(key + u"-01"_s, Qt::ISODate);
    return month.isValid() ? QLocale().toString(month, u"MMM yy"_s) : key;
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'\u2026';
}

// An empty slot of a stacked bar (no element, nothing to click).
MetricElement gap()
{
    return MetricElement{};
}

QColor readinessColour(ExitReadiness readiness)
{
    switch (readiness) {
    case ExitReadiness::Ready:
        return QColor(0x2e, 0x7d, 0x32);
    case ExitReadiness::NotReady:
        return QColor(0xc6, 0x28, 0x28);
    case ExitReadiness::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor mixColour(BoundaryMix mix)
{
    switch (mix) {
    case BoundaryMix::Autonomous:
        return QColor(0xc6, 0x28, 0x28);
    case BoundaryMix::Unknown:
        return QColor(0x9e, 0x9e, 0x9e);
    case BoundaryMix::HumanApproves:
        return QColor(0x15, 0x65, 0xc0);
    case BoundaryMix::AdvisoryOnly:
        return QColor(0x2e, 0x7d, 0x32);
    case BoundaryMix::Prohibited:
        return QColor(0x6a, 0x1b, 0x9a);
    case BoundaryMix::NotDocumented:
        return QColor(0xf9, 0xa8, 0x25);
    }
    return QColor(Qt::gray);
}

// A value axis counting whole things: integer ticks however small the maximum.
QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%d"_s);
    axis->setTitleText(title);
    const int top = std::max(1, maximum);
    if (top <= 5) {
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        // 4 to 6 intervals of a round step.
        const double raw = top / 5.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = magnitude;
        for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            step = factor * magnitude;
            if (step >= raw && std::fmod(step, 1.0) == 0.0)
                break;
        }
        const int intervals = int(std::ceil(top / step));
        axis->setRange(0, step * intervals);
        axis->setTickCount(intervals + 1);
    }
    return axis;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_refresher(new DashboardRefresher(this))
{
    setObjectName(u"dashboard"_s);
    auto *content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);

    m_heading = new QLabel(tr("Portfolio dashboard"), content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_status = new QLabel(content);
    m_status->setObjectName(u"dashboardStatus"_s);
    m_status->setWordWrap(true);

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(10);
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(10);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 16);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_status);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addLayout(m_chartGrid);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_refresher, &DashboardRefresher::computed, this, &DashboardView::setMetrics);
    connect(m_refresher, &DashboardRefresher::failed, this, [this](const QString &error) {
        m_status->setText(tr("The dashboard could not be computed: %1").arg(error));
        emit computeFailed(error);
    });
    rebuild();
}

DashboardView::~DashboardView() = default;

void DashboardView::setSource(const QString &location, const Policy &policy, const QDate &today)
{
    m_location = location;
    m_policy = std::make_unique<Policy>(policy);
    m_today = today;
    m_dirty = true;
    if (isVisible()) {
        m_dirty = false;
        m_refresher->request(m_location, *m_policy, m_today);
    }
}

void DashboardView::clear()
{
    m_location.clear();
    m_policy.reset();
    m_dirty = false;
    setMetrics(PortfolioMetrics{});
}

bool DashboardView::isComputing() const
{
    return m_refresher->isRunning();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_policy && !m_location.isEmpty()) {
        m_dirty = false;
        m_refresher->request(m_location, *m_policy, m_today);
    }
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleCharts();
}

void DashboardView::setMetrics(const PortfolioMetrics &metrics)
{
    m_metrics = metrics;
    rebuild();
    emit metricsChanged();
}

void DashboardView::rebuild()
{
    if (m_metrics.today.isValid()) {
        m_status->setText(tr("%n system(s) as of %1. Click any number, bar, slice or point to see "
                             "exactly those systems in the registry.",
                             nullptr, m_metrics.systems.value)
                              .arg(QLocale().toString(m_metrics.today, QLocale::LongFormat)));
    } else {
        m_status->setText(tr("Open a register to see its dashboard."));
    }
    buildTiles();
    buildCharts();
}

void DashboardView::buildTiles()
{
    const QList<MetricElement> tiles = m_metrics.tiles();
    while (m_tiles.size() < tiles.size()) {
        auto *tile = new MetricTile(m_tileGrid->parentWidget());
        const int index = int(m_tiles.size());
        m_tileGrid->addWidget(tile, 0, index);
        m_tileGrid->setColumnStretch(index, 1);
        connect(tile, &MetricTile::clicked, this, [this, tile] { emitScope(QString(), tile->metric()); });
        m_tiles.append(tile);
    }
    for (int i = 0; i < tiles.size(); ++i) {
        MetricElement tile = tiles.at(i);
        m_tiles.at(i)->setMetric(tile);
    }
}

MetricTile *DashboardView::tile(const QString &key) const
{
    for (MetricTile *tile : m_tiles)
        if (tile->metric().key == key)
            return tile;
    return nullptr;
}

QChartView *DashboardView::chartView(const QString &key) const
{
    for (const auto &chart : m_charts)
        if (chart->key == key)
            return chart->view;
    return nullptr;
}

QStringList DashboardView::chartKeys() const
{
    QStringList keys;
    for (const auto &chart : m_charts)
        keys << chart->key;
    return keys;
}

bool DashboardView::activate(const QString &chartKey, const QString &elementKey)
{
    for (const auto &chart : m_charts) {
        if (chart->key != chartKey)
            continue;
        const auto found = chart->elements.constFind(elementKey);
        if (found == chart->elements.cend() || found->systemIds.isEmpty())
            return false;
        emitScope(chart->title, *found);
        return true;
    }
    return false;
}

void DashboardView::emitScope(const QString &chartTitle, const MetricElement &element)
{
    if (element.systemIds.isEmpty())
        return;
    const QString what = chartTitle.isEmpty() ? element.label
                                              : tr("%1 \u2014 %2").arg(chartTitle, element.label);
    emit scopeRequested(element.systemIds, tr("Dashboard: %1").arg(what));
}

// ---- Charts ----------------------------------------------------------------------

DashboardView::Chart &DashboardView::addChart(const QString &key, const QString &title, int row, int column,
                                              int columnSpan)
{
    auto chart = std::make_unique<Chart>();
    chart->key = key;
    chart->title = title;
    auto *qchart = new QChart;
    qchart->setTitle(title);
    qchart->setAnimationOptions(QChart::NoAnimation);
    // Given to the constructor: setChart() on a view would orphan its default chart (a leak).
    chart->view = new QChartView(qchart, m_chartGrid->parentWidget());
    chart->view->setObjectName(u"chart_"_s + key);
    chart->view->setRenderHint(QPainter::Antialiasing);
    chart->view->setMinimumHeight(ChartHeight);
    chart->view->setAccessibleName(title);
    m_chartGrid->addWidget(chart->view, row, column, 1, columnSpan);
    m_charts.push_back(std::move(chart));
    return *m_charts.back();
}

void DashboardView::buildCharts()
{
    for (auto &chart : m_charts)
        delete chart->view; // deletes its chart and series
    m_charts.clear();
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    buildTierChart();
    buildPipelineChart();
    buildReviewChart();
    buildBoundaryChart();
    buildVendorChart();
    buildRiskChart();
    buildDecisionLogChart();
    restyleCharts();
}

void DashboardView::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(blend(base, text, 0.2)));
    chart->setBackgroundRoundness(8);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(mutedColour(pal));
        axis->setTitleFont(font());
        axis->setLinePenColor(blend(base, text, 0.4));
        axis->setGridLineColor(blend(base, text, 0.12));
        axis->setShadesVisible(false);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                slice->setBorderColor(base);
                slice->setLabelColor(text);
            }
        }
    }
}

void DashboardView::restyleCharts()
{
    for (const auto &chart : m_charts)
        styleChart(chart->view->chart());
}

void DashboardView::barChart(Chart &chart, const QStringList &categories, const QList<BarSet> &sets,
                             bool stacked, bool horizontal, const QString &valueTitle)
{
    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                         : new QHorizontalBarSeries;
    else
        series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    series->setBarWidth(stacked ? 0.6 : 0.8);

    std::vector<int> totals(size_t(categories.size()), 0);
    bool anyNamed = false;
    for (const BarSet &set : sets) {
        auto *barSet = new QBarSet(set.name);
        barSet->setColor(set.colour);
        barSet->setBorderColor(set.colour);
        for (int i = 0; i < set.elements.size(); ++i) {
            const MetricElement &element = set.elements.at(i);
            barSet->append(element.value);
            totals[size_t(i)] = stacked ? totals[size_t(i)] + element.value
                                        : std::max(totals[size_t(i)], element.value);
            if (!element.key.isEmpty())
                chart.elements.insert(element.key, element);
        }
        const QString title = chart.title;
        const QList<MetricElement> elements = set.elements;
        connect(barSet, &QBarSet::clicked, this, [this, title, elements](int index) {
            if (index >= 0 && index < elements.size())
                emitScope(title, elements.at(index));
        });
        connect(barSet, &QBarSet::hovered, this, [elements](bool over, int index) {
            if (over && index >= 0 && index < elements.size() && !elements.at(index).key.isEmpty()) {
                const MetricElement &element = elements.at(index);
                QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(element.label).arg(element.value));
            } else {
                QToolTip::hideText();
            }
        });
        series->append(barSet);
        anyNamed = anyNamed || !set.name.isEmpty();
    }
    QChart *qchart = chart.view->chart();
    qchart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *valueAxis = countAxis(totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end()),
                                      valueTitle);
    qchart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    qchart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    qchart->legend()->setVisible(anyNamed && sets.size() > 1);
    qchart->legend()->setAlignment(Qt::AlignBottom);
}

void DashboardView::buildTierChart()
{
    Chart &chart = addChart(u"tiers"_s, tr("Portfolio by risk tier"), 0, 0);
    QStringList categories;
    QList<BarSet> sets;
    for (int i = 0; i < m_metrics.byTier.size(); ++i) {
        const MetricElement &tier = m_metrics.byTier.at(i);
        categories << tier.label;
        BarSet set{tier.label, tierColours(RiskTier(i)).background, {}};
        for (int j = 0; j < m_metrics.byTier.size(); ++j)
            set.elements.append(i == j ? tier : gap());
        sets.append(set);
    }
    barChart(chart, categories, sets, true, false, tr("Systems"));
    chart.view->chart()->legend()->hide();
}

void DashboardView::buildPipelineChart()
{
    Chart &chart = addChart(u"pipeline"_s, tr("Approval pipeline by workflow state"), 0, 1);
    QStringList categories;
    for (const MetricElement &state : m_metrics.byState)
        categories << state.label;
    barChart(chart, categories, {{tr("Systems"), palette().color(QPalette::Highlight), m_metrics.byState}},
             false, true, tr("Systems"));
}

void DashboardView::buildReviewChart()
{
    Chart &chart = addChart(u"reviews"_s, tr("Re-reviews due by month"), 1, 0, 2);
    QStringList categories;
    BarSet overdue{tr("Overdue"), warningColour(palette()), {}};
    BarSet due{tr("Due"), QColor(0x15, 0x65, 0xc0), {}};
    for (int i = 0; i < m_metrics.reviewSchedule.size(); ++i) {
        const MetricElement &month = m_metrics.reviewSchedule.at(i);
        categories << (i == 0 ? month.label : shortMonth(month.key));
        overdue.elements.append(i == 0 ? month : gap());
        due.elements.append(i == 0 ? gap() : month);
    }
    barChart(chart, categories, {overdue, due}, true, false, tr("Systems"));
}

void DashboardView::buildBoundaryChart()
{
    Chart &chart = addChart(u"boundaries"_s, tr("Decision-boundary mix"), 2, 0);
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    series->setPieSize(0.75);
    for (int i = 0; i < m_metrics.boundaryMix.size(); ++i) {
        const MetricElement &mix = m_metrics.boundaryMix.at(i);
        chart.elements.insert(mix.key, mix);
        if (mix.value == 0)
            continue;
        auto *slice = series->append(tr("%1: %2").arg(mix.label).arg(mix.value), mix.value);
        slice->setColor(mixColour(BoundaryMix(i)));
        const QString title = chart.title;
        connect(slice, &QPieSlice::clicked, this, [this, title, mix] { emitScope(title, mix); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool over) { slice->setExploded(over); });
    }
    QChart *qchart = chart.view->chart();
    qchart->addSeries(series);
    qchart->legend()->setAlignment(Qt::AlignRight);
    qchart->legend()->setVisible(true);
}

void DashboardView::buildVendorChart()
{
    Chart &chart = addChart(u"vendors"_s, tr("Vendor concentration and exit readiness"), 3, 0, 2);
    // The most concentrated vendors, largest at the top (horizontal bars grow upwards).
    QList<VendorMetric> shown = m_metrics.vendors.mid(0, MaxVendorBars);
    std::reverse(shown.begin(), shown.end());
    QStringList categories;
    QList<BarSet> sets;
    for (ExitReadiness readiness : {ExitReadiness::Ready, ExitReadiness::NotReady, ExitReadiness::Unknown})
        sets.append({exitReadinessLabel(readiness), readinessColour(readiness), {}});
    BarSet unknown{m_metrics.unknownVendor.label, QColor(0x60, 0x7d, 0x8b), {}};
    if (m_metrics.unknownVendor.value > 0) {
        categories << m_metrics.unknownVendor.label;
        for (BarSet &set : sets)
            set.elements.append(gap());
        unknown.elements.append(m_metrics.unknownVendor);
    }
    for (const VendorMetric &vendor : std::as_const(shown)) {
        categories << elided(vendor.systems.label, 22);
        for (int i = 0; i < sets.size(); ++i)
            sets[i].elements.append(int(vendor.readiness) == i ? vendor.systems : gap());
        unknown.elements.append(gap());
    }
    if (m_metrics.unknownVendor.value > 0)
        sets.append(unknown);
    barChart(chart, categories, sets, true, true, tr("Systems"));
    if (m_metrics.vendors.size() > MaxVendorBars)
        chart.view->chart()->setTitle(tr("%1 (top %2 of %3 vendors)")
                                          .arg(chart.title)
                                          .arg(MaxVendorBars)
                                          .arg(m_metrics.vendors.size()));
}

void DashboardView::buildDecisionLogChart()
{
    Chart &chart = addChart(u"decision_log"_s, tr("Overrides and incidents per month"), 4, 0, 2);
    QStringList categories;
    BarSet overrides{tr("Overrides"), QColor(0x15, 0x65, 0xc0), {}};
    BarSet incidents{tr("Incidents"), QColor(0xe6, 0x51, 0x00), {}};
    for (int i = 0; i < m_metrics.overridesByMonth.size(); ++i) {
        MetricElement override = m_metrics.overridesByMonth.at(i);
        categories << shortMonth(override.key);
        override.key = u"overrides:"_s + override.key;
        override.label = tr("Overrides in %1").arg(override.label);
        overrides.elements.append(override);
        if (i < m_metrics.incidentsByMonth.size()) {
            MetricElement incident = m_metrics.incidentsByMonth.at(i);
            incident.key = u"incidents:"_s + incident.key;
            incident.label = tr("Incidents in %1").arg(incident.label);
            incidents.elements.append(incident);
        }
    }
    barChart(chart, categories, {overrides, incidents}, false, false, tr("Events"));
    int events = 0;
    for (const MetricElement &month : m_metrics.overridesByMonth + m_metrics.incidentsByMonth)
        events += month.value;
    if (events == 0 && m_metrics.today.isValid())
        chart.view->chart()->setTitle(tr("%1: none recorded in the last 12 months").arg(chart.title));
}

namespace {

// One occupied cell of the likelihood x impact grid for one tier: its own series (so
// its marker can be sized and a click is exactly its systems) and its count drawn on it.
struct RiskBubble {
    QScatterSeries *series = nullptr;
    QGraphicsSimpleTextItem *count = nullptr;
    int systems = 0;
    bool shared = false; // the other tier occupies the same cell: side by side
};

// Sizes each bubble by its count within its cell (never over its neighbour's) and
// centres the count on it. Runs again whenever the plot area changes.
void placeRiskBubbles(QChart *chart, const QList<RiskBubble> &bubbles)
{
    const QRectF plot = chart->plotArea();
    const qreal cellWidth = plot.width() / 5;
    const qreal cellHeight = plot.height() / 5;
    for (const RiskBubble &bubble : bubbles) {
        const qreal room = std::min(bubble.shared ? cellWidth * 0.42 : cellWidth * 0.8, cellHeight * 0.8);
        const qreal text = bubble.count->boundingRect().width() + 8;
        const qreal wanted = 16 + 8 * std::sqrt(double(bubble.systems - 1));
        const qreal diameter = std::max(text, std::min(wanted, std::max(16.0, room)));
        bubble.series->setMarkerSize(diameter);
        const QPointF centre = chart->mapToPosition(bubble.series->at(0), bubble.series);
        const QRectF box = bubble.count->boundingRect();
        bubble.count->setPos(centre - box.center());
    }
}

} // namespace

void DashboardView::buildRiskChart()
{
    Chart &chart = addChart(u"risk"_s, tr("Likelihood \u00d7 impact of high and critical systems"), 2, 1);
    QChart *qchart = chart.view->chart();
    // Cells both tiers occupy; every other bubble sits in the middle of its cell.
    QHash<QPoint, int> tiersInCell;
    for (const RiskPosition &position : m_metrics.riskPositions)
        ++tiersInCell[QPoint(position.likelihood, position.impact)];
    QList<RiskBubble> bubbles;
    QFont countFont = font();
    countFont.setBold(true);
    const QString title = chart.title;
    for (RiskTier tier : {RiskTier::High, RiskTier::Critical}) {
        int systems = 0;
        for (const RiskPosition &position : m_metrics.riskPositions)
            systems += position.tier == tier ? position.systems.value : 0;
        const QString name = tr("%1 risk: %n system(s)", nullptr, systems).arg(enumLabel(tier));
        const TierColours colours = tierColours(tier);
        auto newSeries = [&] {
            auto *series = new QScatterSeries;
            series->setName(name);
            series->setColor(colours.background);
            series->setBorderColor(palette().color(QPalette::Base));
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            series->setMarkerSize(16);
            qchart->addSeries(series);
            return series;
        };
        bool first = true;
        for (const RiskPosition &position : m_metrics.riskPositions) {
            if (position.tier != tier)
                continue;
            QScatterSeries *series = newSeries();
            const bool shared = tiersInCell.value(QPoint(position.likelihood, position.impact)) > 1;
            const double offset = !shared ? 0.0 : tier == RiskTier::High ? -0.22 : 0.22;
            series->append(position.likelihood + offset, position.impact);
            const MetricElement element = position.systems;
            chart.elements.insert(element.key, element);
            connect(series, &QScatterSeries::clicked, this, [this, title, element] { emitScope(title, element); });
            connect(series, &QScatterSeries::hovered, this, [element](const QPointF &, bool over) {
                if (over)
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1: %n system(s)", nullptr, element.value).arg(element.label));
                else
                    QToolTip::hideText();
            });
            auto *count = new QGraphicsSimpleTextItem(QString::number(element.value), qchart);
            count->setFont(countFont);
            count->setBrush(colours.foreground);
            count->setZValue(100);                     // over every series
            count->setAcceptedMouseButtons(Qt::NoButton); // a click on it is a click on the bubble
            count->setData(0, element.key);
            bubbles.append({series, count, element.value, shared});
            // One legend entry per tier.
            if (!std::exchange(first, false))
                series->setProperty("charterHideLegend", true);
        }
        if (first)
            newSeries(); // the legend still names the tier, with 0 systems
    }
    auto makeAxis = [](const QString &title) {
        auto *axis = new QCategoryAxis;
        axis->setTitleText(title);
        axis->setRange(0.5, 5.5);
        axis->setStartValue(0.5);
        for (int level = 1; level <= 5; ++level)
            axis->append(QString::number(level), level + 0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        return axis;
    };
    QCategoryAxis *x = makeAxis(tr("Likelihood (1\u2013" "5)"));
    QCategoryAxis *y = makeAxis(tr("Impact (1\u2013" "5)"));
    chart.view->setToolTip(tr("Likelihood rises with autonomy, unknown answers and external processing or an "
                              "unknown vendor; impact with personal data, safety relevance, EU AI Act "
                              "high-risk or prohibited practice, and US OMB high impact. Each dot is one "
                              "cell of the grid: its number and size say how many systems it holds."));
    qchart->addAxis(x, Qt::AlignBottom);
    qchart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : qchart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    qchart->legend()->setVisible(true);
    qchart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractSeries *series : qchart->series()) {
        if (series->property("charterHideLegend").toBool()) {
            for (QLegendMarker *marker : qchart->legend()->markers(series))
                marker->setVisible(false);
        }
    }
    connect(qchart, &QChart::plotAreaChanged, qchart, [qchart, bubbles] { placeRiskBubbles(qchart, bubbles); });
    placeRiskBubbles(qchart, bubbles);
    if (m_metrics.riskPositions.isEmpty() && m_metrics.today.isValid())
        qchart->setTitle(tr("%1: none").arg(chart.title));
}

} // namespace charter
