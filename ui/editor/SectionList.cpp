#include "SectionList.h"

#include "theme/Colours.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace charter {

namespace {

constexpr int GapCountRole = Qt::UserRole + 1;

class SectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const int count = index.data(GapCountRole).toInt();
        const QString badge = count > 0 ? QStringLiteral("\u26A0 %1").arg(count) : QString();
        const int badgeWidth = badge.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(badge) + 8;
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect textRect = opt.rect.adjusted(10, 0, -(badgeWidth + 8), 0);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
        if (!badge.isEmpty()) {
            painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                     : warningColour(opt.palette));
            painter->drawText(opt.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, badge);
        }
        painter->restore();
    }
};

} // namespace

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new SectionDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
}

void SectionList::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title, this);
    item->setData(GapCountRole, 0);
}

void SectionList::setGapCount(int row, int count)
{
    QListWidgetItem *entry = item(row);
    if (!entry || entry->data(GapCountRole).toInt() == count)
        return;
    entry->setData(GapCountRole, count);
    const QString title = entry->text();
    entry->setToolTip(count == 0 ? tr("%1: every question answered").arg(title)
                                 : (count == 1 ? tr("%1: 1 unanswered question").arg(title)
                                               : tr("%1: %n unanswered questions", nullptr, count).arg(title)));
}

int SectionList::gapCount(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(GapCountRole).toInt() : 0;
}

QSize SectionList::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return {width + fontMetrics().horizontalAdvance(QStringLiteral("\u26A0 99")) + 36,
            QListWidget::sizeHint().height()};
}

} // namespace charter
