#pragma once

#include "AuditVerifier.h"
#include "RegistrySnapshot.h"

namespace charter {

class AuditStore;
class Database;

// The register against the trail: each row must equal the "after" of its newest audit
// entry; a row without any entry, a deleted row that is back, and an audited row that
// vanished without a delete entry are findings too (a vacant row, such as an empty
// agenda, needs no entry). Rows are compared as JSON, so a
// finding names the fields that differ.
class RegistryCheck {
public:
    RegistryCheck(Database &db, const AuditStore &store) : m_db(db), m_store(store) {}

    // Returns the number of rows compared; an error only when the trail cannot be read.
    Result<qint64> run(const QList<EntitySource> &sources, QList<AuditFinding> &findings);

private:
    Database &m_db;
    const AuditStore &m_store;
};

} // namespace charter
