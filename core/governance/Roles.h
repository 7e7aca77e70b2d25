#pragma once

#include "domain/User.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace charter {

// Who is acting, with the roles Charter grants them. Built by RolesService::resolve()
// from the users table:
// - a known, active account has its stored roles (viewer when it has none);
// - an unknown account on an existing database, or a deactivated one, is a viewer:
//   it may read (in local mode it can read the file anyway) but not write.
struct Actor {
    QString login;
    std::optional<User> user; // nullopt when the login is not a Charter account
    RoleSet roles;            // effective roles

    bool has(Role role) const { return roles.has(role); }
    bool isKnown() const { return user.has_value(); }
    bool isActive() const { return user && user->active; }
    qint64 personId() const { return user && user->active ? user->personId : 0; }
    // Contributor, IT reviewer and board may change the register; admin alone may not.
    bool canEditRegister() const
    {
        return isActive() && (has(Role::Contributor) || has(Role::ItReviewer) || has(Role::Board));
    }
    QString displayName() const
    {
        return user && !user->displayName.isEmpty() ? user->displayName : login;
    }
};

// The login Charter acts as: the operating-system account (currentOsUser()).
//
// Testing aid: when CHARTER_ALLOW_ACTOR_OVERRIDE=1 is set in the environment,
// CHARTER_ACTOR (when not empty) replaces it, so tests and demos can act as several
// people from one OS account. A local-mode user can set these variables too; that is
// why local mode's trust boundary is the OS account's access to the database file plus
// the tamper-evident audit trail, not these role checks (see docs/workflow.md). Shared
// (PostgreSQL) mode will take identity from the database login and ignore both.
QString actingLogin();
// True when actingLogin() comes from CHARTER_ACTOR.
bool actorOverridden();
// The login Charter acts as on DB: on a shared (PostgreSQL) database the database login
// (the server checks it; CHARTER_ACTOR is ignored), else actingLogin().
QString actingLogin(const class Database &db);

// Parses role keys ("it_reviewer", "board"; '-' accepted for '_'), InvalidInput naming
// the unknown key and the known ones.
Result<RoleSet> parseRoles(const QStringList &keys);

// Checks LOGIN is usable as an account name: not empty, no whitespace or control
// characters, at most 64 characters.
Status validateLogin(const QString &login);

} // namespace charter
