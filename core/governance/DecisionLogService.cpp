#include "DecisionLogService.h"

#include "Permissions.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/DecisionLogRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DecisionLogService", text);
}

QList<qint64> ownerIds(const AiSystem &system)
{
    const Ownership &o = system.ownership;
    return {o.accountableOwnerId, o.businessOwnerId, o.technicalOwnerId, o.supportOwnerId, o.itContactId};
}

Status require(const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1 must not be empty.").arg(what));
    return {};
}

} // namespace

Result<DecisionLogView> DecisionLogService::log(qint64 systemId) const
{
    DecisionLogRepository repository(m_session.database());
    DecisionLogView view;
    Result<QList<Override>> overrides = repository.overrides(systemId);
    if (!overrides)
        return overrides.error();
    Result<QList<Incident>> incidents = repository.incidents(systemId);
    if (!incidents)
        return incidents.error();
    view.overrides = *overrides;
    view.incidents = *incidents;
    const QDateTime now = m_session.now();
    for (const Incident &incident : view.incidents) {
        view.timings.append(incidentTiming(incident, now));
        if (view.timings.constLast().breached())
            ++view.breaches;
    }
    return view;
}

Result<Override> DecisionLogService::recordOverride(qint64 systemId, const OverrideRequest &request)
{
    Database &db = m_session.database();
    Override entry;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<AiSystem> system = SystemRepository(db).load(systemId);
        if (!system)
            return system.error();
        if (Status permitted = Permissions::recordDecision(*actor, ownerIds(*system)); !permitted)
            return permitted;
        for (const auto &[value, what] : {std::pair{request.recommended, tr("What the system recommended")},
                                          std::pair{request.decided, tr("What the person decided")},
                                          std::pair{request.reason, tr("The reason for the override")}}) {
            if (Status s = require(value, what); !s)
                return s;
        }
        entry.systemId = systemId;
        entry.recordedAt = m_session.now();
        entry.occurredAt = request.occurredAt.isValid() ? request.occurredAt.toUTC() : entry.recordedAt;
        entry.recordedBy = actor->login;
        entry.decision = request.decision.trimmed();
        entry.recommended = request.recommended.trimmed();
        entry.decided = request.decided.trimmed();
        entry.reason = request.reason.trimmed();
        WriteContext context = m_session.context();
        context.reason = entry.reason;
        return DecisionLogRepository(db).insert(entry, context);
    });
    if (!status)
        return status.error();
    return entry;
}

Result<Incident> DecisionLogService::recordIncident(qint64 systemId, const IncidentRequest &request)
{
    Database &db = m_session.database();
    Incident incident;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<AiSystem> system = SystemRepository(db).load(systemId);
        if (!system)
            return system.error();
        if (Status permitted = Permissions::recordDecision(*actor, ownerIds(*system)); !permitted)
            return permitted;
        if (Status s = require(request.what, tr("What failed")); !s)
            return s;
        if (request.acknowledgedAfterMinutes < -1) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The acknowledgement time must be 0 minutes or more."));
        }
        if (request.escalatedToId > 0) {
            if (Result<Person> person = PeopleRepository(db).load(request.escalatedToId); !person)
                return person.error();
        }
        const EscalationTarget target = escalationTarget(*system, request.severity, request.escalatedToId);
        incident.systemId = systemId;
        incident.recordedAt = m_session.now();
        incident.occurredAt = request.occurredAt.isValid() ? request.occurredAt.toUTC() : incident.recordedAt;
        incident.recordedBy = actor->login;
        incident.severity = request.severity;
        incident.what = request.what.trimmed();
        incident.escalatedToId = request.escalatedToId > 0 ? request.escalatedToId : target.personId;
        incident.targetMinutes = target.minutes;
        incident.acknowledgedAfterMinutes = request.acknowledgedAfterMinutes;
        WriteContext context = m_session.context();
        context.reason = incident.what;
        return DecisionLogRepository(db).insert(incident, context);
    });
    if (!status)
        return status.error();
    return incident;
}

Result<Incident> DecisionLogService::acknowledgeIncident(qint64 incidentId, int minutes)
{
    Database &db = m_session.database();
    Incident incident;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        DecisionLogRepository repository(db);
        Result<Incident> stored = repository.incident(incidentId);
        if (!stored)
            return stored.error();
        Result<AiSystem> system = SystemRepository(db).load(stored->systemId);
        if (!system)
            return system.error();
        if (Status permitted = Permissions::recordDecision(*actor, ownerIds(*system)); !permitted)
            return permitted;
        if (minutes < 0)
            return makeError(ErrorCode::InvalidInput, tr("The acknowledgement time must be 0 minutes or more."));
        if (stored->acknowledgedAfterMinutes >= 0) {
            return makeError(ErrorCode::Conflict,
                             tr("Incident %1 was already acknowledged after %2 minutes.")
                                 .arg(incidentId)
                                 .arg(stored->acknowledgedAfterMinutes));
        }
        incident = *stored;
        return repository.acknowledge(incident, minutes, m_session.context());
    });
    if (!status)
        return status.error();
    return incident;
}

} // namespace charter
