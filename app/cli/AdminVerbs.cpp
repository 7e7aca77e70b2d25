// `charter-cli admin`: setting up and upgrading a shared (PostgreSQL) database, run by
// the owner of its tables (docs/shared-database.md).
#include "CliContext.h"
#include "Verbs.h"

#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

// The command that backs up LOCATION before an upgrade.
QString backupCommand(const QString &location)
{
    Result<ConnectionString> connection = ConnectionString::parse(location);
    const QString target = connection ? connection->toKeywordValue(false) : QString();
    return u"pg_dump --format=custom --file=charter-backup.dump \"%1\""_s.arg(target);
}

// Opens the shared database as its owner: creates or upgrades the schema, stores the
// default policy, makes the owner's login the first Charter account, and seals audit
// entries written before the trail was tamper-evident (an update the application
// roles may not make).
Result<std::unique_ptr<Database>> openAsOwner(CliContext &context, Database::OpenMode mode)
{
    Database::Options options;
    options.mode = mode;
    options.allowServerMigration = true;
    Result<std::unique_ptr<Database>> db = Database::open(context.location(), options);
    if (!db)
        return db.error();
    Database &database = **db;
    RegisterService service(database, WriteContext{database.serverLogin(), {}});
    if (Status status = service.initialise(); !status)
        return status.error();
    Result<qint64> sealed = Result<qint64>(qint64(0));
    const Status sealing = database.transaction([&]() -> Status {
        sealed = AuditStore(database).seal();
        return Status::fromResult(sealed);
    });
    if (!sealing)
        return sealing.error();
    if (*sealed > 0)
        context.err() << QCoreApplication::translate("charter::cli", "Sealed %n audit entries written "
                                                     "before the trail was tamper-evident.", nullptr, int(*sealed))
                      << u'\n';
    return db;
}

int initServer(CliContext &context, Database &db)
{
    Result<QStringList> done = ServerSetup::initialise(db);
    if (!done)
        return context.fail(done.error());
    for (const QString &line : *done)
        context.out() << line << u'\n';
    context.out() << tr("Give people their roles with 'charter-cli --db LOCATION admin grant LOGIN ROLE...'.")
                  << u'\n';
    return 0;
}

} // namespace

int runAdmin(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shared-database administration (PostgreSQL; LOCATION is a libpq connection string or "
           "URI). Run by the owner of Charter's tables.\n\n"
           "  admin init-server             create Charter's tables if needed, then the roles\n"
           "                                charter_viewer, charter_contributor,\n"
           "                                charter_it_reviewer, charter_board, charter_admin\n"
           "                                and their privileges (again after every upgrade)\n"
           "  admin migrate [--yes]         upgrade an older shared database; without --yes,\n"
           "                                only say what would be done. Back it up first.\n"
           "  admin grant LOGIN ROLE...     make a database login viewer, contributor,\n"
           "                                it_reviewer, board or admin\n"
           "  admin revoke LOGIN ROLE...    take roles away again"));
    parser.addPositionalArgument(u"COMMAND"_s, tr("init-server, migrate, grant or revoke."));
    const QCommandLineOption yes(u"yes"_s, tr("migrate: upgrade now (after a backup)."));
    parser.addOption(yes);
    int code = 0;
    if (!context.parseVerb(parser, u"admin"_s, args, &code))
        return code;
    QStringList positional = parser.positionalArguments();
    const QStringList known = {u"init-server"_s, u"migrate"_s, u"grant"_s, u"revoke"_s};
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    if (!known.contains(command))
        return context.usageError(tr("Name an admin command: %1.").arg(known.join(u", "_s)));
    if (!Database::isServerLocation(context.location())) {
        return context.usageError(tr("'admin %1' works on a shared PostgreSQL database; name it with "
                                     "--db (e.g. --db postgresql://owner@host/charter). A Charter "
                                     "file is upgraded when it is opened, and its roles are managed "
                                     "with 'charter-cli users'.").arg(command));
    }

    if (command == u"grant"_s || command == u"revoke"_s) {
        if (positional.size() < 2)
            return context.usageError(tr("'admin %1' needs a LOGIN and at least one ROLE.").arg(command));
        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        Result<std::unique_ptr<Database>> db = Database::open(context.location(), options);
        if (!db)
            return context.fail(db.error());
        const QString login = positional.takeFirst();
        Result<QStringList> roles = command == u"grant"_s ? ServerSetup::grantRoles(**db, login, positional)
                                                          : ServerSetup::revokeRoles(**db, login, positional);
        if (!roles)
            return context.fail(roles.error());
        context.out() << (command == u"grant"_s ? tr("%1 now holds %2.") : tr("%1 no longer holds %2."))
                             .arg(login, roles->join(u", "_s))
                      << u'\n';
        return 0;
    }
    if (!positional.isEmpty())
        return context.usageError(tr("'admin %1' takes no arguments.").arg(command));

    if (command == u"init-server"_s) {
        Result<std::unique_ptr<Database>> db = openAsOwner(context, Database::OpenMode::CreateIfMissing);
        if (!db)
            return context.fail(db.error());
        if ((*db)->wasCreated())
            context.err() << tr("Created the Charter database %1.").arg((*db)->location()) << u'\n';
        return initServer(context, **db);
    }

    // migrate: first look without changing anything.
    Database::Options look;
    look.mode = Database::OpenMode::OpenExisting;
    look.migrateUpTo = 1; // every existing database is at least version 1: never migrates
    Result<std::unique_ptr<Database>> current = Database::open(context.location(), look);
    if (!current)
        return context.fail(current.error());
    const int from = (*current)->schemaVersion();
    const int to = Database::latestSchemaVersion();
    const QString display = (*current)->location();
    current = Error{};
    if (from >= to) {
        context.out() << tr("%1 is at schema version %2, the latest; nothing to do.").arg(display).arg(from)
                      << u'\n';
        return 0;
    }
    if (!parser.isSet(yes)) {
        context.out() << tr("%1 is at schema version %2; this Charter upgrades it to %3. Back it up "
                            "first:\n  %4\nthen run 'charter-cli --db LOCATION admin migrate --yes'. Every "
                            "client must then use this version of Charter or a newer one.")
                             .arg(display)
                             .arg(from)
                             .arg(to)
                             .arg(backupCommand(context.location()))
                      << u'\n';
        return 0;
    }
    Result<std::unique_ptr<Database>> db = openAsOwner(context, Database::OpenMode::OpenExisting);
    if (!db)
        return context.fail(db.error());
    context.err() << tr("Upgraded %1 from schema version %2 to %3.").arg(display).arg(from).arg((*db)->schemaVersion())
                  << u'\n';
    Result<bool> secured = ServerSetup::rolesExist(**db);
    if (!secured)
        return context.fail(secured.error());
    if (!*secured) {
        context.err() << tr("Charter's roles are not set up on this server yet; run 'admin init-server'.")
                      << u'\n';
        return 0;
    }
    return initServer(context, **db); // new tables get their privileges
}

} // namespace charter::cli
