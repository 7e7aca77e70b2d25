#include "DataSecuritySection.h"

#include "FieldBinder.h"
#include "SystemDraft.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace charter {

DataSecuritySection::DataSecuritySection(FieldBinder *binder, QWidget *parent)
    : EditorSection(tr("Data and security"),
                    tr("What data the system touches, where it lives and how the system is "
                       "connected. \"Unknown\" is an answer, and it counts as risk."),
                    parent)
{
    using F = SystemField;
    QFormLayout *form = EditorForms::form();
    const auto answer = [&](F field, const QString &label, const QString &toolTip) {
        QComboBox *combo = EditorForms::enumCombo<Answer>(this, SystemDraft::label(field));
        combo->setToolTip(toolTip);
        binder->bind(combo, int(field));
        form->addRow(label, combo);
    };
    const auto text = [&](F field, const QString &label, const QString &placeholder) {
        QLineEdit *edit = EditorForms::lineEdit(this, SystemDraft::label(field),
                                                EditorForms::unknownPlaceholder() + u"  (" + placeholder + u')');
        binder->bind(edit, int(field));
        form->addRow(label, edit);
    };

    answer(F::PersonalData, tr("Personal data:"), tr("Does it process data about identifiable people?"));
    answer(F::ProductionData, tr("Production data:"), tr("Does it read or write live business data?"));
    answer(F::SafetyRelated, tr("Safety-related:"), tr("Can its output affect someone's health or safety?"));
    text(F::DataResidency, tr("Data residency:"), tr("e.g. EU, Germany, US-East"));
    text(F::AccessScope, tr("Access scope:"), tr("e.g. finance team, read-only on ERP"));
    answer(F::ExternalProcessing, tr("External processing:"),
           tr("Is data processed outside the organisation (e.g. by the vendor)?"));
    answer(F::CloudConnectivity, tr("Cloud connectivity:"), tr("Does it connect to cloud services?"));
    text(F::CredentialHandling, tr("Credential handling:"), tr("e.g. vault-managed service account"));

    QPlainTextEdit *integrations = EditorForms::textArea(this, SystemDraft::label(F::Integrations), 3,
                                                         EditorForms::unknownPlaceholder() + u"  ("
                                                             + tr("systems it is wired into") + u')');
    binder->bind(integrations, int(F::Integrations));
    form->addRow(tr("Integrations:"), integrations);

    body()->addLayout(form);
    body()->addStretch(1);
}

} // namespace charter
