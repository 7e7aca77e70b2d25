#pragma once

#include "EditorForms.h"
#include "SystemDraft.h"

#include <QHash>

namespace charter {

class DirectoryPicker;
class FieldBinder;
class PeopleModel;

// The five ownership roles, each a person from the people directory: a searchable list
// of names, "Unknown — nobody named" (a gap), and "New Person…" for someone who is not
// in the directory yet (the editor adds them, then names them in the role).
class OwnershipSection : public EditorSection
{
    Q_OBJECT

public:
    OwnershipSection(FieldBinder *binder, PeopleModel *people, QWidget *parent = nullptr);

    DirectoryPicker *picker(SystemField role) const { return m_pickers.value(role); }


signals:
    // The user wants a new person for ROLE; TYPEDNAME is what they typed, if anything.
    void newPersonRequested(charter::SystemField role, const QString &typedName);

private:
    QHash<SystemField, DirectoryPicker *> m_pickers;
};

} // namespace charter
