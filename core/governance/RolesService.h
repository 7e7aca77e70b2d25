#pragma once

#include "Roles.h"
#include "domain/User.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace charter {

class Database;
class RegisterService;

// Charter accounts and their roles: who is acting (resolve), the first account of a
// database (bootstrap), and the admin's use cases behind `charter-cli users`. Shares
// the database, acting login and clock of a RegisterService. Threading: like
// RegisterService, one per thread.
class RolesService {
public:
    explicit RolesService(RegisterService &session) : m_session(session) {}

    // The Actor for LOGIN as the users table of DB has it (see Actor for unknown and
    // deactivated accounts).
    static Result<Actor> resolve(Database &db, const QString &login);

    // Makes the acting login the first account when the database has none yet: admin
    // (manages users and policy) and contributor (so one person can start working).
    // Returns true when it did. Audited. Run by RegisterService::initialise().
    Result<bool> bootstrap();

    Result<QList<User>> users() const;

    // Admin only (Permissions::manageUsers). ROLES may be empty (viewer). PERSONID 0 =
    // not linked. Each is one audited transaction.
    Result<User> addUser(const QString &login, const RoleSet &roles, const QString &displayName = QString(),
                         qint64 personId = 0);
    Result<User> setRoles(const QString &login, const RoleSet &roles);
    // Links LOGIN to a person of the directory (0 unlinks): the account then speaks for
    // that person, e.g. gives the ownership sign-off of the systems they own.
    Result<User> link(const QString &login, qint64 personId);
    Result<User> setActive(const QString &login, bool active);

private:
    // Runs CHANGE on the stored account LOGIN as an admin, with the last-admin rule.
    Result<User> modify(const QString &login, const std::function<Status(User &)> &change);

    RegisterService &m_session;
};

} // namespace charter
