#include "RolesService.h"

#include "Permissions.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::RolesService", text);
}

} // namespace

Result<Actor> RolesService::resolve(Database &db, const QString &login)
{
    Actor actor;
    actor.login = login;
    Result<std::optional<User>> user = UserRepository(db).find(login);
    if (!user)
        return user.error();
    actor.user = *user;
    if (actor.isActive())
        actor.roles = actor.user->roles;
    if (actor.roles.isEmpty())
        actor.roles.add(Role::Viewer);
    return actor;
}

Result<bool> RolesService::bootstrap()
{
    Database &db = m_session.database();
    bool created = false;
    Status status = db.transaction([&]() -> Status {
        UserRepository users(db);
        Result<qint64> count = users.count();
        if (!count)
            return count.error();
        if (*count > 0)
            return {};
        if (Status valid = validateLogin(m_session.context().actor); !valid)
            return valid;
        User first;
        first.login = m_session.context().actor;
        first.displayName = first.login;
        first.roles = {Role::Admin, Role::Contributor};
        WriteContext context = m_session.context();
        context.reason = tr("First account of this database: administrator and contributor");
        if (Status s = users.insert(first, context); !s)
            return s;
        created = true;
        return {};
    });
    if (!status)
        return status.error();
    if (created)
        spdlog::info("{} is the first account of {}: admin and contributor",
                     m_session.context().actor.toStdString(), db.location().toStdString());
    return created;
}

Result<QList<User>> RolesService::users() const
{
    return UserRepository(m_session.database()).all();
}

Result<User> RolesService::addUser(const QString &login, const RoleSet &roles, const QString &displayName,
                                   qint64 personId)
{
    Database &db = m_session.database();
    User user;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = resolve(db, m_session.context().actor);
        if (!actor)
            return actor.error();
        if (Status permitted = Permissions::manageUsers(*actor); !permitted)
            return permitted;
        if (Status valid = validateLogin(login); !valid)
            return valid;
        if (personId > 0) {
            if (Result<Person> person = PeopleRepository(db).load(personId); !person)
                return person.error();
        }
        user.login = login;
        user.displayName = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
        user.personId = personId;
        user.roles = roles;
        user.active = true;
        return UserRepository(db).insert(user, m_session.context());
    });
    if (!status)
        return status.error();
    return user;
}

Result<User> RolesService::modify(const QString &login, const std::function<Status(User &)> &change)
{
    Database &db = m_session.database();
    User user;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = resolve(db, m_session.context().actor);
        if (!actor)
            return actor.error();
        if (Status permitted = Permissions::manageUsers(*actor); !permitted)
            return permitted;
        UserRepository users(db);
        Result<std::optional<User>> stored = users.find(login);
        if (!stored)
            return stored.error();
        if (!stored->has_value()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("There is no account \"%1\"; see 'charter-cli users list'.").arg(login));
        }
        user = **stored;
        const bool wasAdmin = user.active && user.roles.has(Role::Admin);
        if (Status s = change(user); !s)
            return s;
        // Someone must always be able to manage accounts.
        if (wasAdmin && !(user.active && user.roles.has(Role::Admin))) {
            Result<QList<User>> all = users.all();
            if (!all)
                return all.error();
            int admins = 0;
            for (const User &other : *all)
                if (other.login != login && other.active && other.roles.has(Role::Admin))
                    ++admins;
            if (admins == 0) {
                return makeError(ErrorCode::NotPermitted,
                                 tr("Accounts: \"%1\" is the last active administrator; make another "
                                    "account admin first.").arg(login));
            }
        }
        return users.update(user, m_session.context());
    });
    if (!status)
        return status.error();
    return user;
}

Result<User> RolesService::setRoles(const QString &login, const RoleSet &roles)
{
    return modify(login, [&](User &user) -> Status {
        user.roles = roles;
        return {};
    });
}

Result<User> RolesService::link(const QString &login, qint64 personId)
{
    return modify(login, [&](User &user) -> Status {
        if (personId > 0) {
            if (Result<Person> person = PeopleRepository(m_session.database()).load(personId); !person)
                return person.error();
        }
        user.personId = personId;
        return {};
    });
}

Result<User> RolesService::setActive(const QString &login, bool active)
{
    return modify(login, [&](User &user) -> Status {
        user.active = active;
        return {};
    });
}

} // namespace charter
