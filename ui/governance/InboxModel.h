#pragma once

#include "governance/WorkflowService.h"

#include <QAbstractTableModel>
#include <QList>

namespace charter {

// What waits for the acting account (WorkflowService::inbox(), the same query as
// `charter-cli inbox`), one row per task: system, state, what to do and why, since when.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SystemColumn, StateColumn, TaskColumn, SinceColumn, ColumnCount };
    enum Role { SystemIdRole = Qt::UserRole + 1 };

    explicit InboxModel(QObject *parent = nullptr);

    void setItems(QList<InboxItem> items);
    const QList<InboxItem> &items() const { return m_items; }
    const InboxItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Sign-off", "Re-sign", "Decide", "Address changes", "Re-review" (translated).
    static QString taskLabel(InboxItem::Task task);

private:
    QList<InboxItem> m_items;
};

} // namespace charter
