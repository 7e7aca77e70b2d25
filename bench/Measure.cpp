#include "Measure.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

#include <sys/resource.h>
#include <ctime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// User + system time of every child this process has waited for so far.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double Samples::medianWall() const
{
    QList<double> values;
    for (const Sample &s : runs)
        values.append(s.wall);
    return median(values);
}

double Samples::medianCpu() const
{
    QList<double> values;
    for (const Sample &s : runs)
        values.append(s.cpu);
    return median(values);
}

double Samples::medianPeakMb() const
{
    QList<double> values;
    for (const Sample &s : runs)
        values.append(s.peakMb);
    return median(values);
}

Sample timeInProcess(const std::function<void()> &work)
{
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    work();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    return Sample{wall, processCpuSeconds() - cpuBefore};
}

ProcessResult runProcess(const ProcessRun &run, int timeoutSeconds)
{
    QProcess process;
    process.setProgram(run.program);
    process.setArguments(run.arguments);
    process.setStandardOutputFile(run.stdoutFile.isEmpty() ? QProcess::nullDevice() : run.stdoutFile);
    if (!run.stdinFile.isEmpty())
        process.setStandardInputFile(run.stdinFile);
    else
        process.setStandardInputFile(QProcess::nullDevice());
    // stderr goes to a file so a chatty program can never block on a full pipe.
    QTemporaryFile errorFile;
    if (errorFile.open())
        process.setStandardErrorFile(errorFile.fileName());

    ProcessResult result;
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30'000)) {
        result.problem = u"cannot start %1: %2"_s.arg(run.program, process.errorString());
        return result;
    }
    const bool finished = process.waitForFinished(timeoutSeconds * 1000);
    result.sample.wall = double(timer.nsecsElapsed()) / 1e9;
    if (!finished) {
        process.kill();
        process.waitForFinished(10'000);
        result.problem = u"%1 did not finish within %2 s"_s.arg(run.program).arg(timeoutSeconds);
        return result;
    }
    result.sample.cpu = childrenCpuSeconds() - cpuBefore;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.problem = u"%1 %2 failed (exit %3): %4"_s
                             .arg(run.program, run.arguments.join(u' '))
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(errorFile.readAll()).trimmed().left(2000));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace charter::bench
