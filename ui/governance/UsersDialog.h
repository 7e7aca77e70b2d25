#pragma once

#include "domain/User.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace charter {

class MessageBar;
class RegisterService;
class UsersModel;

// "Users and Roles": the accounts of the open database, with the admin's use cases of
// `charter-cli users`: add an account (login, roles, display name, person of the
// directory), change the roles of the selected one, deactivate or reactivate it. Every
// change goes through RolesService, which checks the acting account is admin and keeps
// the last admin; a refusal shows in the dialog's message bar and nothing is written.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(RegisterService &service, QWidget *parent = nullptr);

    void reload();
    // The use cases behind the buttons, for the buttons and for tests. Return true
    // when RolesService recorded the change.
    bool addUser();
    bool applyRoles();
    bool toggleActive();

    UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *personCombo() const { return m_person; }
    // Role check boxes in Role order from Contributor (no role checked = viewer).
    QList<QCheckBox *> newRoleBoxes() const { return m_newRoles; }
    QList<QCheckBox *> selectedRoleBoxes() const { return m_selectedRoles; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *applyRolesButton() const { return m_apply; }
    QPushButton *activeButton() const { return m_active; }

signals:
    // An account changed (the acting one's roles may have too).
    void usersChanged();

private:
    QList<QCheckBox *> createRoleBoxes(const QString &accessiblePrefix);
    static RoleSet rolesOf(const QList<QCheckBox *> &boxes);
    const User *selectedUser() const;
    void selectionChanged();
    void selectLogin(const QString &login);
    void refused(const QString &message);

    RegisterService &m_service;
    UsersModel *m_model;
    MessageBar *m_messageBar;
    QTableView *m_table;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_person;
    QList<QCheckBox *> m_newRoles;
    QList<QCheckBox *> m_selectedRoles;
    QPushButton *m_add;
    QPushButton *m_apply;
    QPushButton *m_active;
};

} // namespace charter
