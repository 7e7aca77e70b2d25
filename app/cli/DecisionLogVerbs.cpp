// Verbs of the decision log: override, incident.
#include "CliContext.h"
#include "Verbs.h"
#include "WorkflowCli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

// "2026-03-01T09:30:00Z" or "2026-03-01T09:30" (UTC); invalid otherwise.
QDateTime parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return parsed;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

} // namespace

int runOverride(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record that a person overrode SYSTEM's output: what it recommended, what was decided "
           "instead and why. Needs the contributor, it_reviewer or board role, or being one of the "
           "system's owners."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption recommended(u"recommended"_s, tr("What the system recommended (required)."), u"TEXT"_s);
    const QCommandLineOption decided(u"decided"_s, tr("What the person decided (required)."), u"TEXT"_s);
    const QCommandLineOption reason(u"reason"_s, tr("Why (required)."), u"TEXT"_s);
    const QCommandLineOption decision(u"decision"_s, tr("The decision boundary concerned."), u"TEXT"_s);
    const QCommandLineOption at(u"at"_s, tr("When it happened (ISO 8601, UTC; default now)."), u"TIME"_s);
    parser.addOptions({recommended, decided, reason, decision, at});
    int code = 0;
    if (!context.parseVerb(parser, u"override"_s, args, &code))
        return code;
    OverrideRequest request;
    request.recommended = parser.value(recommended);
    request.decided = parser.value(decided);
    request.reason = parser.value(reason);
    request.decision = parser.value(decision);
    if (parser.isSet(at)) {
        request.occurredAt = parseTimestamp(parser.value(at));
        if (!request.occurredAt.isValid())
            return context.usageError(tr("--at needs a date and time such as 2026-03-01T09:30:00Z."));
    }
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    Result<Override> entry = DecisionLogService(*service).recordOverride(*id, request);
    if (!entry)
        return context.fail(entry.error());
    context.err() << tr("Recorded override #%1.").arg(entry->id) << u'\n';
    return 0;
}

int runIncident(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record an incident of SYSTEM: what failed, its severity, who it was escalated to and "
           "after how many minutes they acknowledged it; the escalation path's response-time "
           "target for that severity is stored with it, so breaches are visible. "
           "Or, with --acknowledge ID, record a later acknowledgement."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system (not with --acknowledge)."));
    const QCommandLineOption severity(u"severity"_s, tr("Severity: %1.").arg(enumKeys<Severity>().join(u", "_s)),
                                      u"S"_s);
    const QCommandLineOption what(u"what"_s, tr("What failed (required)."), u"TEXT"_s);
    const QCommandLineOption escalatedTo(u"escalated-to"_s,
                                         tr("Who it was escalated to: a person's id or exact name (default: "
                                            "the first person on the path for this severity)."),
                                         u"PERSON"_s);
    const QCommandLineOption acknowledgedAfter(u"acknowledged-after"_s,
                                               tr("Minutes until the escalation was acknowledged."), u"MINUTES"_s);
    const QCommandLineOption at(u"at"_s, tr("When it happened (ISO 8601, UTC; default now)."), u"TIME"_s);
    const QCommandLineOption acknowledge(u"acknowledge"_s, tr("Record the acknowledgement of incident ID."),
                                         u"ID"_s);
    parser.addOptions({severity, what, escalatedTo, acknowledgedAfter, at, acknowledge});
    int code = 0;
    if (!context.parseVerb(parser, u"incident"_s, args, &code))
        return code;

    int minutes = -1;
    if (parser.isSet(acknowledgedAfter)) {
        bool ok = false;
        minutes = parser.value(acknowledgedAfter).toInt(&ok);
        if (!ok || minutes < 0)
            return context.usageError(tr("--acknowledged-after needs a whole number of minutes (0 or more)."));
    }
    if (parser.isSet(acknowledge)) {
        bool ok = false;
        const qint64 incidentId = parser.value(acknowledge).toLongLong(&ok);
        if (!ok || incidentId <= 0)
            return context.usageError(tr("--acknowledge needs an incident id."));
        if (minutes < 0)
            return context.usageError(tr("--acknowledge needs --acknowledged-after MINUTES."));
        if (!parser.positionalArguments().isEmpty() || parser.isSet(what) || parser.isSet(severity))
            return context.usageError(tr("--acknowledge takes only --acknowledged-after."));
        RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
        if (!service)
            return code;
        Result<Incident> incident = DecisionLogService(*service).acknowledgeIncident(incidentId, minutes);
        if (!incident)
            return context.fail(incident.error());
        context.err() << incidentTiming(*incident, service->now()).text << u'\n';
        return 0;
    }

    IncidentRequest request;
    const std::optional<Severity> parsedSeverity = enumFromKey<Severity>(parser.value(severity));
    if (!parser.isSet(severity) || !parsedSeverity)
        return context.usageError(tr("--severity needs one of %1.").arg(enumKeys<Severity>().join(u", "_s)));
    request.severity = *parsedSeverity;
    request.what = parser.value(what);
    request.acknowledgedAfterMinutes = minutes;
    if (parser.isSet(at)) {
        request.occurredAt = parseTimestamp(parser.value(at));
        if (!request.occurredAt.isValid())
            return context.usageError(tr("--at needs a date and time such as 2026-03-01T09:30:00Z."));
    }
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<qint64> id = systemArgument(context, *service, parser, &code);
    if (!id)
        return code;
    if (parser.isSet(escalatedTo)) {
        Result<qint64> person = resolvePerson(*service, parser.value(escalatedTo));
        if (!person)
            return context.fail(person.error());
        request.escalatedToId = *person;
    }
    Result<Incident> incident = DecisionLogService(*service).recordIncident(*id, request);
    if (!incident)
        return context.fail(incident.error());
    context.err() << tr("Recorded incident #%1. %2").arg(incident->id).arg(incidentTiming(*incident, service->now()).text)
                  << u'\n';
    return 0;
}

} // namespace charter::cli
