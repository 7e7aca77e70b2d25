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
    // The row is in a state that needs no audit entry of its own (a meeting's agenda
    // with no items yet): without an entry it is not reported as added outside Charter.
    bool vacant = false;
};

// Where verify finds the current rows of one audited entity type. Each source reads
// through its repository; the workflow's entities can add theirs the same way
// (AuditVerifier::addEntitySource).
struct EntitySource {
    QString entityType;  // entity_type in the audit trail, e.g. "system"
    QString description; // for messages, e.g. "AI system"
    std::function<Result<QList<RegistryEntity>>(Database &)> load;
    // Optional: brings an audited "after" into the form LOAD produces before comparing
    // (e.g. a list whose order older entries recorded differently). Empty: as recorded.
    std::function<QByteArray(const QByteArray &after)> canonicalAfter = {};
};

// Systems, people, vendors and the review meetings (meetings with their attendees, each
// meeting's agenda as one row, meeting decisions): the rows that every write audits
// with their full "after" state. (Risk columns and a meeting's tier snapshot are derived
// data, not audited; they are not part of the compared state.)
QList<EntitySource> registryEntitySources();
// The meeting part of the above (entity types "meeting", "meeting_agenda", "meeting_decision").
QList<EntitySource> meetingEntitySources();

// The compact JSON the repositories record for a person or a vendor.
QByteArray auditedStateBytes(const QJsonObject &object);

} // namespace charter
