// Verbs that create, read and check the register: init, demo, list, show, risk, check.
#include "CliContext.h"
#include "Output.h"
#include "Verbs.h"
#include "WorkflowCli.h"

#include "domain/EnumWords.h"
#include "domain/Json.h"
#include "interchange/CsvWriter.h"
#include "register/DemoRegister.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QCommandLineOption formatOption(const QString &choices, const QString &fallback)
{
    return QCommandLineOption(u"format"_s, tr("Output format: %1 (default %2).").arg(choices, fallback),
                              u"FORMAT"_s, fallback);
}

// Resolves the single SYSTEM argument of show/risk into its details.
std::optional<SystemDetails> loadSystemArgument(CliContext &context, RegisterService &service,
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
    Result<SystemDetails> details = service.details(*id);
    if (!details) {
        *exitCode = context.fail(details.error());
        return std::nullopt;
    }
    return *details;
}

} // namespace

int runInit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an empty Charter database at LOCATION."));
    int code = 0;
    if (!context.parseVerb(parser, u"init"_s, args, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::CreateIfMissing, &code);
    if (!service)
        return code;
    if (context.database()->wasCreated())
        context.err() << tr("Created the Charter database %1.").arg(context.displayLocation()) << u'\n';
    else
        context.err() << tr("%1 is already a Charter database; nothing to do.").arg(context.displayLocation()) << u'\n';
    return 0;
}

int runDemo(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a deterministic, realistic demo portfolio: systems "
                                        "with people, vendors, decision boundaries and "
                                        "escalation paths, and their history: accounts for the "
                                        "demo's people, systems in every workflow state, "
                                        "sign-offs (some stale), overrides and incidents. The "
                                        "history needs the admin role (the first account of a "
                                        "new database has it)."));
    const QCommandLineOption systemsOption(u"systems"_s, tr("Number of systems (default 60)."), u"N"_s, u"60"_s);
    const QCommandLineOption seedOption(u"seed"_s, tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption noHistoryOption(u"no-history"_s, tr("Only the portfolio: every system stays a "
                                                                 "draft, no accounts are added."));
    parser.addOption(systemsOption);
    parser.addOption(seedOption);
    parser.addOption(noHistoryOption);
    int code = 0;
    if (!context.parseVerb(parser, u"demo"_s, args, &code))
        return code;
    bool okCount = false;
    bool okSeed = false;
    const int count = parser.value(systemsOption).toInt(&okCount);
    const quint64 seed = parser.value(seedOption).toULongLong(&okSeed);
    if (!okCount || count < 0 || count > 10'000'000)
        return context.usageError(tr("--systems needs a whole number from 0 to 10000000."));
    if (!okSeed)
        return context.usageError(tr("--seed needs a whole number."));

    RegisterService *service = context.openRegister(Database::OpenMode::CreateIfMissing, &code);
    if (!service)
        return code;
    Result<qint64> existing = SystemRepository(service->database()).count();
    if (!existing)
        return context.fail(existing.error());
    PortfolioImportOptions options;
    options.keepIds = *existing == 0;
    options.reason = tr("Demo portfolio (%1 systems, seed %2)").arg(count).arg(seed);
    Result<DemoRegisterSummary> added = DemoRegister::add(*service, count, seed, options,
                                                          !parser.isSet(noHistoryOption));
    if (!added) {
        const int failed = context.fail(added.error());
        if (added.error().code == ErrorCode::NotPermitted && service->actor().canEditRegister())
            context.err() << tr("Add --no-history to add the portfolio alone.") << u'\n';
        return failed;
    }
    context.err() << tr("Added %1 systems, %2 people and %3 vendors to %4.")
                         .arg(added->portfolio.systemsAdded)
                         .arg(added->portfolio.peopleAdded)
                         .arg(added->portfolio.vendorsAdded)
                         .arg(context.displayLocation())
                  << u'\n';
    if (const auto &history = added->history) {
        QStringList states;
        for (const auto &entry : enumEntries<WorkflowState>())
            if (const int n = history->states.value(entry.value))
                states << u"%1 %2"_s.arg(n).arg(enumInSentence(entry.value));
        context.err() << tr("History: %1 accounts; %2; %3 sign-offs (%4 stale); %5 overrides; %6 incidents "
                            "(%7 response-time breaches).")
                             .arg(history->accounts)
                             .arg(states.join(u", "_s))
                             .arg(history->signOffs)
                             .arg(history->staleSignOffs)
                             .arg(history->overrides)
                             .arg(history->incidents)
                             .arg(history->breaches)
                      << u'\n';
    }
    return 0;
}

