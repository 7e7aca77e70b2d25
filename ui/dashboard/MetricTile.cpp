#include "MetricTile.h"

#include "theme/Colours.h"

#include <QPainter>
#include <QPainterPath>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace charter {

MetricTile::MetricTile(QWidget *parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MetricTile::setMetric(const MetricElement &metric)
{
    m_metric = metric;
    setObjectName(u"tile_"_s + metric.key);
    setText(metric.label);
    setAccessibleName(tr("%1: %2").arg(metric.label).arg(metric.value));
    setToolTip(metric.value > 0 ? tr("Show these %n system(s) in the registry", nullptr, metric.value)
                                : tr("No system"));
    update();
}

QSize MetricTile::sizeHint() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    const int height = QFontMetrics(big).height() + fontMetrics().height() * 2 + 24;
    return {fontMetrics().horizontalAdvance(m_metric.label) / 2 + 48, height};
}

QSize MetricTile::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, sizeHint().height()};
}

void MetricTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);

    QPainterPath path;
    path.addRoundedRect(frame, 8, 8);
    painter.fillPath(path, m_hovered || isDown() ? blend(base, highlight, 0.12) : base);
    painter.setPen(QPen(hasFocus() ? highlight : blend(base, pal.color(QPalette::Text), 0.2),
                        hasFocus() ? 2 : 1));
    painter.drawPath(path);

    const bool warn = m_metric.alert && m_metric.value > 0;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    const QRect inner = rect().adjusted(12, 8, -12, -8);
    const int bigHeight = QFontMetrics(big).height();
    painter.setFont(big);
    painter.setPen(warn ? warningColour(pal) : pal.color(QPalette::Text));
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), bigHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QLocale().toString(m_metric.value));

    painter.setFont(font());
    painter.setPen(mutedColour(pal));
    const QRect labelRect(inner.left(), inner.top() + bigHeight + 2, inner.width(),
                          inner.height() - bigHeight - 2);
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_metric.label);
}

void MetricTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void MetricTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace charter
