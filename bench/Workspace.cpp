#include "Benchmarks.h"

#include "interchange/DemoPortfolio.h"
#include "interchange/RegisterCsv.h"
#include "register/RegisterService.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace charter::bench {

void progress(const QString &message)
{
    static QElapsedTimer sinceStart = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    QTextStream err(stderr);
    err << u"[%1 s] "_s.arg(double(sinceStart.elapsed()) / 1000.0, 6, 'f', 1) << message << u'\n';
    err.flush();
}

namespace {

// Opens (creating) a Charter database with its register service; the service's
// "today" is the portfolio's anchor date so risk and dates are reproducible.
struct OpenRegister {
    std::unique_ptr<Database> db;
    std::unique_ptr<RegisterService> service;
};

std::optional<OpenRegister> openRegister(const QString &path, const QDate &today, QString *problem)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *problem = db.error().message;
        return std::nullopt;
    }
    OpenRegister open;
    open.db = std::move(*db);
    open.service = std::make_unique<RegisterService>(*open.db, WriteContext{u"charter-bench"_s, {}});
    if (Status status = open.service->initialise(); !status) {
        *problem = status.error().message;
        return std::nullopt;
    }
    open.service->setToday(today);
    return open;
}

} // namespace

Workspace::Workspace(const BenchConfig &config)
    : m_config(config)
{
    if (!config.workDirectory.isEmpty()) {
        if (QDir().mkpath(config.workDirectory))
            m_path = QDir(config.workDirectory).absolutePath();
        return;
    }
    m_temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/charter-bench-XXXXXX"_s);
    if (m_temporary->isValid())
        m_path = m_temporary->path();
}

QString Workspace::file(const QString &name) const
{
    return m_path + u'/' + name;
}

QString Workspace::registerCsv(QString *problem)
{
    if (!m_csvPath.isEmpty())
        return m_csvPath;
    progress(u"Generating the %1-system demo portfolio and writing it as register CSV"_s
                 .arg(m_config.systems));
    const Portfolio portfolio = generateDemoPortfolio(m_config.systems, m_config.seed, m_config.anchorDate);
    // The CSV carries each system's risk; an empty register supplies the policy.
    const QString scratch = file(u"policy-only.db"_s);
    QByteArray csv;
    {
        std::optional<OpenRegister> open = openRegister(scratch, m_config.anchorDate, problem);
        if (!open)
            return {};
        Result<QHash<qint64, RiskAssessment>> risks = open->service->assessAll(portfolio);
        if (!risks) {
            *problem = risks.error().message;
            return {};
        }
        csv = writeRegisterCsv(portfolio, *risks, false);
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(scratch + suffix);
    const QString path = file(u"register.csv"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
        *problem = u"cannot write %1: %2"_s.arg(path, out.errorString());
        return {};
    }
    m_csvPath = path;
    return path;
}

QString Workspace::buildDatabase(Figure *figure, QString *problem)
{
    const QString path = file(u"register.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix); // a kept --work-dir may hold one from an earlier run
    progress(u"Storing the %1-system demo portfolio through RegisterService::importPortfolio"_s
                 .arg(m_config.systems));
    const Portfolio portfolio = generateDemoPortfolio(m_config.systems, m_config.seed, m_config.anchorDate);
    // "today" stays the real date here: charter-cli and the GUI then find the stored
    // risk current and do not reassess the whole register on their first open.
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *problem = db.error().message;
        return {};
    }
    RegisterService service(**db, WriteContext{u"charter-bench"_s, {}});
    if (Status status = service.initialise(); !status) {
        *problem = status.error().message;
        return {};
    }
    PortfolioImportOptions options;
    options.keepIds = true;
    options.reason = u"charter-bench"_s;
    std::optional<Error> failure;
    figure->charter.runs.append(timeInProcess([&] {
        Result<PortfolioImportSummary> summary = service.importPortfolio(portfolio, options);
        if (!summary)
            failure = summary.error();
    }));
    if (failure) {
        *problem = failure->message;
        return {};
    }
    return path;
}

} // namespace charter::bench
