// Figures 9a-9d: a shared database with 8 clients (docs/benchmarks.md, docs/shared-database.md).
#include "SharedDbBenchmarks.h"

#include "LiveRefresh.h"
#include "RegisterLoader.h"
#include "register/RegisterService.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <latch>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

constexpr int Clients = 8;
constexpr int RegisterSystems = 400;
constexpr int EditsPerClientAndRound = 20;
constexpr int WarmUpEdits = 2;
constexpr int RefreshProbes = 40;
constexpr int ProbeSpacingMs = 300; // far enough apart that each commit is its own refresh
constexpr const char *RawChannel = "bench_raw";
const QString BenchDatabase = u"charter_bench"_s;

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Nearest-rank percentile (P in 0..100) of VALUES.
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString milliseconds(double seconds)
{
    return u"%1 ms"_s.arg(seconds * 1e3, 0, 'f', 1);
}

// CPU seconds (user + system) of /proc/PID/stat; with CHILDREN also its reaped children's.
double procCpuSeconds(qint64 pid, bool children)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    // Fields after the command name in parentheses (which may contain spaces).
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    // utime, stime, cutime, cstime are fields 14-17 of the whole line: 11-14 here.
    double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    if (children)
        ticks += fields.at(13).toDouble() + fields.at(14).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// The PostgreSQL server's CPU seconds so far: the postmaster, its children that have
// ended (reaped, so in its child times) and those still running.
double serverCpuSeconds(qint64 postmasterPid)
{
    if (postmasterPid <= 0)
        return 0;
    double total = procCpuSeconds(postmasterPid, true);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == postmasterPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmasterPid)
            total += procCpuSeconds(pid, false);
    }
    return total;
}

// A throwaway PostgreSQL cluster: tests/pg/start-cluster.sh on a private unix socket
// (as an unprivileged account when run as root), stopped and removed when this goes.
class ThrowawayCluster {
public:
    ~ThrowawayCluster()
    {
        if (m_dir.isEmpty())
            return;
        QProcess stop;
        stop.start(scriptPath(u"stop-cluster.sh"_s), {m_dir});
        stop.waitForFinished(60'000);
    }

    bool start(QString *problem)
    {
        const QString script = scriptPath(u"start-cluster.sh"_s);
        if (!QFileInfo(script).isExecutable()) {
            *problem = u"%1 is missing; the shared-database figures need Charter's source tree"_s.arg(script);
            return false;
        }
        // Under /tmp: short enough for a unix socket path, reachable by the server account.
        QTemporaryDir dir(u"/tmp/charter-bench-pg.XXXXXX"_s);
        if (!dir.isValid()) {
            *problem = u"cannot create a folder for the PostgreSQL cluster under /tmp"_s;
            return false;
        }
        dir.setAutoRemove(false); // stop-cluster.sh removes it
        m_dir = dir.path();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(u"CHARTER_PG_PORT"_s))
            environment.insert(u"CHARTER_PG_PORT"_s, u"55490"_s);
        process.setProcessEnvironment(environment);
        process.start(script, {m_dir});
        if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *problem = u"starting a throwaway PostgreSQL cluster failed: %1"_s.arg(
                QString::fromUtf8(process.readAllStandardError()).trimmed());
            return false;
        }
        m_maintenance = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QFile pidFile(m_dir + u"/data/postmaster.pid"_s);
        if (pidFile.open(QIODevice::ReadOnly))
            m_postmasterPid = pidFile.readLine().trimmed().toLongLong();
        return !m_maintenance.isEmpty();
    }

    QString maintenance() const { return m_maintenance; }
    qint64 postmasterPid() const { return m_postmasterPid; }
    QString serverVersion() const { return m_serverVersion; }
    void setServerVersion(const QString &version) { m_serverVersion = version; }

private:
    static QString scriptPath(const QString &name)
    {
        return QStringLiteral(CHARTER_PG_SCRIPTS) + u'/' + name;
    }

    QString m_dir;
    QString m_maintenance;
    QString m_serverVersion;
    qint64 m_postmasterPid = 0;
};

