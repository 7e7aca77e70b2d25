#include "WorkflowCli.h"

#include "domain/EnumWords.h"
#include "domain/GovernanceJson.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString day(const QDateTime &timestamp)
{
    return timestamp.isValid() ? timestamp.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : tr("never");
}

QString reapprovalKindKey(ReapprovalReason::Kind kind)
{
    switch (kind) {
    case ReapprovalReason::Kind::ReviewDue:
        return u"review_due"_s;
    case ReapprovalReason::Kind::ApprovalExpired:
        return u"approval_expired"_s;
    case ReapprovalReason::Kind::MaterialChange:
        return u"material_change"_s;
    case ReapprovalReason::Kind::TierRaised:
        return u"tier_raised"_s;
    }
    return QString();
}

QString timingKey(IncidentTiming::Status status)
{
    switch (status) {
    case IncidentTiming::Status::NoTarget:
        return u"no_target"_s;
    case IncidentTiming::Status::WithinTarget:
        return u"within_target"_s;
    case IncidentTiming::Status::Breached:
        return u"breached"_s;
    case IncidentTiming::Status::Awaiting:
        return u"awaiting"_s;
    case IncidentTiming::Status::Overdue:
        return u"overdue"_s;
    }
    return QString();
}

// A JSON value as a person reads it; ids of people get their name.
QString valueText(const QString &path, const QJsonValue &value, const QHash<qint64, QString> &people)
{
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (value.isString())
        return u"\""_s + value.toString() + u"\""_s;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const qint64 number = value.toInteger();
        const bool person = path.endsWith(u"OwnerId"_s) || path.endsWith(u"itContactId"_s)
                            || path.endsWith(u"personId"_s);
        if (person && people.contains(number))
            return u"%1 (%2)"_s.arg(number).arg(people.value(number));
        return QString::number(value.toDouble(), 'g', 15);
    }
    const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject())
                                                    : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonArray changesJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes)
        array.append(toJson(change));
    return array;
}

} // namespace

std::optional<qint64> systemArgument(CliContext &context, RegisterService &service,
                                     const QCommandLineParser &parser, int *exitCode)
{
    if (parser.positionalArguments().size() != 1) {
        *exitCode = context.usageError(tr("Name exactly one SYSTEM (an id or an exact name)."));
        return std::nullopt;
    }
    Result<qint64> id = SystemRepository(service.database()).resolve(parser.positionalArguments().first());
    if (!id) {
        *exitCode = context.fail(id.error());
        return std::nullopt;
    }
    return *id;
}

Result<qint64> resolvePerson(RegisterService &service, const QString &idOrName)
{
    PeopleRepository people(service.database());
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (numeric && id > 0) {
        if (Result<Person> person = people.load(id); person)
            return id;
    }
    Result<QList<Person>> all = people.all();
    if (!all)
        return all.error();
    QList<qint64> matches;
    for (const Person &person : *all)
        if (person.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(person.id);
    if (matches.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Nobody in the people directory has the id or name \"%1\".").arg(idOrName));
    }
    if (matches.size() > 1) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Several people are named \"%1\"; name one by its id.").arg(idOrName));
    }
    return matches.first();
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QHash<qint64, QString> personNames(RegisterService &service)
{
    QHash<qint64, QString> names;
    if (Result<QList<Person>> people = PeopleRepository(service.database()).all(); people) {
        for (const Person &person : *people)
            names.insert(person.id, person.name);
    }
    return names;
}

QJsonObject signOffStatusJson(const SignOffStatus &status, bool withContent)
{
    QJsonObject object = toJson(status.signOff);
    if (!withContent)
        object.remove(u"content"_s);
    object.insert(u"current"_s, status.current);
    object.insert(u"changesSinceSigning"_s, changesJson(status.changes));
    return object;
}

