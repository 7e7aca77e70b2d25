#pragma once

#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace charter {

// The Charter accounts for the Users and Roles dialog: login, display name (or the
// linked person), roles and whether the account is active. Read-only; changes go
// through RolesService and the dialog reloads.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RolesColumn, ActiveColumn, ColumnCount };
    enum ItemRole { LoginRole = Qt::UserRole + 1 };

    explicit UsersModel(QObject *parent = nullptr);

    // PEOPLE: the directory's names by id, for accounts linked to a person.
    void setUsers(const QList<User> &users, const QHash<qint64, QString> &people);
    const User *userAt(int row) const;
    int rowOf(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Contributor, Admin"; "Viewer" for an account without roles.
    static QString rolesText(const RoleSet &roles);

private:
    QString nameOf(const User &user) const;

    QList<User> m_users;
    QHash<qint64, QString> m_people;
};

} // namespace charter
