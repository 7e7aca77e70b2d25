#include "WorkflowService.h"

#include "Permissions.h"
#include "domain/Json.h"
#include "domain/EnumWords.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SignOffRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"
#include "storage/WorkflowRepository.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::WorkflowService", text);
}

bool needsReason(WorkflowAction action)
{
    return Workflow::isReviewDecision(action) || action == WorkflowAction::Suspend
        || action == WorkflowAction::Reinstate || action == WorkflowAction::Retire;
}

Status checkPermission(const Actor &actor, WorkflowAction action, const QStringList &submitters)
{
    switch (action) {
    case WorkflowAction::Submit:
        return Permissions::submit(actor);
    case WorkflowAction::Approve:
    case WorkflowAction::RequestChanges:
    case WorkflowAction::Reject:
    case WorkflowAction::Reinstate:
        return Permissions::decide(actor, action, action == WorkflowAction::Reinstate ? QStringList() : submitters);
    case WorkflowAction::Suspend:
    case WorkflowAction::Retire:
        return Permissions::operate(actor, action);
    case WorkflowAction::ReapprovalRequired:
        break;
    }
    return makeError(ErrorCode::NotPermitted, tr("Re-approval is recorded by Charter itself."));
}

} // namespace

Result<WorkflowStatus> WorkflowService::status(qint64 systemId) const
{
    Result<QHash<qint64, WorkflowStatus>> statuses = this->statuses({systemId});
    if (!statuses)
        return statuses.error();
    return statuses->take(systemId);
}

Result<QHash<qint64, WorkflowStatus>> WorkflowService::statuses(const QList<qint64> &systemIds) const
{
    Result<QList<StatusInput>> inputs = systemIds.size() <= ReadByKeyUpTo ? inputsByKey(systemIds)
                                                                          : inputsFromTables(systemIds);
    if (!inputs)
        return inputs.error();
    const Policy &policy = m_session.policy();
    QHash<qint64, WorkflowStatus> statuses;
    statuses.reserve(inputs->size());
    for (StatusInput &input : *inputs) {
        WorkflowStatus status;
        status.systemId = input.system.id;
        status.systemName = input.system.name;
        status.record = std::move(input.record);
        status.tier = input.tier;
        status.policyVersion = policy.version();
        status.content = canonicalBytes(input.system);
        status.contentSha256 = contentSha256(status.content);
        status.signOffs = evaluateSignOffs(input.signOffs, status.content, status.tier,
                                           policy.requiredSignOffs(status.tier), status.record.cycle);
        for (const WorkflowEvent &event : std::as_const(input.events)) {
            if (event.cycle == status.record.cycle && event.action == WorkflowAction::Submit
                && !status.submitters.contains(event.actor))
                status.submitters.append(event.actor);
        }
        status.submitters.sort();
        status.reapproval = reapprovalReasons(status.record, status.content, status.tier, policy, m_session.today());
        status.reviewDue = reviewDueDate(status.record, status.tier, policy);
        status.history = std::move(input.events);
        statuses.insert(status.systemId, std::move(status));
    }
    return statuses;
}

Result<WorkflowService::StatusInput> WorkflowService::inputByKey(qint64 systemId) const
{
    Database &db = m_session.database();
    StatusInput input;
    Result<AiSystem> system = SystemRepository(db).load(systemId);
    if (!system)
        return system.error();
    input.system = std::move(*system);
    std::optional<Vendor> vendor;
    if (input.system.vendorId > 0) {
        Result<Vendor> loaded = VendorRepository(db).load(input.system.vendorId);
        if (!loaded)
            return loaded.error();
        vendor = std::move(*loaded);
    }
    input.tier = m_session.assess(input.system, vendor ? &*vendor : nullptr).tier;
    WorkflowRepository workflows(db);
    Result<WorkflowRecord> record = workflows.load(systemId);
    if (!record)
        return record.error();
    input.record = *record;
    Result<QList<SignOff>> signOffs = SignOffRepository(db).forSystem(systemId, record->cycle);
    if (!signOffs)
        return signOffs.error();
    input.signOffs = *signOffs;
    Result<QList<WorkflowEvent>> events = workflows.events(systemId);
    if (!events)
        return events.error();
    input.events = *events;
    return input;
}

