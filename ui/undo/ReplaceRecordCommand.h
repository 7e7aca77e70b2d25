#pragma once

#include <QUndoCommand>

namespace charter {

// Replaces the whole content of a record being edited, e.g. "Revert" or "Load their
// version" after a conflict, so even those can be undone and no input is ever lost.
// DRAFT must offer applyRecord(const RECORD &), which keeps the record's bookkeeping
// (id, version) and replaces everything else.
template <typename Draft, typename Record>
class ReplaceRecordCommand : public QUndoCommand
{
public:
    ReplaceRecordCommand(Draft *draft, Record before, Record after, const QString &text)
        : QUndoCommand(text), m_draft(draft), m_before(std::move(before)),
          m_after(std::move(after)) {}
    void redo() override { m_draft->applyRecord(m_after); }
    void undo() override { m_draft->applyRecord(m_before); }

private:
    Draft *m_draft;
    Record m_before;
    Record m_after;
};

} // namespace charter
