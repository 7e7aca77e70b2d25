// Damaged databases against the real charter-cli: a demo database is damaged in 1,000+
// deterministic ways (bits flipped, truncated, pages zeroed, swapped or filled with
// garbage, header fields and schema text changed, a stale WAL beside it) and every copy
// is opened with `check` and `list`. No run may crash or hang; exit codes come only
// from {0, 3, 6}; every failure says on stderr what is wrong with which file; `list`
// exits 0 only with well-formed rows of the original register, and a file `check`
// calls ok must list.
//
// CHARTER_CORRUPT_COPIES overrides the number of copies (default 1000); failing copies
// are kept (their path is printed) to become fixtures in tests/data/corrupt-db/, which
// run first on every run.
#include "util/Prng.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr quint64 Seed = 20251126;
constexpr int DefaultCopies = 1000;
constexpr int BatchSize = 100; // copies on disk at a time
int PageSize = 0; // the pristine database's, from its header (initTestCase)
constexpr int ProcessTimeoutMs = 60'000;

enum class Damage {
    FlipBits,
    ScrambleBytes,
    Truncate,
    TruncateAtPage,
    ZeroPage,
    GarbagePage,
    HeaderField,
    PageHeader,
    SchemaText,
    SwapPages,
    CopyPage,
    AppendGarbage,
    StaleWal,
    Count,
    Targeted, // rows and metadata changed through SQL, behind Charter's back
};

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::FlipBits: return u"flip-bits"_s;
    case Damage::ScrambleBytes: return u"scramble-bytes"_s;
    case Damage::Truncate: return u"truncate"_s;
    case Damage::TruncateAtPage: return u"truncate-at-page"_s;
    case Damage::ZeroPage: return u"zero-page"_s;
    case Damage::GarbagePage: return u"garbage-page"_s;
    case Damage::HeaderField: return u"header-field"_s;
    case Damage::PageHeader: return u"page-header"_s;
    case Damage::SchemaText: return u"schema-text"_s;
    case Damage::SwapPages: return u"swap-pages"_s;
    case Damage::CopyPage: return u"copy-page"_s;
    case Damage::AppendGarbage: return u"append-garbage"_s;
    case Damage::StaleWal: return u"stale-wal"_s;
    case Damage::Targeted: return u"targeted"_s;
    case Damage::Count: break;
    }
    return u"fixture"_s;
}

struct Copy {
    int index = 0;
    Damage damage = Damage::Count;
    QString description; // what was done, for messages
    QString path;
    QList<int> expectedCheck; // when set, the only exit codes `check` may give
    QList<int> expectedList;  // the same for `list`
};

