#pragma once

#include <QAbstractItemModel>

namespace charter {

// True when INDEX is a cell of MODEL, a flat table. Unlike checkIndex it stays quiet
// for an invalid index, which views and QAbstractItemModelTester pass on purpose.
inline bool isCellOf(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && index.model() == model && !index.parent().isValid()
        && index.row() < model->rowCount() && index.column() < model->columnCount();
}

} // namespace charter
