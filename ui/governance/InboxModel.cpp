#include "InboxModel.h"

#include "domain/Enums.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace charter {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InboxModel::setItems(QList<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::taskLabel(InboxItem::Task task)
{
    switch (task) {
    case InboxItem::Task::Sign:
        return tr("Sign-off");
    case InboxItem::Task::Resign:
        return tr("Re-sign");
    case InboxItem::Task::Decide:
        return tr("Decide");
    case InboxItem::Task::AddressChanges:
        return tr("Address changes");
    case InboxItem::Task::ReReview:
        return tr("Re-review");
    }
    return QString();
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = m_items.at(index.row());
    if (role == SystemIdRole)
        return item.systemId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SystemColumn:
            return item.systemName;
        case StateColumn:
            return enumLabel(item.state);
        case TaskColumn:
            return item.text;
        case SinceColumn:
            return item.since.isValid() ? QLocale().toString(item.since.toLocalTime().date(), QLocale::ShortFormat)
                                        : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TaskColumn)
        return QString(taskLabel(item.task) + u": "_s + item.text);
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn:
        return tr("System");
    case StateColumn:
        return tr("State");
    case TaskColumn:
        return tr("What to do");
    case SinceColumn:
        return tr("Waiting since");
    }
    return {};
}

} // namespace charter
