#pragma once

#include "Policy.h"
#include "domain/AiSystem.h"
#include "domain/SignOff.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace charter {

// The approval workflow's rules, as pure functions (no database): which action leads
// from which state to which, and when an approved system needs re-approval.
// docs/workflow.md draws the state diagram.
//
//   draft ----------submit----------> in_review
//   in_review --approve--> approved | --request_changes--> changes_requested | --reject--> rejected
//   changes_requested --submit--> in_review   (same review cycle)
//   rejected, approved, suspended --submit--> in_review   (new review cycle: re-review)
//   approved --suspend--> suspended --reinstate--> approved
//   draft, changes_requested, rejected, suspended --retire--> retired (final)
namespace Workflow {

// The state ACTION leads to from FROM, or ErrorCode::Conflict naming the system, its
// state and what is possible instead.
Result<WorkflowState> next(WorkflowState from, WorkflowAction action, const QString &systemName);

// True when ACTION from FROM starts a new review cycle (earlier sign-offs stop counting).
bool startsNewCycle(WorkflowState from, WorkflowAction action);

// The actions the state diagram allows from STATE (what the GUI may offer; permission
// is checked separately).
QList<WorkflowAction> actionsFrom(WorkflowState state);

// Review decisions record a reviewer's judgement and need a reason.
bool isReviewDecision(WorkflowAction action);

} // namespace Workflow

// Why an approved (or suspended) system needs re-approval.
struct ReapprovalReason {
    enum class Kind {
        ReviewDue,       // the review date (approval + the tier's cadence) has passed
        ApprovalExpired, // the approval's own expiry date has passed
        MaterialChange,  // material fields differ from the approved content
        TierRaised,      // the risk tier rose and now needs more sign-offs
    };
    Kind kind = Kind::ReviewDue;
    QString text;               // translated sentence with dates and paths
    QDate date;                 // ReviewDue/ApprovalExpired: the date that passed
    QList<FieldChange> changes; // MaterialChange: what changed since approval

    bool operator==(const ReapprovalReason &) const = default;
};

// When the system must next be reviewed: the approval date plus the review cadence of
// the approved tier or of the current tier, whichever is shorter. Invalid when the
// record holds no approval.
QDate reviewDueDate(const WorkflowRecord &record, RiskTier currentTier, const Policy &policy);

// The reasons an approved or suspended system needs re-approval on TODAY, given its
// CURRENT content and risk tier; empty when its approval still holds (and for any
// other state).
QList<ReapprovalReason> reapprovalReasons(const WorkflowRecord &record, const QByteArray &currentContent,
                                          RiskTier currentTier, const Policy &policy, const QDate &today);

} // namespace charter
