// Figures 1 and 2: the charter-cli program against the sqlite3 program, both run as
// separate processes on the same file.
#include "Benchmarks.h"

#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

// The rows `charter-cli list --format json` prints, as sqlite3 reads them: the same
// columns and names, '' shown as null like Charter's textOrNull, the same order.
const QString ListSql = u"SELECT s.id AS id, s.name AS name, NULLIF(s.external_ref, '') AS reference, "
                        "NULLIF(s.business_unit, '') AS business_unit, s.lifecycle AS lifecycle, "
                        "s.risk_tier AS risk_tier, s.risk_score AS risk_score, "
                        "s.completeness AS completeness, s.gap_count AS gaps, "
                        "NULLIF(p.name, '') AS accountable_owner, NULLIF(v.name, '') AS vendor, "
                        "s.next_review AS next_review "
                        "FROM systems s "
                        "LEFT JOIN people p ON p.id = s.accountable_owner_id "
                        "LEFT JOIN vendors v ON v.id = s.vendor_id "
                        "ORDER BY s.name, s.id"_s;

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

QString megabytes(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 1);
}

// Rows in TABLE of the SQLite file PATH, or -1.
qint64 countRows(const QString &path, const QString &table)
{
    const QString name = u"charter-bench-count"_s;
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// Systems in the Charter database PATH, or -1 with PROBLEM set.
qint64 countSystems(const QString &path, QString *problem)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db) {
        *problem = db.error().message;
        return -1;
    }
    Result<qint64> count = SystemRepository(**db).count();
    if (!count) {
        *problem = count.error().message;
        return -1;
    }
    return *count;
}

std::optional<QJsonArray> readJsonArray(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read %1"_s.arg(path);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray()) {
        *problem = u"%1 is not a JSON array: %2"_s.arg(path, error.errorString());
        return std::nullopt;
    }
    return doc.array();
}

// Checks that both programs printed the same records; the result goes to the note.
QString compareListOutputs(const QString &charterPath, const QString &sqlitePath, int expected)
{
    QString problem;
    const std::optional<QJsonArray> ours = readJsonArray(charterPath, &problem);
    if (!ours)
        return u"Output check failed: "_s + problem;
    const std::optional<QJsonArray> theirs = readJsonArray(sqlitePath, &problem);
    if (!theirs)
        return u"Output check failed: "_s + problem;
    const QString sizes = u"charter-cli wrote %1 (indented), sqlite3 %2 (compact)"_s
                              .arg(megabytes(QFileInfo(charterPath).size()),
                                   megabytes(QFileInfo(sqlitePath).size()));
    if (ours->size() != expected || theirs->size() != expected) {
        return u"Output check: expected %1 records, charter-cli printed %2, sqlite3 %3; %4."_s
            .arg(expected).arg(ours->size()).arg(theirs->size()).arg(sizes);
    }
    for (qsizetype i = 0; i < ours->size(); ++i) {
        if (ours->at(i) != theirs->at(i)) {
            return u"Output check: the outputs differ first at record %1: %2 vs %3; %4."_s
                .arg(i)
                .arg(QString::fromUtf8(QJsonDocument(ours->at(i).toObject()).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(theirs->at(i).toObject()).toJson(QJsonDocument::Compact)),
                     sizes);
        }
    }
    return u"Both printed the same %1 records (checked on the warm-up run); %2."_s.arg(expected).arg(sizes);
}

} // namespace