// A plain QPSQL connection (no Charter), closed and removed when this goes.
class RawConnection {
public:
    RawConnection(const QString &location, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        Result<ConnectionString> parsed = ConnectionString::parse(location);
        if (!parsed) {
            m_error = parsed.error().message;
            return;
        }
        if (Status status = parsed->applyTo(db); !status) {
            m_error = status.error().message;
            return;
        }
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, QString *problem) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        *problem = u"%1: %2"_s.arg(sql, query.lastError().text());
        return false;
    }

private:
    QString m_name;
    QString m_error;
};

// The cluster and the database the figures share.
struct SharedSetup {
    ThrowawayCluster cluster;
    QString ownerLocation;         // the database owner (init-server, demo, raw side)
    QStringList clientLocations;   // one contributor login per client
    QList<qint64> systems;         // the register's systems, by id
};

bool runCli(const BenchConfig &config, const QString &location, const QStringList &arguments, QString *problem)
{
    const ProcessResult result = runProcess({config.cliPath, QStringList{u"--db"_s, location} + arguments, {}, {}}, 600);
    if (!result.ok)
        *problem = u"charter-cli %1: %2"_s.arg(arguments.join(u' '), result.problem);
    return result.ok;
}

bool prepare(const BenchConfig &config, SharedSetup &setup, QString *problem)
{
    progress(u"Shared database: starting a throwaway PostgreSQL cluster"_s);
    if (!setup.cluster.start(problem))
        return false;
    const ConnectionString maintenance = ConnectionString::parse(setup.cluster.maintenance()).value();
    {
        RawConnection admin(setup.cluster.maintenance(), u"bench-pg-maintenance"_s);
        if (!admin.isOpen()) {
            *problem = admin.error();
            return false;
        }
        if (!admin.exec(u"CREATE DATABASE %1"_s.arg(BenchDatabase), problem))
            return false;
        for (int i = 1; i <= Clients; ++i) {
            if (!admin.exec(u"CREATE ROLE bench_client_%1 LOGIN"_s.arg(i), problem))
                return false;
        }
        QSqlQuery version(admin.db());
        if (version.exec(u"SHOW server_version"_s) && version.next())
            setup.cluster.setServerVersion(version.value(0).toString());
    }
    const ConnectionString owner = maintenance.with(u"dbname"_s, BenchDatabase);
    setup.ownerLocation = owner.toKeywordValue(false);
    progress(u"Shared database: admin init-server, %1 contributor logins, a %2-system demo register"_s
                 .arg(Clients)
                 .arg(RegisterSystems));
    if (!runCli(config, setup.ownerLocation, {u"admin"_s, u"init-server"_s}, problem))
        return false;
    for (int i = 1; i <= Clients; ++i) {
        const QString login = u"bench_client_%1"_s.arg(i);
        // The server's role (GRANTs) and the Charter account the application checks.
        if (!runCli(config, setup.ownerLocation, {u"admin"_s, u"grant"_s, login, u"contributor"_s}, problem)
            || !runCli(config, setup.ownerLocation, {u"users"_s, u"add"_s, login, u"--role"_s, u"contributor"_s},
                       problem))
            return false;
        setup.clientLocations.append(owner.with(u"user"_s, login).toKeywordValue(false));
    }
    if (!runCli(config, setup.ownerLocation,
                {u"demo"_s, u"--systems"_s, QString::number(RegisterSystems), u"--seed"_s,
                 QString::number(config.seed), u"--no-history"_s},
                problem))
        return false;

    RawConnection raw(setup.ownerLocation, u"bench-pg-setup"_s);
    if (!raw.isOpen()) {
        *problem = raw.error();
        return false;
    }
    // The raw side's rows: a plain copy of the register's, no trigger, no audit.
    if (!raw.exec(u"CREATE TABLE bench_raw AS SELECT * FROM systems"_s, problem)
        || !raw.exec(u"ALTER TABLE bench_raw ADD PRIMARY KEY (id)"_s, problem))
        return false;
    QSqlQuery ids(raw.db());
    if (!ids.exec(u"SELECT id FROM systems ORDER BY id"_s)) {
        *problem = ids.lastError().text();
        return false;
    }
    while (ids.next())
        setup.systems.append(ids.value(0).toLongLong());
    if (setup.systems.size() < Clients) {
        *problem = u"the demo register has %1 systems; expected %2"_s.arg(setup.systems.size()).arg(RegisterSystems);
        return false;
    }
    return true;
}

