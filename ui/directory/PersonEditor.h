#pragma once

#include "EntryEditor.h"
#include "domain/Person.h"

class QLabel;
class QTreeWidget;

namespace charter {

class DirectoryStore;
class PersonDraft;
class PersonForm;

// Edits one entry of the people directory (or a new one): the person form in the
// EntryEditor frame, stored through DirectoryStore (validated and audited), and below
// it every place the register names the person (ownership roles, escalation steps);
// Enter or a double-click there opens the system.
class PersonEditor : public EntryEditor
{
    Q_OBJECT

public:
    explicit PersonEditor(DirectoryStore *directory, QWidget *parent = nullptr);

    // Start editing PERSON, or a new person; both ask about unsaved edits first and
    // return false when the user cancels.
    bool editPerson(const Person &person);
    bool newPerson();
    void clear() override;

    PersonDraft *draft() const { return m_draft; }
    PersonForm *form() const { return m_form; }
    qint64 personId() const;
    // Reads the person's roles in the register again.
    void refreshRoles();
    QTreeWidget *rolesView() const { return m_roles; }

signals:
    void openSystemRequested(qint64 systemId);

protected:
    bool isNewEntry() const override;
    QString entryName() const override;
    Status store(qint64 *id) override;
    void discardEdits() override;
    void revertEdits() override;

private:
    DirectoryStore *m_directory;
    PersonDraft *m_draft;
    PersonForm *m_form;
    QLabel *m_rolesTitle;
    QTreeWidget *m_roles;
};

} // namespace charter
