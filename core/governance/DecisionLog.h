#pragma once

#include "domain/AiSystem.h"
#include "domain/DecisionLog.h"

#include <QDateTime>
#include <QString>

namespace charter {

// The response-time target an incident is measured against: the escalation path's
// step for the incident's severity that names ESCALATEDTO (when given and on the path),
// otherwise the first step of that severity. personId is that step's person.
struct EscalationTarget {
    qint64 personId = 0;
    int minutes = -1; // -1: the path has no step (or no target) for this severity: a gap
};
EscalationTarget escalationTarget(const AiSystem &system, Severity severity, qint64 escalatedToId);

// How an incident's acknowledgement compares with its target on NOW.
struct IncidentTiming {
    enum class Status {
        NoTarget,     // the escalation path gave no target: a gap, not a breach
        WithinTarget, // acknowledged within the target
        Breached,     // acknowledged later than the target
        Awaiting,     // not acknowledged yet, target not passed
        Overdue,      // not acknowledged and the target has passed: a breach
    };
    Status status = Status::NoTarget;
    int elapsedMinutes = 0; // since it occurred (unacknowledged) or until acknowledgement
    QString text;           // translated sentence, e.g. "Acknowledged after 45 min; target 30 min: breached by 15 min"

    bool breached() const { return status == Status::Breached || status == Status::Overdue; }
};
IncidentTiming incidentTiming(const Incident &incident, const QDateTime &now);

} // namespace charter
