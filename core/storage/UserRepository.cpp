#include "UserRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/GovernanceJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::UserRepository", text);
}

const QString SelectUsers = u"SELECT login, display_name, person_id, active, created_at, updated_at "
                            "FROM users"_s;

User readUser(const QSqlQuery &query)
{
    User user;
    user.login = query.value(0).toString();
    user.displayName = query.value(1).toString();
    user.personId = query.value(2).toLongLong();
    user.active = query.value(3).toInt() != 0;
    user.createdAt = timestampFromStored(query.value(4).toString());
    user.updatedAt = timestampFromStored(query.value(5).toString());
    return user;
}

} // namespace

Result<QList<User>> UserRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectUsers + u" ORDER BY login"_s))
        return m_db.queryError(query, tr("reading the accounts"));
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    if (Status status = loadRoles(users); !status)
        return status.error();
    return users;
}

Result<std::optional<User>> UserRepository::find(const QString &login) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(SelectUsers + u" WHERE login = ?"_s);
    query.addBindValue(login);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the account %1").arg(login));
    if (!query.next())
        return std::optional<User>();
    QList<User> users{readUser(query)};
    if (Status status = loadRoles(users); !status)
        return status.error();
    return std::optional<User>(users.first());
}

Result<std::optional<User>> UserRepository::findByPerson(qint64 personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT login FROM users WHERE person_id = ?"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the account of person %1").arg(personId));
    if (!query.next())
        return std::optional<User>();
    return find(query.value(0).toString());
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM users"_s) || !query.next())
        return m_db.queryError(query, tr("counting the accounts"));
    return query.value(0).toLongLong();
}

Status UserRepository::loadRoles(QList<User> &users) const
{
    if (users.isEmpty())
        return {};
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < users.size(); ++i)
        index.insert(users[i].login, i);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const bool single = users.size() == 1;
    query.prepare(u"SELECT login, role FROM user_roles"_s + (single ? u" WHERE login = ?"_s : QString()));
    if (single)
        query.addBindValue(users.first().login);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the roles of the accounts"));
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it == index.cend())
            continue;
        // A role key this version does not know is ignored (read-only for it).
        if (const std::optional<Role> role = enumFromKey<Role>(query.value(1).toString()))
            users[*it].roles.add(*role);
    }
    return {};
}

Status UserRepository::writeRoles(const User &user)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM user_roles WHERE login = ?"_s);
    query.addBindValue(user.login);
    if (!query.exec())
        return m_db.queryError(query, tr("storing the roles of %1").arg(user.login));
    query.prepare(u"INSERT INTO user_roles (login, role) VALUES (?, ?)"_s);
    for (Role role : user.roles.toList()) {
        query.addBindValue(user.login);
        query.addBindValue(enumKey(role));
        if (!query.exec())
            return m_db.queryError(query, tr("storing the roles of %1").arg(user.login));
    }
    return {};
}

Status UserRepository::insert(User &user, const WriteContext &context)
{
    Result<std::optional<User>> existing = find(user.login);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("There already is an account \"%1\"; change its roles with 'charter-cli "
                            "users set-roles'.").arg(user.login));
    }
    if (user.personId > 0) {
        Result<std::optional<User>> linked = findByPerson(user.personId);
        if (!linked)
            return linked.error();
        if (linked->has_value()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Person %1 is already linked to the account \"%2\"; one person has one "
                                "account.").arg(user.personId).arg((*linked)->login));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    user.createdAt = user.createdAt.isValid() ? user.createdAt : now;
    user.updatedAt = user.createdAt;
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO users (login, display_name, person_id, active, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(user.login);
    query.addBindValue(sql::text(user.displayName));
    query.addBindValue(sql::idOrNull(user.personId));
    query.addBindValue(user.active ? 1 : 0);
    query.addBindValue(storedTimestamp(user.createdAt));
    query.addBindValue(storedTimestamp(user.updatedAt));
    if (!query.exec())
        return m_db.queryError(query, tr("adding the account %1").arg(user.login));
    if (Status status = writeRoles(user); !status)
        return status;
    return AuditStore(m_db).append(context, u"create"_s, u"user"_s, user.login, {},
                                   auditBytes(toJson(user)));
}

Status UserRepository::update(User &user, const WriteContext &context)
{
    Result<std::optional<User>> before = find(user.login);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorCode::InvalidInput, tr("There is no account \"%1\".").arg(user.login));
    if (user.personId > 0 && user.personId != (*before)->personId) {
        Result<std::optional<User>> linked = findByPerson(user.personId);
        if (!linked)
            return linked.error();
        if (linked->has_value() && (*linked)->login != user.login) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Person %1 is already linked to the account \"%2\"; one person has one "
                                "account.").arg(user.personId).arg((*linked)->login));
        }
    }
    user.createdAt = (*before)->createdAt;
    user.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE users SET display_name = ?, person_id = ?, active = ?, updated_at = ? "
                  "WHERE login = ?"_s);
    query.addBindValue(sql::text(user.displayName));
    query.addBindValue(sql::idOrNull(user.personId));
    query.addBindValue(user.active ? 1 : 0);
    query.addBindValue(storedTimestamp(user.updatedAt));
    query.addBindValue(user.login);
    if (!query.exec())
        return m_db.queryError(query, tr("changing the account %1").arg(user.login));
    if (Status status = writeRoles(user); !status)
        return status;
    return AuditStore(m_db).append(context, u"update"_s, u"user"_s, user.login,
                                   auditBytes(toJson(**before)), auditBytes(toJson(user)));
}

} // namespace charter
