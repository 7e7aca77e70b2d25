#pragma once

#include "domain/Workflow.h"
#include "util/Result.h"

#include <QList>
#include <utility>

namespace charter {

class RegisterService;

// Gives a demo register one past review meeting (yesterday) with real content: its
// agenda built from the demo history, a few decisions recorded through MeetingService
// (approvals of systems whose sign-offs are all in, deferrals, a request for
// information) by the demo's board, and the meeting closed. Part of DemoHistory's
// transaction; does nothing when the demo has no board accounts. At most one system
// is approved, and only while another stays in review, so the demo keeps a system in
// every workflow state.
struct DemoMeetingSummary {
    int decisions = 0;
    QList<std::pair<WorkflowState, WorkflowState>> transitions; // workflow states the decisions changed
};

class DemoMeeting {
public:
    static Result<DemoMeetingSummary> add(RegisterService &session);
};

} // namespace charter