QJsonObject workflowJson(const WorkflowStatus &status)
{
    QJsonObject object = toJson(status.record);
    object.insert(u"tier"_s, enumKey(status.tier));
    object.insert(u"policyVersion"_s, status.policyVersion);
    object.insert(u"contentSha256"_s, status.contentSha256);
    object.insert(u"reviewDue"_s, dateOrNull(status.reviewDue));
    object.insert(u"needsReapproval"_s, status.needsReapproval());
    QJsonArray reasons;
    for (const ReapprovalReason &reason : status.reapproval) {
        reasons.append(QJsonObject{{u"kind"_s, reapprovalKindKey(reason.kind)},
                                   {u"text"_s, reason.text},
                                   {u"date"_s, dateOrNull(reason.date)},
                                   {u"changes"_s, changesJson(reason.changes)}});
    }
    object.insert(u"reapproval"_s, reasons);
    object.insert(u"submitters"_s, QJsonArray::fromStringList(status.submitters));

    QJsonObject required;
    for (const auto &entry : enumEntries<SignOffKind>())
        required.insert(QLatin1String(entry.key), status.signOffs.required.count(entry.value));
    QJsonArray requirements;
    for (const SignOffRequirement &requirement : status.signOffs.requirements) {
        requirements.append(QJsonObject{{u"kind"_s, enumKey(requirement.kind)},
                                        {u"required"_s, requirement.required},
                                        {u"present"_s, requirement.present()},
                                        {u"met"_s, requirement.met()},
                                        {u"signers"_s, QJsonArray::fromStringList(requirement.signers)},
                                        {u"staleSigners"_s, QJsonArray::fromStringList(requirement.staleSigners)}});
    }
    QJsonArray signOffs;
    for (const SignOffStatus &signOff : status.signOffs.signOffs)
        signOffs.append(signOffStatusJson(signOff, false));
    object.insert(u"signOffs"_s, QJsonObject{{u"cycle"_s, status.signOffs.cycle},
                                             {u"required"_s, required},
                                             {u"complete"_s, status.signOffs.complete()},
                                             {u"missing"_s, QJsonArray::fromStringList(status.signOffs.missing())},
                                             {u"requirements"_s, requirements},
                                             {u"given"_s, signOffs}});
    QJsonArray history;
    for (const WorkflowEvent &event : status.history)
        history.append(toJson(event));
    object.insert(u"history"_s, history);
    object.remove(u"systemId"_s);
    return object;
}

QJsonObject decisionLogJson(const DecisionLogView &log)
{
    QJsonArray overrides;
    for (const Override &entry : log.overrides)
        overrides.append(toJson(entry));
    QJsonArray incidents;
    for (qsizetype i = 0; i < log.incidents.size(); ++i) {
        QJsonObject object = toJson(log.incidents[i]);
        const IncidentTiming &timing = log.timings[i];
        object.insert(u"response"_s, QJsonObject{{u"status"_s, timingKey(timing.status)},
                                                 {u"breached"_s, timing.breached()},
                                                 {u"elapsedMinutes"_s, timing.elapsedMinutes},
                                                 {u"text"_s, timing.text}});
        incidents.append(object);
    }
    return QJsonObject{{u"overrides"_s, overrides}, {u"incidents"_s, incidents}, {u"breaches"_s, log.breaches}};
}

void writeChanges(QTextStream &out, const QList<FieldChange> &changes, const QHash<qint64, QString> &people,
                  const QString &indent)
{
    for (const FieldChange &change : changes) {
        out << indent << change.path << u": "_s << valueText(change.path, change.before, people) << u" -> "_s
            << valueText(change.path, change.after, people);
        if (change.material)
            out << u"  "_s << tr("(material)");
        out << u'\n';
    }
}

