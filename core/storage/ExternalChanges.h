#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace charter {

class Database;
struct AuditFinding;

// A row change made outside Charter (psql, a script), as the server's trigger recorded
// it in charter_external_changes (ServerSetup).
struct ExternalChange {
    qint64 id = 0;
    QString changedAt; // ISO 8601, UTC, as the server recorded it
    QString login;     // the session login that made the change
    QString table;
    QString operation; // insert, update, delete, truncate
    QString rowKey;    // the row's id (or login, system_id/position, ...); empty for truncate
    QByteArray before; // the row as JSON; empty for an insert
    QByteArray after;  // the row as JSON; empty for a delete
};

// Carries changes made outside Charter into the tamper-evident audit trail.
//
// On a shared database set up by init-server, triggers record every change that does
// not come from Charter in charter_external_changes, a table no application role can
// write. Those records have no place in the Merkle tree yet; AuditStore appends each one
// as a sealed "external_change" entry (actor: the login that made the change, entity:
// the record's id) before its own next entry, so the trail stays one consistent log.
// verify reports records not yet in the trail and trail copies that differ from them.
// Nothing to do on an SQLite file or a database without the table.
class ExternalChanges {
public:
    static constexpr const char *Action = "external_change";
    static constexpr const char *EntityType = "external_change";

    explicit ExternalChanges(Database &db) : m_db(db) {}

    // True when the server records external changes (init-server ran).
    Result<bool> recorded() const;
    // The records the audit trail does not hold yet, oldest first.
    Result<QList<ExternalChange>> notInTrail() const;
    // "update of systems 12 outside Charter at 2026-01-31T09:30:00.000Z"
    static QString describe(const ExternalChange &change);

    // verify: a finding per record missing from the trail or differing from its copy.
    Status check(QList<AuditFinding> &findings) const;

private:
    Result<QList<ExternalChange>> read(bool onlyMissing) const;

    Database &m_db;
};

} // namespace charter
