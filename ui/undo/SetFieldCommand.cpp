#include "SetFieldCommand.h"

#include "editor/RecordDraft.h"

namespace charter {

namespace {
constexpr int TypingMergeId = 0x43480001; // "CH" + 1: only typing commands merge
}

SetFieldCommand::SetFieldCommand(RecordDraft *draft, int field, QVariant before, QVariant after,
                                 bool typing, int typingSession, const QString &text)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_typing(typing)
    , m_session(typingSession)
{
}

void SetFieldCommand::undo()
{
    m_draft->applyValue(m_field, m_before);
}

void SetFieldCommand::redo()
{
    m_draft->applyValue(m_field, m_after);
}

int SetFieldCommand::id() const
{
    return m_typing ? TypingMergeId : -1;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    // Same id means another typing SetFieldCommand.
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_draft != m_draft || next->m_field != m_field || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace charter
