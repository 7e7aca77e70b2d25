#pragma once

#include "Measure.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace charter::bench {

// One line of the results table: Charter's figure, the baseline measured in the same
// run, their ratio and the target.
struct Figure {
    enum class Kind {
        Ratio,    // PASS when charter / baseline <= target
        Absolute, // PASS when charter's median wall time <= target seconds
        Info,     // reported for context; no target
        PeakMemory, // PASS when charter's median peak resident memory <= target MB
    };

    QString id;       // "1", "2b", ...
    QString title;    // short name of the figure
    QString charterSide;  // what was timed on Charter's side
    QString baselineSide; // what it is compared with (empty: nothing)
    Kind kind = Kind::Info;
    double target = 0;
    Samples charter;
    Samples baseline;
    QString note;
    QString error; // set when the figure could not be measured

    double ratio() const;    // median wall time, charter / baseline; 0 without baseline
    double cpuRatio() const; // median CPU time, charter / baseline; 0 without baseline
    double memoryRatio() const; // median peak memory, charter / baseline; 0 without baseline
    bool measured() const { return error.isEmpty() && !charter.isEmpty(); }
    bool hasTarget() const { return kind != Kind::Info; }
    bool passed() const;
    QString targetText() const;
    QString resultText() const; // PASS, MISS, info, or ERROR
};

struct RunInfo {
    int systems = 0;
    int repetitions = 0;
    int cores = 0;
    QString qtVersion;
    QString sqliteVersion; // of the sqlite3 program used as baseline
    QString started;       // ISO date-time
    QString loadBefore;    // /proc/loadavg at the start and the end: how busy the machine was
    QString loadAfter;
};

// The 1, 5 and 15 minute load averages ("0.52 0.61 0.70"), or "unknown".
QString loadAverage();

// Time as people read it: "840 ms", "2.31 s", "4.2 ms".
QString formatSeconds(double seconds);

void printTable(QTextStream &out, const RunInfo &info, const QList<Figure> &figures);
QJsonObject toJson(const RunInfo &info, const QList<Figure> &figures);

} // namespace charter::bench
