#pragma once

#include "domain/Workflow.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace charter {

class RegisterService;

struct DemoHistorySummary {
    int accounts = 0;        // accounts created for the demo's people
    int signOffs = 0;
    int staleSignOffs = 0;   // sign-offs a later material change made stale
    int overrides = 0;
    int incidents = 0;
    int breaches = 0;        // incidents acknowledged late or not at all
    QHash<WorkflowState, int> states; // systems per workflow state
};

// Gives stored demo systems (generateDemoPortfolio, already imported) a realistic,
// deterministic approval history, written through the same audited services a user
// goes through (RolesService, WorkflowService, DecisionLogService, RegisterService):
// - accounts for the demo's people, linked to them: IT reviewers from IT Operations and
//   Information Security, a governance board from the heads of Risk & Compliance,
//   Legal, Finance and Data & Analytics, contributors for owners and technical owners;
// - systems in every workflow state: drafts, reviews with partial and stale sign-offs,
//   changes requested, rejections, approvals (some with conditions and an expiry, some
//   overdue for review, some changed materially since), suspensions and retirements;
// - overrides and incidents (some acknowledged late) for systems in operation.
// Business dates lie in the months before the session's today(); the audit trail
// records the real time of each write. The same (systems, seed, today) gives the same
// history. Needs the admin role (it creates accounts and acts in their names); runs in
// one transaction. At most MaxSystems of SYSTEMIDS get a history (the rest stay drafts).
class DemoHistory {
public:
    static constexpr int MaxSystems = 400;

    static Result<DemoHistorySummary> generate(RegisterService &session, QList<qint64> systemIds, quint64 seed);
};

} // namespace charter
