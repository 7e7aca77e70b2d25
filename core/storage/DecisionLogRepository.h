#pragma once

#include "WriteContext.h"
#include "domain/DecisionLog.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace charter {

class Database;

// The decision log: human overrides (table overrides) and incidents (table
// incidents). Writes must run inside Database::transaction and append their audit
// entries there (entity "override" / "incident", id = row id, after = toJson(...)).
class DecisionLogRepository {
public:
    explicit DecisionLogRepository(Database &db) : m_db(db) {}

    Result<QList<Override>> overrides(qint64 systemId) const; // oldest first
    Result<QList<Incident>> incidents(qint64 systemId) const; // oldest first
    Result<Incident> incident(qint64 id) const;
    // Everything recorded at or after SINCE, every system's, oldest recorded first.
    Result<QList<Override>> overridesSince(const QDateTime &since) const;
    Result<QList<Incident>> incidentsSince(const QDateTime &since) const;

    Status insert(Override &entry, const WriteContext &context);
    Status insert(Incident &incident, const WriteContext &context);
    // Records when INCIDENT was acknowledged (minutes after it occurred).
    Status acknowledge(Incident &incident, int minutes, const WriteContext &context);

private:
    Database &m_db;
};

} // namespace charter
