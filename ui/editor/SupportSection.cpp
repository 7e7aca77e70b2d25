#include "SupportSection.h"

#include "FieldBinder.h"
#include "SystemDraft.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace charter {

SupportSection::SupportSection(FieldBinder *binder, QWidget *parent)
    : EditorSection(tr("Support model"),
                    tr("Who keeps the system running, how it is updated, and what happens when "
                       "something goes wrong."),
                    parent)
{
    using F = SystemField;
    QFormLayout *form = EditorForms::form();
    QComboBox *maintainer = EditorForms::enumCombo<Maintainer>(this, SystemDraft::label(F::Maintainer));
    binder->bind(maintainer, int(F::Maintainer));
    QPlainTextEdit *updates = EditorForms::textArea(this, SystemDraft::label(F::UpdatePolicy), 3);
    binder->bind(updates, int(F::UpdatePolicy));
    QPlainTextEdit *issues = EditorForms::textArea(this, SystemDraft::label(F::IssueEscalation), 3);
    binder->bind(issues, int(F::IssueEscalation));
    form->addRow(tr("Maintained by:"), maintainer);
    form->addRow(tr("Update handling:"), updates);
    form->addRow(tr("Issue escalation:"), issues);
    body()->addLayout(form);
    body()->addStretch(1);
}

RegulatorySection::RegulatorySection(FieldBinder *binder, QWidget *parent)
    : EditorSection(tr("Regulatory classification"),
                    tr("How regulation sees the system. An unknown classification counts as "
                       "risk until someone has assessed it."),
                    parent)
{
    using F = SystemField;
    QFormLayout *form = EditorForms::form();
    QComboBox *category = EditorForms::enumCombo<EuAiActCategory>(this, SystemDraft::label(F::EuAiActCategory));
    category->setToolTip(tr("The EU AI Act's risk category for this use of AI."));
    binder->bind(category, int(F::EuAiActCategory));
    QComboBox *role = EditorForms::enumCombo<EuAiActRole>(this, SystemDraft::label(F::EuAiActRole));
    role->setToolTip(tr("The organisation's role under the EU AI Act for this system."));
    binder->bind(role, int(F::EuAiActRole));
    QComboBox *omb = EditorForms::enumCombo<Answer>(this, SystemDraft::label(F::UsOmbHighImpact));
    omb->setToolTip(tr("Is it high-impact AI in the sense of the US OMB guidance?"));
    binder->bind(omb, int(F::UsOmbHighImpact));
    form->addRow(tr("EU AI Act category:"), category);
    form->addRow(tr("EU AI Act role:"), role);
    form->addRow(tr("US OMB high-impact:"), omb);
    body()->addLayout(form);
    body()->addStretch(1);
}

} // namespace charter
