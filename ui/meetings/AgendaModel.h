#pragma once

#include "meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace charter {

// One meeting's agenda in its order: each item's title, why it is there (kind and
// reason) and the decision recorded on it. Rows can be dragged to a new place; the
// model does not move them itself but asks (moveRequested) so MeetingService decides
// and the agenda is read again.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PositionColumn, TitleColumn, KindColumn, ReasonColumn, DecisionColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, SystemIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setAgenda(const QList<AgendaItem> &items, const QList<MeetingDecision> &decisions);
    const QList<AgendaItem> &items() const { return m_items; }
    // The decision on ITEMID, or null.
    const MeetingDecision *decisionFor(qint64 itemId) const;
    // Lets rows be dragged (open meetings only).
    void setMovable(bool movable) { m_movable = movable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // 1-based positions, as MeetingService::moveItem takes them.
    void moveRequested(int from, int to);

private:
    QList<AgendaItem> m_items;
    QHash<qint64, MeetingDecision> m_decisions; // by item id
    bool m_movable = true;
};

} // namespace charter
