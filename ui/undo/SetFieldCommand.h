#pragma once

#include <QUndoCommand>
#include <QVariant>

namespace charter {

class RecordDraft;

// Sets one field of a record being edited (RecordDraft) from one value to another.
// Typing edits (a keystroke in a text field) merge with the typing command before them
// when they change the same field in the same typing session, so one undo step takes
// back a whole word or sentence; a typing session ends when the field loses focus or
// another field is edited (RecordDraft::endTyping). A merge that returns the field to
// its first value makes the command obsolete, and QUndoStack drops it.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(RecordDraft *draft, int field, QVariant before, QVariant after, bool typing,
                    int typingSession, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int field() const { return m_field; }

private:
    RecordDraft *m_draft;
    int m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_typing;
    int m_session;
};

} // namespace charter