struct Run {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

void setBytes(QByteArray &bytes, qsizetype offset, const QByteArray &value)
{
    if (offset + value.size() <= bytes.size())
        bytes.replace(offset, value.size(), value);
}

QByteArray bigEndian(quint32 value, int width)
{
    QByteArray out(width, '\0');
    for (int i = width - 1; i >= 0; --i, value >>= 8)
        out[i] = char(value & 0xff);
    return out;
}

// Damages BYTES (a pristine database) in the way DAMAGE names, drawing from RNG.
// Returns a description; *WAL receives a sidecar -wal file when one should exist.
QString damage(QByteArray &bytes, Damage kind, Prng &rng, QByteArray *wal)
{
    const int size = int(bytes.size());
    const int pages = size / PageSize;
    const auto page = [&](bool includeFirst) {
        return includeFirst ? int(rng.below(quint32(pages))) : 1 + int(rng.below(quint32(pages - 1)));
    };
    switch (kind) {
    case Damage::FlipBits: {
        const int flips = rng.between(1, 8);
        QStringList at;
        for (int i = 0; i < flips; ++i) {
            const int offset = int(rng.below(quint32(size)));
            bytes[offset] = char(bytes[offset] ^ (1 << rng.below(8)));
            at.append(QString::number(offset));
        }
        return u"flipped a bit at offsets %1"_s.arg(at.join(u", "_s));
    }
    case Damage::ScrambleBytes: {
        const int p = page(true);
        const int count = rng.between(1, 32);
        for (int i = 0; i < count; ++i)
            bytes[p * PageSize + int(rng.below(PageSize))] = char(rng.below(256));
        return u"scrambled %1 bytes of page %2"_s.arg(count).arg(p + 1);
    }
    case Damage::Truncate: {
        // Short files (inside the 100-byte header) as often as long ones.
        const int at = rng.chance(250) ? int(rng.below(120)) : int(rng.below(quint32(size)));
        bytes.truncate(at);
        return u"truncated to %1 bytes"_s.arg(at);
    }
    case Damage::TruncateAtPage: {
        const int keep = rng.between(1, pages - 1);
        bytes.truncate(keep * PageSize);
        return u"truncated to %1 of %2 pages"_s.arg(keep).arg(pages);
    }
    case Damage::ZeroPage: {
        const int p = rng.chance(100) ? 0 : page(false);
        bytes.replace(p * PageSize, PageSize, QByteArray(PageSize, '\0'));
        return u"zeroed page %1"_s.arg(p + 1);
    }
    case Damage::GarbagePage: {
        const int p = page(false);
        for (int i = 0; i < PageSize; ++i)
            bytes[p * PageSize + i] = char(rng.below(256));
        return u"filled page %1 with random bytes"_s.arg(p + 1);
    }
    case Damage::HeaderField: {
        // The fields of the 100-byte database header (sqlite.org/fileformat.html).
        struct Field {
            int offset;
            int width;
            const char *name;
        };
        static const Field fields[] = {
            {0, 16, "magic"},          {16, 2, "page size"},        {18, 1, "write version"},
            {19, 1, "read version"},   {20, 1, "reserved space"},   {21, 1, "max payload"},
            {22, 1, "min payload"},    {23, 1, "leaf payload"},     {24, 4, "change counter"},
            {28, 4, "page count"},     {32, 4, "freelist trunk"},   {36, 4, "freelist count"},
            {40, 4, "schema cookie"},  {44, 4, "schema format"},    {48, 4, "cache size"},
            {52, 4, "largest root"},   {56, 4, "text encoding"},    {60, 4, "user version"},
            {64, 4, "incremental vacuum"}, {68, 4, "application id"}, {92, 4, "valid-for"},
            {96, 4, "sqlite version"},
        };
        const Field &field = fields[rng.below(std::size(fields))];
        if (field.offset == 0) {
            const int at = int(rng.below(16));
            bytes[at] = char(bytes[at] ^ (1 + rng.below(255)));
            return u"changed byte %1 of the header's magic string"_s.arg(at);
        }
        // Interesting values for every width: 0, 1, small, all ones, random.
        static const quint32 specials[] = {0, 1, 2, 3, 4, 5, 7, 255, 256, 512, 1024, 65535, 65536,
                                           0x7fffffff, 0xffffffff};
        const quint32 value = rng.chance(500) ? specials[rng.below(std::size(specials))]
                                              : quint32(rng.next());
        const quint32 mask = field.width == 4 ? 0xffffffffu : (1u << (8 * field.width)) - 1;
        setBytes(bytes, field.offset, bigEndian(value & mask, field.width));
        return u"set the header's %1 to %2"_s.arg(QLatin1StringView(field.name)).arg(value & mask);
    }
    case Damage::PageHeader: {
        // A b-tree page's own header: type, first freeblock, cell count, content start.
        const int p = page(false);
        const int offset = p * PageSize + int(rng.below(12));
        bytes[offset] = char(rng.chance(300) ? 0xff : rng.below(256));
        return u"changed byte %1 of page %2's b-tree header"_s.arg(offset % PageSize).arg(p + 1);
    }
    case Damage::SchemaText: {
        // The CREATE statements SQLite parses on open.
        QList<qsizetype> statements;
        for (qsizetype at = bytes.indexOf("CREATE "); at >= 0; at = bytes.indexOf("CREATE ", at + 1))
            statements.append(at);
        if (statements.isEmpty())
            return damage(bytes, Damage::FlipBits, rng, wal);
        const qsizetype at = statements[rng.below(quint32(statements.size()))] + rng.below(64);
        static const char replacements[] = "(),;'\"` \x00\xff" "AZaz09";
        if (at < bytes.size())
            bytes[at] = replacements[rng.below(sizeof replacements - 1)];
        return u"changed the schema text at offset %1"_s.arg(at);
    }
    case Damage::SwapPages: {
        const int a = page(false);
        const int b = page(false);
        const QByteArray pageA = bytes.mid(a * PageSize, PageSize);
        bytes.replace(a * PageSize, PageSize, bytes.mid(b * PageSize, PageSize));
        bytes.replace(b * PageSize, PageSize, pageA);
        return u"swapped pages %1 and %2"_s.arg(a + 1).arg(b + 1);
    }
    case Damage::CopyPage: {
        const int from = page(true);
        const int to = page(false);
        bytes.replace(to * PageSize, PageSize, bytes.mid(from * PageSize, PageSize));
        return u"copied page %1 over page %2"_s.arg(from + 1).arg(to + 1);
    }
    case Damage::AppendGarbage: {
        const int count = rng.chance(500) ? PageSize * rng.between(1, 3) : rng.between(1, PageSize * 2);
        QByteArray garbage(count, '\0');
        for (char &c : garbage)
            c = char(rng.below(256));
        bytes.append(garbage);
        return u"appended %1 random bytes"_s.arg(count);
    }
    case Damage::StaleWal: {
        // A -wal file beside an intact database: a WAL header with the right magic and
        // frames of garbage (their checksums cannot match), or random bytes.
        QByteArray log;
        if (rng.chance(700)) {
            log = bigEndian(0x377f0682 + rng.below(2), 4) + bigEndian(3007000, 4)
                + bigEndian(PageSize, 4) + bigEndian(rng.below(10), 4);
        }
        const int frames = rng.between(0, 4);
        for (int i = 0; i < frames * (24 + PageSize) + int(rng.below(64)); ++i)
            log.append(char(rng.below(256)));
        *wal = log;
        return u"left a stale %1-byte WAL file beside it"_s.arg(log.size());
    }
    case Damage::Count:
    case Damage::Targeted:
        break;
    }
    return QString();
}

bool readFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *bytes = file.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliCorruptDatabases : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QByteArray m_pristine;
    QByteArray m_pristineList;
    QSet<qint64> m_pristineIds;

