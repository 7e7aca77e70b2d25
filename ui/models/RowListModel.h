#pragma once

#include "CellIndex.h"
#include "undo/RowCommands.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUndoStack>

#include <algorithm>

namespace charter {

// The user-facing row operations of an editable list table, without its item type,
// for widgets such as RowTableEditor. Each is one undo step.
class RowListOperations
{
public:
    virtual ~RowListOperations() = default;
    // Inserts a new row at ROW (clamped); returns the row inserted.
    virtual int addRowAt(int row) = 0;
    virtual bool removeRowAt(int row) = 0;
    // Moves the row at FROM so that it ends up at index TO.
    virtual bool moveRowTo(int from, int to) = 0;
};

// Base of the editable list tables of the system editor (decision boundaries,
// escalation steps): a table over a QList<ITEM> owned by the record being edited,
// where every user edit (setData, add, remove, move) is pushed as a row command onto
// the record's QUndoStack; undo and redo apply the change and announce it with the
// proper begin/end signals, so views keep their selection and editors stay in place.
//
// Subclasses give the columns (columnCount, data, headerData, flags), how a cell edit
// changes an item (applyEdit) and the undo texts.
template <typename Item>
class RowListModel : public QAbstractTableModel, public RowEditTarget<Item>, public RowListOperations
{
public:
    RowListModel(QList<Item> *rows, QUndoStack *undoStack, QObject *parent)
        : QAbstractTableModel(parent), m_rows(rows), m_undoStack(undoStack)
    {
        // Undo, redo and other edits end a typing session (see editCell).
        QObject::connect(undoStack, &QUndoStack::indexChanged, this, [this] {
            if (!m_pushingTyping)
                endTyping();
        });
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows->size());
    }

    const QList<Item> &items() const { return *m_rows; }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        return role == Qt::EditRole && editCell(index, value, false);
    }

    // Sets the cell at INDEX to VALUE as one undo step; a TYPING edit (a keystroke in a
    // text field bound to the cell) merges with the typing before it in the same cell.
    bool editCell(const QModelIndex &index, const QVariant &value, bool typing)
    {
        if (!isCellOf(this, index))
            return false;
        const Item before = m_rows->at(index.row());
        Item after = before;
        if (!applyEdit(after, index.column(), value))
            return false;
        if (after == before)
            return true;
        if (!typing || index.row() != m_typedRow || index.column() != m_typedColumn)
            endTyping();
        m_typedRow = typing ? index.row() : -1;
        m_typedColumn = typing ? index.column() : -1;
        m_pushingTyping = typing;
        m_undoStack->push(new ReplaceRowCommand<Item>(this, index.row(), before, after,
                                                      editText(index.column()),
                                                      typing ? index.column() : -1, m_typingSession));
        m_pushingTyping = false;
        return true;
    }
    // Closes the current typing session (e.g. the text field lost focus).
    void endTyping() { ++m_typingSession; }

    // User operations, each one undo step.
    int addRow(int row, const Item &item)
    {
        row = std::clamp(row, 0, rowCount());
        m_undoStack->push(new InsertRowCommand<Item>(this, row, item, addText()));
        return row;
    }
    int addRowAt(int row) override { return addRow(row, newItem(row)); }
    bool removeRowAt(int row) override
    {
        if (row < 0 || row >= rowCount())
            return false;
        m_undoStack->push(new RemoveRowCommand<Item>(this, row, removeText()));
        return true;
    }
    bool moveRowTo(int from, int to) override
    {
        if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
            return false;
        m_undoStack->push(new MoveRowCommand<Item>(this, from, to, moveText()));
        return true;
    }

    // The list was replaced as a whole (another record loaded).
    void reload()
    {
        beginResetModel();
        endResetModel();
    }

    // RowEditTarget: direct changes, called by the commands.
    Item rowItem(int row) const override { return m_rows->at(row); }
    void insertRowItem(int row, const Item &item) override
    {
        beginInsertRows(QModelIndex(), row, row);
        m_rows->insert(row, item);
        endInsertRows();
    }
    void removeRowItem(int row) override
    {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows->removeAt(row);
        endRemoveRows();
    }
    void moveRowItem(int from, int to) override
    {
        // beginMoveRows wants the destination before which the row lands, in the list
        // as it is before the move.
        const int destination = to > from ? to + 1 : to;
        if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), destination))
            return;
        m_rows->move(from, to);
        endMoveRows();
    }
    void replaceRowItem(int row, const Item &item) override
    {
        (*m_rows)[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

protected:
    // The item a new row at ROW starts with.
    virtual Item newItem(int row) const
    {
        Q_UNUSED(row);
        return Item();
    }
    // Changes ITEM as an edit of COLUMN to VALUE; false when VALUE is not acceptable.
    virtual bool applyEdit(Item &item, int column, const QVariant &value) const = 0;
    virtual QString editText(int column) const = 0;
    virtual QString addText() const = 0;
    virtual QString removeText() const = 0;
    virtual QString moveText() const = 0;

    QList<Item> *m_rows;
    QUndoStack *m_undoStack;

private:
    int m_typingSession = 0;
    int m_typedRow = -1;
    int m_typedColumn = -1;
    bool m_pushingTyping = false;
};

} // namespace charter
