#pragma once

#include "DecisionLog.h"
#include "SignOff.h"
#include "User.h"
#include "Workflow.h"

#include <QByteArray>
#include <QJsonObject>

namespace charter {

// JSON of the governance records, as stored in the audit trail (before/after of each
// row, compact, keys sorted) and printed by `charter-cli ... --format json`. Same
// conventions as Json.h: every field is written; absent values are null; timestamps
// are UTC ISO 8601 with a "Z"; enumerations are their keys. Pure and reentrant.
QJsonObject toJson(const User &user);
QJsonObject toJson(const WorkflowRecord &record);
QJsonObject toJson(const WorkflowEvent &event);
// The signed content is included as `content` (the canonical JSON object itself).
QJsonObject toJson(const SignOff &signOff);
QJsonObject toJson(const Override &entry);
QJsonObject toJson(const Incident &incident);
QJsonObject toJson(const FieldChange &change);

// Compact bytes of OBJECT for the audit trail.
QByteArray auditBytes(const QJsonObject &object);

// ISO 8601 UTC text of TIMESTAMP ("2026-03-01T09:30:00.000Z"), as stored in the
// database; empty for an invalid timestamp. And back.
QString storedTimestamp(const QDateTime &timestamp);
QDateTime timestampFromStored(const QString &text);

} // namespace charter