int runList(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the AI systems in the register."));
    const QCommandLineOption format = formatOption(u"table, json, csv"_s, u"table"_s);
    const QCommandLineOption filter(u"filter"_s, tr("Only systems whose name, reference, business "
                                                    "unit, accountable owner or vendor contains TEXT."),
                                    u"TEXT"_s);
    parser.addOption(format);
    parser.addOption(filter);
    int code = 0;
    if (!context.parseVerb(parser, u"list"_s, args, &code))
        return code;
    const QString formatName = parser.value(format);
    if (formatName != u"table"_s && formatName != u"json"_s && formatName != u"csv"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use table, json or csv.").arg(formatName));

    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<QList<RegistryRow>> rows = SystemRepository(service->database()).registryRows();
    if (!rows)
        return context.fail(rows.error());
    const QString needle = parser.value(filter).toCaseFolded();
    QList<RegistryRow> selected;
    selected.reserve(rows->size());
    for (const RegistryRow &row : *rows) {
        if (registryRowMatches(row, needle))
            selected.append(row);
    }
    if (formatName == u"json"_s)
        writeRegistryJson(context.out(), selected);
    else if (formatName == u"csv"_s)
        writeRegistryCsv(context.out(), selected);
    else
        writeRegistryTable(context.out(), selected);
    return 0;
}

int runShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show everything the register holds about SYSTEM (an id "
                                        "or an exact name)."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption format = formatOption(u"text, json"_s, u"text"_s);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"show"_s, args, &code))
        return code;
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(formatName));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<SystemDetails> details = loadSystemArgument(context, *service, parser, &code);
    if (!details)
        return code;
    // Workflow state, sign-offs and decision log (WorkflowCli.h).
    if (formatName == u"json"_s) {
        QJsonObject object = systemDetailsJson(*details);
        if (const int failed = addWorkflowToShowJson(context, *service, details->system.id, object))
            return failed;
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        writeSystemText(context.out(), *details);
        if (const int failed = writeWorkflowToShowText(context, *service, details->system.id))
            return failed;
    }
    return 0;
}

int runRisk(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explain SYSTEM's risk: every factor with its points, the "
                                        "unknown answers, completeness and tier."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("Id or exact name of the system."));
    const QCommandLineOption format = formatOption(u"text, json"_s, u"text"_s);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"risk"_s, args, &code))
        return code;
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(formatName));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    const std::optional<SystemDetails> details = loadSystemArgument(context, *service, parser, &code);
    if (!details)
        return code;
    if (formatName == u"json"_s)
        context.out() << QJsonDocument(riskJson(details->risk)).toJson(QJsonDocument::Indented);
    else
        writeRiskText(context.out(), details->system, details->risk, service->policy().name());
    return 0;
}

int runCheck(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check that LOCATION is a readable, consistent Charter "
                                        "database. Exit 0 when it is, 3 when the integrity check "
                                        "finds damage, 6 when it cannot be read at all."));
    int code = 0;
    if (!context.parseVerb(parser, u"check"_s, args, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    QStringList problems;
    if (Status status = context.database()->checkIntegrity(&problems); !status)
        return context.fail(status.error());
    // Reading every system proves the rows themselves decode, not only the pages.
    Result<QList<AiSystem>> systems = SystemRepository(service->database()).all();
    if (!systems)
        return context.fail(systems.error());
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err() << problem << u'\n';
        context.err() << QCoreApplication::translate("charter::cli",
                                                     "%1 failed the integrity check (%n problem(s)). "
                                                     "Restore it from a backup.",
                                                     nullptr, int(problems.size()))
                             .arg(context.displayLocation())
                      << u'\n';
        return int(ErrorCode::VerificationFailed);
    }
    context.out() << tr("%1: ok (schema version %2, %3 systems)")
                         .arg(context.displayLocation())
                         .arg(context.database()->schemaVersion())
                         .arg(systems->size())
                  << u'\n';
    return 0;
}

} // namespace charter::cli
