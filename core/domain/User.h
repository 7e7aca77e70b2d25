#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace charter {

// What a Charter account may do (DESIGN.md, Security model). Ownership is not a role:
// it follows from the relation "this account's person is the system's accountable
// owner" (User::personId).
enum class Role { Viewer, Contributor, ItReviewer, Board, Admin };
template <>
std::span<const EnumEntry<Role>> enumEntries<Role>();

// A small set of roles (a bit per Role). Iterates in enum order, so keys() is stable.
class RoleSet {
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles)
    {
        for (Role role : roles)
            add(role);
    }

    bool has(Role role) const { return (m_bits & bit(role)) != 0; }
    void add(Role role) { m_bits |= bit(role); }
    void remove(Role role) { m_bits &= quint8(~bit(role)); }
    bool isEmpty() const { return m_bits == 0; }

    QList<Role> toList() const
    {
        QList<Role> roles;
        for (const auto &entry : enumEntries<Role>())
            if (has(entry.value))
                roles.append(entry.value);
        return roles;
    }
    // Stable keys in enum order ("contributor", "admin").
    QStringList keys() const
    {
        QStringList result;
        for (Role role : toList())
            result << enumKey(role);
        return result;
    }

    bool operator==(const RoleSet &) const = default;

private:
    static quint8 bit(Role role) { return quint8(1u << int(role)); }
    quint8 m_bits = 0;
};

// One Charter account. In local mode the login is the operating-system account name;
// in shared mode it will be the database login.
struct User {
    QString login;
    QString displayName;
    qint64 personId = 0; // the person in the directory this account speaks for; 0 = none
    RoleSet roles;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const User &) const = default;
};

} // namespace charter
