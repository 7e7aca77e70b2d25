#pragma once

#include "DirectoryView.h"

namespace charter {

class DirectoryStore;
class PersonEditor;

// The people directory: a filterable list of everyone (name, e-mail, title,
// department, phone) beside the editor of the selected person, and "New Person".
class PeopleDirectoryView : public DirectoryView
{
    Q_OBJECT

public:
    explicit PeopleDirectoryView(DirectoryStore *directory, QWidget *parent = nullptr);

    PersonEditor *editor() const { return m_editor; }

    // Selects (and edits) the person with ID; false when not listed or cancelled.
    bool selectPerson(qint64 id) { return selectEntry(id); }
    bool newPerson() { return newEntry(); }

protected:
    int sourceRowOf(qint64 id) const override;
    qint64 editedId() const override;
    bool editEntry(qint64 id) override;
    bool startNewEntry() override;

private:
    DirectoryStore *m_directory;
    PersonEditor *m_editor;
};

} // namespace charter
