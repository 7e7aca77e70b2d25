#pragma once

#include <QStyledItemDelegate>

namespace charter {

// Paints a risk tier as a coloured badge ("High" on orange). Reads the tier from
// RegistryModel::RiskTierRole and the label from Qt::DisplayRole.
class RiskTierDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace charter
