#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;

namespace charter {

class PersonDraft;
class PersonForm;

// Adds someone to the people directory from where they are needed (the system editor's
// "New Person…"): the person form in a small dialog, Add enabled once the entry is
// valid. The caller stores the result.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonDialog(const Person &proposal, QWidget *parent = nullptr);

    Person person() const;

    // Runs the dialog; the person to add, or nullopt when cancelled.
    static std::optional<Person> ask(QWidget *parent, const Person &proposal);

private:
    void updateButtons();

    PersonDraft *m_draft;
    PersonForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace charter