Result<QList<WorkflowService::StatusInput>> WorkflowService::inputsByKey(const QList<qint64> &systemIds) const
{
    QList<StatusInput> inputs;
    for (const qint64 id : systemIds) {
        Result<StatusInput> input = inputByKey(id);
        if (!input)
            return input.error();
        inputs.append(std::move(*input));
    }
    return inputs;
}

Result<QList<WorkflowService::StatusInput>> WorkflowService::inputsFromTables(const QList<qint64> &systemIds) const
{
    Database &db = m_session.database();
    Result<QList<AiSystem>> systems = SystemRepository(db).all();
    if (!systems)
        return systems.error();
    Result<QList<Vendor>> vendors = VendorRepository(db).all();
    if (!vendors)
        return vendors.error();
    WorkflowRepository workflows(db);
    Result<QList<WorkflowRecord>> records = workflows.inStates({});
    if (!records)
        return records.error();
    Result<QHash<qint64, QList<SignOff>>> signOffs = SignOffRepository(db).ofCurrentCycles();
    if (!signOffs)
        return signOffs.error();
    Result<QHash<qint64, QList<WorkflowEvent>>> events = workflows.allEvents();
    if (!events)
        return events.error();

    QHash<qint64, const AiSystem *> systemById;
    for (const AiSystem &system : std::as_const(*systems))
        systemById.insert(system.id, &system);
    QHash<qint64, const Vendor *> vendorById;
    for (const Vendor &vendor : std::as_const(*vendors))
        vendorById.insert(vendor.id, &vendor);
    QHash<qint64, const WorkflowRecord *> recordById;
    for (const WorkflowRecord &record : std::as_const(*records))
        recordById.insert(record.systemId, &record);

    QList<StatusInput> inputs;
    inputs.reserve(systemIds.size());
    for (const qint64 id : systemIds) {
        const AiSystem *system = systemById.value(id);
        const Vendor *vendor = system ? vendorById.value(system->vendorId) : nullptr;
        if (!system || (system->vendorId > 0 && !vendor)) {
            // Not there, or its vendor is not: read it by key for the error that says so.
            Result<StatusInput> input = inputByKey(id);
            if (!input)
                return input.error();
            inputs.append(std::move(*input));
            continue;
        }
        StatusInput input;
        input.system = *system;
        input.tier = m_session.assess(input.system, vendor).tier;
        if (const WorkflowRecord *record = recordById.value(id)) {
            input.record = *record;
        } else {
            input.record.systemId = id; // a draft, as WorkflowRepository::load gives it
        }
        input.signOffs = signOffs->value(id);
        input.events = events->value(id);
        inputs.append(std::move(input));
    }
    return inputs;
}

Result<QList<SignOffStatus>> WorkflowService::signOffHistory(qint64 systemId) const
{
    Result<AiSystem> system = SystemRepository(m_session.database()).load(systemId);
    if (!system)
        return system.error();
    Result<QList<SignOff>> signOffs = SignOffRepository(m_session.database()).forSystem(systemId);
    if (!signOffs)
        return signOffs.error();
    const QByteArray content = canonicalBytes(*system);
    QList<SignOffStatus> statuses;
    for (const SignOff &signOff : *signOffs) {
        SignOffStatus status;
        status.signOff = signOff;
        status.changes = diffContent(signOff.content, content);
        status.current = materialOnly(status.changes).isEmpty();
        statuses.append(status);
    }
    return statuses;
}

Result<QHash<qint64, WorkflowState>> WorkflowService::states() const
{
    return WorkflowRepository(m_session.database()).states();
}

