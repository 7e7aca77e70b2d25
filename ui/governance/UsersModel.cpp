#include "UsersModel.h"

#include "domain/Enums.h"

using namespace Qt::StringLiterals;

namespace charter {

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsersModel::setUsers(const QList<User> &users, const QHash<qint64, QString> &people)
{
    beginResetModel();
    m_users = users;
    m_people = people;
    endResetModel();
}

const User *UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowOf(const QString &login) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == login)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::rolesText(const RoleSet &roles)
{
    if (roles.isEmpty())
        return enumLabel(Role::Viewer);
    QStringList labels;
    for (Role role : roles.toList())
        labels << enumLabel(role);
    return labels.join(u", "_s);
}

QString UsersModel::nameOf(const User &user) const
{
    const QString person = user.personId > 0 ? m_people.value(user.personId) : QString();
    if (user.displayName.isEmpty())
        return person;
    if (person.isEmpty() || person == user.displayName)
        return user.displayName;
    return tr("%1 (%2)", "display name (linked person)").arg(user.displayName, person);
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    if (role == LoginRole)
        return user.login;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LoginColumn:
            return user.login;
        case NameColumn:
            return nameOf(user);
        case RolesColumn:
            return rolesText(user.roles);
        case ActiveColumn:
            return user.active ? tr("Active") : tr("Deactivated");
        default:
            return {};
        }
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace charter
