#include "UsersDialog.h"

#include "UsersModel.h"
#include "domain/Enums.h"
#include "governance/RolesService.h"
#include "register/RegisterService.h"
#include "storage/PeopleRepository.h"
#include "views/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// Viewer is no role at all: the boxes offer the others.
constexpr Role GrantableRoles[] = {Role::Contributor, Role::ItReviewer, Role::Board, Role::Admin};

} // namespace

UsersDialog::UsersDialog(RegisterService &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_model(new UsersModel(this)), m_messageBar(new MessageBar(this)),
      m_table(new QTableView(this)), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_person(new QComboBox(this)), m_add(new QPushButton(tr("&Add User"), this)),
      m_apply(new QPushButton(tr("A&pply Roles"), this)), m_active(new QPushButton(tr("&Deactivate"), this))
{
    setWindowTitle(tr("Users and Roles"));
    setObjectName(u"usersDialog"_s);
    resize(720, 560);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Accounts"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDialog::selectionChanged);

    // The selected account: its roles and whether it is active.
    auto *selected = new QGroupBox(tr("Selected account"), this);
    auto *selectedLayout = new QHBoxLayout(selected);
    m_selectedRoles = createRoleBoxes(tr("Role of the selected account: %1"));
    for (QCheckBox *box : std::as_const(m_selectedRoles))
        selectedLayout->addWidget(box);
    selectedLayout->addStretch();
    selectedLayout->addWidget(m_apply);
    selectedLayout->addWidget(m_active);
    connect(m_apply, &QPushButton::clicked, this, &UsersDialog::applyRoles);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);

    // A new account.
    auto *add = new QGroupBox(tr("New account"), this);
    auto *form = new QFormLayout(add);
    m_login->setAccessibleName(tr("Login of the new account"));
    m_login->setPlaceholderText(tr("Operating-system login"));
    m_name->setAccessibleName(tr("Display name of the new account"));
    m_person->setAccessibleName(tr("Person the new account speaks for"));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Display &name:"), m_name);
    form->addRow(tr("P&erson:"), m_person);
    auto *roles = new QHBoxLayout;
    m_newRoles = createRoleBoxes(tr("Role of the new account: %1"));
    for (QCheckBox *box : std::as_const(m_newRoles))
        roles->addWidget(box);
    roles->addStretch();
    roles->addWidget(m_add);
    form->addRow(tr("Roles (none = viewer):"), roles);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(selected);
    layout->addWidget(add);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_selectedRoles.first());

    reload();
}

QList<QCheckBox *> UsersDialog::createRoleBoxes(const QString &accessiblePrefix)
{
    QList<QCheckBox *> boxes;
    for (Role role : GrantableRoles) {
        auto *box = new QCheckBox(enumLabel(role), this);
        box->setAccessibleName(accessiblePrefix.arg(enumLabel(role)));
        box->setProperty("role", enumKey(role));
        boxes << box;
    }
    return boxes;
}

RoleSet UsersDialog::rolesOf(const QList<QCheckBox *> &boxes)
{
    RoleSet roles;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i)->isChecked())
            roles.add(GrantableRoles[i]);
    }
    return roles;
}

void UsersDialog::reload()
{
    const QString current = selectedUser() ? selectedUser()->login : QString();
    QHash<qint64, QString> names;
    QList<Person> people;
    if (Result<QList<Person>> all = PeopleRepository(m_service.database()).all(); all)
        people = *all;
    std::sort(people.begin(), people.end(),
              [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const qint64 person = m_person->currentData().toLongLong();
    m_person->clear();
    m_person->addItem(tr("(none)"), qint64(0));
    for (const Person &entry : std::as_const(people)) {
        names.insert(entry.id, entry.name);
        m_person->addItem(entry.name, entry.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));

    Result<QList<User>> users = RolesService(m_service).users();
    if (!users) {
        refused(users.error().message);
        m_model->setUsers({}, names);
    } else {
        m_model->setUsers(*users, names);
    }
    selectLogin(current);
}

void UsersDialog::selectLogin(const QString &login)
{
    const int row = login.isEmpty() ? -1 : m_model->rowOf(login);
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged();
}

const User *UsersDialog::selectedUser() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? m_model->userAt(index.row()) : nullptr;
}

void UsersDialog::selectionChanged()
{
    const User *user = selectedUser();
    for (qsizetype i = 0; i < m_selectedRoles.size(); ++i) {
        m_selectedRoles.at(i)->setEnabled(user != nullptr);
        m_selectedRoles.at(i)->setChecked(user && user->roles.has(GrantableRoles[i]));
    }
    m_apply->setEnabled(user != nullptr);
    m_active->setEnabled(user != nullptr);
    m_active->setText(user && !user->active ? tr("&Reactivate") : tr("&Deactivate"));
}

void UsersDialog::refused(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Type::Error);
}

bool UsersDialog::addUser()
{
    const QString login = m_login->text().trimmed();
    Result<User> added = RolesService(m_service).addUser(login, rolesOf(m_newRoles), m_name->text().trimmed(),
                                                         m_person->currentData().toLongLong());
    if (!added) {
        refused(added.error().message);
        return false;
    }
    m_login->clear();
    m_name->clear();
    m_person->setCurrentIndex(0);
    for (QCheckBox *box : std::as_const(m_newRoles))
        box->setChecked(false);
    reload();
    selectLogin(added->login);
    emit usersChanged();
    m_messageBar->showMessage(tr("Added account %1 (%2).").arg(added->login, UsersModel::rolesText(added->roles)),
                              MessageBar::Type::Positive);
    return true;
}

bool UsersDialog::applyRoles()
{
    const User *user = selectedUser();
    if (!user)
        return false;
    Result<User> changed = RolesService(m_service).setRoles(user->login, rolesOf(m_selectedRoles));
    if (!changed) {
        refused(changed.error().message);
        selectionChanged(); // back to the stored roles
        return false;
    }
    reload();
    emit usersChanged();
    m_messageBar->showMessage(
        tr("%1 now has the roles: %2.").arg(changed->login, UsersModel::rolesText(changed->roles)),
        MessageBar::Type::Positive);
    return true;
}

bool UsersDialog::toggleActive()
{
    const User *user = selectedUser();
    if (!user)
        return false;
    const bool activate = !user->active;
    Result<User> changed = RolesService(m_service).setActive(user->login, activate);
    if (!changed) {
        refused(changed.error().message);
        return false;
    }
    reload();
    emit usersChanged();
    m_messageBar->showMessage(activate ? tr("Reactivated account %1.").arg(changed->login)
                                       : tr("Deactivated account %1.").arg(changed->login),
                              MessageBar::Type::Positive);
    return true;
}

} // namespace charter
