#include "Report.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

QString padLeft(const QString &text, int width)
{
    return text.rightJustified(width, u' ');
}

QString formatRatio(double ratio)
{
    return ratio > 0 ? u"%1x"_s.arg(ratio, 0, 'f', ratio < 10 ? 2 : 1) : u"-"_s;
}

QString formatMegabytes(double megabytes)
{
    return u"%1 MB"_s.arg(megabytes, 0, 'f', 0);
}

QJsonObject samplesJson(const Samples &samples)
{
    QJsonArray wall;
    QJsonArray cpu;
    QJsonArray peak;
    for (const Sample &s : samples.runs) {
        wall.append(s.wall);
        cpu.append(s.cpu);
        peak.append(s.peakMb);
    }
    QJsonObject object{{u"median_wall_s"_s, samples.medianWall()},
                       {u"median_cpu_s"_s, samples.medianCpu()},
                       {u"wall_s"_s, wall},
                       {u"cpu_s"_s, cpu}};
    if (samples.medianPeakMb() > 0) {
        object.insert(u"median_peak_mb"_s, samples.medianPeakMb());
        object.insert(u"peak_mb"_s, peak);
    }
    return object;
}

} // namespace

double Figure::ratio() const
{
    const double base = baseline.medianWall();
    return baseline.isEmpty() || base <= 0 ? 0 : charter.medianWall() / base;
}

double Figure::cpuRatio() const
{
    const double base = baseline.medianCpu();
    return baseline.isEmpty() || base <= 0 ? 0 : charter.medianCpu() / base;
}

double Figure::memoryRatio() const
{
    const double base = baseline.medianPeakMb();
    return baseline.isEmpty() || base <= 0 ? 0 : charter.medianPeakMb() / base;
}

bool Figure::passed() const
{
    if (!measured())
        return false;
    switch (kind) {
    case Kind::Ratio:
        return !baseline.isEmpty() && ratio() <= target;
    case Kind::Absolute:
        return charter.medianWall() <= target;
    case Kind::PeakMemory:
        return charter.medianPeakMb() <= target;
    case Kind::Info:
        return true;
    }
    return false;
}

QString Figure::targetText() const
{
    switch (kind) {
    case Kind::Ratio:
        return u"<= %1x"_s.arg(target);
    case Kind::Absolute:
        return u"< %1"_s.arg(formatSeconds(target));
    case Kind::PeakMemory:
        return u"< %1 MB"_s.arg(target);
    case Kind::Info:
        break;
    }
    return u"-"_s;
}

