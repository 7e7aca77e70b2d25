// Keys and labels of the workflow, role and sign-off enumerations.
#include "DecisionLog.h"
#include "EnumWords.h"
#include "SignOff.h"
#include "User.h"
#include "Workflow.h"

#include <QCoreApplication>

namespace charter {

#define CHARTER_GOVERNANCE_ENUM_TABLE(Type, ...)                                 \
    template <>                                                                  \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                         \
    {                                                                            \
        static constexpr EnumEntry<Type> entries[] = {__VA_ARGS__};              \
        return entries;                                                          \
    }

CHARTER_GOVERNANCE_ENUM_TABLE(Role,
    {Role::Viewer, "viewer", QT_TRANSLATE_NOOP("charter::Enums", "Viewer")},
    {Role::Contributor, "contributor", QT_TRANSLATE_NOOP("charter::Enums", "Contributor")},
    {Role::ItReviewer, "it_reviewer", QT_TRANSLATE_NOOP("charter::Enums", "IT reviewer")},
    {Role::Board, "board", QT_TRANSLATE_NOOP("charter::Enums", "Governance board")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("charter::Enums", "Administrator")})

CHARTER_GOVERNANCE_ENUM_TABLE(WorkflowState,
    {WorkflowState::Draft, "draft", QT_TRANSLATE_NOOP("charter::Enums", "Draft")},
    {WorkflowState::InReview, "in_review", QT_TRANSLATE_NOOP("charter::Enums", "In review")},
    {WorkflowState::ChangesRequested, "changes_requested", QT_TRANSLATE_NOOP("charter::Enums", "Changes requested")},
    {WorkflowState::Approved, "approved", QT_TRANSLATE_NOOP("charter::Enums", "Approved")},
    {WorkflowState::Rejected, "rejected", QT_TRANSLATE_NOOP("charter::Enums", "Rejected")},
    {WorkflowState::Suspended, "suspended", QT_TRANSLATE_NOOP("charter::Enums", "Suspended")},
    {WorkflowState::Retired, "retired", QT_TRANSLATE_NOOP("charter::Enums", "Retired")})

CHARTER_GOVERNANCE_ENUM_TABLE(WorkflowAction,
    {WorkflowAction::Submit, "submit", QT_TRANSLATE_NOOP("charter::Enums", "Submitted for review")},
    {WorkflowAction::Approve, "approve", QT_TRANSLATE_NOOP("charter::Enums", "Approved")},
    {WorkflowAction::RequestChanges, "request_changes", QT_TRANSLATE_NOOP("charter::Enums", "Changes requested")},
    {WorkflowAction::Reject, "reject", QT_TRANSLATE_NOOP("charter::Enums", "Rejected")},
    {WorkflowAction::Suspend, "suspend", QT_TRANSLATE_NOOP("charter::Enums", "Suspended")},
    {WorkflowAction::Reinstate, "reinstate", QT_TRANSLATE_NOOP("charter::Enums", "Reinstated")},
    {WorkflowAction::Retire, "retire", QT_TRANSLATE_NOOP("charter::Enums", "Retired")},
    {WorkflowAction::ReapprovalRequired, "reapproval_required", QT_TRANSLATE_NOOP("charter::Enums", "Re-approval required")})

CHARTER_GOVERNANCE_ENUM_TABLE(SignOffKind,
    {SignOffKind::ItReview, "it_review", QT_TRANSLATE_NOOP("charter::Enums", "IT review")},
    {SignOffKind::Ownership, "ownership", QT_TRANSLATE_NOOP("charter::Enums", "Ownership")},
    {SignOffKind::Board, "board", QT_TRANSLATE_NOOP("charter::Enums", "Governance board")})

#undef CHARTER_GOVERNANCE_ENUM_TABLE

QString enumInSentence(WorkflowState value)
{
    switch (value) {
    case WorkflowState::Draft:
        return detail::enumWord("Draft", QT_TRANSLATE_NOOP3("charter::Enums", "draft", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::InReview:
        return detail::enumWord("In review", QT_TRANSLATE_NOOP3("charter::Enums", "in review", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::ChangesRequested:
        return detail::enumWord("Changes requested", QT_TRANSLATE_NOOP3("charter::Enums", "changes requested", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::Approved:
        return detail::enumWord("Approved", QT_TRANSLATE_NOOP3("charter::Enums", "approved", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::Rejected:
        return detail::enumWord("Rejected", QT_TRANSLATE_NOOP3("charter::Enums", "rejected", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::Suspended:
        return detail::enumWord("Suspended", QT_TRANSLATE_NOOP3("charter::Enums", "suspended", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    case WorkflowState::Retired:
        return detail::enumWord("Retired", QT_TRANSLATE_NOOP3("charter::Enums", "retired", "workflow state inside a sentence: \"it is ...\", \"X is now ...\""));
    }
    return QString();
}

} // namespace charter
