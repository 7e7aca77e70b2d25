// The dashboard's numbers (computePortfolioMetrics) against a hand-built portfolio:
// every tile and chart element, and exactly the systems behind each. Runs on SQLite
// and, as portfolio_metrics_pg, on PostgreSQL (TestBackend.h).
#include "TestBackend.h"

#include "governance/DecisionLogService.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "register/DirectoryService.h"
#include "register/RegisterService.h"
#include "reporting/PortfolioMetrics.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QTest>

#include <algorithm>
#include <list>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
// Workflow steps are back-dated to before any real edit, so "edited after signing" holds
// whatever the clock says.
const QDateTime Earlier(QDate(2020, 1, 6), QTime(9, 0), Qt::UTC);

QList<qint64> ids(std::initializer_list<qint64> list)
{
    QList<qint64> result(list);
    std::sort(result.begin(), result.end());
    return result;
}

const MetricElement *byKey(const QList<MetricElement> &elements, const QString &key)
{
    for (const MetricElement &element : elements)
        if (element.key == key)
            return &element;
    return nullptr;
}

} // namespace

class TestPortfolioMetrics : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_admin;
    std::list<RegisterService> m_sessions;
    qint64 m_owner = 0;
    qint64 m_ready = 0, m_notReady = 0, m_unused = 0; // vendors
    // The systems (see init()).
    qint64 alpha = 0, bravo = 0, charlie = 0, delta = 0, echo = 0, foxtrot = 0, golf = 0;

    RegisterService &as(const QString &login, const QDateTime &now = Earlier)
    {
        m_sessions.push_back(m_admin->actingAs(login));
        m_sessions.back().setNow(now);
        return m_sessions.back();
    }

    template <typename T>
    static T ok(Result<T> result)
    {
        if (!result.ok())
            qFatal("unexpected error: %s", qPrintable(result.error().message));
        return std::move(result).value();
    }

    qint64 add(AiSystem system)
    {
        if (Status status = as(u"alice"_s).addSystem(system); !status)
            qFatal("%s", qPrintable(status.error().message));
        return system.id;
    }

    AiSystem owned(const QString &name, InfluenceLevel influence)
    {
        AiSystem system;
        system.name = name;
        system.ownership.accountableOwnerId = m_owner;
        system.boundaries = {{u"Main decision"_s, influence, u"Always"_s, u"Queue"_s, u"Score"_s}};
        system.data.dataResidency = u"EU"_s;
        return system;
    }

    void edit(qint64 id, const std::function<void(AiSystem &)> &change)
    {
        AiSystem system = ok(SystemRepository(*m_db).load(id));
        change(system);
        if (Status status = as(u"alice"_s).updateSystem(system); !status)
            qFatal("%s", qPrintable(status.error().message));
    }

    PortfolioMetrics compute()
    {
        return ok(computePortfolioMetrics(*m_db, m_admin->policy(), Today));
    }

    QList<RegistryRow> rows() { return ok(SystemRepository(*m_db).registryRows()); }