Result<QList<InboxItem>> WorkflowService::inbox() const
{
    Result<Actor> actorResult = m_session.currentActor();
    if (!actorResult)
        return actorResult.error();
    const Actor &actor = *actorResult;
    QList<InboxItem> items;
    if (!actor.isActive())
        return items;

    Database &db = m_session.database();
    WorkflowRepository workflows(db);
    Result<QList<WorkflowRecord>> records = workflows.inStates(
        {WorkflowState::InReview, WorkflowState::ChangesRequested, WorkflowState::Approved,
         WorkflowState::Suspended});
    if (!records)
        return records.error();
    Result<QHash<qint64, QList<SignOff>>> signOffs = SignOffRepository(db).ofSystemsInReview();
    if (!signOffs)
        return signOffs.error();

    for (const WorkflowRecord &record : *records) {
        Result<SystemDetails> details = m_session.details(record.systemId);
        if (!details)
            return details.error();
        const AiSystem &system = details->system;
        const RiskTier tier = details->risk.tier;
        Result<QStringList> submitters = workflows.submitters(record.systemId, record.cycle);
        if (!submitters)
            return submitters.error();
        const bool owner = actor.personId() > 0 && actor.personId() == system.ownership.accountableOwnerId;
        const QByteArray content = canonicalBytes(system);

        InboxItem item;
        item.systemId = record.systemId;
        item.systemName = system.name;
        item.state = record.state;

        if (record.state == WorkflowState::InReview) {
            item.since = record.submittedAt;
            const SignOffEvaluation evaluation = evaluateSignOffs(
                signOffs->value(record.systemId), content, tier,
                m_session.policy().requiredSignOffs(tier), record.cycle);
            for (const SignOffRequirement &requirement : evaluation.requirements) {
                if (requirement.met())
                    continue;
                if (!Permissions::sign(actor, requirement.kind, system.ownership.accountableOwnerId,
                                       *submitters, evaluation))
                    continue;
                item.kind = requirement.kind;
                if (requirement.staleSigners.contains(actor.login)) {
                    item.task = InboxItem::Task::Resign;
                    item.text = tr("Your %1 sign-off is stale: the record changed materially since you "
                                   "signed. Re-sign required.").arg(enumLabel(requirement.kind));
                } else {
                    item.task = InboxItem::Task::Sign;
                    item.text = tr("%1 sign-off needed (%2 risk; %3 of %4 given).")
                                    .arg(enumLabel(requirement.kind), enumInSentence(tier))
                                    .arg(requirement.present())
                                    .arg(requirement.required);
                }
                items.append(item);
            }
            if (evaluation.complete() && Permissions::decide(actor, WorkflowAction::Approve, *submitters)) {
                item.task = InboxItem::Task::Decide;
                item.text = tr("Every required sign-off is in: approve, request changes or reject.");
                items.append(item);
            }
        } else if (record.state == WorkflowState::ChangesRequested) {
            if (submitters->contains(actor.login) || owner) {
                item.task = InboxItem::Task::AddressChanges;
                item.since = record.decidedAt;
                item.text = tr("Changes requested by %1: %2").arg(record.decidedBy, record.decisionReason);
                items.append(item);
            }
        } else {
            const QList<ReapprovalReason> reasons = reapprovalReasons(record, content, tier, m_session.policy(),
                                                                      m_session.today());
            if (reasons.isEmpty())
                continue;
            const bool reviewer = !actor.has(Role::Admin)
                && (actor.has(Role::ItReviewer) || actor.has(Role::Board));
            if (!owner && !reviewer)
                continue;
            QStringList texts;
            for (const ReapprovalReason &reason : reasons)
                texts << reason.text;
            item.task = InboxItem::Task::ReReview;
            item.since = record.approvedAt;
            item.text = tr("Needs re-approval: %1").arg(texts.join(u' '));
            items.append(item);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const InboxItem &a, const InboxItem &b) {
        return a.since < b.since;
    });
    return items;
}

Result<AvailableActions> WorkflowService::available(qint64 systemId) const
{
    Result<Actor> actor = m_session.currentActor();
    if (!actor)
        return actor.error();
    Result<WorkflowStatus> current = status(systemId);
    if (!current)
        return current.error();
    Result<AiSystem> system = SystemRepository(m_session.database()).load(systemId);
    if (!system)
        return system.error();
    AvailableActions available;
    for (WorkflowAction action : Workflow::actionsFrom(current->record.state)) {
        if (!checkPermission(*actor, action, current->submitters))
            continue;
        if (action == WorkflowAction::Approve && !current->signOffs.complete())
            continue;
        if (action == WorkflowAction::Reinstate && current->needsReapproval())
            continue;
        available.actions.append(action);
    }
    if (current->record.state == WorkflowState::InReview) {
        for (const SignOffRequirement &requirement : current->signOffs.requirements) {
            if (Permissions::sign(*actor, requirement.kind, system->ownership.accountableOwnerId,
                                  current->submitters, current->signOffs))
                available.signable.append(requirement.kind);
        }
    }
    return available;
}

