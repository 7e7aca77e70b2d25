// Verbs of the approval workflow: submit, review, sign, suspend, reinstate, retire,
// signoffs, inbox. The rules live in core (WorkflowService, Permissions); these only
// parse, call and print.
#include "CliContext.h"
#include "Verbs.h"
#include "WorkflowCli.h"

#include "domain/GovernanceJson.h"
#include "domain/EnumWords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QCommandLineOption reasonOption(const QString &help)
{
    return QCommandLineOption(u"reason"_s, help, u"TEXT"_s);
}

bool parseFormat(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &format,
                 int *exitCode)
{
    const QString name = parser.value(format);
    if (name == u"text"_s || name == u"json"_s)
        return true;
    *exitCode = context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(name));
    return false;
}

QString stateSentence(const QString &systemName, const WorkflowRecord &record)
{
    return tr("\"%1\" is now %2 (review cycle %3).")
        .arg(systemName, enumInSentence(record.state))
        .arg(record.cycle);
}

// Runs one state change: `VERB SYSTEM --reason TEXT`.
int runTransition(CliContext &context, const QStringList &args, const QString &verb, const QString &description,
                  bool reasonRequired,
                  const std::function<Result<WorkflowRecord>(WorkflowService &, qint64, const QString &)> &action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption reason = reasonOption(reasonRequired ? tr("Why (required; recorded in the history).")
                                                                  : tr("Why (optional; recorded in the history)."));
    parser.addOption(reason);
    int code = 0;
    if (!context.parseVerb(parser, verb, args, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    WorkflowService workflow(*service);
    Result<WorkflowRecord> record = action(workflow, *id, parser.value(reason));
    if (!record)
        return context.fail(record.error());
    Result<WorkflowStatus> status = workflow.status(*id);
    context.err() << stateSentence(status ? status->systemName : parser.positionalArguments().first(), *record)
                  << u'\n';
    return 0;
}

QString taskKey(InboxItem::Task task)
{
    switch (task) {
    case InboxItem::Task::Sign:
        return u"sign"_s;
    case InboxItem::Task::Resign:
        return u"re_sign"_s;
    case InboxItem::Task::Decide:
        return u"decide"_s;
    case InboxItem::Task::AddressChanges:
        return u"address_changes"_s;
    case InboxItem::Task::ReReview:
        return u"re_review"_s;
    }
    return QString();
}

} // namespace

int runSubmit(CliContext &context, const QStringList &args)
{
    return runTransition(context, args, u"submit"_s,
                         tr("Submit SYSTEM for review (from draft, after changes were requested, after "
                            "a rejection, or an approved or suspended system for re-review). Needs the "
                            "contributor, it_reviewer or board role."),
                         false, [](WorkflowService &w, qint64 id, const QString &reason) { return w.submit(id, reason); });
}

int runSuspend(CliContext &context, const QStringList &args)
{
    return runTransition(context, args, u"suspend"_s,
                         tr("Suspend an approved SYSTEM (IT reviewer or board)."), true,
                         [](WorkflowService &w, qint64 id, const QString &reason) { return w.suspend(id, reason); });
}

int runReinstate(CliContext &context, const QStringList &args)
{
    return runTransition(context, args, u"reinstate"_s,
                         tr("Reinstate a suspended SYSTEM whose approval still holds (IT reviewer or "
                            "board, not admin)."),
                         true,
                         [](WorkflowService &w, qint64 id, const QString &reason) { return w.reinstate(id, reason); });
}

int runRetire(CliContext &context, const QStringList &args)
{
    return runTransition(context, args, u"retire"_s,
                         tr("Retire SYSTEM (from draft, changes requested, rejected or suspended; IT "
                            "reviewer or board). Final."),
                         true, [](WorkflowService &w, qint64 id, const QString &reason) { return w.retire(id, reason); });
}

int runReview(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record the review decision on SYSTEM: approve (every required sign-off present and "
           "current), request changes, or reject. Needs the it_reviewer or board role; nobody "
           "decides on what they submitted, and admin never approves."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption approve(u"approve"_s, tr("Approve it."));
    const QCommandLineOption requestChanges(u"request-changes"_s, tr("Send it back for changes."));
    const QCommandLineOption reject(u"reject"_s, tr("Reject it."));
    const QCommandLineOption reason = reasonOption(tr("Why (required)."));
    const QCommandLineOption conditions(u"conditions"_s, tr("Conditions of the approval."), u"TEXT"_s);
    const QCommandLineOption expires(u"expires"_s, tr("The approval lapses after DATE (YYYY-MM-DD)."), u"DATE"_s);
    parser.addOptions({approve, requestChanges, reject, reason, conditions, expires});
    int code = 0;
    if (!context.parseVerb(parser, u"review"_s, args, &code))
        return code;
    const int modes = int(parser.isSet(approve)) + int(parser.isSet(requestChanges)) + int(parser.isSet(reject));
    if (modes != 1)
        return context.usageError(tr("Give exactly one of --approve, --request-changes and --reject."));
    if (!parser.isSet(approve) && (parser.isSet(conditions) || parser.isSet(expires)))
        return context.usageError(tr("--conditions and --expires belong to --approve."));
    ReviewDecision decision;
    decision.reason = parser.value(reason);
    decision.conditions = parser.value(conditions);
    if (parser.isSet(expires)) {
        decision.expires = parseIsoDate(parser.value(expires));
        if (!decision.expires.isValid())
            return context.usageError(tr("--expires needs a date of the form YYYY-MM-DD."));
    }
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    WorkflowService workflow(*service);
    Result<WorkflowRecord> record = parser.isSet(approve)          ? workflow.approve(*id, decision)
                                    : parser.isSet(requestChanges) ? workflow.requestChanges(*id, decision.reason)
                                                                   : workflow.reject(*id, decision.reason);
    if (!record)
        return context.fail(record.error());
    Result<WorkflowStatus> status = workflow.status(*id);
    context.err() << stateSentence(status ? status->systemName : parser.positionalArguments().first(), *record)
                  << u'\n';
    return 0;
}

int runSign(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign SYSTEM, which is in review. The sign-off is bound to the record's current content "
           "(its SHA-256 and a snapshot); a later material change makes it stale. it_review needs "
           "the it_reviewer role, board the board role; ownership is given by the account linked "
           "to the accountable owner. Nobody signs what they submitted; admin never signs."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption as(u"as"_s, tr("What you sign as: %1.").arg(enumKeys<SignOffKind>().join(u", "_s)),
                                u"KIND"_s);
    const QCommandLineOption reason = reasonOption(tr("A note recorded with the sign-off."));
    const QCommandLineOption expect(u"expect-hash"_s,
                                    tr("Refuse unless the record's content SHA-256 (see 'show') is still HASH."),
                                    u"HASH"_s);
    parser.addOptions({as, reason, expect});
    int code = 0;
    if (!context.parseVerb(parser, u"sign"_s, args, &code))
        return code;
    const std::optional<SignOffKind> kind = enumFromKey<SignOffKind>(parser.value(as));
    if (!parser.isSet(as) || !kind)
        return context.usageError(tr("--as needs one of %1.").arg(enumKeys<SignOffKind>().join(u", "_s)));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    WorkflowService workflow(*service);
    Result<SignOff> signOff = workflow.sign(*id, *kind, SignRequest{parser.value(reason), parser.value(expect)});
    if (!signOff)
        return context.fail(signOff.error());
    context.err() << tr("Signed as %1 by %2; bound to content %3.")
                         .arg(enumLabel(signOff->kind), signOff->signer, signOff->contentSha256)
                  << u'\n';
    if (Result<WorkflowStatus> status = workflow.status(*id); status) {
        if (status->signOffs.complete())
            context.err() << tr("Every required sign-off is in; a reviewer can now approve it.") << u'\n';
        else
            context.err() << tr("Still missing: %1.").arg(status->signOffs.missing().join(u"; "_s)) << u'\n';
    }
    return 0;
}

int runSignoffs(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List SYSTEM's sign-offs with what changed since each was signed (field, old, new; "
           "material changes make it stale). By default the current review cycle."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption all(u"all"_s, tr("Every sign-off of every review cycle."));
    const QCommandLineOption content(u"with-content"_s, tr("JSON: include the signed content itself."));
    const QCommandLineOption format(u"format"_s, tr("Output format: text, json (default text)."), u"FORMAT"_s,
                                    u"text"_s);
    parser.addOptions({all, content, format});
    int code = 0;
    if (!context.parseVerb(parser, u"signoffs"_s, args, &code))
        return code;
    if (!parseFormat(context, parser, format, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    WorkflowService workflow(*service);
    Result<WorkflowStatus> status = workflow.status(*id);
    if (!status)
        return context.fail(status.error());
    QList<SignOffStatus> signOffs = status->signOffs.signOffs;
    if (parser.isSet(all)) {
        Result<QList<SignOffStatus>> history = workflow.signOffHistory(*id);
        if (!history)
            return context.fail(history.error());
        signOffs = *history;
    }
    if (parser.value(format) == u"json"_s) {
        QJsonArray array;
        for (const SignOffStatus &signOff : signOffs)
            array.append(signOffStatusJson(signOff, parser.isSet(content)));
        context.out() << QJsonDocument(QJsonObject{{u"system"_s, status->systemName},
                                                   {u"state"_s, enumKey(status->record.state)},
                                                   {u"cycle"_s, status->record.cycle},
                                                   {u"contentSha256"_s, status->contentSha256},
                                                   {u"complete"_s, status->signOffs.complete()},
                                                   {u"signOffs"_s, array}})
                             .toJson(QJsonDocument::Indented);
        return 0;
    }
    const QHash<qint64, QString> people = personNames(*service);
    QTextStream &out = context.out();
    out << tr("%1: %2, review cycle %3; content SHA-256 %4")
               .arg(status->systemName, enumInSentence(status->record.state))
               .arg(status->record.cycle)
               .arg(status->contentSha256)
        << u'\n';
    if (signOffs.isEmpty())
        out << tr("No sign-offs.") << u'\n';
    for (const SignOffStatus &signOff : signOffs) {
        const SignOff &s = signOff.signOff;
        out << u"- "_s << tr("#%1 %2 by %3 on %4 (cycle %5, %6 risk): %7")
                              .arg(s.id)
                              .arg(enumLabel(s.kind), s.signer, s.signedAt.toUTC().toString(Qt::ISODate))
                              .arg(s.cycle)
                              .arg(enumInSentence(s.tier),
                                   signOff.current ? tr("current") : tr("STALE, re-sign required"))
            << u'\n';
        out << u"    "_s << tr("Signed content SHA-256 %1").arg(s.contentSha256) << u'\n';
        if (signOff.changes.isEmpty()) {
            out << u"    "_s << tr("Unchanged since signing.") << u'\n';
        } else {
            out << u"    "_s << tr("Changed since signing:") << u'\n';
            writeChanges(out, signOff.changes, people, u"      "_s);
        }
    }
    if (status->record.state == WorkflowState::InReview && !status->signOffs.complete())
        out << tr("Still missing: %1.").arg(status->signOffs.missing().join(u"; "_s)) << u'\n';
    return 0;
}

int runInbox(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What is waiting for you: sign-offs to give or re-sign, reviews "
                                        "to decide, changes requested, re-approvals due."));
    const QCommandLineOption format(u"format"_s, tr("Output format: text, json (default text)."), u"FORMAT"_s,
                                    u"text"_s);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"inbox"_s, args, &code))
        return code;
    if (!parseFormat(context, parser, format, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<QList<InboxItem>> items = WorkflowService(*service).inbox();
    if (!items)
        return context.fail(items.error());
    if (parser.value(format) == u"json"_s) {
        QJsonArray array;
        for (const InboxItem &item : *items) {
            QJsonObject object{{u"systemId"_s, item.systemId},
                               {u"system"_s, item.systemName},
                               {u"state"_s, enumKey(item.state)},
                               {u"task"_s, taskKey(item.task)},
                               {u"text"_s, item.text},
                               {u"since"_s, item.since.isValid() ? QJsonValue(storedTimestamp(item.since))
                                                                 : QJsonValue(QJsonValue::Null)}};
            if (item.task == InboxItem::Task::Sign || item.task == InboxItem::Task::Resign)
                object.insert(u"kind"_s, enumKey(item.kind));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream &out = context.out();
    out << tr("Waiting for %1: %2").arg(service->actor().displayName()).arg(items->size()) << u'\n';
    for (const InboxItem &item : *items) {
        out << u"- "_s << item.systemName << u" (id "_s << item.systemId << u", "_s
            << enumInSentence(item.state) << u"): "_s << item.text << u'\n';
    }
    return 0;
}

} // namespace charter::cli
