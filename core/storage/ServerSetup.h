#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace charter {

class Database;

// Server-side security of a shared (PostgreSQL) Charter database, as
// `charter-cli admin init-server` sets it up (docs/shared-database.md).
//
// Five group roles (NOLOGIN, never superuser or BYPASSRLS) carry Charter's roles to the
// server, so a login that is granted one can do with psql no more than Charter lets it:
//   charter_viewer                     reads everything, writes nothing
//   charter_contributor, charter_it_reviewer, charter_board
//                                      write the register and the workflow
//   charter_admin                      writes accounts, roles and the risk policy
// For every application role the audit trail and the records that are only ever added
// (sign-offs, workflow events, overrides, incidents) are append-only: INSERT and SELECT,
// never UPDATE, DELETE or TRUNCATE (an incident's acknowledgement is the one column
// that may be filled in later). Nobody but the owner creates tables or changes the
// schema version (row-level security on charter_meta). Database logins become members
// of these roles: GRANT charter_viewer TO some_login.
//
// Run by the owner of Charter's tables (the login that created them), who needs
// CREATEROLE while the roles do not exist yet. Idempotent: running it again after a
// migration grants the new tables and repairs anything changed by hand.
class ServerSetup {
public:
    static QStringList roleNames();
    // The table where the server's triggers record changes made outside Charter (owner
    // writes only; sealed into the audit trail by ExternalChanges on the next write).
    static QString externalChangesTable();
    // Roles that may write the register and the workflow.
    static QStringList writerRoles();

    // Creates or repairs the roles, and replaces every privilege of PUBLIC and of the
    // roles on Charter's tables, sequences and schema, in one transaction. Returns what
    // was done, one line per step, for the administrator to read. NotPermitted when the
    // login does not own the tables or cannot create roles; Usage on an SQLite file.
    static Result<QStringList> initialise(Database &db);

    // True when all five roles exist on the server (a database set up by initialise).
    static Result<bool> rolesExist(Database &db);

    // Makes the database login LOGIN a member of ROLES (viewer, contributor,
    // it_reviewer, board, admin, or their charter_ names), or no longer one. Needs
    // CREATEROLE (or ADMIN OPTION on the roles). InvalidInput for an unknown role or
    // login. Returns the server role names concerned.
    static Result<QStringList> grantRoles(Database &db, const QString &login, const QStringList &roles);
    static Result<QStringList> revokeRoles(Database &db, const QString &login, const QStringList &roles);
};

} // namespace charter