QList<Figure> runImportBenchmark(const BenchConfig &config, Workspace &workspace,
                                 QString *importedDatabase)
{
    Figure ratio;
    ratio.id = u"2a"_s;
    ratio.title = u"CSV import, %1 rows"_s.arg(config.systems);
    ratio.charterSide = u"charter-cli --db NEW.db import FILE.csv (charter profile: parse, map, "
                        "risk, store with audit, reading and storing on two threads; one transaction; rollback journal with synchronous=EXTRA "
                        "while no other connection has the file open, then back to WAL and FULL)"_s;
    ratio.baselineSide = u"sqlite3 NEW2.db -cmd '.mode csv' '.import FILE.csv systems_raw' (sqlite3 "
                         "defaults: rollback journal, synchronous=FULL, one transaction)"_s;
    ratio.kind = Figure::Kind::Ratio;
    ratio.target = 3;
    Figure absolute = ratio;
    absolute.id = u"2b"_s;
    absolute.title = u"CSV import, %1 rows, absolute"_s.arg(config.systems);
    absolute.baselineSide.clear();
    absolute.kind = Figure::Kind::Absolute;
    absolute.target = 5;

    QString problem;
    const QString csv = workspace.registerCsv(&problem);
    if (csv.isEmpty()) {
        ratio.error = absolute.error = problem;
        return {ratio, absolute};
    }
    ratio.note = u"FILE.csv: %1, %2 rows written by writeRegisterCsv (what `charter-cli export "
                 "--format csv` writes)."_s.arg(megabytes(QFileInfo(csv).size())).arg(config.systems);

    QString lastImported;
    const int rounds = std::max(config.repetitions, config.importRepetitions);
    for (int i = 0; i < rounds; ++i) {
        if (i < config.importRepetitions) {
            const QString db = workspace.file(u"imported-%1.db"_s.arg(i + 1));
            removeDatabaseFiles(db);
            progress(u"Import %1/%2: charter-cli import of %3 rows"_s
                         .arg(i + 1).arg(config.importRepetitions).arg(config.systems));
            const ProcessResult run = runProcess({config.cliPath, {u"--db"_s, db, u"import"_s, csv}, {}, {}});
            if (!run.ok) {
                ratio.error = absolute.error = run.problem;
                break;
            }
            ratio.charter.runs.append(run.sample);
            if (!lastImported.isEmpty())
                removeDatabaseFiles(lastImported); // keep the disk use down: 100k systems ~ 350 MB
            lastImported = db;
        }
        if (i < config.repetitions) {
            const QString db = workspace.file(u"sqlite3-import.db"_s);
            removeDatabaseFiles(db);
            const ProcessResult run = runProcess(
                {config.sqlitePath,
                 {db, u"-cmd"_s, u".mode csv"_s, u".import '%1' systems_raw"_s.arg(csv)}, {}, {}});
            if (!run.ok) {
                ratio.error = run.problem;
                break;
            }
            if (i == 0) {
                const qint64 rows = countRows(db, u"systems_raw"_s);
                if (rows != config.systems) {
                    ratio.error = u"sqlite3 imported %1 rows, expected %2"_s.arg(rows).arg(config.systems);
                    break;
                }
            }
            ratio.baseline.runs.append(run.sample);
            removeDatabaseFiles(db);
        }
    }
    if (!lastImported.isEmpty() && ratio.error.isEmpty()) {
        const qint64 systems = countSystems(lastImported, &problem);
        if (systems != config.systems) {
            ratio.error = absolute.error = systems < 0
                ? problem
                : u"charter-cli imported %1 systems, expected %2"_s.arg(systems).arg(config.systems);
        } else {
            *importedDatabase = lastImported;
            ratio.note += u" Imported database: %1."_s.arg(megabytes(QFileInfo(lastImported).size()));
        }
    }
    absolute.charter = ratio.charter;
    if (absolute.error.isEmpty() && !ratio.error.isEmpty() && ratio.charter.isEmpty())
        absolute.error = ratio.error;
    return {ratio, absolute};
}

QList<Figure> runListBenchmark(const BenchConfig &config, Workspace &workspace, const QString &database)
{
    Figure figure;
    figure.id = u"1"_s;
    figure.title = u"list --format json"_s;
    figure.charterSide = u"charter-cli --db DB list --format json > /dev/null"_s;
    figure.baselineSide = u"sqlite3 -json DB \"SELECT <the same 12 columns> FROM systems s LEFT JOIN "
                          "people p ... LEFT JOIN vendors v ... ORDER BY s.name, s.id\" > /dev/null"_s;
    figure.kind = Figure::Kind::Ratio;
    figure.target = 1.5;

    const ProcessRun charterRun{config.cliPath, {u"--db"_s, database, u"list"_s, u"--format"_s, u"json"_s}, {}, {}};
    const ProcessRun sqliteRun{config.sqlitePath, {u"-json"_s, database, ListSql}, {}, {}};

    // Warm-up (file cache, and a first open of the day that refreshes stored risk),
    // writing both outputs to files to check they hold the same records.
    progress(u"List: warm-up runs and output check"_s);
    ProcessRun charterToFile = charterRun;
    charterToFile.stdoutFile = workspace.file(u"list-charter.json"_s);
    ProcessRun sqliteToFile = sqliteRun;
    sqliteToFile.stdoutFile = workspace.file(u"list-sqlite3.json"_s);
    const ProcessResult warmCharter = runProcess(charterToFile);
    const ProcessResult warmSqlite = runProcess(sqliteToFile);
    if (!warmCharter.ok || !warmSqlite.ok) {
        figure.error = !warmCharter.ok ? warmCharter.problem : warmSqlite.problem;
        return {figure};
    }
    figure.note = compareListOutputs(charterToFile.stdoutFile, sqliteToFile.stdoutFile, config.systems);
    QFile::remove(charterToFile.stdoutFile);
    QFile::remove(sqliteToFile.stdoutFile);

    progress(u"List: %1 runs of each"_s.arg(config.repetitions));
    for (int i = 0; i < config.repetitions; ++i) {
        const ProcessResult ours = runProcess(charterRun);
        const ProcessResult theirs = runProcess(sqliteRun);
        if (!ours.ok || !theirs.ok) {
            figure.error = !ours.ok ? ours.problem : theirs.problem;
            break;
        }
        figure.charter.runs.append(ours.sample);
        figure.baseline.runs.append(theirs.sample);
    }
    return {figure};
}

} // namespace charter::bench
