#include "OwnershipSection.h"

#include "DirectoryPicker.h"
#include "FieldBinder.h"
#include "models/PeopleModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace charter {

OwnershipSection::OwnershipSection(FieldBinder *binder, PeopleModel *people, QWidget *parent)
    : EditorSection(tr("Ownership"),
                    tr("Who answers for this system. Each role is one person from the people "
                       "directory; a role nobody holds is a gap."),
                    parent)
{
    struct Role {
        SystemField field;
        QString label;
        QString description;
    };
    const Role roles[] = {
        {SystemField::AccountableOwner, tr("Accountable owner:"),
         tr("Answers for the system's outcomes and signs for it.")},
        {SystemField::BusinessOwner, tr("Business owner:"),
         tr("Uses the output and decides on it.")},
        {SystemField::TechnicalOwner, tr("Technical owner:"), tr("Maintains the system.")},
        {SystemField::SupportOwner, tr("Support owner:"), tr("Supports it when it fails.")},
        {SystemField::ItContact, tr("IT contact:"), tr("IT's point of contact for the system.")},
    };
    const QList<DirectoryPicker::FixedChoice> nobody = {
        {tr("Unknown \u2014 nobody named"), 0, true, tr("Nobody is named: a gap that counts as risk.")}};

    QFormLayout *form = EditorForms::form();
    for (const Role &role : roles) {
        auto *picker = new DirectoryPicker(people, PeopleModel::PersonIdRole, nobody,
                                           tr("New Person\u2026"), this);
        const QString name = SystemDraft::label(role.field);
        picker->setAccessibleNames(name, tr("New person as %1").arg(name.toLower()));
        picker->setToolTip(role.description);
        binder->bind(picker, int(role.field));
        connect(picker, &DirectoryPicker::newRequested, this,
                [this, field = role.field](const QString &typed) { emit newPersonRequested(field, typed); });
        m_pickers.insert(role.field, picker);

        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(picker);
        cell->addWidget(EditorForms::hint(role.description, this));
        form->addRow(role.label, cell);
    }
    body()->addLayout(form);
    body()->addStretch(1);
}

} // namespace charter
