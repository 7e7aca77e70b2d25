#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace charter::bench {

// One timed run: wall-clock and CPU seconds (user + system). CPU time is printed next
// to the wall clock because it barely moves when other processes share the machine.
struct Sample {
    double wall = 0;
    double cpu = 0;
    double peakMb = 0; // peak resident memory of a process run (MB); 0 when not measured
};

// The samples of one side of a comparison and their medians.
struct Samples {
    QList<Sample> runs;

    double medianWall() const;
    double medianCpu() const;
    double medianPeakMb() const;
    bool isEmpty() const { return runs.isEmpty(); }
};

double median(QList<double> values);

// Times WORK in this process: wall clock and this process's CPU time.
Sample timeInProcess(const std::function<void()> &work);

// A program run as a separate process, its standard output discarded or sent to a file.
struct ProcessRun {
    QString program;
    QStringList arguments;
    QString stdoutFile;   // empty: /dev/null
    QString stdinFile;    // empty: no input
};

// Result of one process run: the timing (CPU = the child's user + system time) and, when
// it failed, what went wrong (non-zero exit, crash, timeout; with its stderr).
struct ProcessResult {
    Sample sample;
    bool ok = false;
    QString problem;
};

ProcessResult runProcess(const ProcessRun &run, int timeoutSeconds = 900);

} // namespace charter::bench
