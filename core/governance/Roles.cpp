#include "Roles.h"

#include "storage/Database.h"
#include "util/Identity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::Roles", text);
}

constexpr int MaxLoginLength = 64;

QString overrideLogin()
{
    if (qEnvironmentVariable("CHARTER_ALLOW_ACTOR_OVERRIDE") != u"1"_s)
        return QString();
    return qEnvironmentVariable("CHARTER_ACTOR").trimmed();
}

} // namespace

QString actingLogin()
{
    const QString overridden = overrideLogin();
    return overridden.isEmpty() ? currentOsUser() : overridden;
}

QString actingLogin(const Database &db)
{
    return db.isServer() ? db.serverLogin() : actingLogin();
}

bool actorOverridden()
{
    return !overrideLogin().isEmpty();
}

Result<RoleSet> parseRoles(const QStringList &keys)
{
    RoleSet roles;
    for (const QString &key : keys) {
        for (const QString &part : key.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Role> role = enumFromKey<Role>(part);
            if (!role) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1\" is not a role; use one of %2.")
                                     .arg(part.trimmed(), enumKeys<Role>().join(u", "_s)));
            }
            roles.add(*role);
        }
    }
    return roles;
}

Status validateLogin(const QString &login)
{
    if (login.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An account name (login) must not be empty."));
    if (login.size() > MaxLoginLength) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The account name \"%1\" is longer than %2 characters.")
                             .arg(login.left(MaxLoginLength) + u"…"_s)
                             .arg(MaxLoginLength));
    }
    for (const QChar c : login) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The account name \"%1\" contains a space or a control character; "
                                "use the operating-system login exactly.").arg(login));
        }
    }
    return {};
}

} // namespace charter
