#pragma once

#include "WriteContext.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace charter {

class Database;

// Each system's workflow record (system_workflow) and history (workflow_events).
// Writes must run inside Database::transaction and append their audit entries there:
// entity "workflow" (id = system id, before/after = toJson(WorkflowRecord), action =
// the workflow action's key) and entity "workflow_event" (id = event id).
class WorkflowRepository {
public:
    explicit WorkflowRepository(Database &db) : m_db(db) {}

    // The stored record, or a draft (version 0) for a system that has none.
    Result<WorkflowRecord> load(qint64 systemId) const;
    // Stored records in any of STATES (all stored records when STATES is empty).
    Result<QList<WorkflowRecord>> inStates(const QList<WorkflowState> &states) const;
    // The state of every system that has left draft, by system id (absent = draft).
    Result<QHash<qint64, WorkflowState>> states() const;

    // Stores RECORD when its version equals the stored one (0: none stored yet), bumps
    // record.version and sets updatedAt; ErrorCode::Conflict when someone else changed
    // it meanwhile.
    Status save(WorkflowRecord &record, WorkflowAction action, const WriteContext &context);

    Status appendEvent(WorkflowEvent &event, const WriteContext &context);
    Result<QList<WorkflowEvent>> events(qint64 systemId) const; // oldest first
    // Every system's history, by system id, each oldest first.
    Result<QHash<qint64, QList<WorkflowEvent>>> allEvents() const;
    // Logins that submitted SYSTEMID in review cycle CYCLE.
    Result<QStringList> submitters(qint64 systemId, int cycle) const;

private:
    Database &m_db;
};

} // namespace charter
