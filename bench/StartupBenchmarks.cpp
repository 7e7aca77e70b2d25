// Figure 8: from exec to a populated registry, and the memory that takes, as separate
// processes: `charter --exit-when-loaded` against a minimal Qt window plus the raw query.
#include "StartupBenchmarks.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

constexpr int TimeoutSeconds = 300;

// One start of a program until it prints its first line.
struct StartupRun {
    Sample sample;          // wall and CPU until the line; peakMb over the whole run
    double exitWall = 0;    // from the line to the end of the process (teardown)
    qint64 rowsLoaded = -1; // the number in the line
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

QString programBesideUs(const QString &relative, const char *builtPath)
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(relative);
    if (QFileInfo(beside).isExecutable())
        return QDir::cleanPath(beside);
    return QString::fromLocal8Bit(builtPath);
}

// User + system CPU seconds of a running process, from /proc/PID/stat (clock ticks).
double cpuSecondsOf(pid_t pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // utime, stime
}

// The environment every start gets: offscreen, English, and a configuration, data and
// cache directory of its own, so no remembered window state or log from elsewhere counts.
QStringList startupEnvironment(const Workspace &workspace)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = workspace.file(u"startup-home"_s);
    for (const auto &[variable, folder] : {std::pair{u"XDG_CONFIG_HOME"_s, u"config"_s},
                                           std::pair{u"XDG_DATA_HOME"_s, u"data"_s},
                                           std::pair{u"XDG_CACHE_HOME"_s, u"cache"_s},
                                           std::pair{u"XDG_STATE_HOME"_s, u"state"_s}}) {
        const QString path = home + u'/' + folder;
        QDir().mkpath(path);
        environment.insert(variable, path);
    }
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    return environment.toStringList();
}

// Starts PROGRAM, times it until its first line on standard output, then lets it end
// and reads its peak resident memory from wait4().
StartupRun runUntilLoaded(const QString &program, const QStringList &arguments,
                          const QStringList &environment)
{
    StartupRun run;
    std::vector<QByteArray> argStorage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<QByteArray> envStorage;
    for (const QString &variable : environment)
        envStorage.push_back(variable.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    QTemporaryFile errors;
    if (!errors.open()) {
        run.problem = u"cannot create a temporary file for standard error"_s;
        return run;
    }
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        run.problem = u"cannot create a pipe"_s;
        return run;
    }
    const int errorFd = int(errors.handle());
    const int nullFd = open("/dev/null", O_RDONLY | O_CLOEXEC);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(nullFd, 0);
        dup2(out[1], 1);
        dup2(errorFd, 2);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(out[1]);
    if (nullFd >= 0)
        close(nullFd);
    if (pid < 0) {
        close(out[0]);
        run.problem = u"cannot start %1"_s.arg(program);
        return run;
    }

    // Read until the first line: that moment is the figure.
    QByteArray output;
    bool gotLine = false;
    bool eof = false;
    while (!eof && timer.elapsed() < TimeoutSeconds * 1000) {
        pollfd fd{out[0], POLLIN, 0};
        if (poll(&fd, 1, 100) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0) {
            eof = true;
            break;
        }
        output.append(buffer, n);
        if (!gotLine && output.contains('\n')) {
            gotLine = true;
            run.sample.wall = double(timer.nsecsElapsed()) / 1e9;
            run.sample.cpu = cpuSecondsOf(pid);
        }
    }
    close(out[0]);
    const double lineAt = run.sample.wall;

    // Then the end of the process, with its resource usage.
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    while ((waited = wait4(pid, &status, WNOHANG, &usage)) == 0 && timer.elapsed() < TimeoutSeconds * 1000)
        usleep(5'000);
    if (waited == 0) {
        kill(pid, SIGKILL);
        wait4(pid, &status, 0, &usage);
        run.problem = u"%1 did not finish within %2 s"_s.arg(program).arg(TimeoutSeconds);
        return run;
    }
    run.exitWall = double(timer.nsecsElapsed()) / 1e9 - lineAt;
    run.sample.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !gotLine) {
        errors.seek(0);
        run.problem = u"%1 %2 failed (%3): %4"_s
                          .arg(program, arguments.join(u' '),
                               WIFEXITED(status) ? u"exit %1"_s.arg(WEXITSTATUS(status))
                                                 : u"signal %1"_s.arg(WTERMSIG(status)),
                               QString::fromLocal8Bit(errors.readAll()).trimmed().left(2000));
        return run;
    }
    const QRegularExpressionMatch number = QRegularExpression(u"\\d+"_s).match(QString::fromLocal8Bit(output));
    run.rowsLoaded = number.hasMatch() ? number.captured().toLongLong() : -1;
    return run;
}

QString emptyRegister(const BenchConfig &config, Workspace &workspace, QString *problem)
{
    const QString path = workspace.file(u"startup-empty.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    const ProcessResult init = runProcess({config.cliPath, {u"--db"_s, path, u"init"_s}, {}, {}});
    if (!init.ok) {
        *problem = init.problem;
        return {};
    }
    return path;
}

} // namespace

