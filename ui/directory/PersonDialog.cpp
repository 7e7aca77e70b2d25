#include "PersonDialog.h"

#include "PersonDraft.h"
#include "PersonForm.h"
#include "editor/EditorForms.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace charter {

PersonDialog::PersonDialog(const Person &proposal, QWidget *parent)
    : QDialog(parent)
    , m_draft(new PersonDraft(this))
{
    setWindowTitle(tr("New Person"));
    Person start = proposal;
    start.id = 0;
    m_draft->load(Person());
    if (!start.name.isEmpty())
        m_draft->edit(int(PersonField::Name), start.name);
    m_form = new PersonForm(m_draft, this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Directory"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_draft->revealAllProblems();
        if (!m_draft->hasProblems())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &RecordDraft::changed, this, &PersonDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(EditorForms::hint(tr("The person is added to the people directory, where "
                                           "every system can name them."), this));
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);
    updateButtons();
    m_form->nameEdit()->setFocus();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

Person PersonDialog::person() const
{
    return m_draft->record();
}

void PersonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_draft->hasProblems());
}

std::optional<Person> PersonDialog::ask(QWidget *parent, const Person &proposal)
{
    PersonDialog dialog(proposal, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.person();
}

} // namespace charter
