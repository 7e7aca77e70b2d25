#include "PersonEditor.h"

#include "DirectoryStore.h"
#include "PersonDraft.h"
#include "PersonForm.h"
#include "domain/EnumWords.h"

#include "editor/EditorForms.h"
#include "views/MessageBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

PersonEditor::PersonEditor(DirectoryStore *directory, QWidget *parent)
    : EntryEditor(parent)
    , m_directory(directory)
    , m_draft(new PersonDraft(this))
{
    setObjectName(u"personEditor"_s);
    m_form = new PersonForm(m_draft, this);
    m_rolesTitle = EditorForms::heading(tr("Named in the register"), this);
    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(u"personRoles"_s);
    m_roles->setAccessibleName(tr("Where this person is named in the register"));
    m_roles->setRootIsDecorated(false);
    m_roles->setUniformRowHeights(true);
    m_roles->setAlternatingRowColors(true);
    m_roles->setHeaderLabels({tr("System"), tr("Role")});
    m_roles->header()->setStretchLastSection(true);
    m_roles->setColumnWidth(0, fontMetrics().horizontalAdvance(u'n') * 28);
    connect(m_roles, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openSystemRequested(item->data(0, Qt::UserRole).toLongLong());
    });

    content()->addWidget(m_form);
    content()->addSpacing(6);
    content()->addWidget(m_rolesTitle);
    content()->addWidget(m_roles, 1);
    setDraft(m_draft);
    setEditing(false);
    refreshRoles();
}

void PersonEditor::refreshRoles()
{
    m_roles->clear();
    const qint64 id = isEditing() ? personId() : 0;
    if (id == 0) {
        m_rolesTitle->setText(tr("Named in the register"));
        return;
    }
    Result<QList<PersonRole>> roles = m_directory->rolesOfPerson(id);
    if (!roles) {
        messageBar()->showMessage(tr("Cannot list where this person is named. %1").arg(roles.error().message),
                                  MessageBar::Type::Error);
        return;
    }
    for (const PersonRole &role : *roles) {
        QString text;
        switch (role.kind) {
        case PersonRole::Kind::AccountableOwner:
            text = tr("Accountable owner");
            break;
        case PersonRole::Kind::BusinessOwner:
            text = tr("Business owner");
            break;
        case PersonRole::Kind::TechnicalOwner:
            text = tr("Technical owner");
            break;
        case PersonRole::Kind::SupportOwner:
            text = tr("Support owner");
            break;
        case PersonRole::Kind::ItContact:
            text = tr("IT contact");
            break;
        case PersonRole::Kind::Escalation:
            text = tr("Escalation, %1 severity").arg(enumInSentence(role.severity));
            break;
        }
        auto *item = new QTreeWidgetItem(m_roles, {role.systemName, text});
        item->setData(0, Qt::UserRole, role.systemId);
    }
    QSet<qint64> systems;
    for (const PersonRole &role : *roles)
        systems.insert(role.systemId);
    if (systems.isEmpty())
        m_rolesTitle->setText(tr("Named in the register: nowhere yet"));
    else if (systems.size() == 1)
        m_rolesTitle->setText(tr("Named in 1 system"));
    else
        m_rolesTitle->setText(tr("Named in %n systems", nullptr, int(systems.size())));
}

qint64 PersonEditor::personId() const
{
    return m_draft->record().id;
}

bool PersonEditor::editPerson(const Person &person)
{
    if (isEditing() && person.id != 0 && person.id == personId())
        return true;
    if (!confirmLeave())
        return false;
    m_draft->load(person);
    setEditing(true);
    refreshRoles();
    return true;
}

bool PersonEditor::newPerson()
{
    if (!confirmLeave())
        return false;
    m_draft->load(Person());
    setEditing(true);
    refreshRoles();
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void PersonEditor::clear()
{
    m_draft->load(Person());
    setEditing(false);
    refreshRoles();
}

bool PersonEditor::isNewEntry() const
{
    return m_draft->isNew();
}

QString PersonEditor::entryName() const
{
    const QString name = m_draft->record().name.trimmed();
    if (!name.isEmpty())
        return name;
    return m_draft->isNew() ? tr("New person") : tr("Unnamed person");
}

Status PersonEditor::store(qint64 *id)
{
    Person person = m_draft->record();
    Status status = person.id == 0 ? m_directory->addPerson(person) : m_directory->updatePerson(person);
    if (status) {
        m_draft->markSaved(person);
        *id = person.id;
    }
    return status;
}

void PersonEditor::discardEdits()
{
    m_draft->load(m_draft->stored());
}

void PersonEditor::revertEdits()
{
    m_draft->revert();
}

} // namespace charter
