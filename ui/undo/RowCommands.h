#pragma once

#include <QUndoCommand>

namespace charter {

// What the row commands edit: an ordered list of ITEMs shown by a model, which applies
// each change directly and announces it (beginInsertRows and friends). The model's
// user-facing operations push these commands; undo and redo call back here.
template <typename Item>
class RowEditTarget
{
public:
    virtual ~RowEditTarget() = default;
    virtual Item rowItem(int row) const = 0;
    virtual void insertRowItem(int row, const Item &item) = 0;
    virtual void removeRowItem(int row) = 0;
    // Moves the row at FROM so that it ends up at index TO.
    virtual void moveRowItem(int from, int to) = 0;
    virtual void replaceRowItem(int row, const Item &item) = 0;
};

// Inserts ITEM at ROW.
template <typename Item>
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(RowEditTarget<Item> *target, int row, Item item, const QString &text)
        : QUndoCommand(text), m_target(target), m_row(row), m_item(std::move(item)) {}
    void redo() override { m_target->insertRowItem(m_row, m_item); }
    void undo() override { m_target->removeRowItem(m_row); }

private:
    RowEditTarget<Item> *m_target;
    int m_row;
    Item m_item;
};

// Removes the row at ROW, keeping its content for undo.
template <typename Item>
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(RowEditTarget<Item> *target, int row, const QString &text)
        : QUndoCommand(text), m_target(target), m_row(row), m_item(target->rowItem(row)) {}
    void redo() override { m_target->removeRowItem(m_row); }
    void undo() override { m_target->insertRowItem(m_row, m_item); }

private:
    RowEditTarget<Item> *m_target;
    int m_row;
    Item m_item;
};

// Moves the row at FROM to index TO (up or down by any distance).
template <typename Item>
class MoveRowCommand : public QUndoCommand
{
public:
    MoveRowCommand(RowEditTarget<Item> *target, int from, int to, const QString &text)
        : QUndoCommand(text), m_target(target), m_from(from), m_to(to) {}
    void redo() override { m_target->moveRowItem(m_from, m_to); }
    void undo() override { m_target->moveRowItem(m_to, m_from); }

private:
    RowEditTarget<Item> *m_target;
    int m_from;
    int m_to;
};

// Replaces the content of the row at ROW (one cell edited). A typing edit (MERGECOLUMN
// >= 0) merges with the typing edit before it when it changes the same cell of the
// same list in the same typing session, so a sentence typed is one undo step.
template <typename Item>
class ReplaceRowCommand : public QUndoCommand
{
public:
    ReplaceRowCommand(RowEditTarget<Item> *target, int row, Item before, Item after,
                      const QString &text, int mergeColumn = -1, int typingSession = 0)
        : QUndoCommand(text), m_target(target), m_row(row), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeColumn(mergeColumn), m_session(typingSession) {}
    void redo() override { m_target->replaceRowItem(m_row, m_after); }
    void undo() override { m_target->replaceRowItem(m_row, m_before); }
    int id() const override { return m_mergeColumn >= 0 ? 0x43480002 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // The same id is used by every item type: check the type first.
        const auto *next = dynamic_cast<const ReplaceRowCommand<Item> *>(other);
        if (!next || next->m_target != m_target || next->m_row != m_row
            || next->m_mergeColumn != m_mergeColumn || next->m_session != m_session)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    RowEditTarget<Item> *m_target;
    int m_row;
    Item m_before;
    Item m_after;
    int m_mergeColumn;
    int m_session;
};

} // namespace charter
