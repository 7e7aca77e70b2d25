#pragma once

#include "register/RecordValidation.h"

#include <QObject>
#include <QSet>
#include <QVariant>

class QUndoStack;

namespace charter {

// A record being edited (a system, a person, a vendor): its fields as QVariants by
// field number, every change a QUndoCommand on the draft's own QUndoStack, whether it
// differs from what is stored, and its validation problems. Widgets bind to fields
// through FieldBinder; they never change the record directly.
//
// Subclasses define the field numbers (an enum), read and write the record, and say
// which validation problem belongs to which field.
class RecordDraft : public QObject
{
    Q_OBJECT

public:
    enum class EditKind {
        Discrete, // a choice, a date, a number: one undo step each
        Typing,   // a keystroke: merges with the typing before it in the same field
    };

    explicit RecordDraft(QObject *parent = nullptr);
    ~RecordDraft() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    virtual QVariant value(int field) const = 0;
    // Label of FIELD for undo texts ("Undo Change Name").
    virtual QString fieldLabel(int field) const = 0;

    // Sets FIELD to VALUE as an undoable edit; nothing happens when it already holds it.
    void edit(int field, const QVariant &value, EditKind kind = EditKind::Discrete);
    // Closes the current typing session: the next keystroke starts a new undo step.
    void endTyping() { ++m_typingSession; }

    // Writes VALUE into FIELD without recording an edit (undo commands call this).
    void applyValue(int field, const QVariant &value);

    // True when the record differs from the stored one.
    bool isModified() const { return m_modified; }

    // Validation: all problems of the record, and those shown next to the fields. A
    // field's problem shows once the field was edited, or after a save was attempted.
    virtual QList<FieldProblem> problems() const = 0;
    QList<FieldProblem> visibleProblems() const;
    bool hasProblems() const { return !problems().isEmpty(); }
    void revealAllProblems();
    void markTouched(const QString &fieldKey);
    // Key of FIELD in FieldProblem::field, empty when it has no validation.
    virtual QString problemKey(int field) const;

signals:
    void valueChanged(int field);
    // The whole record was replaced (loaded, reverted): every widget refreshes.
    void reloaded();
    // Anything changed (a field, a row of a list, the whole record).
    void changed();
    void modifiedChanged(bool modified);
    void problemsChanged();

protected:
    virtual void writeValue(int field, const QVariant &value) = 0;
    virtual bool differsFromStored() const = 0;

    // Subclasses call these after changing the record by other means than a field.
    void notifyChanged();
    void notifyReloaded();
    // Forget the history and what was touched (a different record was loaded).
    void resetHistory();

private:
    QUndoStack *m_undoStack;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    bool m_modified = false;
    int m_typingSession = 0;
    int m_lastTypedField = -1;
    bool m_pushingTyping = false;
};

} // namespace charter
