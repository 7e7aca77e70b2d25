#include "DecisionLog.h"

#include <QCoreApplication>

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DecisionLog", text);
}

} // namespace

EscalationTarget escalationTarget(const AiSystem &system, Severity severity, qint64 escalatedToId)
{
    EscalationTarget first;
    bool haveFirst = false;
    for (const EscalationStep &step : system.escalation) {
        if (step.severity != severity)
            continue;
        if (escalatedToId > 0 && step.personId == escalatedToId)
            return EscalationTarget{step.personId, step.responseMinutes};
        if (!haveFirst) {
            first = EscalationTarget{step.personId, step.responseMinutes};
            haveFirst = true;
        }
    }
    return first;
}

IncidentTiming incidentTiming(const Incident &incident, const QDateTime &now)
{
    IncidentTiming timing;
    const int target = incident.targetMinutes;
    if (incident.acknowledgedAfterMinutes >= 0) {
        const int after = incident.acknowledgedAfterMinutes;
        timing.elapsedMinutes = after;
        if (target < 0) {
            timing.status = IncidentTiming::Status::NoTarget;
            timing.text = tr("Acknowledged after %1 min; the escalation path sets no response target for "
                             "this severity (gap).").arg(after);
        } else if (after <= target) {
            timing.status = IncidentTiming::Status::WithinTarget;
            timing.text = tr("Acknowledged after %1 min; target %2 min: within target.").arg(after).arg(target);
        } else {
            timing.status = IncidentTiming::Status::Breached;
            timing.text = tr("Acknowledged after %1 min; target %2 min: breached by %3 min.")
                              .arg(after).arg(target).arg(after - target);
        }
        return timing;
    }
    const qint64 seconds = incident.occurredAt.isValid() ? incident.occurredAt.secsTo(now) : 0;
    timing.elapsedMinutes = int(std::max<qint64>(0, seconds / 60));
    if (target < 0) {
        timing.status = IncidentTiming::Status::NoTarget;
        timing.text = tr("Not acknowledged; the escalation path sets no response target for this "
                         "severity (gap).");
    } else if (timing.elapsedMinutes > target) {
        timing.status = IncidentTiming::Status::Overdue;
        timing.text = tr("Not acknowledged after %1 min; target %2 min: breached.")
                          .arg(timing.elapsedMinutes).arg(target);
    } else {
        timing.status = IncidentTiming::Status::Awaiting;
        timing.text = tr("Not acknowledged yet (%1 min so far; target %2 min).")
                          .arg(timing.elapsedMinutes).arg(target);
    }
    return timing;
}

} // namespace charter
