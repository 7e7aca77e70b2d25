#include "ServerSetup.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::ServerSetup", text);
}

const QString Viewer = u"charter_viewer"_s;
const QString Contributor = u"charter_contributor"_s;
const QString ItReviewer = u"charter_it_reviewer"_s;
const QString Board = u"charter_board"_s;
const QString Admin = u"charter_admin"_s;

// What the application roles may do with a table.
enum class TableAccess {
    Register,   // writers: INSERT, UPDATE, DELETE
    AppendOnly, // writers (and admin for the audit trail): INSERT only
    AdminOnly,  // admin: INSERT, UPDATE, DELETE
    Meta,       // writers and admin: INSERT, UPDATE, except Charter's own keys (RLS)
    OwnerOnly,  // nobody but the owner writes
};

TableAccess accessOf(const QString &table)
{
    static const QStringList appendOnly = {u"audit_log"_s, u"sign_offs"_s, u"workflow_events"_s,
                                           u"overrides"_s, u"incidents"_s};
    static const QStringList adminOnly = {u"users"_s, u"user_roles"_s, u"policies"_s};
    if (appendOnly.contains(table))
        return TableAccess::AppendOnly;
    if (adminOnly.contains(table))
        return TableAccess::AdminOnly;
    if (table == u"charter_meta"_s)
        return TableAccess::Meta;
    if (table == u"schema_migrations"_s)
        return TableAccess::OwnerOnly;
    return TableAccess::Register;
}

// Columns of append-only tables that are filled in once, later.
QString lateColumnsOf(const QString &table)
{
    return table == u"incidents"_s ? u"acknowledged_after_minutes"_s : QString();
}

} // namespace

QStringList ServerSetup::roleNames()
{
    return {Viewer, Contributor, ItReviewer, Board, Admin};
}

QStringList ServerSetup::writerRoles()
{
    return {Contributor, ItReviewer, Board};
}

Result<bool> ServerSetup::rolesExist(Database &db)
{
    if (!db.isServer())
        return false;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ANY (string_to_array(?, ','))"_s);
    query.addBindValue(roleNames().join(u','));
    if (!query.exec() || !query.next())
        return db.queryError(query, tr("looking for Charter's roles"));
    return query.value(0).toInt() == roleNames().size();
}

namespace {

Result<QStringList> changeMembership(Database &db, const QString &login, const QStringList &roles, bool grant)
{
    if (!db.isServer()) {
        return makeError(ErrorCode::Usage,
                         tr("%1 is a Charter file: it has no database logins. Use 'charter-cli "
                            "users' to give accounts their roles.").arg(db.location()));
    }
    QStringList serverRoles;
    for (const QString &role : roles) {
        for (QString name : role.split(u',', Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (!name.startsWith(u"charter_"_s))
                name.prepend(u"charter_"_s);
            if (!ServerSetup::roleNames().contains(name)) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1\" is not a Charter role; use viewer, contributor, "
                                    "it_reviewer, board or admin.").arg(role));
            }
            if (!serverRoles.contains(name))
                serverRoles.append(name);
        }
    }
    if (serverRoles.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name at least one role."));
    QStringList changed;
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(u"SELECT quote_ident(rolname), rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"_s);
        query.addBindValue(login);
        if (!query.exec())
            return db.queryError(query, tr("looking for the login %1").arg(login));
        if (!query.next()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The server has no login %1. Create it first (CREATE ROLE %1 LOGIN).")
                                 .arg(login));
        }
        const QString quoted = query.value(0).toString();
        if (!query.value(1).toBool() || ServerSetup::roleNames().contains(login)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not a login; Charter's roles are given to the logins of "
                                "people.").arg(login));
        }
        const QString sql = grant ? u"GRANT %1 TO %2"_s : u"REVOKE %1 FROM %2"_s;
        if (!query.exec(sql.arg(serverRoles.join(u", "_s), quoted)))
            return db.queryError(query, tr("changing the roles of %1").arg(login));
        changed = serverRoles;
        return {};
    });
    if (!status)
        return status.error();
    spdlog::info("{} {} {} on {}", grant ? "Granted" : "Revoked", serverRoles.join(u", "_s).toStdString(),
                 login.toStdString(), db.location().toStdString());
    return changed;
}

} // namespace