// The systems client I (0-based) edits: every Clients-th one, so clients never conflict.
QList<qint64> systemsOf(const SharedSetup &setup, int client)
{
    QList<qint64> mine;
    for (qsizetype i = client; i < setup.systems.size(); i += Clients)
        mine.append(setup.systems.at(i));
    return mine;
}

// One round of 8 concurrent clients; the latencies of every recorded commit, the CPU
// per commit of this process (the clients) and of the server.
struct Round {
    QList<double> latencies;
    double cpuPerCommit = 0;
    QString problem;
};

// Runs BODY(client, record) on Clients threads started together; RECORD(seconds) keeps
// one commit's latency. Measures the client and server CPU around it.
Round runClients(const SharedSetup &setup,
                 const std::function<QString(int client, std::latch &start,
                                             const std::function<void(double)> &record)> &body)
{
    Round round;
    std::mutex mutex;
    std::latch start(Clients + 1);
    std::vector<std::thread> threads;
    QStringList problems;
    for (int client = 0; client < Clients; ++client) {
        threads.emplace_back([&, client] {
            const auto record = [&](double seconds) {
                const std::lock_guard lock(mutex);
                round.latencies.append(seconds);
            };
            const QString problem = body(client, start, record);
            if (!problem.isEmpty()) {
                const std::lock_guard lock(mutex);
                problems.append(problem);
            }
        });
    }
    // Each client has connected and warmed up when it arrives at the latch.
    start.arrive_and_wait();
    const double clientCpu = processCpuSeconds();
    const double serverCpu = serverCpuSeconds(setup.cluster.postmasterPid());
    for (std::thread &thread : threads)
        thread.join();
    const double clientSpent = processCpuSeconds() - clientCpu;
    const double serverSpent = serverCpuSeconds(setup.cluster.postmasterPid()) - serverCpu;
    if (!problems.isEmpty())
        round.problem = problems.first();
    if (!round.latencies.isEmpty())
        round.cpuPerCommit = (clientSpent + serverSpent) / double(round.latencies.size());
    return round;
}

// Charter: each client opens the database as its own login and saves edits through
// RegisterService::updateSystem, as the editor's Save does.
Round charterRound(const SharedSetup &setup, int roundNumber)
{
    return runClients(setup, [&](int client, std::latch &start, const std::function<void(double)> &record) {
        QString problem;
        {
            Database::Options options;
            options.mode = Database::OpenMode::OpenExisting;
            Result<std::unique_ptr<Database>> db = Database::open(setup.clientLocations.at(client), options);
            if (!db) {
                start.count_down();
                return db.error().message;
            }
            RegisterService service(**db, WriteContext{(*db)->serverLogin(), {}});
            if (Status status = service.initialise(); !status) {
                start.count_down();
                return status.error().message;
            }
            QList<AiSystem> systems;
            for (qint64 id : systemsOf(setup, client)) {
                Result<SystemDetails> details = service.details(id);
                if (!details) {
                    start.count_down();
                    return details.error().message;
                }
                systems.append(details->system);
            }
            const auto edit = [&](int n) -> Status {
                AiSystem &system = systems[n % systems.size()];
                system.purpose = u"Round %1, client %2, edit %3"_s.arg(roundNumber).arg(client).arg(n);
                return service.updateSystem(system);
            };
            for (int n = 0; n < WarmUpEdits && problem.isEmpty(); ++n) {
                if (Status status = edit(n); !status)
                    problem = status.error().message;
            }
            start.arrive_and_wait();
            for (int n = WarmUpEdits; n < WarmUpEdits + EditsPerClientAndRound && problem.isEmpty(); ++n) {
                const Clock::time_point before = Clock::now();
                const Status status = edit(n);
                const Clock::time_point after = Clock::now();
                if (!status)
                    problem = status.error().message;
                else
                    record(secondsBetween(before, after));
            }
        }
        return problem;
    });
}

