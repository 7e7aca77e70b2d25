#pragma once

#include "RowListModel.h"
#include "domain/AiSystem.h"

namespace charter {

// A system's decision boundaries as an editable table: the decision, its influence
// level (EditRole: int(InfluenceLevel)), when a human must step in, how failures are
// handled and what uncertainty the system reports. Every edit is an undo step on the
// editor's QUndoStack (see RowListModel). Unknown answers show "Unknown" in the
// warning colour; IsGapRole marks them.
class BoundaryTableModel : public RowListModel<DecisionBoundary>
{
    Q_OBJECT

public:
    enum Column {
        DecisionColumn,
        InfluenceColumn,
        InterventionColumn,
        FailureColumn,
        UncertaintyColumn,
        ColumnCount
    };
    enum Role { IsGapRole = Qt::UserRole + 1 };

    BoundaryTableModel(QList<DecisionBoundary> *rows, QUndoStack *undoStack, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool applyEdit(DecisionBoundary &item, int column, const QVariant &value) const override;
    QString editText(int column) const override;
    QString addText() const override;
    QString removeText() const override;
    QString moveText() const override;
};

} // namespace charter
