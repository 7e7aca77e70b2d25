#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr qreal Padding = 8;
constexpr qreal TitleSize = 10.5;
constexpr qreal LabelSize = 7.5;
constexpr qreal SmallSize = 6.5;
const QColor Ink(0x1f, 0x29, 0x37);
const QColor Muted(0x55, 0x60, 0x6e);
const QColor Grid(0xe3, 0xe7, 0xec);
const QColor Frame(0xcc, 0xd3, 0xdb);

QString numberText(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::llround(value)))
                                                       : QString::number(value, 'f', 1);
}

// Greedy word wrap into at most two lines of WIDTH; a single word may use up to SLACK
// more before it is elided, as may the rest on the second line.
QStringList twoLines(const QString &text, const QFontMetricsF &fm, qreal width, qreal slack)
{
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate = first.isEmpty() ? words[used] : first + u' ' + words[used];
        if (fm.horizontalAdvance(candidate) > width && !first.isEmpty())
            break;
        first = candidate;
    }
    if (fm.horizontalAdvance(first) > width + slack)
        return {fm.elidedText(text, Qt::ElideRight, width + slack)};
    const QString rest = words.mid(used).join(u' ');
    if (rest.isEmpty())
        return {first};
    return {first, fm.elidedText(rest, Qt::ElideRight, width + slack)};
}

} // namespace

double niceAxisStep(double max, int ticks, double *niceMax)
{
    if (max <= 0)
        max = 1;
    const double rough = max / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    if (step < 1 && max >= 1)
        step = 1;
    if (niceMax)
        *niceMax = std::ceil(max / step - 1e-9) * step;
    return step;
}

QColor ChartPainter::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0x99, 0x99, 0x99), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x56, 0xb4, 0xe9), QColor(0xf0, 0xe4, 0x42)};
    return colors[std::abs(index) % 8];
}

QImage ChartPainter::render(const PackChart &chart, const QSizeF &size, qreal scale)
{
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    ChartPainter(painter).paint(chart, QRectF(QPointF(0, 0), size));
    return image;
}

QFont ChartPainter::font(qreal size, const QPaintDevice *device, bool bold, bool mono)
{
    QFont font(mono ? u"DejaVu Sans Mono"_s : u"DejaVu Sans"_s);
    font.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    // SIZE in logical units whatever the device's resolution (pixel sizes would round).
    font.setPointSizeF(size * 72.0 / device->logicalDpiY());
    font.setBold(bold);
    // No cosmetic ligatures ("fl" as one glyph), so text copied or searched in the PDF
    // reads as typed: Qt turns them off when letters are spaced, here by 1/50 unit.
    // Scripts that need ligatures keep them.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

void ChartPainter::setFont(qreal size, bool bold)
{
    m_painter.setFont(font(size, m_painter.device(), bold));
}

void ChartPainter::paint(const PackChart &chart, const QRectF &rect)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    if (chart.kind == PackChart::Kind::Scatter)
        paintScatter(chart, rect);
    else
        paintBars(chart, rect);
    m_painter.restore();
}

QRectF ChartPainter::paintFrame(const PackChart &chart, const QRectF &rect, const QStringList &legend)
{
    m_painter.setPen(QPen(Frame, 0.75));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    QRectF inner = rect.adjusted(Padding, Padding, -Padding, -Padding);
    setFont(TitleSize, true);
    m_painter.setPen(Ink);
    const QFontMetricsF titleMetrics(m_painter.font(), m_painter.device());
    const QString title = titleMetrics.elidedText(chart.title, Qt::ElideRight, inner.width());
    m_painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height()),
                       Qt::AlignLeft | Qt::AlignTop, title);
    inner.setTop(inner.top() + titleMetrics.height() + 4);

    if (!legend.isEmpty()) {
        setFont(LabelSize);
        const QFontMetricsF fm(m_painter.font(), m_painter.device());
        const qreal swatch = fm.ascent() * 0.8;
        qreal x = inner.left();
        qreal y = inner.top();
        for (int i = 0; i < legend.size(); ++i) {
            const qreal width = swatch + 3 + fm.horizontalAdvance(legend[i]) + 10;
            if (x + width > inner.right() && x > inner.left()) {
                x = inner.left();
                y += fm.height() + 2;
            }
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(seriesColor(i));
            m_painter.drawRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch));
            m_painter.setPen(Ink);
            m_painter.drawText(QPointF(x + swatch + 3, y + fm.ascent()), legend[i]);
            x += width;
        }
        inner.setTop(y + fm.height() + 6);
    }
    return inner;
}