    QString cli() const { return QStringLiteral(CHARTER_CLI_PATH); }

    Run runNow(const QStringList &args) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(cli(), args);
        Run run;
        if (!process.waitForFinished(ProcessTimeoutMs)) {
            run.timedOut = true;
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitCode();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // Runs every job, keeping PARALLEL processes busy. Each job is (copy, verb).
    QList<std::pair<Run, Run>> runAll(const QList<Copy> &copies) const
    {
        QList<std::pair<Run, Run>> results(copies.size());
        struct Job {
            int copy;
            bool list;
        };
        std::deque<Job> queue;
        for (int i = 0; i < copies.size(); ++i) {
            queue.push_back({i, false});
            queue.push_back({i, true});
        }
        // Two processes per core: each spends part of its time starting up and on I/O.
        const int parallel = qMax(2, QThread::idealThreadCount() * 2);
        QEventLoop loop;
        int running = 0;
        std::function<void()> startNext = [&]() {
            while (running < parallel && !queue.empty()) {
                const Job job = queue.front();
                queue.pop_front();
                auto *process = new QProcess(&loop);
                process->setProcessEnvironment(m_env);
                const QString db = copies[job.copy].path;
                QStringList args{u"--db"_s, db};
                args += job.list ? QStringList{u"list"_s, u"--format"_s, u"json"_s}
                                 : QStringList{u"check"_s};
                auto *timer = new QTimer(process);
                timer->setSingleShot(true);
                auto timedOut = std::make_shared<bool>(false);
                connect(timer, &QTimer::timeout, process, [process, timedOut] {
                    *timedOut = true;
                    process->kill();
                });
                connect(process, &QProcess::finished, &loop,
                        [&, process, job, timedOut](int exitCode, QProcess::ExitStatus status) {
                            Run run;
                            run.exitCode = exitCode;
                            run.crashed = status == QProcess::CrashExit;
                            run.timedOut = *timedOut;
                            run.out = process->readAllStandardOutput();
                            run.err = process->readAllStandardError();
                            (job.list ? results[job.copy].second : results[job.copy].first) = run;
                            process->deleteLater();
                            --running;
                            startNext();
                            if (running == 0 && queue.empty())
                                loop.quit();
                        });
                connect(process, &QProcess::errorOccurred, &loop,
                        [&, process, job](QProcess::ProcessError error) {
                            if (error != QProcess::FailedToStart)
                                return;
                            Run run;
                            run.crashed = true;
                            run.err = "failed to start " + cli().toUtf8();
                            (job.list ? results[job.copy].second : results[job.copy].first) = run;
                            process->deleteLater();
                            --running;
                            startNext();
                            if (running == 0 && queue.empty())
                                loop.quit();
                        });
                ++running;
                process->start(cli(), args);
                timer->start(ProcessTimeoutMs);
            }
        };
        startNext();
        if (running > 0)
            loop.exec();
        return results;
    }

    // What is wrong with the outcome of one copy; empty when it behaved.
    QStringList judge(const Copy &copy, const Run &check, const Run &list) const
    {
        QStringList problems;
        const QString fileName = QFileInfo(copy.path).fileName();
        for (const auto &[verb, run] : {std::pair{u"check"_s, &check}, std::pair{u"list"_s, &list}}) {
            if (run->crashed || run->timedOut) {
                problems.append(u"%1 %2 (exit code %3)"_s.arg(verb, run->timedOut ? u"hung"_s : u"crashed"_s)
                                    .arg(run->exitCode));
                continue;
            }
            if (run->err.contains("Sanitizer") || run->err.contains("runtime error:"))
                problems.append(u"%1 tripped a sanitizer"_s.arg(verb));
            if (run->exitCode != 0 && run->exitCode != 3 && run->exitCode != 6)
                problems.append(u"%1 exited %2 (allowed: 0, 3, 6)"_s.arg(verb).arg(run->exitCode));
            const QList<int> &expected = run == &check ? copy.expectedCheck : copy.expectedList;
            if (!expected.isEmpty() && !expected.contains(run->exitCode)
                && (run->exitCode == 0 || run->exitCode == 3 || run->exitCode == 6)) {
                QStringList codes;
                for (int code : expected)
                    codes.append(QString::number(code));
                problems.append(u"%1 exited %2, expected %3"_s.arg(verb).arg(run->exitCode)
                                    .arg(codes.join(u" or "_s)));
            }
            if (run->exitCode != 0) {
                const QString err = QString::fromUtf8(run->err);
                if (err.trimmed().isEmpty())
                    problems.append(u"%1 exited %2 without a message"_s.arg(verb).arg(run->exitCode));
                else if (!err.contains(fileName))
                    problems.append(u"%1's message does not name the file: %2"_s.arg(verb, err.trimmed()));
                if (!run->out.isEmpty() && verb == u"list"_s)
                    problems.append(u"list failed but wrote to stdout"_s);
            }
        }
        if (list.exitCode == 0 && !list.crashed && !list.timedOut) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(list.out, &error);
            if (error.error != QJsonParseError::NoError || !document.isArray()) {
                problems.append(u"list exited 0 with output that is not a JSON array"_s);
            } else {
                for (const QJsonValue &value : document.array()) {
                    const QJsonObject row = value.toObject();
                    if (!row.contains(u"id"_s) || !row.contains(u"name"_s) || !row.contains(u"risk_tier"_s)) {
                        problems.append(u"list exited 0 with a malformed row"_s);
                        break;
                    }
                    // SQL edits may change ids; damaged pages must not invent them.
                    if (copy.damage != Damage::Targeted
                        && !m_pristineIds.contains(row.value(u"id"_s).toInteger())) {
                        problems.append(u"list exited 0 with system id %1, which the register never had"_s
                                            .arg(row.value(u"id"_s).toInteger()));
                        break;
                    }
                }
            }
        }
        if (check.exitCode == 0 && !check.crashed && list.exitCode != 0)
            problems.append(u"check called the file ok, but list failed with %1: %2"_s.arg(list.exitCode)
                                .arg(QString::fromUtf8(list.err).trimmed()));
        return problems;
    }

