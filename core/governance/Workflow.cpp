#include "Workflow.h"

#include "SignOff.h"
#include "domain/EnumWords.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::Workflow", text);
}

struct Transition {
    WorkflowAction action;
    WorkflowState from;
    WorkflowState to;
    bool newCycle;
};

using S = WorkflowState;
using A = WorkflowAction;

constexpr Transition Transitions[] = {
    {A::Submit, S::Draft, S::InReview, true},
    {A::Submit, S::ChangesRequested, S::InReview, false},
    {A::Submit, S::Rejected, S::InReview, true},
    {A::Submit, S::Approved, S::InReview, true},
    {A::Submit, S::Suspended, S::InReview, true},
    {A::Approve, S::InReview, S::Approved, false},
    {A::RequestChanges, S::InReview, S::ChangesRequested, false},
    {A::Reject, S::InReview, S::Rejected, false},
    {A::Suspend, S::Approved, S::Suspended, false},
    {A::Reinstate, S::Suspended, S::Approved, false},
    {A::Retire, S::Draft, S::Retired, false},
    {A::Retire, S::ChangesRequested, S::Retired, false},
    {A::Retire, S::Rejected, S::Retired, false},
    {A::Retire, S::Suspended, S::Retired, false},
};

const Transition *find(WorkflowState from, WorkflowAction action)
{
    for (const Transition &transition : Transitions)
        if (transition.from == from && transition.action == action)
            return &transition;
    return nullptr;
}

// What to do instead, for the refusal message.
QString hint(WorkflowState from, WorkflowAction action)
{
    switch (action) {
    case A::Approve:
    case A::RequestChanges:
    case A::Reject:
        return from == S::Draft || from == S::ChangesRequested || from == S::Rejected
            ? tr("Only a system in review can be decided; submit it first.")
            : tr("Only a system in review can be decided.");
    case A::Submit:
        return from == S::InReview ? tr("It is already waiting for review.")
                                   : tr("A retired system cannot return to review; register it again if it "
                                        "comes back.");
    case A::Suspend:
        return tr("Only an approved system can be suspended.");
    case A::Reinstate:
        return tr("Only a suspended system can be reinstated.");
    case A::Retire:
        return from == S::Approved ? tr("Suspend it first, so operations stop before it is retired.")
               : from == S::InReview ? tr("Decide the review first (reject or request changes).")
                                     : tr("It is already retired.");
    case A::ReapprovalRequired:
        break;
    }
    return QString();
}

// "Cannot %1 \"%2\"": the action as a verb phrase.
QString actionPhrase(WorkflowAction action)
{
    switch (action) {
    case A::Submit:
        return tr("submit");
    case A::Approve:
        return tr("approve");
    case A::RequestChanges:
        return tr("request changes to");
    case A::Reject:
        return tr("reject");
    case A::Suspend:
        return tr("suspend");
    case A::Reinstate:
        return tr("reinstate");
    case A::Retire:
        return tr("retire");
    case A::ReapprovalRequired:
        break;
    }
    return enumKey(action);
}

} // namespace

namespace Workflow {

Result<WorkflowState> next(WorkflowState from, WorkflowAction action, const QString &systemName)
{
    if (const Transition *transition = find(from, action))
        return transition->to;
    return makeError(ErrorCode::Conflict,
                     tr("Cannot %1 \"%2\": it is %3. %4")
                         .arg(actionPhrase(action), systemName,
                              enumInSentence(from), hint(from, action)));
}

bool startsNewCycle(WorkflowState from, WorkflowAction action)
{
    const Transition *transition = find(from, action);
    return transition && transition->newCycle;
}

QList<WorkflowAction> actionsFrom(WorkflowState state)
{
    QList<WorkflowAction> actions;
    for (const Transition &transition : Transitions)
        if (transition.from == state && !actions.contains(transition.action))
            actions.append(transition.action);
    return actions;
}

bool isReviewDecision(WorkflowAction action)
{
    return action == A::Approve || action == A::RequestChanges || action == A::Reject;
}

} // namespace Workflow

QDate reviewDueDate(const WorkflowRecord &record, RiskTier currentTier, const Policy &policy)
{
    if (!record.hasApproval())
        return QDate();
    const QDate approved = record.approvedAt.toUTC().date();
    const int months = std::min(policy.reviewCadenceMonths(record.approvedTier),
                                policy.reviewCadenceMonths(currentTier));
    return approved.addMonths(months);
}

QList<ReapprovalReason> reapprovalReasons(const WorkflowRecord &record, const QByteArray &currentContent,
                                          RiskTier currentTier, const Policy &policy, const QDate &today)
{
    QList<ReapprovalReason> reasons;
    if ((record.state != S::Approved && record.state != S::Suspended) || !record.hasApproval())
        return reasons;

    const QDate due = reviewDueDate(record, currentTier, policy);
    if (due.isValid() && today > due) {
        const QDate approved = record.approvedAt.toUTC().date();
        const RiskTier cadenceTier = policy.reviewCadenceMonths(currentTier)
                < policy.reviewCadenceMonths(record.approvedTier) ? currentTier : record.approvedTier;
        ReapprovalReason reason;
        reason.kind = ReapprovalReason::Kind::ReviewDue;
        reason.date = due;
        reason.text = tr("The review was due on %1 (approved on %2; %3 risk is reviewed every %4 "
                         "months).")
                          .arg(displayDate(due), displayDate(approved), enumInSentence(cadenceTier))
                          .arg(policy.reviewCadenceMonths(cadenceTier));
        reasons.append(reason);
    }
    if (record.approvalExpires.isValid() && today > record.approvalExpires) {
        ReapprovalReason reason;
        reason.kind = ReapprovalReason::Kind::ApprovalExpired;
        reason.date = record.approvalExpires;
        reason.text = tr("The approval expired on %1.").arg(displayDate(record.approvalExpires));
        reasons.append(reason);
    }
    const QList<FieldChange> material = materialOnly(diffContent(record.approvedContent, currentContent));
    if (!material.isEmpty()) {
        ReapprovalReason reason;
        reason.kind = ReapprovalReason::Kind::MaterialChange;
        reason.changes = material;
        reason.text = tr("Material change since approval: %1.").arg(changedPaths(material));
        reasons.append(reason);
    }
    if (int(currentTier) > int(record.approvedTier)) {
        const RequiredSignOffs before = policy.requiredSignOffs(record.approvedTier);
        const RequiredSignOffs now = policy.requiredSignOffs(currentTier);
        QStringList more;
        for (const auto &entry : enumEntries<SignOffKind>()) {
            if (now.count(entry.value) > before.count(entry.value))
                more << u"%1 × %2"_s.arg(enumLabel(entry.value)).arg(now.count(entry.value));
        }
        if (!more.isEmpty()) {
            ReapprovalReason reason;
            reason.kind = ReapprovalReason::Kind::TierRaised;
            reason.text = tr("The risk tier rose from %1 to %2 since approval; the policy now requires %3.")
                              .arg(enumInSentence(record.approvedTier), enumInSentence(currentTier), more.join(u", "_s));
            reasons.append(reason);
        }
    }
    return reasons;
}

} // namespace charter
