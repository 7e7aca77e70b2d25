#pragma once

#include "editor/UnsavedChangesPrompt.h"
#include "util/Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace charter {

class MessageBar;
class RecordDraft;

// The frame shared by the directory editors (person, vendor profile): a header with
// the entry's name and state and the Undo, Redo, Revert and Save buttons, an inline
// message bar, then the subclass's form. Saving validates first (problems show next to
// the fields); a failed save shows in the message bar and keeps the edits; leaving an
// entry with unsaved edits asks Save / Discard / Cancel.
class EntryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntryEditor(QWidget *parent = nullptr);

    bool save();
    void revert();
    // Unsaved edits: asks Save / Discard / Cancel. True when the entry may be left.
    bool confirmLeave();
    // Stops editing without asking.
    virtual void clear() = 0;

    bool isEditing() const { return m_editing; }
    // True while save() writes (directory models change under the lists meanwhile).
    bool isSaving() const { return m_saving; }
    bool isModified() const;
    QUndoStack *undoStack() const;
    MessageBar *messageBar() const { return m_messageBar; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }

    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }

signals:
    void saved(qint64 id);
    // Editing started or stopped, or the modified state changed.
    void stateChanged();

protected:
    // Subclasses call setDraft once, from their constructor.
    void setDraft(RecordDraft *draft);
    QVBoxLayout *content() const { return m_content; }
    void setEditing(bool editing);
    void updateHeader();

    virtual bool isNewEntry() const = 0;
    virtual QString entryName() const = 0;
    // Adds or updates the entry; sets *ID to its id.
    virtual Status store(qint64 *id) = 0;
    // Drops the edits (back to the stored entry, history forgotten).
    virtual void discardEdits() = 0;
    virtual void revertEdits() = 0;

private:
    RecordDraft *m_draft = nullptr;
    bool m_editing = false;
    bool m_saving = false;
    UnsavedChangesPrompt m_prompt;
    MessageBar *m_messageBar;
    QLabel *m_title;
    QLabel *m_state;
    QVBoxLayout *m_content;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_saveAction;
    QAction *m_revertAction;
};

} // namespace charter
