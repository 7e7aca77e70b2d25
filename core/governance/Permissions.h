#pragma once

#include "Roles.h"
#include "SignOff.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QStringList>

namespace charter {

// Who may do what, as pure checks on an Actor. Every refusal is
// ErrorCode::NotPermitted (charter-cli exit 4) with a message that names the rule,
// e.g. "Separation of duties: you submitted this system, so you cannot approve it."
// The services call these inside the transaction of the write they guard, with the
// actor re-read from the database, so the GUI and the CLI cannot skip them.
namespace Permissions {

// Adding, changing and importing systems: contributor, IT reviewer or board.
Status editRegister(const Actor &actor);

// Adding users, changing roles, links and activation: admin.
Status manageUsers(const Actor &actor);

// Submitting (and resubmitting) a system for review: contributor, IT reviewer or board.
Status submit(const Actor &actor);

// Review decisions (approve, request changes, reject) and reinstating a suspended
// system: IT reviewer or board, never admin, never someone who submitted it in the
// current review cycle (SUBMITTERS).
Status decide(const Actor &actor, WorkflowAction action, const QStringList &submitters);

// Suspending and retiring: IT reviewer or board.
Status operate(const Actor &actor, WorkflowAction action);

// Signing a system under review. ACCOUNTABLE_OWNER is the system's accountable owner
// (person id, 0 = none); EVALUATION is the current cycle's sign-offs.
//  - admin never signs; nobody signs what they submitted;
//  - it_review needs the it_reviewer role, board the board role, ownership is given
//    only by the account linked to the accountable owner;
//  - one person gives one kind of sign-off per review (four eyes), and board
//    sign-offs count once per person. A current sign-off of the same kind by the same
//    person is ErrorCode::Conflict (nothing to do); a stale one may be re-signed.
Status sign(const Actor &actor, SignOffKind kind, qint64 accountableOwnerId,
            const QStringList &submitters, const SignOffEvaluation &evaluation);

// Recording overrides and incidents: contributor, IT reviewer or board, or the
// account linked to one of the system's owners (ownership by relation).
Status recordDecision(const Actor &actor, const QList<qint64> &ownerPersonIds);

} // namespace Permissions

} // namespace charter
