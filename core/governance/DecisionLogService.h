#pragma once

#include "DecisionLog.h"
#include "domain/DecisionLog.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace charter {

class RegisterService;

struct OverrideRequest {
    QString decision;    // the decision boundary concerned; optional
    QString recommended; // what the system recommended; required
    QString decided;     // what the person decided instead; required
    QString reason;      // why; required
    QDateTime occurredAt; // invalid = now
};

struct IncidentRequest {
    Severity severity = Severity::Medium;
    QString what;                      // required
    qint64 escalatedToId = 0;          // 0 = the first person on the path for this severity
    int acknowledgedAfterMinutes = -1; // -1 = not acknowledged yet
    QDateTime occurredAt;              // invalid = now
};

// One system's decision log, newest last, with every incident measured against its
// target on the session's now().
struct DecisionLogView {
    QList<Override> overrides;
    QList<Incident> incidents;
    QList<IncidentTiming> timings; // parallel to incidents
    int breaches = 0;
};

// Overrides and incidents (docs/workflow.md, "Decision log"). Recording needs the
// contributor, it_reviewer or board role, or being one of the system's owners
// (Permissions::recordDecision); each write is one audited transaction.
class DecisionLogService {
public:
    explicit DecisionLogService(RegisterService &session) : m_session(session) {}

    Result<DecisionLogView> log(qint64 systemId) const;

    Result<Override> recordOverride(qint64 systemId, const OverrideRequest &request);
    // The target is taken from the system's escalation path as it is now and stored
    // with the incident, so a later change of the path does not rewrite history.
    Result<Incident> recordIncident(qint64 systemId, const IncidentRequest &request);
    // Conflict when it was already acknowledged.
    Result<Incident> acknowledgeIncident(qint64 incidentId, int minutes);

private:
    RegisterService &m_session;
};

} // namespace charter