QString Figure::resultText() const
{
    if (!measured())
        return u"ERROR"_s;
    if (!hasTarget())
        return u"info"_s;
    return passed() ? u"PASS"_s : u"MISS"_s;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

QString formatSeconds(double seconds)
{
    if (seconds <= 0)
        return u"0"_s;
    if (seconds < 0.001)
        return u"%1 us"_s.arg(seconds * 1e6, 0, 'f', 0);
    if (seconds < 0.01)
        return u"%1 ms"_s.arg(seconds * 1e3, 0, 'f', 2);
    if (seconds < 1)
        return u"%1 ms"_s.arg(seconds * 1e3, 0, 'f', 1);
    return u"%1 s"_s.arg(seconds, 0, 'f', 2);
}

void printTable(QTextStream &out, const RunInfo &info, const QList<Figure> &figures)
{
    out << u"Charter benchmarks: %1 systems, median of %2 runs (wall clock; CPU = user + system), "
           "%3 cores, Qt %4, sqlite3 %5\n"_s
               .arg(info.systems).arg(info.repetitions).arg(info.cores)
               .arg(info.qtVersion, info.sqliteVersion);
    out << u"Load average (1, 5, 15 min) at the start: %1; at the end: %2\n\n"_s.arg(info.loadBefore, info.loadAfter);

    const QList<int> widths{4, 44, 11, 11, 8, 9, 11, 6};
    const QStringList header{u"#"_s, u"Figure"_s, u"Charter"_s, u"Baseline"_s, u"Ratio"_s,
                             u"CPU ratio"_s, u"Target"_s, u"Result"_s};
    QString line;
    for (qsizetype i = 0; i < header.size(); ++i)
        line += i >= 2 && i <= 5 ? padLeft(header[i], widths[i]) + u"  "_s : pad(header[i], widths[i]);
    out << line.trimmed() << u'\n' << QString(line.trimmed().size(), u'-') << u'\n';

    for (const Figure &f : figures) {
        QStringList cells{f.id, f.title};
        if (f.measured() && f.kind == Figure::Kind::PeakMemory) {
            // Memory: the peaks side by side; the CPU ratio does not apply.
            cells << formatMegabytes(f.charter.medianPeakMb())
                  << (f.baseline.isEmpty() ? u"-"_s : formatMegabytes(f.baseline.medianPeakMb()))
                  << formatRatio(f.memoryRatio()) << u"-"_s;
        } else if (f.measured()) {
            cells << formatSeconds(f.charter.medianWall())
                  << (f.baseline.isEmpty() ? u"-"_s : formatSeconds(f.baseline.medianWall()))
                  << formatRatio(f.ratio()) << formatRatio(f.cpuRatio());
        } else {
            cells << u"-"_s << u"-"_s << u"-"_s << u"-"_s;
        }
        cells << f.targetText() << f.resultText();
        QString row;
        for (qsizetype i = 0; i < cells.size(); ++i)
            row += i >= 2 && i <= 5 ? padLeft(cells[i], widths[i]) + u"  "_s : pad(cells[i], widths[i]);
        out << row.trimmed() << u'\n';
    }

    out << u"\nWhat each line compares (Charter | baseline):\n"_s;
    for (const Figure &f : figures) {
        out << u"  "_s << pad(f.id, 4) << f.charterSide;
        if (!f.baselineSide.isEmpty())
            out << u"\n      | "_s << f.baselineSide;
        if (f.measured()) {
            out << u"\n      CPU: "_s << formatSeconds(f.charter.medianCpu());
            if (!f.baseline.isEmpty())
                out << u" | "_s << formatSeconds(f.baseline.medianCpu());
            out << u"; runs: "_s << f.charter.runs.size();
            if (!f.baseline.isEmpty())
                out << u" | "_s << f.baseline.runs.size();
        }
        if (!f.note.isEmpty())
            out << u"\n      "_s << f.note;
        if (!f.error.isEmpty())
            out << u"\n      ERROR: "_s << f.error;
        out << u'\n';
    }
    out.flush();
}

QJsonObject toJson(const RunInfo &info, const QList<Figure> &figures)
{
    QJsonArray list;
    for (const Figure &f : figures) {
        QJsonObject object{{u"id"_s, f.id},
                           {u"title"_s, f.title},
                           {u"charter_side"_s, f.charterSide},
                           {u"baseline_side"_s, f.baselineSide},
                           {u"result"_s, f.resultText()},
                           {u"note"_s, f.note}};
        switch (f.kind) {
        case Figure::Kind::Ratio:
            object.insert(u"target_max_ratio"_s, f.target);
            break;
        case Figure::Kind::Absolute:
            object.insert(u"target_max_s"_s, f.target);
            break;
        case Figure::Kind::PeakMemory:
            object.insert(u"target_max_mb"_s, f.target);
            break;
        case Figure::Kind::Info:
            break;
        }
        if (!f.error.isEmpty())
            object.insert(u"error"_s, f.error);
        if (f.measured()) {
            object.insert(u"charter"_s, samplesJson(f.charter));
            if (!f.baseline.isEmpty()) {
                object.insert(u"baseline"_s, samplesJson(f.baseline));
                object.insert(u"ratio"_s, f.ratio());
                object.insert(u"cpu_ratio"_s, f.cpuRatio());
                if (f.kind == Figure::Kind::PeakMemory)
                    object.insert(u"memory_ratio"_s, f.memoryRatio());
            }
        }
        list.append(object);
    }
    return QJsonObject{{u"systems"_s, info.systems},
                       {u"repetitions"_s, info.repetitions},
                       {u"cores"_s, info.cores},
                       {u"qt"_s, info.qtVersion},
                       {u"sqlite3"_s, info.sqliteVersion},
                       {u"started"_s, info.started},
                       {u"load_average_start"_s, info.loadBefore},
                       {u"load_average_end"_s, info.loadAfter},
                       {u"figures"_s, list}};
}

} // namespace charter::bench
