#pragma once

#include "WriteContext.h"
#include "domain/AiSystem.h"
#include "domain/PersonRole.h"
#include "domain/RegistryRow.h"
#include "domain/RiskAssessment.h"
#include "util/Result.h"

#include <QList>

namespace charter {

struct PreparedAuditEntry;

class Database;

// AI systems with their boundaries and escalation steps. Every write stores the
// system's current risk assessment next to it (so listing never recomputes) and
// appends its audit entry in the caller's transaction (Database::transaction).
class SystemRepository {
public:
    explicit SystemRepository(Database &db) : m_db(db) {}

    Result<AiSystem> load(qint64 id) const;
    Result<QList<AiSystem>> all() const;
    Result<QList<RegistryRow>> registryRows() const;
    // The rows of the systems that depend on vendor VENDORID, by name.
    Result<QList<RegistryRow>> registryRowsOfVendor(qint64 vendorId) const;
    // Every role and escalation step that names person PERSONID, by system name.
    Result<QList<PersonRole>> rolesOfPerson(qint64 personId) const;
    Result<qint64> count() const;

    // SYSTEM is a numeric id or an exact name; InvalidInput when nothing or more than
    // one system matches.
    Result<qint64> resolve(const QString &idOrName) const;

    // Stores SYSTEM (keeping system.id when set) and sets its id, version and times.
    // AUDIT, when given, is the system's audit entry as the caller prepared it on
    // another thread (a bulk import): "create", its canonicalSystemJson() as stored (id,
    // version and times set, the times in whole milliseconds) as "after".
    Status insert(AiSystem &system, const RiskAssessment &risk, const WriteContext &context,
                  const PreparedAuditEntry *audit = nullptr);
    // Updates SYSTEM when its stored version still equals system.version; otherwise
    // ErrorCode::Conflict (someone else changed it). Bumps system.version.
    Status update(AiSystem &system, const RiskAssessment &risk, const WriteContext &context);
    Status remove(qint64 id, int expectedVersion, const WriteContext &context);

    // Replaces the stored risk columns of system ID (derived data: the record itself,
    // its version and its audit trail are untouched).
    Status storeAssessment(qint64 id, const RiskAssessment &risk);

private:
    // VENDORID 0: every system.
    Result<QList<RegistryRow>> readRegistryRows(qint64 vendorId) const;
    struct Times {
        int version;
        QDateTime createdAt;
        QDateTime updatedAt;
    };
    Status finishInsert(AiSystem &system, const Times &times, const WriteContext &context,
                        const PreparedAuditEntry *audit);
    Status writeChildren(const AiSystem &system);
    Status writeBoundaries(const AiSystem &system);
    Status writeEscalation(const AiSystem &system);
    Status loadChildren(QList<AiSystem> &systems) const;

    Database &m_db;
};

} // namespace charter
