#include "VendorForm.h"

#include "VendorDraft.h"
#include "editor/EditorForms.h"
#include "editor/FieldBinder.h"
#include "editor/OptionalDateEdit.h"
#include "editor/ProblemLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace charter {

VendorForm::VendorForm(VendorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_binder(new FieldBinder(draft, this))
{
    using F = VendorField;
    QFormLayout *left = EditorForms::form();
    QFormLayout *right = EditorForms::form();

    m_name = EditorForms::lineEdit(this, tr("Vendor name"), tr("Required: the vendor's name"));
    m_name->setObjectName(u"vendorName"_s);
    m_binder->bind(m_name, int(F::Name));
    auto *nameProblem = new ProblemLabel(this);
    m_binder->bindProblems(nameProblem, fieldkey::Name);
    left->addRow(tr("Name:"), m_name);
    left->addRow(QString(), nameProblem);

    const auto rating = [&](F field, const QString &label, const QString &toolTip) {
        QComboBox *combo = EditorForms::enumCombo<Rating>(this, draft->fieldLabel(int(field)));
        combo->setToolTip(toolTip);
        m_binder->bind(combo, int(field));
        left->addRow(label, combo);
    };
    rating(F::Viability, tr("Viability:"), tr("Will the vendor still be there in three years?"));
    rating(F::RoadmapStability, tr("Roadmap stability:"), tr("Do products and models change without warning?"));
    rating(F::SupportMaturity, tr("Support maturity:"), tr("Can the vendor support production use?"));
    rating(F::ExitOptions, tr("Exit options:"), tr("Can the organisation leave without losing the capability?"));
    rating(F::DataPortability, tr("Data portability:"), tr("Can data and configuration be taken out?"));

    QLineEdit *attestations = EditorForms::lineEdit(this, draft->fieldLabel(int(F::SecurityAttestations)),
                                                    EditorForms::unknownPlaceholder() + u"  (" + tr("e.g. SOC 2 Type II, ISO 27001") + u')');
    m_binder->bind(attestations, int(F::SecurityAttestations));
    QLineEdit *residency = EditorForms::lineEdit(this, draft->fieldLabel(int(F::DataResidency)),
                                                 EditorForms::unknownPlaceholder() + u"  (" + tr("e.g. EU") + u')');
    m_binder->bind(residency, int(F::DataResidency));
    auto *contract = new OptionalDateEdit(tr("Ends on"), tr("Unknown \u2014 a gap"), this);
    contract->setAccessibleNames(tr("Contract end known"), tr("Contract end date"));
    m_binder->bind(contract, int(F::ContractEnd));
    QSpinBox *notice = EditorForms::countSpin(this, tr("Model deprecation notice in days"), 3650, tr(" days"));
    notice->setToolTip(tr("How many days' notice the vendor gives before retiring a model"));
    m_binder->bind(notice, int(F::DeprecationNoticeDays));
    auto *noticeProblem = new ProblemLabel(this);
    m_binder->bindProblems(noticeProblem, fieldkey::DeprecationNoticeDays);
    QPlainTextEdit *notes = EditorForms::textArea(this, draft->fieldLabel(int(F::Notes)), 3, tr("Anything else worth knowing"));
    m_binder->bind(notes, int(F::Notes));

    right->addRow(tr("Security attestations:"), attestations);
    right->addRow(tr("Data residency:"), residency);
    right->addRow(tr("Contract end:"), contract);
    right->addRow(tr("Deprecation notice:"), notice);
    right->addRow(QString(), noticeProblem);
    right->addRow(tr("Notes:"), notes);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
}

} // namespace charter