    QList<Copy> fixtureCopies(const QString &folder)
    {
        QList<Copy> copies;
        const QDir fixtures(QStringLiteral(CHARTER_TEST_DATA_DIR "/corrupt-db"));
        const QStringList names = fixtures.entryList({u"*.db"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            Copy copy;
            copy.index = int(copies.size());
            copy.description = u"fixture %1"_s.arg(name);
            copy.path = QDir(folder).filePath(name);
            QFile::remove(copy.path);
            if (QFile::copy(fixtures.filePath(name), copy.path)) {
                QFile::setPermissions(copy.path, QFile::ReadOwner | QFile::WriteOwner);
                copies.append(copy);
            }
        }
        return copies;
    }

    struct Tally {
        QMap<QString, QMap<QString, int>> outcomes; // damage -> "check/list" exit codes -> count
        int copies = 0;
        int failures = 0;
        int silentlyDifferent = 0; // check ok, list ok, rows differ from the original
        int listedDespiteDamage = 0; // check found damage, list still read every row unchanged
        int listedDifferent = 0;     // check found damage, list read rows that differ
        qint64 elapsedMs = 0;
    };

    // Runs COPIES, reports each misbehaving one and keeps it for inspection.
    void runAndJudge(const QList<Copy> &copies, Tally *tally)
    {
        QElapsedTimer timer;
        timer.start();
        const QList<std::pair<Run, Run>> results = runAll(copies);
        const QString keep = m_dir.filePath(u"failures"_s);
        for (int i = 0; i < copies.size(); ++i) {
            const Copy &copy = copies[i];
            const auto &[check, list] = results[i];
            const QString kind = copy.damage == Damage::Targeted ? copy.description : damageName(copy.damage);
            tally->outcomes[kind][u"%1/%2"_s.arg(check.exitCode).arg(list.exitCode)] += 1;
            if (list.exitCode == 0 && check.exitCode == 0 && list.out != m_pristineList)
                ++tally->silentlyDifferent;
            if (list.exitCode == 0 && check.exitCode != 0)
                ++(list.out == m_pristineList ? tally->listedDespiteDamage : tally->listedDifferent);
            const QStringList problems = judge(copy, check, list);
            if (problems.isEmpty())
                continue;
            ++tally->failures;
            QDir().mkpath(keep);
            const QString kept = QDir(keep).filePath(QFileInfo(copy.path).fileName());
            QFile::copy(copy.path + u".orig"_s, kept);
            if (QFileInfo::exists(copy.path + u".orig-wal"_s))
                QFile::copy(copy.path + u".orig-wal"_s, kept + u"-wal"_s);
            qWarning().noquote() << u"%1 (%2): %3\n    kept as %4\n    check stderr: %5\n    list stderr: %6"_s
                                        .arg(QFileInfo(copy.path).fileName(), copy.description,
                                             problems.join(u"; "_s), kept,
                                             QString::fromUtf8(check.err.left(2000)).trimmed(),
                                             QString::fromUtf8(list.err.left(2000)).trimmed());
        }
        tally->copies += int(copies.size());
        tally->elapsedMs += timer.elapsed();
    }

    void report(const Tally &tally, const QString &label)
    {
        qInfo().noquote() << u"%1: %2 copies, %3 runs of charter-cli in %4 s; exit codes "
                             "check/list per damage:"_s
                                 .arg(label).arg(tally.copies).arg(tally.copies * 2)
                                 .arg(tally.elapsedMs / 1000.0, 0, 'f', 1);
        for (auto it = tally.outcomes.cbegin(); it != tally.outcomes.cend(); ++it) {
            QStringList parts;
            for (auto count = it->cbegin(); count != it->cend(); ++count)
                parts.append(u"%1 x%2"_s.arg(count.key()).arg(count.value()));
            qInfo().noquote() << u"  %1 %2"_s.arg(it.key() + u':', -24).arg(parts.join(u", "_s));
        }
        qInfo().noquote() << u"  check found damage, list still showed the original rows: %1; "
                             "showed different rows: %2"_s
                                 .arg(tally.listedDespiteDamage).arg(tally.listedDifferent);
        qInfo().noquote() << u"  check passed, list showed rows that differ from the original: %1 "
                             "(damage inside row contents, which SQLite has no checksums to "
                             "detect)"_s.arg(tally.silentlyDifferent);
        if (tally.failures > 0)
            m_dir.setAutoRemove(false);
        QVERIFY2(tally.failures == 0,
                 qPrintable(u"%1 of %2 damaged databases were mishandled; see the warnings above "
                            "(copies kept in %3)"_s
                                .arg(tally.failures).arg(tally.copies).arg(m_dir.filePath(u"failures"_s))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli()));
        m_env = QProcessEnvironment::systemEnvironment();
        // Logs and settings of the runs go to the scratch folder, not the user's home.
        m_env.insert(u"HOME"_s, m_dir.path());
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.remove(u"CHARTER_DB"_s);

        const QString pristine = m_dir.filePath(u"pristine.db"_s);
        const Run demo = runNow({u"--db"_s, pristine, u"demo"_s, u"--systems"_s, u"40"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(demo.exitCode == 0 && !demo.crashed, demo.err.constData());
        const Run check = runNow({u"--db"_s, pristine, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(!QFileInfo::exists(pristine + u"-wal"_s)); // checkpointed on close
        QVERIFY(readFile(pristine, &m_pristine));
        QVERIFY(m_pristine.size() > 100);
        // Header bytes 16-17: the page size, big-endian; 1 stands for 65536.
        PageSize = (uchar(m_pristine[16]) << 8) | uchar(m_pristine[17]);
        if (PageSize == 1)
            PageSize = 65536;
        QVERIFY2(PageSize >= 512, qPrintable(u"page size %1"_s.arg(PageSize)));
        QVERIFY2(m_pristine.size() % PageSize == 0 && m_pristine.size() >= 8 * PageSize,
                 qPrintable(u"unexpected database size %1"_s.arg(m_pristine.size())));
        const Run list = runNow({u"--db"_s, pristine, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        m_pristineList = list.out;
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 40);
        for (const QJsonValue &row : rows)
            m_pristineIds.insert(row.toObject().value(u"id"_s).toInteger());
        // `list` and `check` on the pristine file must not have changed it.
        QByteArray after;
        QVERIFY(readFile(pristine, &after));
        QCOMPARE(after, m_pristine);
    }

    void knownBadFixtures()
    {
        const QString folder = m_dir.filePath(u"fixtures"_s);
        QVERIFY(QDir().mkpath(folder));
        const QList<Copy> copies = fixtureCopies(folder);
        if (copies.isEmpty())
            QSKIP("no fixtures in tests/data/corrupt-db");
        for (const Copy &copy : copies)
            QFile::copy(copy.path, copy.path + u".orig"_s);
        Tally tally;
        runAndJudge(copies, &tally);
        report(tally, u"fixtures"_s);
    }

    // Rows and metadata changed with SQL, as someone with write access to the file could:
    // each must end in a clear error (6: unreadable, 3: damage found) or correct data.
    void targetedDamage()
    {
        struct Case {
            const char *name;
            QStringList statements;
            QList<int> check; // empty: any of 0, 3, 6
            QList<int> list;
        };
        const QList<Case> cases = {
            {"policy-not-json", {u"UPDATE policies SET body = '{\"version\": 1, '"_s}, {6}, {6}},
            {"policy-empty", {u"UPDATE policies SET body = ''"_s}, {6}, {6}},
            {"policy-unknown-field",
             {u"UPDATE policies SET body = replace(body, 'unknownAnswerPoints', 'unknownAnswerPointz')"_s}, {6}, {6}},
            {"policy-wrong-type", {u"UPDATE policies SET body = '[1, 2, 3]'"_s}, {6}, {6}},
            {"schema-version-text", {u"UPDATE charter_meta SET value = 'four' WHERE key = 'schema_version'"_s}, {6}, {6}},
            {"schema-version-newer", {u"UPDATE charter_meta SET value = '9999' WHERE key = 'schema_version'"_s}, {6}, {6}},
            {"schema-version-missing", {u"DELETE FROM charter_meta WHERE key = 'schema_version'"_s}, {6}, {6}},
            {"other-application", {u"UPDATE charter_meta SET value = 'other' WHERE key = 'application'"_s}, {6}, {6}},
            {"no-meta-table", {u"DROP TABLE charter_meta"_s}, {6}, {6}},
            {"no-systems-table", {u"DROP TABLE systems"_s}, {}, {}},
            {"no-people-table", {u"DROP TABLE people"_s}, {}, {}},
            {"audit-state-garbage", {u"UPDATE charter_meta SET value = 'garbage' WHERE key = 'audit_tree'"_s}, {}, {}},
            {"risk-assessed-garbage", {u"UPDATE charter_meta SET value = 'garbage' WHERE key = 'risk_assessed'"_s}, {}, {}},
            {"lifecycle-unknown-value", {u"UPDATE systems SET lifecycle = 'bogus'"_s}, {}, {}},
            {"tier-unknown-value", {u"UPDATE systems SET risk_tier = 'catastrophic'"_s}, {}, {}},
            {"answer-unknown-value", {u"UPDATE systems SET personal_data = 'maybe'"_s}, {}, {}},
            {"score-not-a-number", {u"UPDATE systems SET risk_score = 'lots', completeness = -5"_s}, {}, {}},
            {"review-date-garbage", {u"UPDATE systems SET next_review = 'someday'"_s}, {}, {}},
            {"dangling-owner", {u"UPDATE systems SET accountable_owner_id = 999999"_s}, {3}, {}},
            {"dangling-vendor", {u"UPDATE systems SET vendor_id = 999999"_s}, {3}, {}},
            {"name-invalid-utf8", {u"UPDATE systems SET name = CAST(X'C328FFFE' AS TEXT)"_s}, {}, {}},
            {"name-huge", {u"UPDATE systems SET name = hex(randomblob(200000)) WHERE id = (SELECT min(id) FROM systems)"_s}, {}, {}},
            {"negative-ids", {u"UPDATE systems SET id = -id"_s}, {}, {}},
            {"audit-row-deleted", {u"DELETE FROM audit_log WHERE rowid = (SELECT min(rowid) FROM audit_log)"_s}, {}, {}},
            {"schema-sql-broken", {u"PRAGMA writable_schema = ON"_s,
                                         u"UPDATE sqlite_master SET sql = 'CREATE TABLE x(' WHERE name = 'people'"_s}, {6}, {6}},
        };
        const QString folder = m_dir.filePath(u"targeted"_s);
        QVERIFY(QDir().mkpath(folder));
        QList<Copy> copies;
        for (const Case &c : cases) {
            Copy copy;
            copy.index = int(copies.size());
            copy.damage = Damage::Targeted;
            copy.description = QString::fromLatin1(c.name);
            copy.path = QDir(folder).filePath(QString::fromLatin1(c.name) + u".db"_s);
            copy.expectedCheck = c.check;
            copy.expectedList = c.list;
            QVERIFY(writeFile(copy.path, m_pristine));
            {
                const QString connection = u"targeted-"_s + copy.description;
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(copy.path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
                for (const QString &statement : c.statements)
                    QVERIFY2(query.exec(statement), qPrintable(QString::fromLatin1(c.name) + u": "_s + query.lastError().text()));
                query.finish();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connection);
            }
            QFile::copy(copy.path, copy.path + u".orig"_s);
            copies.append(copy);
        }
        Tally tally;
        runAndJudge(copies, &tally);
        report(tally, u"targeted damage"_s);
    }

    void damagedCopies()
    {
        bool ok = false;
        int count = qEnvironmentVariableIntValue("CHARTER_CORRUPT_COPIES", &ok);
        if (!ok || count <= 0)
            count = DefaultCopies;
        const QString folder = m_dir.filePath(u"copies"_s);
        QVERIFY(QDir().mkpath(folder));

        Prng rng(Seed);
        Tally tally;
        const int kinds = int(Damage::Count);
        for (int first = 0; first < count; first += BatchSize) {
            QList<Copy> copies;
            for (int i = first; i < qMin(count, first + BatchSize); ++i) {
                Copy copy;
                copy.index = i;
                copy.damage = Damage(i % kinds);
                QByteArray bytes = m_pristine;
                QByteArray wal;
                copy.description = damage(bytes, copy.damage, rng, &wal);
                // Every fifth copy gets a second damage on top.
                if (i % 5 == 4 && copy.damage != Damage::StaleWal && bytes.size() >= 2 * PageSize) {
                    const Damage second = Damage(rng.below(quint32(kinds - 1))); // not StaleWal
                    copy.description += u", then "_s + damage(bytes, second, rng, &wal);
                }
                copy.path = QDir(folder).filePath(u"copy-%1-%2.db"_s.arg(i, 4, 10, QChar(u'0'))
                                                      .arg(damageName(copy.damage)));
                QVERIFY(writeFile(copy.path, bytes));
                QVERIFY(writeFile(copy.path + u".orig"_s, bytes)); // the runs may change the copy
                if (!wal.isNull()) {
                    QVERIFY(writeFile(copy.path + u"-wal"_s, wal));
                    QVERIFY(writeFile(copy.path + u".orig-wal"_s, wal));
                }
                copies.append(copy);
            }
            runAndJudge(copies, &tally);
            // Only the failures are kept (runAndJudge copied them).
            QDir batch(folder);
            for (const QString &name : batch.entryList(QDir::Files))
                batch.remove(name);
        }
        report(tally, u"damaged copies"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliCorruptDatabases)
#include "tst_cli_corrupt_databases.moc"