Result<WorkflowRecord> WorkflowService::submit(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::Submit, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::approve(qint64 systemId, const ReviewDecision &decision)
{
    return apply(systemId, WorkflowAction::Approve, decision);
}

Result<WorkflowRecord> WorkflowService::requestChanges(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::RequestChanges, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::reject(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::Reject, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::suspend(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::Suspend, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::reinstate(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::Reinstate, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::retire(qint64 systemId, const QString &reason)
{
    return apply(systemId, WorkflowAction::Retire, ReviewDecision{reason, {}, {}});
}

Result<WorkflowRecord> WorkflowService::apply(qint64 systemId, WorkflowAction action,
                                              const ReviewDecision &decision)
{
    Database &db = m_session.database();
    WorkflowRecord result;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<WorkflowStatus> current = this->status(systemId);
        if (!current)
            return current.error();
        const WorkflowRecord &record = current->record;

        if (Status permitted = checkPermission(*actor, action, current->submitters); !permitted)
            return permitted;
        Result<WorkflowState> next = Workflow::next(record.state, action, current->systemName);
        if (!next)
            return next.error();
        const QString reason = decision.reason.trimmed();
        if (needsReason(action) && reason.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Say why: \"%1\" needs a reason, recorded with the decision.")
                                 .arg(enumLabel(action)));
        }

        const QDateTime now = m_session.now();
        WorkflowRecord updated = record;
        updated.state = *next;
        if (Workflow::startsNewCycle(record.state, action))
            updated.cycle += 1;

        switch (action) {
        case WorkflowAction::Submit:
            updated.submittedBy = actor->login;
            updated.submittedAt = now;
            break;
        case WorkflowAction::Approve: {
            if (!current->signOffs.complete()) {
                return makeError(ErrorCode::Conflict,
                                 tr("Cannot approve \"%1\" yet: every required sign-off must be present "
                                    "and current (%2 risk, policy version %3). Missing: %4.")
                                     .arg(current->systemName, enumInSentence(current->tier))
                                     .arg(current->policyVersion)
                                     .arg(current->signOffs.missing().join(u"; "_s)));
            }
            if (decision.expires.isValid() && decision.expires <= m_session.today()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The approval's expiry date %1 is not after today (%2).")
                                     .arg(displayDate(decision.expires), displayDate(m_session.today())));
            }
            updated.approvedAt = now;
            updated.approvedBy = actor->login;
            updated.approvalConditions = decision.conditions.trimmed();
            updated.approvalExpires = decision.expires;
            updated.approvedContent = current->content;
            updated.approvedContentSha256 = current->contentSha256;
            updated.approvedTier = current->tier;
            updated.approvedPolicyVersion = current->policyVersion;
            [[fallthrough]];
        }
        case WorkflowAction::RequestChanges:
        case WorkflowAction::Reject:
            updated.decidedBy = actor->login;
            updated.decidedAt = now;
            updated.decisionReason = reason;
            break;
        case WorkflowAction::Reinstate:
            if (current->needsReapproval()) {
                QStringList texts;
                for (const ReapprovalReason &r : current->reapproval)
                    texts << r.text;
                return makeError(ErrorCode::Conflict,
                                 tr("Cannot reinstate \"%1\": its approval no longer holds. %2 Submit it "
                                    "for re-review instead.").arg(current->systemName, texts.join(u' ')));
            }
            break;
        case WorkflowAction::Suspend:
        case WorkflowAction::Retire:
        case WorkflowAction::ReapprovalRequired:
            break;
        }

        WriteContext context = m_session.context();
        context.reason = reason;
        if (Status s = WorkflowRepository(db).save(updated, action, context); !s)
            return s;
        WorkflowEvent event;
        event.systemId = systemId;
        event.cycle = updated.cycle;
        event.at = now;
        event.actor = actor->login;
        event.action = action;
        event.from = record.state;
        event.to = updated.state;
        event.reason = reason;
        if (Status s = WorkflowRepository(db).appendEvent(event, context); !s)
            return s;
        result = updated;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<SignOff> WorkflowService::sign(qint64 systemId, SignOffKind kind, const SignRequest &request)
{
    Database &db = m_session.database();
    SignOff signOff;
    Status status = db.transaction([&]() -> Status {
        Result<Actor> actor = m_session.currentActor();
        if (!actor)
            return actor.error();
        Result<WorkflowStatus> current = this->status(systemId);
        if (!current)
            return current.error();
        if (current->record.state != WorkflowState::InReview) {
            return makeError(ErrorCode::Conflict,
                             tr("Cannot sign \"%1\": it is %2. Sign-offs are given while a system is in "
                                "review.").arg(current->systemName, enumInSentence(current->record.state)));
        }
        if (current->signOffs.required.count(kind) == 0) {
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is %2 risk: policy version %3 does not ask for a %4 sign-off at "
                                "this tier.")
                                 .arg(current->systemName, enumInSentence(current->tier))
                                 .arg(current->policyVersion)
                                 .arg(enumLabel(kind)));
        }
        AiSystem system;
        if (Result<AiSystem> loaded = SystemRepository(db).load(systemId); loaded)
            system = *loaded;
        else
            return loaded.error();
        if (Status permitted = Permissions::sign(*actor, kind, system.ownership.accountableOwnerId,
                                                 current->submitters, current->signOffs);
            !permitted)
            return permitted;
        if (!request.expectedSha256.isEmpty() && request.expectedSha256 != current->contentSha256) {
            return makeError(ErrorCode::Conflict,
                             tr("\"%1\" changed since it was shown to you (content %2, now %3). Review the "
                                "current record and sign again.")
                                 .arg(current->systemName, request.expectedSha256.left(12),
                                      current->contentSha256.left(12)));
        }
        signOff.systemId = systemId;
        signOff.cycle = current->record.cycle;
        signOff.kind = kind;
        signOff.signer = actor->login;
        signOff.signerPersonId = actor->personId();
        signOff.signedAt = m_session.now();
        signOff.reason = request.reason.trimmed();
        signOff.contentSha256 = current->contentSha256;
        signOff.content = current->content;
        signOff.tier = current->tier;
        signOff.policyVersion = current->policyVersion;
        WriteContext context = m_session.context();
        context.reason = signOff.reason;
        return SignOffRepository(db).insert(signOff, context);
    });
    if (!status)
        return status.error();
    return signOff;
}

Result<std::optional<AiSystem>> WorkflowService::contentBeforeChange(const AiSystem &changed) const
{
    Result<WorkflowRecord> record = WorkflowRepository(m_session.database()).load(changed.id);
    if (!record)
        return record.error();
    if (record->state == WorkflowState::Retired) {
        return makeError(ErrorCode::Conflict,
                         tr("\"%1\" is retired; its record is kept as it was and cannot be changed.")
                             .arg(changed.name));
    }
    if ((record->state != WorkflowState::Approved && record->state != WorkflowState::Suspended)
        || !record->hasApproval())
        return std::optional<AiSystem>();
    Result<AiSystem> stored = SystemRepository(m_session.database()).load(changed.id);
    if (!stored)
        return stored.error();
    return std::optional<AiSystem>(*stored);
}

Status WorkflowService::noteChange(const AiSystem &before, const AiSystem &after)
{
    Database &db = m_session.database();
    WorkflowRepository workflows(db);
    Result<WorkflowRecord> record = workflows.load(after.id);
    if (!record)
        return record.error();
    if (!record->hasApproval())
        return {};
    const bool wasMaterial = !materialOnly(diffContent(record->approvedContent, canonicalBytes(before))).isEmpty();
    const QList<FieldChange> material = materialOnly(diffContent(record->approvedContent, canonicalBytes(after)));
    if (wasMaterial || material.isEmpty())
        return {};
    WorkflowEvent event;
    event.systemId = after.id;
    event.cycle = record->cycle;
    event.at = m_session.now();
    event.actor = m_session.context().actor;
    event.action = WorkflowAction::ReapprovalRequired;
    event.from = record->state;
    event.to = record->state;
    event.reason = tr("Material change since approval: %1.").arg(changedPaths(material));
    WriteContext context = m_session.context();
    context.reason = event.reason;
    return workflows.appendEvent(event, context);
}

} // namespace charter
