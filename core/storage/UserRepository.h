#pragma once

#include "WriteContext.h"
#include "domain/User.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace charter {

class Database;

// Charter accounts and their roles (tables users, user_roles). Writes must run inside
// Database::transaction; each appends its audit entry (entity "user", id = login,
// before/after = toJson(User)) there.
class UserRepository {
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<QList<User>> all() const; // ordered by login
    Result<std::optional<User>> find(const QString &login) const;
    // The account linked to PERSONID, if any (at most one: users_person is unique).
    Result<std::optional<User>> findByPerson(qint64 personId) const;
    Result<qint64> count() const;

    // Stores a new account and sets its times; InvalidInput when the login exists or
    // the person is already linked to another account.
    Status insert(User &user, const WriteContext &context);
    // Replaces the stored account USER.login (name, person, roles, active).
    Status update(User &user, const WriteContext &context);

private:
    Status writeRoles(const User &user);
    Status loadRoles(QList<User> &users) const;

    Database &m_db;
};

} // namespace charter