void ChartPainter::paintValueAxis(const QRectF &area, double max, double step, bool vertical, const QString &label,
                                  double lastTick)
{
    setFont(LabelSize);
    const QFontMetricsF fm(m_painter.font(), m_painter.device());
    if (lastTick < 0)
        lastTick = max;
    for (double value = 0; value <= lastTick + 1e-9; value += step) {
        const QString text = numberText(value);
        if (vertical) {
            const qreal y = area.bottom() - area.height() * value / max;
            m_painter.setPen(QPen(value == 0 ? Muted : Grid, value == 0 ? 0.8 : 0.5));
            m_painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            m_painter.setPen(Muted);
            m_painter.drawText(QRectF(area.left() - 40 - 4, y - fm.height() / 2, 40, fm.height()),
                               Qt::AlignRight | Qt::AlignVCenter, text);
        } else {
            const qreal x = area.left() + area.width() * value / max;
            m_painter.setPen(QPen(value == 0 ? Muted : Grid, value == 0 ? 0.8 : 0.5));
            m_painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            m_painter.setPen(Muted);
            m_painter.drawText(QRectF(x - 30, area.bottom() + 3, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }
    if (vertical && !label.isEmpty()) {
        // The axis title, rotated along the axis at the far left.
        m_painter.save();
        m_painter.setPen(Muted);
        const qreal x = area.left() - 44 - fm.height() / 2;
        m_painter.translate(x, area.center().y());
        m_painter.rotate(-90);
        m_painter.drawText(QRectF(-area.height() / 2, -fm.height() / 2, area.height(), fm.height()), Qt::AlignCenter,
                           fm.elidedText(label, Qt::ElideRight, area.height()));
        m_painter.restore();
    }
}

void ChartPainter::paintBars(const PackChart &chart, const QRectF &rect)
{
    const bool stacked = chart.kind == PackChart::Kind::StackedBar;
    QStringList legend;
    if (stacked || chart.series.size() > 1)
        for (const PackSeries &series : chart.series)
            legend.append(series.name);
    QRectF inner = paintFrame(chart, rect, legend);

    const int n = int(chart.categories.size());
    double max = 0;
    QList<double> totals(n, 0);
    for (int c = 0; c < n; ++c) {
        for (const PackSeries &series : chart.series) {
            const double v = c < series.values.size() ? series.values[c] : 0;
            totals[c] = stacked ? totals[c] + v : std::max(totals[c], v);
        }
        max = std::max(max, totals[c]);
    }
    double niceMax = 1;
    const double step = niceAxisStep(max, 5, &niceMax);

    setFont(LabelSize);
    const QFontMetricsF fm(m_painter.font(), m_painter.device());
    // Left: tick labels and the rotated axis title; bottom: two lines of category
    // labels and the axis title.
    QRectF area = inner.adjusted(44 + fm.height() + 2, fm.height() + 2, -2, -(2 * fm.height() + 4 + fm.height() + 4));
    if (n == 0 || area.width() < 20 || area.height() < 20) {
        m_painter.setPen(Muted);
        m_painter.drawText(inner, Qt::AlignCenter, QStringLiteral("—"));
        return;
    }
    paintValueAxis(area, niceMax, step, true, chart.yLabel);

    const qreal slot = area.width() / n;
    const qreal barWidth = std::min(slot * 0.62, 48.0);
    // Several series side by side (grouped) unless stacked.
    const int groups = stacked ? 1 : std::max(1, int(chart.series.size()));
    const qreal subWidth = barWidth / groups;
    for (int c = 0; c < n; ++c) {
        const qreal x = area.left() + slot * c + (slot - barWidth) / 2;
        qreal base = area.bottom();
        for (int s = 0; s < chart.series.size(); ++s) {
            const double v = c < chart.series[s].values.size() ? chart.series[s].values[c] : 0;
            if (v <= 0)
                continue;
            const qreal h = area.height() * v / niceMax;
            const QRectF bar = stacked ? QRectF(x, base - h, barWidth, h)
                                       : QRectF(x + s * subWidth, area.bottom() - h, subWidth - (groups > 1 ? 0.8 : 0), h);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(seriesColor(stacked || chart.series.size() > 1 ? s : 0));
            m_painter.drawRect(bar);
            if (stacked && h >= fm.height() + 1 && barWidth >= fm.horizontalAdvance(numberText(v)) + 2) {
                m_painter.setPen(s == 1 || s == 4 || s == 7 ? Ink : Qt::white);
                m_painter.drawText(bar, Qt::AlignCenter, numberText(v));
            }
            if (stacked)
                base -= h;
        }
        // The value (or the stack's total) above the bar; grouped bars only when each
        // label fits over its own bar.
        m_painter.setPen(Ink);
        if (groups == 1) {
            const qreal top = area.bottom() - area.height() * totals[c] / niceMax;
            m_painter.drawText(QRectF(area.left() + slot * c, top - fm.height() - 1, slot, fm.height()),
                               Qt::AlignHCenter | Qt::AlignBottom, numberText(totals[c]));
        } else {
            for (int s = 0; s < chart.series.size(); ++s) {
                const double v = chart.series[s].values.value(c);
                const QString text = numberText(v);
                if (v <= 0 || fm.horizontalAdvance(text) > subWidth + 2)
                    continue;
                const qreal top = area.bottom() - area.height() * v / niceMax;
                m_painter.drawText(QRectF(x + s * subWidth - 4, top - fm.height() - 1, subWidth + 8, fm.height()),
                                   Qt::AlignHCenter | Qt::AlignBottom, text);
            }
        }
    }
    // The categories under the bars, wrapped to their slot; in the small size when a
    // word would not fit the normal one.
    bool crowded = false;
    for (const QString &category : chart.categories)
        for (const QString &word : category.split(u' ', Qt::SkipEmptyParts))
            crowded = crowded || fm.horizontalAdvance(word) > slot + 1;
    setFont(crowded ? SmallSize : LabelSize);
    const QFontMetricsF categoryMetrics(m_painter.font(), m_painter.device());
    m_painter.setPen(Muted);
    for (int c = 0; c < n; ++c) {
        const QStringList lines = twoLines(chart.categories[c], categoryMetrics, slot - 4, 5);
        for (int l = 0; l < lines.size(); ++l)
            m_painter.drawText(QRectF(area.left() + slot * c - 2, area.bottom() + 3 + l * fm.height(), slot + 4, fm.height()),
                               Qt::AlignHCenter | Qt::AlignTop, lines[l]);
    }
    setFont(LabelSize);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(area.left(), inner.bottom() - fm.height(), area.width(), fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, chart.xLabel);
}

void ChartPainter::paintScatter(const PackChart &chart, const QRectF &rect)
{
    QStringList legend;
    for (const PackSeries &series : chart.series)
        legend.append(series.name);
    QRectF inner = paintFrame(chart, rect, legend);

    double xMax = chart.xMax;
    double yMax = chart.yMax;
    for (const PackPoint &point : chart.points) {
        if (chart.xMax <= 0)
            xMax = std::max(xMax, point.x);
        if (chart.yMax <= 0)
            yMax = std::max(yMax, point.y);
    }
    double niceX = 1;
    double niceY = 1;
    const double xStep = niceAxisStep(xMax, 6, &niceX);
    const double yStep = niceAxisStep(yMax, 5, &niceY);

    setFont(LabelSize);
    const QFontMetricsF fm(m_painter.font(), m_painter.device());
    QRectF area = inner.adjusted(44 + fm.height() + 2, 4, -8, -(fm.height() + 4 + fm.height() + 4));
    if (area.width() < 20 || area.height() < 20)
        return;
    // Half a step of room beyond the last tick, so dots there are not cut by the frame.
    const double tickX = niceX;
    const double tickY = niceY;
    niceX += xStep / 2;
    niceY += yStep / 2;
    paintValueAxis(area, niceY, yStep, true, chart.yLabel, tickY);
    paintValueAxis(area, niceX, xStep, false, QString(), tickX);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(area.left(), inner.bottom() - fm.height(), area.width(), fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, chart.xLabel);

    if (chart.points.isEmpty()) {
        m_painter.drawText(area, Qt::AlignCenter, chart.series.isEmpty() ? QString() : QStringLiteral("—"));
        return;
    }
    // Dots first, then the labels that find a free place (never over another label).
    // Each dot is big enough for its count; dots of different series at the same
    // position sit side by side, in series order, so none hides another.
    setFont(SmallSize);
    const QFontMetricsF counts(m_painter.font(), m_painter.device());
    QList<qreal> radii;
    for (const PackPoint &point : chart.points) {
        const qreal radius = 3.2 + 2.2 * std::sqrt(double(std::max(0, point.weight - 1)));
        const qreal text = std::max(counts.horizontalAdvance(QString::number(point.weight)), counts.height());
        radii.append(point.weight > 1 ? std::max(radius, text / 2 + 1.2) : radius);
    }
    QList<qreal> shifts(chart.points.size(), 0.0);
    QList<bool> placed(chart.points.size(), false);
    for (int i = 0; i < chart.points.size(); ++i) {
        if (placed[i])
            continue;
        QList<int> cell;
        for (int j = i; j < chart.points.size(); ++j) {
            if (!placed[j] && chart.points[j].x == chart.points[i].x && chart.points[j].y == chart.points[i].y) {
                cell.append(j);
                placed[j] = true;
            }
        }
        std::stable_sort(cell.begin(), cell.end(),
                         [&](int a, int b) { return chart.points[a].group < chart.points[b].group; });
        constexpr qreal Gap = 1.5;
        qreal width = -Gap;
        for (int j : cell)
            width += 2 * radii[j] + Gap;
        qreal left = -width / 2;
        for (int j : cell) {
            shifts[j] = left + radii[j];
            left += 2 * radii[j] + Gap;
        }
    }
    QList<QRectF> taken;
    QList<std::pair<QPointF, qreal>> dots;
    for (int i = 0; i < chart.points.size(); ++i) {
        const PackPoint &point = chart.points[i];
        const QPointF centre(area.left() + area.width() * point.x / niceX + shifts[i],
                             area.bottom() - area.height() * point.y / niceY);
        const qreal radius = radii[i];
        QColor color = seriesColor(point.group);
        color.setAlphaF(0.85);
        m_painter.setPen(QPen(Qt::white, 0.6));
        m_painter.setBrush(color);
        m_painter.drawEllipse(centre, radius, radius);
        dots.append({centre, radius});
        taken.append(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
    }
    setFont(SmallSize);
    const QFontMetricsF small(m_painter.font(), m_painter.device());
    for (int i = 0; i < chart.points.size(); ++i) {
        const PackPoint &point = chart.points[i];
        // Named copies, not a structured binding: clang 14 (the fuzz build) cannot
        // capture bindings in the lambda below.
        const QPointF centre = dots[i].first;
        const qreal radius = dots[i].second;
        const QRectF dot(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        if (point.weight > 1) { // such a dot is sized to hold its count
            m_painter.setPen(Qt::white);
            m_painter.drawText(dot, Qt::AlignCenter, QString::number(point.weight));
        }
        if (point.label.isEmpty())
            continue;
        const QString text = small.elidedText(point.label, Qt::ElideRight, 90);
        const qreal width = small.horizontalAdvance(text);
        for (const QPointF offset : {QPointF(radius + 2, -small.height() / 2), QPointF(-radius - 2 - width, -small.height() / 2)}) {
            const QRectF box(centre + offset, QSizeF(width, small.height()));
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF &r) {
                return r.intersects(box) && r != dot;
            });
            if (free && area.adjusted(-2, -2, 2, 2).contains(box)) {
                m_painter.setPen(Ink);
                m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
                taken.append(box);
                break;
            }
        }
    }
}

} // namespace charter
