// Figure 7: the portfolio dashboard's recompute against the raw SQL aggregates.
#include "DashboardBenchmarks.h"

#include "governance/Policy.h"
#include "reporting/PortfolioMetrics.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

// Gives the copy a workflow: a fifth of the systems each in review, approved (a year
// before the anchor date), changes requested, draft; overrides and incidents for some.
QString enrich(Database &db, const QDate &anchor)
{
    const QString approvedAt = anchor.addYears(-1).toString(Qt::ISODate) + u"T10:00:00.000Z"_s;
    const QString occurred = anchor.addMonths(-3).toString(Qt::ISODate) + u"T10:00:00.000Z"_s;
    const QStringList statements{
        u"INSERT INTO system_workflow (system_id, state, cycle, approved_at, approved_tier, updated_at) "
        "SELECT id, CASE id % 5 WHEN 0 THEN 'in_review' WHEN 1 THEN 'approved' WHEN 2 THEN 'changes_requested' "
        "WHEN 3 THEN 'rejected' ELSE 'draft' END, 1, CASE WHEN id % 5 = 1 THEN '%1' END, risk_tier, '%1' "
        "FROM systems"_s.arg(approvedAt),
        u"INSERT INTO overrides (system_id, occurred_at, recorded_at, recorded_by, recommended, decided, reason) "
        "SELECT id, '%1', '%1', 'bench', 'deny', 'grant', 'context' FROM systems WHERE id % 7 = 0"_s.arg(occurred),
        u"INSERT INTO incidents (system_id, occurred_at, recorded_at, recorded_by, severity, what) "
        "SELECT id, '%1', '%1', 'bench', 'high', 'wrong output' FROM systems WHERE id % 11 = 0"_s.arg(occurred),
    };
    for (const QString &statement : statements) {
        QSqlQuery query(db.connection());
        if (!query.exec(statement))
            return db.queryError(query, u"preparing the dashboard benchmark"_s).message;
    }
    return QString();
}

// The dashboard's numbers as plain GROUP BY counts: what a hand-written report would run.
qint64 rawAggregates(Database &db, const QDate &today)
{
    const QString todayText = today.toString(Qt::ISODate);
    const QString until = QDate(today.year(), today.month(), 1).addMonths(12).toString(Qt::ISODate);
    const QString since = QDate(today.year(), today.month(), 1).addMonths(-11).toString(Qt::ISODate);
    const QStringList queries{
        u"SELECT COUNT(*), SUM(CASE WHEN accountable_owner_id IS NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN gap_count > 0 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN next_review < '%1' AND lifecycle <> 'retired' THEN 1 ELSE 0 END) FROM systems"_s
            .arg(todayText),
        u"SELECT risk_tier, COUNT(*) FROM systems GROUP BY risk_tier"_s,
        u"SELECT COALESCE(w.state, 'draft'), COUNT(*) FROM systems s LEFT JOIN system_workflow w "
        "ON w.system_id = s.id GROUP BY COALESCE(w.state, 'draft')"_s,
        u"SELECT substr(next_review, 1, 7), COUNT(*) FROM systems WHERE next_review >= '%1' "
        "AND next_review < '%2' GROUP BY substr(next_review, 1, 7)"_s.arg(todayText, until),
        u"SELECT level, COUNT(*) FROM (SELECT system_id, MAX(CASE influence WHEN 'autonomous' THEN 5 "
        "WHEN 'unknown' THEN 4 WHEN 'human_approves' THEN 3 WHEN 'advisory_only' THEN 2 ELSE 1 END) AS level "
        "FROM boundaries GROUP BY system_id) b GROUP BY level"_s,
        u"SELECT v.name, v.exit_options, v.data_portability, COUNT(*) FROM systems s "
        "JOIN vendors v ON v.id = s.vendor_id GROUP BY v.id, v.name, v.exit_options, v.data_portability"_s,
        u"SELECT substr(occurred_at, 1, 7), COUNT(*) FROM overrides WHERE occurred_at >= '%1' "
        "GROUP BY substr(occurred_at, 1, 7)"_s.arg(since),
        u"SELECT substr(occurred_at, 1, 7), COUNT(*) FROM incidents WHERE occurred_at >= '%1' "
        "GROUP BY substr(occurred_at, 1, 7)"_s.arg(since),
        u"SELECT risk_tier, personal_data, safety_related, COUNT(*) FROM systems "
        "WHERE risk_tier IN ('high', 'critical') GROUP BY risk_tier, personal_data, safety_related"_s,
    };
    qint64 total = 0;
    for (const QString &sql : queries) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return -1;
        while (query.next())
            total += query.value(query.record().count() - 1).toLongLong();
    }
    return total;
}

} // namespace

QList<Figure> runDashboardBenchmark(const BenchConfig &config, Workspace &workspace, const QString &database)
{
    Figure figure;
    figure.id = u"7"_s;
    figure.title = u"dashboard recompute"_s;
    figure.charterSide = u"computePortfolioMetrics(): 7 tiles and 7 charts, each element with the ids "
                         "of its systems (connection open)"_s;
    figure.baselineSide = u"the same numbers as 9 raw QSqlQuery GROUP BY aggregates (counts only) on "
                          "the same file"_s;
    figure.kind = Figure::Kind::Ratio;
    figure.target = 2;

    const QString copy = workspace.file(u"dashboard.db"_s);
    QFile::remove(copy);
    if (!QFile::copy(database, copy)) {
        figure.error = u"cannot copy %1 to %2"_s.arg(database, copy);
        return {figure};
    }
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> db = Database::open(copy, options);
    if (!db) {
        figure.error = db.error().message;
        return {figure};
    }
    if (const QString problem = enrich(**db, config.anchorDate); !problem.isEmpty()) {
        figure.error = problem;
        return {figure};
    }
    const Policy policy = Policy::defaultPolicy();

    progress(u"Dashboard: warm-up and %1 runs of each"_s.arg(config.repetitions));
    Result<PortfolioMetrics> warm = computePortfolioMetrics(**db, policy, config.anchorDate);
    if (!warm) {
        figure.error = warm.error().message;
        return {figure};
    }
    if (warm->systems.value != config.systems) {
        figure.error = u"expected %1 systems, the dashboard counted %2"_s.arg(config.systems).arg(warm->systems.value);
        return {figure};
    }
    if (rawAggregates(**db, config.anchorDate) < 0) {
        figure.error = u"the raw aggregates failed"_s;
        return {figure};
    }
    for (int i = 0; i < config.repetitions; ++i) {
        figure.baseline.runs.append(timeInProcess([&] { rawAggregates(**db, config.anchorDate); }));
        figure.charter.runs.append(timeInProcess([&] {
            Result<PortfolioMetrics> metrics = computePortfolioMetrics(**db, policy, config.anchorDate);
            Q_UNUSED(metrics);
        }));
    }
    figure.note = u"%1 approved, %2 in review, %3 with stale sign-offs"_s
                      .arg(warm->approved.value)
                      .arg(warm->awaitingDecision.value)
                      .arg(warm->staleSignOffs.value);
    return {figure};
}

} // namespace charter::bench