private slots:
    void init()
    {
        m_sessions.clear();
        m_admin.reset();
        m_db.reset();
        m_scratch = std::make_unique<test::ScratchDatabase>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        auto db = Database::open(m_scratch->location());
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_admin = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_admin->setToday(Today);
        QVERIFY(m_admin->initialise().ok());

        DirectoryService directory(*m_admin);
        Person owner{0, u"Olga Petrova"_s, u"olga@example.org"_s, u"Head of Claims"_s, {}, {}};
        QVERIFY(directory.addPerson(owner).ok());
        m_owner = owner.id;
        Vendor ready;
        ready.name = u"Northwind"_s;
        ready.exitOptions = Rating::Strong;
        ready.dataPortability = Rating::Adequate;
        Vendor notReady;
        notReady.name = u"Contoso"_s;
        notReady.exitOptions = Rating::Weak;
        notReady.dataPortability = Rating::Strong;
        Vendor unused;
        unused.name = u"Fabrikam"_s;
        QVERIFY(directory.addVendor(ready).ok());
        QVERIFY(directory.addVendor(notReady).ok());
        QVERIFY(directory.addVendor(unused).ok());
        m_ready = ready.id;
        m_notReady = notReady.id;
        m_unused = unused.id;

        RolesService roles(*m_admin);
        QVERIFY(roles.addUser(u"alice"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"ivan"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, u"Olga Petrova"_s, m_owner).ok());

        // Alpha: human approves, Northwind, review overdue by its schedule.
        AiSystem a = owned(u"Alpha"_s, InfluenceLevel::HumanApproves);
        a.vendorId = m_ready;
        a.nextReview = QDate(2026, 10, 1);
        alpha = add(a);
        // Bravo: no owner, autonomous, Northwind, EU high-risk with personal data.
        AiSystem b = owned(u"Bravo"_s, InfluenceLevel::Autonomous);
        b.ownership.accountableOwnerId = 0;
        b.vendorId = m_ready;
        b.data.personalData = Answer::Yes;
        b.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        b.nextReview = QDate(2027, 1, 15);
        bravo = add(b);
        // Charlie: advisory and unknown influence, Contoso, due this month (not overdue).
        AiSystem c = owned(u"Charlie"_s, InfluenceLevel::AdvisoryOnly);
        c.boundaries.append({u"Second decision"_s, InfluenceLevel::Unknown, {}, {}, {}});
        c.vendorId = m_notReady;
        c.nextReview = QDate(2026, 11, 30);
        charlie = add(c);
        // Delta: no decision documented, vendor unknown, retired with a past review date.
        AiSystem d = owned(u"Delta"_s, InfluenceLevel::Unknown);
        d.boundaries.clear();
        d.vendorUnknown = true;
        d.lifecycle = Lifecycle::Retired;
        d.nextReview = QDate(2026, 1, 1);
        delta = add(d);
        // Echo: EU prohibited practice (critical), in review, its IT sign-off made stale.
        AiSystem e = owned(u"Echo"_s, InfluenceLevel::Prohibited);
        e.regulatory.euAiActCategory = EuAiActCategory::Prohibited;
        echo = add(e);
        // Foxtrot: approved long ago: its approval's review date has passed.
        foxtrot = add(owned(u"Foxtrot"_s, InfluenceLevel::HumanApproves));
        // Golf: in review, signed, then only renamed: its sign-off stays current.
        golf = add(owned(u"Golf"_s, InfluenceLevel::HumanApproves));

        ok(WorkflowService(as(u"alice"_s)).submit(echo));
        ok(WorkflowService(as(u"ivan"_s)).sign(echo, SignOffKind::ItReview));
        edit(echo, [](AiSystem &s) { s.data.dataResidency = u"EU and US"_s; });

        ok(WorkflowService(as(u"alice"_s)).submit(golf));
        ok(WorkflowService(as(u"ivan"_s)).sign(golf, SignOffKind::ItReview));
        edit(golf, [](AiSystem &s) { s.name = u"Golf (renamed)"_s; });

        const QDateTime longAgo(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
        ok(WorkflowService(as(u"alice"_s, longAgo)).submit(foxtrot));
        ok(WorkflowService(as(u"ivan"_s, longAgo)).sign(foxtrot, SignOffKind::ItReview));
        ok(WorkflowService(as(u"olga"_s, longAgo)).sign(foxtrot, SignOffKind::Ownership));
        ok(WorkflowService(as(u"ivan"_s, longAgo)).approve(foxtrot, {u"fine"_s, {}, {}}));

        // Decision log: two overrides of Alpha and one of Bravo in November, an incident
        // of Charlie in September, and one of Alpha before the twelve months shown.
        DecisionLogService log(as(u"alice"_s));
        auto override = [&log](qint64 id, const QDate &date) {
            OverrideRequest request{{}, u"deny"_s, u"grant"_s, u"context"_s, QDateTime(date, QTime(12, 0), Qt::UTC)};
            ok(log.recordOverride(id, request));
        };
        override(alpha, QDate(2026, 11, 2));
        override(alpha, QDate(2026, 11, 3));
        override(bravo, QDate(2026, 11, 4));
        auto incident = [&log](qint64 id, const QDate &date) {
            IncidentRequest request;
            request.what = u"Wrong ranking"_s;
            request.occurredAt = QDateTime(date, QTime(12, 0), Qt::UTC);
            ok(log.recordIncident(id, request));
        };
        incident(charlie, QDate(2026, 9, 10));
        incident(alpha, QDate(2025, 10, 10));
    }

    void tilesCountExactlyTheirSystems()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.today, Today);
        QCOMPARE(m.systems.systemIds, ids({alpha, bravo, charlie, delta, echo, foxtrot, golf}));
        QCOMPARE(m.systems.value, 7);
        QCOMPARE(m.approved.systemIds, ids({foxtrot}));
        QCOMPARE(m.awaitingDecision.systemIds, ids({echo, golf}));
        QCOMPARE(m.reviewOverdue.systemIds, ids({alpha, foxtrot}));
        QVERIFY(m.reviewOverdue.alert);
        QCOMPARE(m.noAccountableOwner.systemIds, ids({bravo}));
        QCOMPARE(m.staleSignOffs.systemIds, ids({echo}));
        QCOMPARE(m.staleSignOffs.value, 1);

        QList<qint64> withGaps;
        for (const RegistryRow &row : rows())
            if (row.gapCount > 0)
                withGaps.append(row.id);
        std::sort(withGaps.begin(), withGaps.end());
        QVERIFY(!withGaps.isEmpty());
        QCOMPARE(m.withUnknowns.systemIds, withGaps);

        const QList<MetricElement> tiles = m.tiles();
        QCOMPARE(tiles.size(), 7);
        QCOMPARE(tiles.first().key, u"systems"_s);
        QCOMPARE(tiles.last().key, u"stale_sign_offs"_s);
    }

    void tiersAndStatesPartitionThePortfolio()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.byTier.size(), 4);
        for (const RegistryRow &row : rows()) {
            for (const MetricElement &tier : m.byTier)
                QCOMPARE(tier.systemIds.contains(row.id), tier.key == enumKey(row.riskTier));
        }
        QVERIFY(byKey(m.byTier, u"critical"_s)->systemIds.contains(echo));

        QCOMPARE(m.byState.size(), 7);
        QCOMPARE(byKey(m.byState, u"draft"_s)->systemIds, ids({alpha, bravo, charlie, delta}));
        QCOMPARE(byKey(m.byState, u"in_review"_s)->systemIds, ids({echo, golf}));
        QCOMPARE(byKey(m.byState, u"approved"_s)->systemIds, ids({foxtrot}));
        QCOMPARE(byKey(m.byState, u"rejected"_s)->value, 0);
    }

    void reviewScheduleHasOverdueThenTwelveMonths()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.reviewSchedule.size(), 13);
        QCOMPARE(m.reviewSchedule.at(0).key, u"overdue"_s);
        QCOMPARE(m.reviewSchedule.at(0).systemIds, ids({alpha, foxtrot}));
        QCOMPARE(m.reviewSchedule.at(1).key, u"2026-11"_s);
        QCOMPARE(m.reviewSchedule.at(1).systemIds, ids({charlie}));
        QCOMPARE(m.reviewSchedule.at(3).key, u"2027-01"_s);
        QCOMPARE(m.reviewSchedule.at(3).systemIds, ids({bravo}));
        QCOMPARE(m.reviewSchedule.at(12).key, u"2027-10"_s);
        int scheduled = 0;
        for (const MetricElement &month : m.reviewSchedule)
            scheduled += month.value;
        QCOMPARE(scheduled, 4); // Delta is retired; the rest have no review date
    }

    void boundaryMixCountsEachSystemOnce()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.boundaryMix.size(), BoundaryMixCount);
        QCOMPARE(byKey(m.boundaryMix, u"autonomous"_s)->systemIds, ids({bravo}));
        QCOMPARE(byKey(m.boundaryMix, u"unknown"_s)->systemIds, ids({charlie}));
        QCOMPARE(byKey(m.boundaryMix, u"human_approves"_s)->systemIds, ids({alpha, foxtrot, golf}));
        QCOMPARE(byKey(m.boundaryMix, u"advisory_only"_s)->value, 0);
        QCOMPARE(byKey(m.boundaryMix, u"prohibited"_s)->systemIds, ids({echo}));
        QCOMPARE(byKey(m.boundaryMix, u"not_documented"_s)->systemIds, ids({delta}));
    }

    void vendorsByConcentrationWithExitReadiness()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.vendors.size(), 2); // Fabrikam has no system
        QCOMPARE(m.vendors.at(0).vendorId, m_ready);
        QCOMPARE(m.vendors.at(0).systems.label, u"Northwind"_s);
        QCOMPARE(m.vendors.at(0).systems.systemIds, ids({alpha, bravo}));
        QCOMPARE(m.vendors.at(0).readiness, ExitReadiness::Ready);
        QCOMPARE(m.vendors.at(1).vendorId, m_notReady);
        QCOMPARE(m.vendors.at(1).systems.systemIds, ids({charlie}));
        QCOMPARE(m.vendors.at(1).readiness, ExitReadiness::NotReady);
        QCOMPARE(m.vendors.at(1).exitOptions, Rating::Weak);
        QCOMPARE(m.unknownVendor.systemIds, ids({delta}));
    }

    void overridesAndIncidentsPerMonth()
    {
        const PortfolioMetrics m = compute();
        QCOMPARE(m.overridesByMonth.size(), 12);
        QCOMPARE(m.overridesByMonth.first().key, u"2025-12"_s);
        QCOMPARE(m.overridesByMonth.last().key, u"2026-11"_s);
        QCOMPARE(m.overridesByMonth.last().value, 3);            // events
        QCOMPARE(m.overridesByMonth.last().systemIds, ids({alpha, bravo})); // distinct systems
        QCOMPARE(byKey(m.incidentsByMonth, u"2026-09"_s)->systemIds, ids({charlie}));
        int incidents = 0;
        for (const MetricElement &month : m.incidentsByMonth)
            incidents += month.value;
        QCOMPARE(incidents, 1); // October 2025 is outside the twelve months
    }

    void highAndCriticalSystemsHaveOnePositionEach()
    {
        const PortfolioMetrics m = compute();
        for (const RegistryRow &row : rows()) {
            int found = 0;
            for (const RiskPosition &position : m.riskPositions) {
                QVERIFY(position.tier == RiskTier::High || position.tier == RiskTier::Critical);
                QCOMPARE(position.systems.value, int(position.systems.systemIds.size()));
                if (position.systems.systemIds.contains(row.id)) {
                    ++found;
                    QCOMPARE(position.tier, row.riskTier);
                }
            }
            QCOMPARE(found, row.riskTier >= RiskTier::High ? 1 : 0);
        }
        // Echo: no autonomy, unknown answers, nothing external: likelihood 2; EU
        // prohibited practice: impact 2.
        auto echoPosition = std::find_if(m.riskPositions.cbegin(), m.riskPositions.cend(),
                                         [this](const RiskPosition &p) { return p.systems.systemIds.contains(echo); });
        QVERIFY(echoPosition != m.riskPositions.cend());
        QCOMPARE(echoPosition->tier, RiskTier::Critical);
        QCOMPARE(echoPosition->likelihood, 2);
        QCOMPARE(echoPosition->impact, 2);
    }

    void anEditChangesTheNumbers()
    {
        edit(bravo, [this](AiSystem &s) { s.ownership.accountableOwnerId = m_owner; });
        edit(charlie, [](AiSystem &s) { s.nextReview = QDate(2026, 11, 1); });
        const PortfolioMetrics m = compute();
        QVERIFY(m.noAccountableOwner.systemIds.isEmpty());
        QVERIFY(!m.noAccountableOwner.alert);
        QCOMPARE(m.reviewOverdue.systemIds, ids({alpha, charlie, foxtrot}));
    }

    void anEmptyRegisterHasEmptyElements()
    {
        auto scratch = std::make_unique<test::ScratchDatabase>(u"empty"_s);
        QVERIFY2(scratch->isValid(), qPrintable(scratch->error()));
        auto db = Database::open(scratch->location());
        QVERIFY(db.ok());
        const PortfolioMetrics m = ok(computePortfolioMetrics(**db, m_admin->policy(), Today));
        QCOMPARE(m.systems.value, 0);
        QCOMPARE(m.byTier.size(), 4);
        QCOMPARE(m.reviewSchedule.size(), 13);
        QVERIFY(m.vendors.isEmpty());
        QVERIFY(m.riskPositions.isEmpty());
        db->reset();
    }
};

QTEST_GUILESS_MAIN(TestPortfolioMetrics)
#include "tst_portfolio_metrics.moc"
