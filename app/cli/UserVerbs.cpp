// `charter-cli users`: accounts and roles (admin only, except list and whoami).
#include "CliContext.h"
#include "Verbs.h"
#include "WorkflowCli.h"

#include "domain/GovernanceJson.h"
#include "governance/RolesService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QString rolesText(const RoleSet &roles)
{
    return roles.isEmpty() ? enumKey(Role::Viewer) : roles.keys().join(u", "_s);
}

void writeUser(QTextStream &out, const User &user, const QHash<qint64, QString> &people)
{
    out << u"%1 %2 %3 %4\n"_s.arg(user.login, -20)
               .arg(rolesText(user.roles), -36)
               .arg(user.active ? tr("active") : tr("deactivated"), -12)
               .arg(user.personId > 0 ? people.value(user.personId, QString::number(user.personId)) : QString());
}

} // namespace

int runUsers(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Charter accounts and their roles (%1). In local mode an account is an operating-system "
           "login; the first one to create a database is admin and contributor.\n\n"
           "  users list                         every account (anyone)\n"
           "  users whoami                       the account you act as (anyone)\n"
           "  users add LOGIN [--role R]... [--name TEXT] [--person PERSON]\n"
           "  users set-roles LOGIN [R...]       replace the roles (none = viewer)\n"
           "  users link LOGIN PERSON            speak for PERSON (e.g. sign ownership)\n"
           "  users unlink LOGIN\n"
           "  users deactivate LOGIN | activate LOGIN\n"
           "Everything but list and whoami needs the admin role.")
            .arg(enumKeys<Role>().join(u", "_s)));
    parser.addPositionalArgument(u"COMMAND"_s, tr("list, whoami, add, set-roles, link, unlink, deactivate, activate."));
    const QCommandLineOption role(u"role"_s, tr("A role of the new account (repeatable)."), u"ROLE"_s);
    const QCommandLineOption name(u"name"_s, tr("Display name of the new account."), u"TEXT"_s);
    const QCommandLineOption person(u"person"_s, tr("Link the new account to this person (id or exact name)."),
                                    u"PERSON"_s);
    const QCommandLineOption format(u"format"_s, tr("list/whoami output: text, json (default text)."), u"FORMAT"_s,
                                    u"text"_s);
    parser.addOptions({role, name, person, format});
    int code = 0;
    if (!context.parseVerb(parser, u"users"_s, args, &code))
        return code;
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? u"list"_s : positional.takeFirst();
    const bool json = parser.value(format) == u"json"_s;
    if (!json && parser.value(format) != u"text"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(parser.value(format)));

    const auto expect = [&](qsizetype minimum, qsizetype maximum) {
        return positional.size() >= minimum && positional.size() <= maximum;
    };
    const QStringList known = {u"list"_s, u"whoami"_s, u"add"_s, u"set-roles"_s, u"link"_s, u"unlink"_s,
                               u"deactivate"_s, u"activate"_s};
    if (!known.contains(command))
        return context.usageError(tr("Unknown users command \"%1\"; use %2.").arg(command, known.join(u", "_s)));
    if (((command == u"list"_s || command == u"whoami"_s) && !expect(0, 0))
        || ((command == u"add"_s || command == u"unlink"_s || command == u"deactivate"_s
             || command == u"activate"_s) && !expect(1, 1))
        || (command == u"link"_s && !expect(2, 2)) || (command == u"set-roles"_s && !expect(1, 100))) {
        return context.usageError(tr("Wrong arguments for 'users %1'; see 'charter-cli users --help'.").arg(command));
    }

    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    RolesService roles(*service);
    const QHash<qint64, QString> people = personNames(*service);

    if (command == u"list"_s) {
        Result<QList<User>> users = roles.users();
        if (!users)
            return context.fail(users.error());
        if (json) {
            QJsonArray array;
            for (const User &user : *users)
                array.append(toJson(user));
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const User &user : *users)
                writeUser(context.out(), user, people);
            context.out() << tr("%1 accounts").arg(users->size()) << u'\n';
        }
        return 0;
    }
    if (command == u"whoami"_s) {
        const Actor &actor = service->actor();
        if (json) {
            context.out() << QJsonDocument(QJsonObject{{u"login"_s, actor.login},
                                                       {u"known"_s, actor.isKnown()},
                                                       {u"active"_s, actor.isActive()},
                                                       {u"roles"_s, QJsonArray::fromStringList(actor.roles.keys())},
                                                       {u"personId"_s, actor.personId() > 0 ? QJsonValue(actor.personId())
                                                                                           : QJsonValue(QJsonValue::Null)},
                                                       {u"overridden"_s, actorOverridden()}})
                                 .toJson(QJsonDocument::Indented);
        } else {
            context.out() << tr("%1: %2%3").arg(actor.login, rolesText(actor.roles),
                                                 actor.isKnown() ? (actor.isActive() ? QString() : tr(" (deactivated)"))
                                                                 : tr(" (not an account of this database: read only)"))
                          << u'\n';
        }
        return 0;
    }

    const QString login = positional.takeFirst();
    Result<User> changed = makeError(ErrorCode::Usage, QString());
    if (command == u"add"_s) {
        Result<RoleSet> parsed = parseRoles(parser.values(role));
        if (!parsed)
            return context.fail(parsed.error());
        qint64 personId = 0;
        if (parser.isSet(person)) {
            Result<qint64> resolved = resolvePerson(*service, parser.value(person));
            if (!resolved)
                return context.fail(resolved.error());
            personId = *resolved;
        }
        changed = roles.addUser(login, *parsed, parser.value(name), personId);
    } else if (command == u"set-roles"_s) {
        Result<RoleSet> parsed = parseRoles(positional);
        if (!parsed)
            return context.fail(parsed.error());
        changed = roles.setRoles(login, *parsed);
    } else if (command == u"link"_s) {
        Result<qint64> resolved = resolvePerson(*service, positional.first());
        if (!resolved)
            return context.fail(resolved.error());
        changed = roles.link(login, *resolved);
    } else if (command == u"unlink"_s) {
        changed = roles.link(login, 0);
    } else {
        changed = roles.setActive(login, command == u"activate"_s);
    }
    if (!changed)
        return context.fail(changed.error());
    writeUser(context.err(), *changed, people);
    if (changed->roles.has(Role::Admin) && (changed->roles.has(Role::ItReviewer) || changed->roles.has(Role::Board))) {
        context.err() << tr("Note: while %1 holds the admin role it cannot approve or sign, whatever other "
                            "roles it has.").arg(changed->login)
                      << u'\n';
    }
    return 0;
}

} // namespace charter::cli
