#pragma once

#include "BoardPack.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace charter {

// Draws a board-pack chart (bar, stacked bar, scatter) with QPainter alone, so the PDF
// and the HTML images need neither widgets nor Qt Charts: title, axes with nice ticks,
// axis labels, value labels and a legend, all inside the given rectangle. Sizes are in
// the painter's logical units, meant as typographic points (the PDF renderer scales
// its painter so one unit is 1/72 inch); fonts use pixel sizes in those units, so the
// chart looks the same on a PDF page and on an image.
class ChartPainter {
public:
    explicit ChartPainter(QPainter &painter) : m_painter(painter) {}

    void paint(const PackChart &chart, const QRectF &rect);

    // The colour of series INDEX (Okabe-Ito: distinguishable in colour-blind vision and
    // in greyscale print order).
    static QColor seriesColor(int index);
    // DejaVu Sans (or MONO: DejaVu Sans Mono) of SIZE logical units on DEVICE, whatever its resolution.
    static QFont font(qreal size, const QPaintDevice *device, bool bold = false, bool mono = false);

    // CHART drawn on a white image of SIZE points at SCALE pixels per point.
    static QImage render(const PackChart &chart, const QSizeF &size, qreal scale = 2.0);

private:
    struct Plot {
        QRectF area;   // where the data is drawn
        double yMax = 1;
        double yStep = 1;
    };
    QRectF paintFrame(const PackChart &chart, const QRectF &rect, const QStringList &legend);
    // Ticks every STEP from 0 to LASTTICK (-1: MAX); MAX is the top of the scale.
    void paintValueAxis(const QRectF &area, double max, double step, bool vertical, const QString &label,
                        double lastTick = -1);
    void paintBars(const PackChart &chart, const QRectF &rect);
    void paintScatter(const PackChart &chart, const QRectF &rect);
    void setFont(qreal size, bool bold = false);

    QPainter &m_painter;
};

// A "nice" axis step (1, 2 or 5 times a power of ten) that divides 0..MAX into about
// TICKS intervals; MAX is raised to a whole number of steps.
double niceAxisStep(double max, int ticks, double *niceMax);

} // namespace charter
