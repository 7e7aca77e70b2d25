#include "Permissions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter::Permissions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::Permissions", text);
}

Status refuse(const QString &message)
{
    return makeError(ErrorCode::NotPermitted, message);
}

QString rolesText(const Actor &actor)
{
    const QStringList keys = actor.roles.keys();
    return keys.isEmpty() ? enumKey(Role::Viewer) : keys.join(u", "_s);
}

// Unknown and deactivated accounts may read but never write.
Status requireActive(const Actor &actor)
{
    if (!actor.isKnown()) {
        return refuse(tr("Accounts: \"%1\" is not a Charter account of this database, so it may "
                         "only read. Ask an administrator to add it ('charter-cli users add %1 "
                         "--role contributor').").arg(actor.login));
    }
    if (!actor.isActive()) {
        return refuse(tr("Accounts: the account \"%1\" is deactivated, so it may only read. Ask "
                         "an administrator to reactivate it.").arg(actor.login));
    }
    return {};
}

QString decisionPhrase(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Approve:
        return tr("approve it");
    case WorkflowAction::RequestChanges:
        return tr("request changes to it");
    case WorkflowAction::Reject:
        return tr("reject it");
    case WorkflowAction::Reinstate:
        return tr("reinstate it");
    default:
        break;
    }
    return tr("decide on it");
}

Status noAdmin(const Actor &actor, const QString &what)
{
    if (actor.has(Role::Admin)) {
        return refuse(tr("Separation of duties: administrators manage users, roles and policy but "
                         "cannot %1. Use an account without the admin role.").arg(what));
    }
    return {};
}

} // namespace

Status editRegister(const Actor &actor)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (!actor.canEditRegister()) {
        return refuse(tr("Roles: changing the register needs the contributor, it_reviewer or board "
                         "role; \"%1\" has %2.").arg(actor.login, rolesText(actor)));
    }
    return {};
}

Status manageUsers(const Actor &actor)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (!actor.has(Role::Admin)) {
        return refuse(tr("Roles: managing accounts and roles needs the admin role; \"%1\" has %2.")
                          .arg(actor.login, rolesText(actor)));
    }
    return {};
}

Status submit(const Actor &actor)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (!actor.canEditRegister()) {
        return refuse(tr("Roles: submitting a system for review needs the contributor, it_reviewer "
                         "or board role; \"%1\" has %2.").arg(actor.login, rolesText(actor)));
    }
    return {};
}

Status decide(const Actor &actor, WorkflowAction action, const QStringList &submitters)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (Status status = noAdmin(actor, action == WorkflowAction::Approve ? tr("approve") : tr("decide reviews")); !status)
        return status;
    if (!actor.has(Role::ItReviewer) && !actor.has(Role::Board)) {
        return refuse(tr("Roles: review decisions need the it_reviewer or board role; \"%1\" has %2.")
                          .arg(actor.login, rolesText(actor)));
    }
    if (submitters.contains(actor.login)) {
        return refuse(tr("Separation of duties: you submitted this system, so you cannot %1.")
                          .arg(decisionPhrase(action)));
    }
    return {};
}

Status operate(const Actor &actor, WorkflowAction action)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (!actor.has(Role::ItReviewer) && !actor.has(Role::Board)) {
        // Whole sentences: a gerund cut out and lower-cased reads wrong in German ("das aussetzen").
        const QString rule = action == WorkflowAction::Suspend
            ? tr("Roles: suspending a system needs the it_reviewer or board role; \"%1\" has %2.")
            : tr("Roles: retiring a system needs the it_reviewer or board role; \"%1\" has %2.");
        return refuse(rule.arg(actor.login, rolesText(actor)));
    }
    return {};
}

Status sign(const Actor &actor, SignOffKind kind, qint64 accountableOwnerId,
            const QStringList &submitters, const SignOffEvaluation &evaluation)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (Status status = noAdmin(actor, tr("sign off systems")); !status)
        return status;
    if (submitters.contains(actor.login))
        return refuse(tr("Separation of duties: you submitted this system, so you cannot sign it."));

    switch (kind) {
    case SignOffKind::ItReview:
        if (!actor.has(Role::ItReviewer)) {
            return refuse(tr("Roles: the IT review sign-off needs the it_reviewer role; \"%1\" has %2.")
                              .arg(actor.login, rolesText(actor)));
        }
        break;
    case SignOffKind::Board:
        if (!actor.has(Role::Board)) {
            return refuse(tr("Roles: the board sign-off needs the board role; \"%1\" has %2.")
                              .arg(actor.login, rolesText(actor)));
        }
        break;
    case SignOffKind::Ownership:
        if (accountableOwnerId <= 0) {
            return refuse(tr("Ownership: only the accountable owner signs ownership, and this system "
                             "names none. Name its accountable owner first."));
        }
        if (actor.personId() != accountableOwnerId) {
            return refuse(tr("Ownership: only the accountable owner's own account can give the "
                             "ownership sign-off; \"%1\" is not linked to the accountable owner.")
                              .arg(actor.login));
        }
        break;
    }

    // Same person twice: by account, or by the person an account is linked to.
    const auto samePerson = [&](const SignOff &signOff) {
        return signOff.signer == actor.login
            || (actor.personId() > 0 && signOff.signerPersonId == actor.personId());
    };
    for (const SignOffStatus &status : evaluation.signOffs) {
        if (!status.current || !samePerson(status.signOff))
            continue;
        if (status.signOff.kind == kind) {
            if (kind == SignOffKind::Board && evaluation.required.board > 1) {
                return refuse(tr("Separation of duties: the %1 board sign-offs must come from different "
                                 "board members, and you have already signed.")
                                  .arg(evaluation.required.board));
            }
            return makeError(ErrorCode::Conflict,
                             tr("You already signed this review as %1 and your sign-off is still "
                                "current; there is nothing to re-sign.").arg(enumLabel(kind)));
        }
        return refuse(tr("Separation of duties: you already signed this review as %1; each required "
                         "sign-off needs a different person.").arg(enumLabel(status.signOff.kind)));
    }
    return {};
}

Status recordDecision(const Actor &actor, const QList<qint64> &ownerPersonIds)
{
    if (Status status = requireActive(actor); !status)
        return status;
    if (actor.canEditRegister())
        return {};
    if (actor.personId() > 0 && ownerPersonIds.contains(actor.personId()))
        return {};
    return refuse(tr("Roles: recording overrides and incidents needs the contributor, it_reviewer or "
                     "board role, or being one of the system's owners; \"%1\" has %2.")
                      .arg(actor.login, rolesText(actor)));
}

} // namespace charter::Permissions
