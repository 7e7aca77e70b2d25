// charter-bench: Charter's performance figures, each beside a baseline measured in the
// same run (see docs/benchmarks.md). Exit status: 0 when every figure was measured (a
// missed target is reported, not fatal), 1 with --strict when a target was missed,
// 2 on a usage error or when a figure could not be measured.
#include "AuditBenchmarks.h"
#include "Benchmarks.h"
#include "DashboardBenchmarks.h"
#include "PackBenchmarks.h"
#include "SharedDbBenchmarks.h"
#include "StartupBenchmarks.h"

#include "util/AppPaths.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString sqliteVersion(const QString &sqlite)
{
    QProcess process;
    process.start(sqlite, {u"--version"_s});
    if (!process.waitForFinished(10'000))
        return u"unknown"_s;
    return QString::fromUtf8(process.readAllStandardOutput()).section(u' ', 0, 0).trimmed();
}

QString defaultCliPath()
{
    const QString besideUs = QDir(QCoreApplication::applicationDirPath()).filePath(u"../app/charter-cli"_s);
    if (QFileInfo(besideUs).isExecutable())
        return QDir::cleanPath(besideUs);
    return QStringLiteral(CHARTER_CLI_PATH);
}

} // namespace

int main(int argc, char *argv[])
{
    // The bench never needs a visible window; the registry view is measured offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"charter-bench"_s);
    charter::initApplicationIdentity();
    // Charter's own log lines (and Qt's warnings) go to the log file, as for charter-cli,
    // so standard output holds only the results.
    charter::setupLogging(u"charter-bench"_s, false);

    using charter::bench::BenchConfig;
    BenchConfig config;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Charter's performance figures on a large register, each printed beside a baseline "
        "measured in the same run (raw sqlite3 on the same rows, a plain loop over the same "
        "strings), with the ratio and the target. Misses are reported; the exit status is 0 "
        "unless a figure could not be measured (2) or --strict is given and a target is missed (1)."_s);
    parser.addHelpOption();
    const QCommandLineOption systemsOption(u"systems"_s, u"Systems in the register (default 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Demo portfolio seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption repsOption(u"reps"_s, u"Runs per side for the medians (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption importRepsOption(u"import-reps"_s, u"Runs of charter-cli import (default 1; each takes long)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Run only these figures: list, import, model, filter, audit, pack, dashboard, startup, shared (comma-separated)."_s, u"NAMES"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Measure list, model and filter on this existing Charter database instead of the imported one."_s, u"FILE"_s);
    const QCommandLineOption workOption(u"work-dir"_s, u"Keep the CSV and databases in DIR (default: a temporary directory, removed at the end)."_s, u"DIR"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"The charter-cli program (default: the one built with this bench)."_s, u"PATH"_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The sqlite3 program (default: sqlite3 on PATH)."_s, u"PATH"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the results as JSON to FILE ('-': standard output, instead of the table)."_s, u"FILE"_s);
    const QCommandLineOption strictOption(u"strict"_s, u"Exit 1 when a target is missed."_s);
    const QCommandLineOption auditEntriesOption(u"audit-entries"_s, u"Audit entries for figure 5a (default 1000000)."_s, u"N"_s, u"1000000"_s);
    for (const QCommandLineOption &option : {systemsOption, seedOption, repsOption, importRepsOption, onlyOption,
                                             dbOption, workOption, cliOption, sqliteOption, jsonOption, strictOption,
                                             auditEntriesOption})
        parser.addOption(option);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    bool ok4 = false;
    config.systems = parser.value(systemsOption).toInt(&ok1);
    config.seed = parser.value(seedOption).toULongLong(&ok2);
    config.repetitions = parser.value(repsOption).toInt(&ok3);
    config.importRepetitions = parser.value(importRepsOption).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || config.systems < 1 || config.repetitions < 1 || config.importRepetitions < 1) {
        err << u"charter-bench: --systems, --reps and --import-reps need whole numbers of at least 1.\n"_s;
        return 2;
    }
    if (parser.isSet(onlyOption)) {
        config.only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
        for (const QString &name : config.only) {
            if (!QStringList{u"list"_s, u"import"_s, u"model"_s, u"filter"_s, u"audit"_s, u"pack"_s,
                             u"dashboard"_s, u"startup"_s, u"shared"_s}.contains(name)) {
                err << u"charter-bench: unknown figure \""_s << name
                    << u"\" for --only; use list, import, model, filter, audit, pack, dashboard, startup, shared.\n"_s;
                return 2;
            }
        }
    }
    config.existingDatabase = parser.value(dbOption);
    config.workDirectory = parser.value(workOption);
    config.cliPath = parser.isSet(cliOption) ? parser.value(cliOption) : defaultCliPath();
    config.sqlitePath = parser.isSet(sqliteOption) ? parser.value(sqliteOption)
                                                   : QStandardPaths::findExecutable(u"sqlite3"_s);
    if (!QFileInfo(config.cliPath).isExecutable()) {
        err << u"charter-bench: charter-cli not found at "_s << config.cliPath << u" (use --cli).\n"_s;
        return 2;
    }
    if (config.sqlitePath.isEmpty() || !QFileInfo(config.sqlitePath).isExecutable()) {
        err << u"charter-bench: the sqlite3 program is needed for the baselines (Debian package "
               "sqlite3; or --sqlite3 PATH).\n"_s;
        return 2;
    }
    if (!config.existingDatabase.isEmpty() && !QFileInfo::exists(config.existingDatabase)) {
        err << u"charter-bench: "_s << config.existingDatabase << u" does not exist.\n"_s;
        return 2;
    }

    charter::bench::Workspace workspace(config);
    if (!workspace.isValid()) {
        err << u"charter-bench: cannot create a working directory.\n"_s;
        return 2;
    }

    charter::bench::RunInfo info;
    info.systems = config.systems;
    info.repetitions = config.repetitions;
    info.cores = QThread::idealThreadCount();
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = sqliteVersion(config.sqlitePath);
    info.started = QDateTime::currentDateTime().toString(Qt::ISODate);
    info.loadBefore = charter::bench::loadAverage();

    QList<charter::bench::Figure> figures;
    QString database = config.existingDatabase;
    if (config.wants(u"import"_s)) {
        QString imported;
        figures += charter::bench::runImportBenchmark(config, workspace, &imported);
        if (database.isEmpty())
            database = imported;
    }
    const bool needsDatabase = config.wants(u"list"_s) || config.wants(u"model"_s) || config.wants(u"filter"_s)
        || config.wants(u"dashboard"_s) || config.wants(u"startup"_s);
    if (needsDatabase && database.isEmpty() && !config.wants(u"import"_s)) {
        charter::bench::Figure build;
        build.id = u"0"_s;
        build.title = u"store the demo portfolio"_s;
        build.charterSide = u"RegisterService::importPortfolio() of the demo portfolio into a new database"_s;
        QString problem;
        database = workspace.buildDatabase(&build, &problem);
        build.error = problem;
        figures.prepend(build);
    }
    if (needsDatabase && database.isEmpty()) {
        err << u"charter-bench: no database to measure list, model and filter on (the import failed).\n"_s;
    } else {
        if (config.wants(u"list"_s))
            figures.prepend(charter::bench::runListBenchmark(config, workspace, database).first());
        if (config.wants(u"model"_s))
            figures += charter::bench::runModelBenchmark(config, database);
        if (config.wants(u"filter"_s))
            figures += charter::bench::runFilterBenchmark(config, database);
        if (config.wants(u"dashboard"_s))
            figures += charter::bench::runDashboardBenchmark(config, workspace, database);
        if (config.wants(u"startup"_s))
            figures += charter::bench::runStartupBenchmark(config, workspace, database);
    }
    if (config.wants(u"audit"_s)) {
        bool entriesOk = false;
        const qint64 auditEntries = parser.value(auditEntriesOption).toLongLong(&entriesOk);
        if (!entriesOk || auditEntries < 1) {
            err << u"charter-bench: --audit-entries needs a whole number of at least 1.\n"_s;
            return 2;
        }
        figures += charter::bench::runAuditBenchmarks(config, workspace, auditEntries);
    }
    if (config.wants(u"pack"_s))
        figures += charter::bench::runPackBenchmark(config, workspace);
    if (config.wants(u"shared"_s))
        figures += charter::bench::runSharedDatabaseBenchmarks(config, workspace);
    // Table order: 0, 1, 2, 3, 4 whatever the order they were measured in.
    std::stable_sort(figures.begin(), figures.end(),
                     [](const charter::bench::Figure &a, const charter::bench::Figure &b) {
                         return a.id.left(1) < b.id.left(1);
                     });

    info.loadAfter = charter::bench::loadAverage();

    const QString jsonPath = parser.value(jsonOption);
    const QByteArray json = QJsonDocument(charter::bench::toJson(info, figures)).toJson(QJsonDocument::Indented);
    if (jsonPath == u"-"_s) {
        out << QString::fromUtf8(json);
        out.flush();
    } else {
        charter::bench::printTable(out, info, figures);
        if (!jsonPath.isEmpty()) {
            QFile file(jsonPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
                err << u"charter-bench: cannot write "_s << jsonPath << u".\n"_s;
        }
    }

    bool missed = false;
    bool failed = needsDatabase && database.isEmpty();
    for (const charter::bench::Figure &f : figures) {
        failed = failed || !f.measured();
        missed = missed || (f.hasTarget() && !f.passed());
    }
    if (failed)
        return 2;
    return parser.isSet(strictOption) && missed ? 1 : 0;
}