// Raw SQL: each client runs BEGIN; UPDATE ... WHERE id = ? AND version = ?; COMMIT on
// the plain copy, with the same optimistic version check and nothing else.
Round rawRound(const SharedSetup &setup, int roundNumber)
{
    return runClients(setup, [&](int client, std::latch &start, const std::function<void(double)> &record) {
        QString problem;
        {
            RawConnection raw(setup.ownerLocation, u"bench-raw-client-%1-%2"_s.arg(roundNumber).arg(client));
            if (!raw.isOpen()) {
                start.count_down();
                return raw.error();
            }
            QSqlDatabase db = raw.db();
            QList<std::pair<qint64, int>> rows; // id, version
            QSqlQuery read(db);
            read.prepare(u"SELECT version FROM bench_raw WHERE id = ?"_s);
            for (qint64 id : systemsOf(setup, client)) {
                read.addBindValue(id);
                if (!read.exec() || !read.next()) {
                    start.count_down();
                    return read.lastError().text();
                }
                rows.append({id, read.value(0).toInt()});
            }
            read.finish();
            QSqlQuery update(db);
            update.prepare(u"UPDATE bench_raw SET purpose = ?, version = version + 1, updated_at = ? "
                           "WHERE id = ? AND version = ?"_s);
            const auto edit = [&](int n) -> QString {
                auto &[id, version] = rows[n % rows.size()];
                if (!db.transaction())
                    return db.lastError().text();
                update.addBindValue(u"Round %1, client %2, edit %3"_s.arg(roundNumber).arg(client).arg(n));
                update.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                update.addBindValue(id);
                update.addBindValue(version);
                if (!update.exec() || update.numRowsAffected() != 1) {
                    const QString error = u"raw update of %1 failed: %2"_s.arg(id).arg(update.lastError().text());
                    db.rollback();
                    return error;
                }
                if (!db.commit())
                    return db.lastError().text();
                ++version;
                return {};
            };
            for (int n = 0; n < WarmUpEdits && problem.isEmpty(); ++n)
                problem = edit(n);
            start.arrive_and_wait();
            for (int n = WarmUpEdits; n < WarmUpEdits + EditsPerClientAndRound && problem.isEmpty(); ++n) {
                const Clock::time_point before = Clock::now();
                problem = edit(n);
                if (problem.isEmpty())
                    record(secondsBetween(before, Clock::now()));
            }
        }
        return problem;
    });
}

// Commit times of the probes, written by the writer thread, read by the listener.
class ProbeClock {
public:
    explicit ProbeClock(int probes) : m_commits(probes), m_seen(probes) {}

    void committed(int probe, Clock::time_point when)
    {
        const std::lock_guard lock(m_mutex);
        m_commits[probe] = when;
    }
    // The refreshed data shows probe LATEST: every earlier commit is visible too.
    void seen(int latest, Clock::time_point when)
    {
        const std::lock_guard lock(m_mutex);
        for (int probe = 0; probe <= latest && probe < int(m_seen.size()); ++probe) {
            if (!m_seen[probe])
                m_seen[probe] = when;
        }
    }
    // Seconds from each commit to its first sighting; *MISSED counts probes never seen.
    QList<double> latencies(int *missed) const
    {
        const std::lock_guard lock(m_mutex);
        QList<double> result;
        *missed = 0;
        for (size_t probe = 0; probe < m_commits.size(); ++probe) {
            if (!m_commits[probe] || !m_seen[probe]) {
                ++*missed;
                continue;
            }
            // Raw NOTIFY can arrive before the writer notes its commit; never negative.
            result.append(std::max(0.0, secondsBetween(*m_commits[probe], *m_seen[probe])));
        }
        return result;
    }
    bool allSeen() const
    {
        const std::lock_guard lock(m_mutex);
        return std::all_of(m_seen.begin(), m_seen.end(), [](const auto &seen) { return seen.has_value(); });
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::optional<Clock::time_point>> m_commits;
    std::vector<std::optional<Clock::time_point>> m_seen;
};

// Runs the event loop until DONE() holds or TIMEOUTMS passed.
void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
}

