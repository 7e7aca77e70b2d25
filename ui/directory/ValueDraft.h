#pragma once

#include "editor/RecordDraft.h"
#include "undo/ReplaceRecordCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace charter {

// A RecordDraft over a plain value record with an id (Person, Vendor): the working
// copy, the stored copy, loading, saving and an undoable revert. Subclasses map the
// fields (value, writeValue, fieldLabel) and validate.
template <typename Record>
class ValueDraft : public RecordDraft
{
public:
    using RecordDraft::RecordDraft;

    ~ValueDraft() override { undoStack()->clear(); }

    // Starts editing RECORD (id 0: a new one); forgets the history.
    void load(const Record &record)
    {
        resetHistory();
        m_stored = record;
        m_record = record;
        notifyReloaded();
    }
    // RECORD was stored (with its id): it becomes the stored copy; history stays.
    void markSaved(const Record &record)
    {
        m_stored = record;
        m_record.id = record.id;
        if (!(m_record == record)) {
            m_record = record;
            notifyReloaded();
        } else {
            notifyChanged();
        }
        undoStack()->setClean();
    }
    // Back to the stored copy, as one undo step.
    void revert()
    {
        if (m_record == m_stored)
            return;
        undoStack()->push(new ReplaceRecordCommand<ValueDraft<Record>, Record>(
            this, m_record, m_stored,
            QCoreApplication::translate("charter::ValueDraft", "Revert to the saved entry")));
    }
    // Used by ReplaceRecordCommand: RECORD's content with this draft's id.
    void applyRecord(const Record &record)
    {
        m_record = record;
        m_record.id = m_stored.id;
        notifyReloaded();
    }

    bool isNew() const { return m_stored.id == 0; }
    const Record &record() const { return m_record; }
    const Record &stored() const { return m_stored; }

protected:
    bool differsFromStored() const override { return !(m_record == m_stored); }

    Record m_record;
    Record m_stored;
};

} // namespace charter
