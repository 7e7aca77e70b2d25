#include "BoundaryTableModel.h"

#include "theme/Colours.h"

#include <QGuiApplication>
#include <QPalette>

namespace charter {

BoundaryTableModel::BoundaryTableModel(QList<DecisionBoundary> *rows, QUndoStack *undoStack,
                                       QObject *parent)
    : RowListModel<DecisionBoundary>(rows, undoStack, parent)
{
}

int BoundaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

const QString &textOf(const DecisionBoundary &boundary, int column)
{
    switch (column) {
    case BoundaryTableModel::InterventionColumn:
        return boundary.humanIntervention;
    case BoundaryTableModel::FailureColumn:
        return boundary.failureHandling;
    case BoundaryTableModel::UncertaintyColumn:
        return boundary.uncertaintyReporting;
    default:
        return boundary.decision;
    }
}

bool isGap(const DecisionBoundary &boundary, int column)
{
    if (column == BoundaryTableModel::InfluenceColumn)
        return boundary.influence == InfluenceLevel::Unknown;
    return textOf(boundary, column).trimmed().isEmpty();
}

} // namespace

QVariant BoundaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCellOf(this, index))
        return {};
    const DecisionBoundary &boundary = m_rows->at(index.row());
    const int column = index.column();
    const bool gap = isGap(boundary, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == InfluenceColumn)
            return enumLabel(boundary.influence);
        if (gap)
            return column == DecisionColumn ? tr("Not described") : tr("Unknown");
        return textOf(boundary, column);
    case Qt::EditRole:
        if (column == InfluenceColumn)
            return int(boundary.influence);
        return textOf(boundary, column);
    case Qt::ToolTipRole:
        if (gap)
            return tr("Unknown: a gap that counts as risk. Double-click or press F2 to answer.");
        return column == InfluenceColumn ? QVariant() : QVariant(textOf(boundary, column));
    case Qt::ForegroundRole:
        if (gap || (column == InfluenceColumn && boundary.influence == InfluenceLevel::Autonomous))
            return warningColour(QGuiApplication::palette());
        return {};
    case IsGapRole:
        return gap;
    }
    return {};
}

QVariant BoundaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DecisionColumn:
        return tr("Decision");
    case InfluenceColumn:
        return tr("Influence");
    case InterventionColumn:
        return tr("Human steps in when");
    case FailureColumn:
        return tr("Failure handling");
    case UncertaintyColumn:
        return tr("Uncertainty reported");
    }
    return {};
}

Qt::ItemFlags BoundaryTableModel::flags(const QModelIndex &index) const
{
    if (!isCellOf(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool BoundaryTableModel::applyEdit(DecisionBoundary &item, int column, const QVariant &value) const
{
    switch (column) {
    case DecisionColumn:
        item.decision = value.toString();
        return true;
    case InfluenceColumn: {
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || level < int(InfluenceLevel::Unknown) || level > int(InfluenceLevel::Prohibited))
            return false;
        item.influence = InfluenceLevel(level);
        return true;
    }
    case InterventionColumn:
        item.humanIntervention = value.toString();
        return true;
    case FailureColumn:
        item.failureHandling = value.toString();
        return true;
    case UncertaintyColumn:
        item.uncertaintyReporting = value.toString();
        return true;
    }
    return false;
}

QString BoundaryTableModel::editText(int column) const
{
    return tr("Edit decision boundary: %1").arg(headerData(column, Qt::Horizontal).toString());
}

QString BoundaryTableModel::addText() const
{
    return tr("Add decision boundary");
}

QString BoundaryTableModel::removeText() const
{
    return tr("Remove decision boundary");
}

QString BoundaryTableModel::moveText() const
{
    return tr("Move decision boundary");
}

} // namespace charter
