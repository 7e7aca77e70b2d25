#include "Cli.h"

#include "CliContext.h"
#include "Verbs.h"
#include "util/AppPaths.h"
#include "util/Logging.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

struct Verb {
    QString name;
    QString summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

QList<Verb> verbs()
{
    return {
        {u"init"_s, tr("Create an empty Charter database."), runInit},
        {u"demo"_s, tr("Add a realistic demo portfolio (--systems N, --seed S)."), runDemo},
        {u"list"_s, tr("List the register (--format table|json|csv, --filter TEXT)."), runList},
        {u"show"_s, tr("Show everything about one system."), runShow},
        {u"risk"_s, tr("Explain one system's risk score."), runRisk},
        {u"set"_s, tr("Change a system's name, purpose or business unit (--if-version N)."), runSet},
        {u"import"_s, tr("Import a spreadsheet (CSV) inventory or a JSON portfolio."), runImport},
        {u"export"_s, tr("Export the register as JSON or CSV."), runExport},
        {u"check"_s, tr("Check the database's integrity."), runCheck},
        {u"submit"_s, tr("Submit a system for review (or re-review)."), runSubmit},
        {u"review"_s, tr("Approve, request changes to or reject a system in review."), runReview},
        {u"sign"_s, tr("Sign a system in review (--as it_review|ownership|board)."), runSign},
        {u"signoffs"_s, tr("A system's sign-offs and what changed since each was signed."), runSignoffs},
        {u"inbox"_s, tr("What is waiting for you."), runInbox},
        {u"suspend"_s, tr("Suspend an approved system."), runSuspend},
        {u"reinstate"_s, tr("Reinstate a suspended system."), runReinstate},
        {u"retire"_s, tr("Retire a system."), runRetire},
        {u"override"_s, tr("Record a human override of a system's output."), runOverride},
        {u"incident"_s, tr("Record an incident (or its acknowledgement)."), runIncident},
        {u"users"_s, tr("Accounts and roles (list, whoami, add, set-roles, link, deactivate)."), runUsers},
        {u"audit"_s, tr("List the audit trail (--entity TYPE:ID, --limit N, --format json)."), runAudit},
        {u"verify"_s, tr("Verify the audit trail and the register (--since TREEHEAD)."), runVerify},
        {u"treehead"_s, tr("Print the audit trail's tree head (size, Merkle root, time)."), runTreehead},
        {u"admin"_s, tr("Shared PostgreSQL database: init-server, migrate, grant, revoke."), runAdmin},
        {u"migrate"_s, tr("Copy the database to an empty one (--to LOCATION: file or PostgreSQL)."), runMigrate},
        {u"meeting"_s, tr("Review meetings: create, list, agenda, decide, minutes, close."), runMeeting},
        {u"decisions"_s, tr("Export the decision register (--format csv|json, --out FILE, --bom)."), runDecisions},
        {u"calendar"_s, tr("Export the re-review schedule as iCalendar (--out FILE.ics)."), runCalendar},
        {u"pack"_s, tr("Write the board pack as PDF, HTML or Markdown (--meeting ID, --out FILE)."), runPack},
    };
}

QString globalHelp()
{
    QString text = tr("Usage: charter-cli [--db LOCATION] [--verbose] VERB [options]\n\n"
                      "Charter keeps the register of AI systems: owners, decision boundaries,\n"
                      "escalation paths, vendor risk and explained risk scores.\n\n"
                      "LOCATION is a database file (default: %1, or $CHARTER_DB), or a\n"
                      "shared PostgreSQL database: a libpq connection string or URI\n"
                      "(postgresql://user@host/db, service=NAME; passwords from ~/.pgpass).\n\n"
                      "Verbs:\n").arg(defaultDatabasePath());
    for (const Verb &verb : verbs())
        text += u"  %1 %2\n"_s.arg(verb.name, -9).arg(verb.summary);
    text += tr("\nEvery verb has --help. Exit codes: 0 ok, 1 usage, 2 invalid input (nothing\n"
               "written), 3 verification failed, 4 not permitted, 5 conflict, 6 database\n"
               "unavailable, corrupt or made by a newer Charter.\n");
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString location = qEnvironmentVariable("CHARTER_DB");
    bool verbose = false;
    int index = 0;
    // Global options come before the verb; everything after it belongs to the verb.
    for (; index < arguments.size(); ++index) {
        const QString &arg = arguments[index];
        if (arg == u"--db"_s || arg == u"-d"_s) {
            if (index + 1 >= arguments.size()) {
                err << u"charter-cli: "_s << tr("--db needs a LOCATION.") << u'\n';
                return int(ErrorCode::Usage);
            }
            location = arguments[++index];
        } else if (arg.startsWith(u"--db="_s)) {
            location = arg.mid(5);
        } else if (arg == u"--verbose"_s || arg == u"-v"_s) {
            verbose = true;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            out << globalHelp();
            return 0;
        } else if (arg == u"--version"_s) {
            out << u"charter-cli "_s << QCoreApplication::applicationVersion() << u'\n';
            return 0;
        } else if (arg.startsWith(u'-')) {
            err << u"charter-cli: "_s << tr("Unknown option %1.").arg(arg) << u'\n';
            err << tr("Try 'charter-cli --help'.") << u'\n';
            return int(ErrorCode::Usage);
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        err << globalHelp();
        return int(ErrorCode::Usage);
    }
    setupLogging(u"charter-cli"_s, verbose);
    if (location.isEmpty())
        location = defaultDatabasePath();

    const QString verbName = arguments[index];
    const QStringList verbArgs = arguments.mid(index + 1);
    for (const Verb &verb : verbs()) {
        if (verb.name == verbName) {
            CliContext context(location, out, err);
            const int code = verb.run(context, verbArgs);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << u"charter-cli: "_s << tr("Unknown verb \"%1\".").arg(verbName) << u'\n';
    err << tr("Try 'charter-cli --help'.") << u'\n';
    return int(ErrorCode::Usage);
}

bool needsGuiApplication(const QStringList &arguments)
{
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString &arg = arguments[index];
        if (arg == u"--db"_s || arg == u"-d"_s)
            ++index; // its LOCATION
        else if (!arg.startsWith(u'-'))
            return arg == u"pack"_s;
    }
    return false;
}

} // namespace charter::cli
