#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace charter {

class Database;

// One row of the register as it is now, in the same bytes its audit entries record
// as "after" (for a system: canonicalBytes; for people and vendors: their compact JSON).
struct RegistryEntity {
    QString id;      // as the audit trail names it (entity_id)
    QString name;    // for messages
    QByteArray state;
};

// Where verify finds the current rows of one audited entity type. Each source reads
// through its repository; the workflow's entities can add theirs the same way
// (AuditVerifier::addEntitySource).
struct EntitySource {
    QString entityType;  // entity_type in the audit trail, e.g. "system"
    QString description; // for messages, e.g. "AI system"
    std::function<Result<QList<RegistryEntity>>(Database &)> load;
};

// Systems, people and vendors: the register's rows that every write audits with their
// full "after" state. (Risk columns are derived data, recomputed daily and not audited;
// they are not part of the compared state.)
QList<EntitySource> registryEntitySources();

// The compact JSON the repositories record for a person or a vendor.
QByteArray auditedStateBytes(const QJsonObject &object);

} // namespace charter
