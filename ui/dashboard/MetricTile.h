#pragma once

#include "reporting/PortfolioMetrics.h"

#include <QAbstractButton>

namespace charter {

// One dashboard tile: a big number over its label, clickable (and focusable: Enter or
// Space) to open the registry scoped to the systems behind it. Alert tiles with a
// non-zero number draw it in the warning colour. Colours come from the palette.
class MetricTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit MetricTile(QWidget *parent = nullptr);

    void setMetric(const MetricElement &metric);
    const MetricElement &metric() const { return m_metric; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    MetricElement m_metric;
    bool m_hovered = false;
};

} // namespace charter
