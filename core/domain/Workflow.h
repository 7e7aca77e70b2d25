#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace charter {

// Where a system stands in the approval process (docs/workflow.md). A system without
// a stored workflow record is a draft.
enum class WorkflowState { Draft, InReview, ChangesRequested, Approved, Rejected, Suspended, Retired };
template <>
std::span<const EnumEntry<WorkflowState>> enumEntries<WorkflowState>();

// What someone does to a system's workflow. ReapprovalRequired is recorded by Charter
// itself when a material change reaches an approved system; it does not change state.
enum class WorkflowAction {
    Submit,
    Approve,
    RequestChanges,
    Reject,
    Suspend,
    Reinstate,
    Retire,
    ReapprovalRequired,
};
template <>
std::span<const EnumEntry<WorkflowAction>> enumEntries<WorkflowAction>();

// The workflow of one system: its state, the current review cycle and the last
// approval (content, tier, conditions, expiry) that re-review is measured against.
struct WorkflowRecord {
    qint64 systemId = 0;
    WorkflowState state = WorkflowState::Draft;
    // Review cycle: a submission from draft, rejected, approved or suspended starts a
    // new one; sign-offs count only in the cycle they were given in. 0 = never submitted.
    int cycle = 0;
    QString submittedBy; // login of the last submission
    QDateTime submittedAt;
    QString decidedBy;   // login of the last review decision (approve, request changes, reject)
    QDateTime decidedAt;
    QString decisionReason;

    // The last approval; kept while the system is suspended or under re-review.
    QDateTime approvedAt;
    QString approvedBy;
    QString approvalConditions; // empty = unconditional
    QDate approvalExpires;      // invalid = no expiry beyond the review cadence
    QByteArray approvedContent; // canonicalBytes() of the system as approved
    QString approvedContentSha256; // hex
    RiskTier approvedTier = RiskTier::Low;
    int approvedPolicyVersion = 0;

    int version = 0; // optimistic concurrency; 0 = not stored yet
    QDateTime updatedAt;

    bool hasApproval() const { return approvedAt.isValid(); }
    bool operator==(const WorkflowRecord &) const = default;
};

// One step of a system's workflow history.
struct WorkflowEvent {
    qint64 id = 0;
    qint64 systemId = 0;
    int cycle = 0;
    QDateTime at;
    QString actor;
    WorkflowAction action = WorkflowAction::Submit;
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    QString reason;

    bool operator==(const WorkflowEvent &) const = default;
};

} // namespace charter