const QString ProbePrefix = u"Refresh probe "_s;

// Charter: a client edits one system's name; the listener is the window's LiveRefresh,
// and the data is available when RegisterLoader::load (what the window's refresh runs)
// returns the probe's new name.
QList<double> charterRefresh(const SharedSetup &setup, int *missed, QString *problem)
{
    const qint64 probeId = setup.systems.first();
    ProbeClock clock(RefreshProbes);
    LiveRefresh refresh(setup.ownerLocation);
    waitFor([&] { return refresh.isConnected(); }, 10'000);
    if (!refresh.isConnected()) {
        *problem = u"LiveRefresh did not connect to the shared database"_s;
        return {};
    }
    QObject::connect(&refresh, &LiveRefresh::refreshNeeded, &refresh, [&] {
        const RegisterSnapshot snapshot = RegisterLoader::load(setup.ownerLocation);
        const Clock::time_point loaded = Clock::now();
        if (!snapshot.ok()) {
            *problem = snapshot.error->message;
            return;
        }
        for (const RegistryRow &row : snapshot.rows) {
            if (row.id == probeId && row.name.startsWith(ProbePrefix))
                clock.seen(row.name.mid(ProbePrefix.size()).toInt(), loaded);
        }
    });

    std::atomic<bool> writerDone{false};
    QString writerProblem;
    std::thread writer([&] {
        Result<std::unique_ptr<Database>> db = Database::open(setup.clientLocations.at(1));
        if (!db) {
            writerProblem = db.error().message;
            writerDone = true;
            return;
        }
        RegisterService service(**db, WriteContext{(*db)->serverLogin(), {}});
        Result<SystemDetails> details = service.initialise() ? service.details(probeId)
                                                             : Result<SystemDetails>(makeError(ErrorCode::DatabaseUnavailable, u"initialise failed"_s));
        if (!details) {
            writerProblem = details.error().message;
            writerDone = true;
            return;
        }
        AiSystem system = details->system;
        for (int probe = 0; probe < RefreshProbes; ++probe) {
            std::this_thread::sleep_for(std::chrono::milliseconds(ProbeSpacingMs));
            system.name = ProbePrefix + QString::number(probe);
            if (Status status = service.updateSystem(system); !status) {
                writerProblem = status.error().message;
                break;
            }
            clock.committed(probe, Clock::now());
        }
        writerDone = true;
    });
    waitFor([&] { return writerDone.load(); }, 10 * 60'000);
    waitFor([&] { return clock.allSeen(); }, 5'000);
    writer.join();
    if (problem->isEmpty())
        *problem = writerProblem;
    return clock.latencies(missed);
}

// Raw: UPDATE + pg_notify in one transaction; the listener is a QPSQL connection that
// LISTENs, and the data is "available" when the notification arrives.
QList<double> rawRefresh(const SharedSetup &setup, int *missed, QString *problem)
{
    const qint64 probeId = setup.systems.first();
    ProbeClock clock(RefreshProbes);
    RawConnection listener(setup.ownerLocation, u"bench-raw-listener"_s);
    if (!listener.isOpen()) {
        *problem = listener.error();
        return {};
    }
    QSqlDriver *driver = listener.db().driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         if (name == QString::fromLatin1(RawChannel))
                             clock.seen(payload.toInt(), Clock::now());
                     });
    if (!driver->subscribeToNotification(QString::fromLatin1(RawChannel))) {
        *problem = driver->lastError().text();
        return {};
    }

    std::atomic<bool> writerDone{false};
    QString writerProblem;
    std::thread writer([&] {
        RawConnection raw(setup.ownerLocation, u"bench-raw-notifier"_s);
        if (!raw.isOpen()) {
            writerProblem = raw.error();
            writerDone = true;
            return;
        }
        QSqlDatabase db = raw.db();
        QSqlQuery update(db);
        QSqlQuery notify(db);
        QSqlQuery commit(db);
        for (int probe = 0; probe < RefreshProbes && writerProblem.isEmpty(); ++probe) {
            std::this_thread::sleep_for(std::chrono::milliseconds(ProbeSpacingMs));
            if (!db.transaction()) {
                writerProblem = db.lastError().text();
                break;
            }
            update.prepare(u"UPDATE bench_raw SET name = ?, version = version + 1 WHERE id = ?"_s);
            update.addBindValue(QString(ProbePrefix + QString::number(probe)));
            update.addBindValue(probeId);
            notify.prepare(u"SELECT pg_notify(?, ?)"_s);
            notify.addBindValue(QString::fromLatin1(RawChannel));
            notify.addBindValue(QString::number(probe));
            if (!update.exec() || !notify.exec()) {
                writerProblem = update.lastError().text() + notify.lastError().text();
                db.rollback();
                break;
            }
            // From just before COMMIT: delivery can beat the writer's return.
            const Clock::time_point before = Clock::now();
            if (!db.commit()) {
                writerProblem = db.lastError().text();
                break;
            }
            clock.committed(probe, before);
        }
        writerDone = true;
    });
    waitFor([&] { return writerDone.load(); }, 10 * 60'000);
    waitFor([&] { return clock.allSeen(); }, 5'000);
    writer.join();
    driver->unsubscribeFromNotification(QString::fromLatin1(RawChannel));
    *problem = writerProblem;
    return clock.latencies(missed);
}

Samples samplesOf(const QList<double> &latencies, double cpuPerCommit)
{
    Samples samples;
    for (double latency : latencies)
        samples.runs.append(Sample{latency, cpuPerCommit});
    return samples;
}

// A p95 line: one "run" holding the 95th percentile, so the table's median shows it.
Samples p95Of(const Samples &all)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Sample &s : all.runs) {
        wall.append(s.wall);
        cpu.append(s.cpu);
    }
    Samples one;
    if (!wall.isEmpty())
        one.runs.append(Sample{percentile(wall, 95), median(cpu)});
    return one;
}

QList<Figure> commitFigures(const BenchConfig &config, const SharedSetup &setup)
{
    Figure p50;
    p50.id = u"9a"_s;
    p50.title = u"commit latency p50, 8 clients"_s;
    p50.charterSide = u"RegisterService::updateSystem() of one field by 8 concurrent clients, each its own "
                      "contributor login and connection (permission, validation, risk, optimistic version check, "
                      "audit entry with Merkle root, NOTIFY; one transaction)"_s;
    p50.baselineSide = u"8 concurrent QPSQL clients: BEGIN; UPDATE one row WHERE id AND version (the same check); "
                       "COMMIT, on a plain copy of the same rows"_s;
    p50.kind = Figure::Kind::Info;
    Figure p95 = p50;
    p95.id = u"9b"_s;
    p95.title = u"commit latency p95, 8 clients"_s;

    Samples ours;
    Samples theirs;
    double oursCpu = 0;
    double theirsCpu = 0;
    progress(u"Shared database: %1 rounds of %2 clients x %3 commits, Charter and raw SQL alternating"_s
                 .arg(config.repetitions)
                 .arg(Clients)
                 .arg(EditsPerClientAndRound));
    for (int round = 0; round < config.repetitions; ++round) {
        const Round charter = charterRound(setup, round);
        const Round raw = rawRound(setup, round);
        if (!charter.problem.isEmpty() || !raw.problem.isEmpty()) {
            p50.error = p95.error = charter.problem.isEmpty() ? raw.problem : charter.problem;
            return {p50, p95};
        }
        ours.runs += samplesOf(charter.latencies, charter.cpuPerCommit).runs;
        theirs.runs += samplesOf(raw.latencies, raw.cpuPerCommit).runs;
        oursCpu += charter.cpuPerCommit / config.repetitions;
        theirsCpu += raw.cpuPerCommit / config.repetitions;
    }
    p50.charter = ours;
    p50.baseline = theirs;
    p95.charter = p95Of(ours);
    p95.baseline = p95Of(theirs);
    p50.note = u"%1 commits per side (%2 rounds of %3 clients x %4, alternating; %5 warm-up commits per client "
               "and round not counted) on a %6-system demo register, PostgreSQL %7 on a unix socket (fsync off: "
               "a throwaway cluster). CPU = this process's (the clients') plus the server's, per commit: "
               "Charter %8, raw %9."_s
                   .arg(ours.runs.size())
                   .arg(config.repetitions)
                   .arg(Clients)
                   .arg(EditsPerClientAndRound)
                   .arg(WarmUpEdits)
                   .arg(RegisterSystems)
                   .arg(setup.cluster.serverVersion(), milliseconds(oursCpu), milliseconds(theirsCpu));
    p95.note = u"The same commits as 9a; the line shows the 95th percentile of each side."_s;
    return {p50, p95};
}

QList<Figure> refreshFigures(const SharedSetup &setup)
{
    Figure p50;
    p50.id = u"9c"_s;
    p50.title = u"notify-to-refresh p50"_s;
    p50.charterSide = u"another client's RegisterService::updateSystem() committed -> NOTIFY -> LiveRefresh "
                      "(ChangeNotifier, the window's refresh delay) -> RegisterLoader::load() of the whole "
                      "register shows the new name"_s;
    p50.baselineSide = u"raw UPDATE + pg_notify() committed -> a QPSQL connection that LISTENs receives it"_s;
    p50.kind = Figure::Kind::Absolute;
    p50.target = 0.2;
    Figure p95 = p50;
    p95.id = u"9d"_s;
    p95.title = u"notify-to-refresh p95"_s;

    progress(u"Shared database: %1 commits watched through LiveRefresh, then %1 through raw LISTEN"_s
                 .arg(RefreshProbes));
    int missedOurs = 0;
    int missedTheirs = 0;
    QString problem;
    const QList<double> ours = charterRefresh(setup, &missedOurs, &problem);
    if (problem.isEmpty() && missedOurs > 0)
        problem = u"%1 of %2 commits never showed up through LiveRefresh"_s.arg(missedOurs).arg(RefreshProbes);
    if (!problem.isEmpty()) {
        p50.error = p95.error = problem;
        return {p50, p95};
    }
    const QList<double> theirs = rawRefresh(setup, &missedTheirs, &problem);
    if (problem.isEmpty() && missedTheirs > 0)
        problem = u"%1 of %2 raw notifications never arrived"_s.arg(missedTheirs).arg(RefreshProbes);
    if (!problem.isEmpty()) {
        p50.error = p95.error = problem;
        return {p50, p95};
    }
    p50.charter = samplesOf(ours, 0);
    p50.baseline = samplesOf(theirs, 0);
    p95.charter = p95Of(p50.charter);
    p95.baseline = p95Of(p50.baseline);
    p50.note = u"%1 commits %2 ms apart (each its own refresh); Charter's side is timed from the writer's "
               "return from updateSystem() to the end of the reload (%3 systems), the baseline from just "
               "before COMMIT to the notification's arrival. Charter's worst: %4."_s
                   .arg(RefreshProbes)
                   .arg(ProbeSpacingMs)
                   .arg(RegisterSystems)
                   .arg(milliseconds(percentile(ours, 100)));
    p95.note = u"The same commits as 9c; the line shows the 95th percentile of each side."_s;
    return {p50, p95};
}

} // namespace

QList<Figure> runSharedDatabaseBenchmarks(const BenchConfig &config, Workspace &workspace)
{
    Q_UNUSED(workspace)
    SharedSetup setup;
    QString problem;
    if (!prepare(config, setup, &problem)) {
        Figure failed;
        failed.id = u"9"_s;
        failed.title = u"shared database, 8 clients"_s;
        failed.charterSide = u"a throwaway PostgreSQL cluster with Charter's server setup and a demo register"_s;
        failed.error = problem;
        return {failed};
    }
    QList<Figure> figures = commitFigures(config, setup);
    figures += refreshFigures(setup);
    return figures;
}

} // namespace charter::bench