QList<Figure> runStartupBenchmark(const BenchConfig &config, Workspace &workspace, const QString &database)
{
    const QString charterProgram = programBesideUs(u"../app/charter"_s, CHARTER_GUI_PATH);
    const QString baselineProgram = programBesideUs(u"charter-startup-baseline"_s, CHARTER_STARTUP_BASELINE_PATH);

    Figure startup;
    startup.id = u"8a"_s;
    startup.title = u"startup: exec -> registry populated"_s;
    startup.charterSide = u"charter --db DB --exit-when-loaded (offscreen): exec until it prints its line "
                          "(rows in the registry, window painted)"_s;
    startup.baselineSide = u"charter-startup-baseline DB: a minimal QMainWindow shown, the registry SELECT "
                           "read into plain structs with QSqlQuery, window painted, its line printed"_s;
    startup.kind = Figure::Kind::Ratio;
    startup.target = 2;

    Figure memory = startup;
    memory.id = u"8b"_s;
    memory.title = u"startup: peak memory, register loaded"_s;
    memory.charterSide = u"peak resident memory (wait4 ru_maxrss) of the charter runs of 8a"_s;
    memory.baselineSide = u"the same of the charter-startup-baseline runs"_s;
    memory.kind = Figure::Kind::PeakMemory;
    memory.target = 300;

    Figure empty = startup;
    empty.id = u"8c"_s;
    empty.title = u"startup: exec -> empty register shown"_s;
    empty.charterSide = u"as 8a on an empty register (charter-cli init): the fixed cost of the window"_s;
    empty.baselineSide = u"as 8a on the same empty register"_s;
    empty.kind = Figure::Kind::Info;

    const QList<Figure *> all{&startup, &memory, &empty};
    const auto fail = [&all](const QString &problem) {
        QList<Figure> failed;
        for (Figure *f : all) {
            f->error = problem;
            failed.append(*f);
        }
        return failed;
    };
    for (const QString &program : {charterProgram, baselineProgram}) {
        if (!QFileInfo(program).isExecutable())
            return fail(u"%1 is not built"_s.arg(program));
    }
    QString problem;
    const QString emptyDatabase = emptyRegister(config, workspace, &problem);
    if (emptyDatabase.isEmpty())
        return fail(u"cannot create the empty register: "_s + problem);

    const QStringList environment = startupEnvironment(workspace);
    const auto startCharter = [&](const QString &db) {
        return runUntilLoaded(charterProgram, {u"--db"_s, db, u"--exit-when-loaded"_s}, environment);
    };
    const auto startBaseline = [&](const QString &db) {
        return runUntilLoaded(baselineProgram, {db}, environment);
    };

    // One warm-up of each (page cache, font cache), then the two sides alternate.
    progress(u"Startup: warm-up, then %1 starts of each program on the full and the empty register"_s
                 .arg(config.repetitions));
    QList<double> charterExit;
    qint64 charterRows = -1;
    qint64 baselineRows = -1;
    for (int i = -1; i < config.repetitions; ++i) {
        const StartupRun c = startCharter(database);
        const StartupRun b = startBaseline(database);
        const StartupRun ce = startCharter(emptyDatabase);
        const StartupRun be = startBaseline(emptyDatabase);
        for (const StartupRun *r : {&c, &b, &ce, &be}) {
            if (!r->ok())
                return fail(r->problem);
        }
        charterRows = c.rowsLoaded;
        baselineRows = b.rowsLoaded;
        if (ce.rowsLoaded != 0 || be.rowsLoaded != 0)
            return fail(u"the empty register showed %1 rows in charter, %2 in the baseline"_s
                            .arg(ce.rowsLoaded).arg(be.rowsLoaded));
        if (i < 0)
            continue;
        startup.charter.runs.append(c.sample);
        startup.baseline.runs.append(b.sample);
        empty.charter.runs.append(ce.sample);
        empty.baseline.runs.append(be.sample);
        charterExit.append(c.exitWall);
    }
    if (charterRows != baselineRows || charterRows <= 0
        || (config.existingDatabase.isEmpty() && charterRows != config.systems)) {
        return fail(u"charter loaded %1 rows, the baseline %2 (expected %3)"_s
                        .arg(charterRows).arg(baselineRows).arg(config.systems));
    }
    memory.charter = startup.charter;
    memory.baseline = startup.baseline;

    startup.note = u"Both printed \"Loaded %1 systems.\". CPU is read from /proc/PID/stat when the line "
                   "arrives (10 ms ticks). After its line charter took a median %2 more to exit "
                   "(not counted)."_s
                       .arg(charterRows)
                       .arg(formatSeconds(median(charterExit)));
    memory.note = u"Peak over the whole run (teardown frees, it does not allocate). On the empty "
                  "register: charter %1 MB, baseline %2 MB."_s
                      .arg(empty.charter.medianPeakMb(), 0, 'f', 0)
                      .arg(empty.baseline.medianPeakMb(), 0, 'f', 0);
    return {startup, memory, empty};
}

} // namespace charter::bench
