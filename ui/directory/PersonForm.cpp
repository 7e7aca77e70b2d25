#include "PersonForm.h"

#include "PersonDraft.h"
#include "editor/EditorForms.h"
#include "editor/FieldBinder.h"
#include "editor/ProblemLabel.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace charter {

PersonForm::PersonForm(PersonDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_binder(new FieldBinder(draft, this))
{
    const QString optional = tr("Not recorded");
    m_name = EditorForms::lineEdit(this, tr("Name"), tr("Required: first and last name"));
    m_name->setObjectName(u"personName"_s);
    m_binder->bind(m_name, int(PersonField::Name));
    auto *nameProblem = new ProblemLabel(this);
    m_binder->bindProblems(nameProblem, fieldkey::Name);

    m_email = EditorForms::lineEdit(this, tr("E-mail"), tr("name@example.org"));
    m_email->setObjectName(u"personEmail"_s);
    m_binder->bind(m_email, int(PersonField::Email));
    auto *emailProblem = new ProblemLabel(this);
    m_binder->bindProblems(emailProblem, fieldkey::Email);

    QLineEdit *title = EditorForms::lineEdit(this, tr("Title"), optional);
    m_binder->bind(title, int(PersonField::Title));
    QLineEdit *department = EditorForms::lineEdit(this, tr("Department"), optional);
    m_binder->bind(department, int(PersonField::Department));
    QLineEdit *phone = EditorForms::lineEdit(this, tr("Phone"), optional);
    m_binder->bind(phone, int(PersonField::Phone));

    QFormLayout *form = EditorForms::form();
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), nameProblem);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(QString(), emailProblem);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Department:"), department);
    form->addRow(tr("Phone:"), phone);
    setLayout(form);
}

} // namespace charter