Result<QStringList> ServerSetup::grantRoles(Database &db, const QString &login, const QStringList &roles)
{
    return changeMembership(db, login, roles, true);
}

Result<QStringList> ServerSetup::revokeRoles(Database &db, const QString &login, const QStringList &roles)
{
    return changeMembership(db, login, roles, false);
}

Result<QStringList> ServerSetup::initialise(Database &db)
{
    if (!db.isServer()) {
        return makeError(ErrorCode::Usage,
                         tr("%1 is a Charter file: its roles are enforced by Charter itself. "
                            "init-server sets up a shared PostgreSQL database.").arg(db.location()));
    }
    QStringList done;
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        const auto run = [&](const QString &sql) -> Status {
            if (!query.exec(sql))
                return db.queryError(query, tr("setting up the server (%1)").arg(sql.left(80)));
            return {};
        };

        if (!query.exec(u"SELECT current_user, quote_ident(current_schema()), "
                        "quote_ident(current_database()), "
                        "(SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user), "
                        "(SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_catalog.pg_namespace "
                        " WHERE oid = current_schema()::regnamespace), "
                        "(SELECT pg_has_role(current_user, datdba, 'USAGE') FROM pg_catalog.pg_database "
                        " WHERE datname = current_database())"_s)
            || !query.next()) {
            return db.queryError(query, tr("identifying the login"));
        }
        const QString login = query.value(0).toString();
        const QString schema = query.value(1).toString();
        const QString database = query.value(2).toString();
        const bool canCreateRoles = query.value(3).toBool();
        const bool ownsSchema = query.value(4).toBool();
        const bool ownsDatabase = query.value(5).toBool();

        // Every table of the schema must be ours: privileges are the owner's to give.
        if (!query.exec(u"SELECT relname, quote_ident(relname), pg_has_role(current_user, relowner, 'USAGE'), "
                        "pg_get_userbyid(relowner) FROM pg_catalog.pg_class "
                        "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p') "
                        "ORDER BY relname"_s)) {
            return db.queryError(query, tr("listing the tables"));
        }
        QList<std::pair<QString, QString>> tables; // name, quoted
        QStringList notOurs;
        QString owner;
        while (query.next()) {
            tables.append({query.value(0).toString(), query.value(1).toString()});
            if (!query.value(2).toBool()) {
                notOurs.append(query.value(0).toString());
                owner = query.value(3).toString();
            }
        }
        if (!notOurs.isEmpty()) {
            return makeError(ErrorCode::NotPermitted,
                             tr("The login %1 does not own Charter's tables (%2 belong to %3). Run "
                                "init-server as the owner of the tables.")
                                 .arg(login, notOurs.join(u", "_s), owner));
        }

        // The group roles: no login, no superuser, no way around row-level security.
        for (const QString &role : roleNames()) {
            query.prepare(u"SELECT rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb, "
                          "rolreplication FROM pg_catalog.pg_roles WHERE rolname = ?"_s);
            query.addBindValue(role);
            if (!query.exec())
                return db.queryError(query, tr("looking for the role %1").arg(role));
            const QString attributes =
                u"NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT"_s;
            if (!query.next()) {
                if (!canCreateRoles) {
                    return makeError(ErrorCode::NotPermitted,
                                     tr("The role %1 does not exist and the login %2 may not create "
                                        "roles. Ask a superuser to run \"CREATE ROLE %1 %3\" for each "
                                        "of %4, or to give %2 CREATEROLE.")
                                         .arg(role, login, attributes, roleNames().join(u", "_s)));
                }
                if (Status s = run(u"CREATE ROLE %1 %2"_s.arg(role, attributes)); !s)
                    return s;
                done.append(tr("Created the role %1 (%2).").arg(role, attributes));
                continue;
            }
            bool unsafe = false;
            for (int column = 0; column < 6; ++column)
                unsafe = unsafe || query.value(column).toBool();
            if (unsafe) {
                if (Status s = run(u"ALTER ROLE %1 %2"_s.arg(role, attributes)); !s) {
                    return makeError(ErrorCode::NotPermitted,
                                     tr("The role %1 exists with more power than Charter gives it "
                                        "(login, superuser, BYPASSRLS or similar), and %2 cannot "
                                        "take it away: ask a superuser to run \"ALTER ROLE %1 %3\". %4")
                                         .arg(role, login, attributes, s.error().message));
                }
                done.append(tr("Reset the role %1 to %2.").arg(role, attributes));
            }
        }

        const QString everyone = roleNames().join(u", "_s);
        const QString writers = writerRoles().join(u", "_s);
        const QString writersAndAdmin = writers + u", "_s + Admin;

        // Start from nothing, so running again also repairs grants changed by hand.
        QStringList statements = {
            u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2"_s.arg(schema, everyone),
            u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2"_s.arg(schema, everyone),
            u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, everyone),
            u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, everyone),
            // Ids: nextval for new rows, setval when rows keep their own ids.
            u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, writersAndAdmin),
        };
        if (ownsDatabase) {
            statements.append(u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, everyone));
        } else {
            done.append(tr("The database %1 belongs to another login: check that Charter's roles "
                           "may connect to it (GRANT CONNECT ON DATABASE %1 TO ...).").arg(database));
        }
        if (ownsSchema) {
            statements.append(u"REVOKE CREATE ON SCHEMA %1 FROM PUBLIC, %2"_s.arg(schema, everyone));
        } else {
            done.append(tr("The schema %1 belongs to another login: check that PUBLIC may not "
                           "create tables in it (REVOKE CREATE ON SCHEMA %1 FROM PUBLIC).").arg(schema));
        }
        QStringList appendOnly;
        for (const auto &[name, quoted] : tables) {
            switch (accessOf(name)) {
            case TableAccess::Register:
                statements.append(u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(quoted, writers));
                break;
            case TableAccess::AppendOnly:
                appendOnly.append(name);
                statements.append(u"GRANT INSERT ON %1 TO %2"_s
                                      .arg(quoted, name == u"audit_log"_s ? writersAndAdmin : writers));
                if (const QString late = lateColumnsOf(name); !late.isEmpty())
                    statements.append(u"GRANT UPDATE (%1) ON %2 TO %3"_s.arg(late, quoted, writers));
                break;
            case TableAccess::AdminOnly:
                statements.append(u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(quoted, Admin));
                break;
            case TableAccess::Meta:
                statements.append(u"GRANT INSERT, UPDATE ON %1 TO %2"_s.arg(quoted, writersAndAdmin));
                break;
            case TableAccess::OwnerOnly:
                break;
            }
        }
        // Application roles keep their own facts in charter_meta (audit tree head, risk
        // stamp) but never touch what identifies the database and its schema version.
        statements += {
            u"ALTER TABLE charter_meta ENABLE ROW LEVEL SECURITY"_s,
            u"DROP POLICY IF EXISTS charter_meta_read ON charter_meta"_s,
            u"DROP POLICY IF EXISTS charter_meta_insert ON charter_meta"_s,
            u"DROP POLICY IF EXISTS charter_meta_update ON charter_meta"_s,
            u"CREATE POLICY charter_meta_read ON charter_meta FOR SELECT USING (true)"_s,
            u"CREATE POLICY charter_meta_insert ON charter_meta FOR INSERT "
            "WITH CHECK (key NOT IN ('application', 'schema_version'))"_s,
            u"CREATE POLICY charter_meta_update ON charter_meta FOR UPDATE "
            "USING (key NOT IN ('application', 'schema_version')) "
            "WITH CHECK (key NOT IN ('application', 'schema_version'))"_s,
        };
        for (const QString &statement : statements) {
            if (Status s = run(statement); !s)
                return s;
        }
        done.append(tr("Granted %1: read everything.").arg(Viewer));
        done.append(tr("Granted %1: read everything, write the register and the workflow.").arg(writers));
        done.append(tr("Granted %1: read everything, write accounts, roles and the risk policy.").arg(Admin));
        done.append(tr("Append-only for every application role (no UPDATE, DELETE or TRUNCATE): %1.")
                        .arg(appendOnly.join(u", "_s)));
        done.append(tr("Only %1 may create tables in %2 or change the schema version.").arg(login, schema));
        return {};
    });
    if (!status)
        return status.error();
    spdlog::info("Set up roles and privileges on {}", db.location().toStdString());
    return done;
}

} // namespace charter
