#include "RiskTierDelegate.h"

#include "models/RegistryModel.h"
#include "theme/Colours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace charter {

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalMargin = 3;

} // namespace

void RiskTierDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant tierValue = index.data(RegistryModel::RiskTierRole);
    if (!tierValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell background (selection, alternating rows) comes from the style.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString label = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const TierColours colours = tierColours(RiskTier(tierValue.toInt()));
    QFont font = cell.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(label) + 2 * HorizontalPadding;
    const int height = qMin(option.rect.height() - 2 * VerticalMargin, metrics.height() + 4);
    QRect badge(0, 0, qMin(width, option.rect.width() - 4), height);
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.foreground);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, label);
    painter->restore();
}

QSize RiskTierDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString())
        + 2 * HorizontalPadding + 8;
    size.setWidth(qMax(size.width(), width));
    size.setHeight(qMax(size.height(), metrics.height() + 4 + 2 * VerticalMargin));
    return size;
}

} // namespace charter