void writeWorkflowText(QTextStream &out, const WorkflowStatus &status, const QHash<qint64, QString> &people)
{
    const auto line = [&out](const QString &label, const QString &value) {
        out << u"  "_s << QString(label + u':').leftJustified(26) << value << u'\n';
    };
    const WorkflowRecord &r = status.record;
    out << u'\n' << tr("Workflow") << u'\n';
    line(tr("State"), r.cycle > 0 ? tr("%1 (review cycle %2)").arg(enumLabel(r.state)).arg(r.cycle)
                                  : enumLabel(r.state));
    if (r.submittedAt.isValid())
        line(tr("Submitted"), tr("%1 by %2").arg(day(r.submittedAt), r.submittedBy));
    if (r.decidedAt.isValid()) {
        line(tr("Last review decision"), tr("%1 by %2: %3").arg(day(r.decidedAt), r.decidedBy, r.decisionReason));
    }
    if (r.hasApproval()) {
        line(tr("Approved"), tr("%1 by %2 at %3 risk (policy version %4)")
                                 .arg(day(r.approvedAt), r.approvedBy, enumInSentence(r.approvedTier))
                                 .arg(r.approvedPolicyVersion));
        if (!r.approvalConditions.isEmpty())
            line(tr("Conditions"), r.approvalConditions);
        if (r.approvalExpires.isValid())
            line(tr("Approval expires"), displayDate(r.approvalExpires));
        line(tr("Review due"), displayDate(status.reviewDue));
    }
    if (status.needsReapproval()) {
        out << u"  "_s << tr("NEEDS RE-APPROVAL:") << u'\n';
        for (const ReapprovalReason &reason : status.reapproval)
            out << u"    - "_s << reason.text << u'\n';
    }
    line(tr("Content SHA-256"), status.contentSha256);
    if (r.cycle == 0)
        return;
    // In review: what the approval still needs. Otherwise: how the last review's
    // sign-offs hold up against the record as it is now.
    const QString heading = r.state == WorkflowState::InReview
        ? tr("Sign-offs required (%1 risk, policy version %2), review cycle %3:")
        : tr("Sign-offs of review cycle %3, measured against the record now (%1 risk, policy version %2):");
    out << u"  "_s << heading.arg(enumInSentence(status.tier)).arg(status.policyVersion).arg(status.signOffs.cycle)
        << u'\n';
    for (const SignOffRequirement &requirement : status.signOffs.requirements) {
        QString text = tr("%1 of %2").arg(requirement.present()).arg(requirement.required);
        if (!requirement.signers.isEmpty())
            text += u"  "_s + requirement.signers.join(u", "_s);
        if (!requirement.staleSigners.isEmpty())
            text += u"  "_s + tr("stale, re-sign required: %1").arg(requirement.staleSigners.join(u", "_s));
        out << u"    "_s << QString(enumLabel(requirement.kind) + u':').leftJustified(20) << text << u'\n';
    }
    for (const SignOffStatus &signOff : status.signOffs.signOffs) {
        const SignOff &s = signOff.signOff;
        out << u"    - "_s << tr("%1 by %2 on %3: %4")
                                  .arg(enumLabel(s.kind), s.signer, day(s.signedAt),
                                       signOff.current ? tr("current") : tr("STALE (re-sign required)"))
            << u'\n';
        writeChanges(out, materialOnly(signOff.changes), people, u"        "_s);
    }
}

void writeDecisionLogText(QTextStream &out, const DecisionLogView &log, const QHash<qint64, QString> &people)
{
    if (log.overrides.isEmpty() && log.incidents.isEmpty())
        return;
    out << u'\n' << tr("Decision log") << u'\n';
    if (!log.overrides.isEmpty()) {
        out << u"  "_s << tr("Overrides (%1):").arg(log.overrides.size()) << u'\n';
        for (const Override &entry : log.overrides) {
            out << u"  - "_s << day(entry.occurredAt) << u' ' << entry.recordedBy;
            if (!entry.decision.isEmpty())
                out << u" ["_s << entry.decision << u']';
            out << u'\n' << u"      "_s << tr("AI recommended: %1").arg(entry.recommended) << u'\n'
                << u"      "_s << tr("Human decided:  %1").arg(entry.decided) << u'\n'
                << u"      "_s << tr("Why: %1").arg(entry.reason) << u'\n';
        }
    }
    if (!log.incidents.isEmpty()) {
        out << u"  "_s << tr("Incidents (%1, %2 response-time breaches):").arg(log.incidents.size()).arg(log.breaches)
            << u'\n';
        for (qsizetype i = 0; i < log.incidents.size(); ++i) {
            const Incident &incident = log.incidents[i];
            out << u"  - #"_s << incident.id << u' ' << day(incident.occurredAt) << u' '
                << enumLabel(incident.severity).toUpper() << u": "_s << incident.what << u'\n';
            out << u"      "_s
                << tr("Escalated to %1").arg(incident.escalatedToId > 0
                                                 ? people.value(incident.escalatedToId, QString::number(incident.escalatedToId))
                                                 : tr("nobody (no escalation step for this severity)"))
                << u". "_s << log.timings[i].text << u'\n';
        }
    }
}

int addWorkflowToShowJson(CliContext &context, RegisterService &service, qint64 systemId, QJsonObject &object)
{
    Result<WorkflowStatus> status = WorkflowService(service).status(systemId);
    if (!status)
        return context.fail(status.error());
    Result<DecisionLogView> log = DecisionLogService(service).log(systemId);
    if (!log)
        return context.fail(log.error());
    object.insert(u"workflow"_s, workflowJson(*status));
    object.insert(u"decisionLog"_s, decisionLogJson(*log));
    return 0;
}

int writeWorkflowToShowText(CliContext &context, RegisterService &service, qint64 systemId)
{
    Result<WorkflowStatus> status = WorkflowService(service).status(systemId);
    if (!status)
        return context.fail(status.error());
    Result<DecisionLogView> log = DecisionLogService(service).log(systemId);
    if (!log)
        return context.fail(log.error());
    const QHash<qint64, QString> people = personNames(service);
    writeWorkflowText(context.out(), *status, people);
    writeDecisionLogText(context.out(), *log, people);
    return 0;
}

} // namespace charter::cli
