#pragma once

#include "WriteContext.h"
#include "domain/SignOff.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace charter {

class Database;

// Sign-offs (table sign_offs), each with the canonical content it signed. Append-only:
// signing again adds a newer row. insert() must run inside Database::transaction and
// appends its audit entry (entity "sign_off", id = sign-off id) there.
class SignOffRepository {
public:
    explicit SignOffRepository(Database &db) : m_db(db) {}

    // Sign-offs of SYSTEMID, oldest first; only those of review cycle CYCLE when >= 0.
    Result<QList<SignOff>> forSystem(qint64 systemId, int cycle = -1) const;
    // Sign-offs of the current review cycle of every system now in review, by system id.
    Result<QHash<qint64, QList<SignOff>>> ofSystemsInReview() const;
    // Sign-offs of the current review cycle of every system with a workflow record, by
    // system id, oldest first (forSystem(id, cycle) for all of them at once).
    Result<QHash<qint64, QList<SignOff>>> ofCurrentCycles() const;

    Status insert(SignOff &signOff, const WriteContext &context);

private:
    Database &m_db;
};

} // namespace charter
