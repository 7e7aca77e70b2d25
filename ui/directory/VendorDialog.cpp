#include "VendorDialog.h"

#include "VendorDraft.h"
#include "VendorForm.h"
#include "editor/EditorForms.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charter {

VendorDialog::VendorDialog(const Vendor &proposal, QWidget *parent)
    : QDialog(parent)
    , m_draft(new VendorDraft(this))
{
    setWindowTitle(tr("New Vendor Profile"));
    m_draft->load(Vendor());
    if (!proposal.name.isEmpty())
        m_draft->edit(int(VendorField::Name), proposal.name);
    m_form = new VendorForm(m_draft, this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Vendor"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_draft->revealAllProblems();
        if (!m_draft->hasProblems())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &RecordDraft::changed, this, &VendorDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(EditorForms::hint(tr("The profile is shared by every system of this vendor. "
                                           "Answer what you know; the rest stays a visible gap."),
                                        this));
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);
    updateButtons();
    m_form->nameEdit()->setFocus();
}

Vendor VendorDialog::vendor() const
{
    return m_draft->record();
}

void VendorDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_draft->hasProblems());
}

std::optional<Vendor> VendorDialog::ask(QWidget *parent, const Vendor &proposal)
{
    VendorDialog dialog(proposal, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.vendor();
}

} // namespace charter
