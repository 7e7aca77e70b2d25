// The decision log: human overrides and incidents, the response-time target each
// incident is measured against, breaches, acknowledgement, permissions and audit.
#include "governance/DecisionLogService.h"
#include "governance/RolesService.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Incident incident(int target, int acknowledged, const QDateTime &occurred = Now.addSecs(-3600))
{
    Incident i;
    i.occurredAt = occurred;
    i.targetMinutes = target;
    i.acknowledgedAfterMinutes = acknowledged;
    return i;
}

} // namespace

class TestWorkflowDecisionLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_admin;
    qint64 m_system = 0;
    qint64 m_oncall = 0;
    qint64 m_manager = 0;
    qint64 m_owner = 0;
    int m_databases = 0;

    RegisterService as(const QString &login)
    {
        RegisterService session = m_admin->actingAs(login);
        session.setNow(Now);
        return session;
    }

    qint64 addPerson(const QString &name)
    {
        Person person{0, name, {}, {}, {}, {}};
        if (!m_db->transaction([&] { return PeopleRepository(*m_db).insert(person, WriteContext{u"root"_s, {}}); }))
            qFatal("cannot add a person");
        return person.id;
    }

private slots:
    void init()
    {
        m_admin.reset();
        m_db.reset();
        // One file per test and data row.
        auto db = Database::open(m_dir.filePath(u"%1-%2.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                    .arg(++m_databases)));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_admin = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_admin->setToday(Now.date());
        m_admin->setNow(Now);
        QVERIFY(m_admin->initialise().ok());
        m_oncall = addPerson(u"Sam On-call"_s);
        m_manager = addPerson(u"Mia Manager"_s);
        m_owner = addPerson(u"Olga Owner"_s);

        AiSystem system;
        system.name = u"Invoice anomaly detector"_s;
        system.ownership.accountableOwnerId = m_owner;
        system.escalation = {{Severity::High, m_oncall, u"pager"_s, 30},
                             {Severity::High, m_manager, u"phone"_s, 120},
                             {Severity::Low, m_oncall, u"ticket"_s, -1}};
        QVERIFY(m_admin->addSystem(system).ok()); // root is admin and contributor
        m_system = system.id;
        RolesService roles(*m_admin);
        QVERIFY(roles.addUser(u"carl"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, {}, m_owner).ok());
        QVERIFY(roles.addUser(u"vera"_s, {}).ok());
        QVERIFY(roles.addUser(u"adam"_s, {Role::Admin}).ok());
    }

    void timingAgainstTheTarget_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("acknowledged");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("breached");
        using S = IncidentTiming::Status;
        QTest::newRow("within") << 30 << 12 << int(S::WithinTarget) << false;
        QTest::newRow("exactly on target") << 30 << 30 << int(S::WithinTarget) << false;
        QTest::newRow("late") << 30 << 45 << int(S::Breached) << true;
        QTest::newRow("no target, acknowledged") << -1 << 500 << int(S::NoTarget) << false;
        QTest::newRow("waiting, within") << 90 << -1 << int(S::Awaiting) << false;
        QTest::newRow("waiting, overdue") << 30 << -1 << int(S::Overdue) << true;
        QTest::newRow("no target, waiting") << -1 << -1 << int(S::NoTarget) << false;
    }

    void timingAgainstTheTarget()
    {
        QFETCH(int, target);
        QFETCH(int, acknowledged);
        QFETCH(int, status);
        QFETCH(bool, breached);
        const IncidentTiming timing = incidentTiming(incident(target, acknowledged), Now); // occurred 60 min ago
        QCOMPARE(int(timing.status), status);
        QCOMPARE(timing.breached(), breached);
        QVERIFY(!timing.text.isEmpty());
        if (status == int(IncidentTiming::Status::Breached))
            QVERIFY2(timing.text.contains(u"breached by 15 min"_s), qPrintable(timing.text));
    }

    void targetComesFromTheEscalationPath()
    {
        AiSystem system;
        system.escalation = {{Severity::High, 11, u"pager"_s, 30}, {Severity::High, 12, u"phone"_s, 120}};
        QCOMPARE(escalationTarget(system, Severity::High, 0).personId, 11);
        QCOMPARE(escalationTarget(system, Severity::High, 0).minutes, 30);
        QCOMPARE(escalationTarget(system, Severity::High, 12).minutes, 120);
        QCOMPARE(escalationTarget(system, Severity::High, 99).minutes, 30); // not on the path: first step
        QCOMPARE(escalationTarget(system, Severity::Critical, 0).minutes, -1); // a gap
    }

    void incidentsAreRecordedWithTheirTarget()
    {
        RegisterService carl = as(u"carl"_s);
        DecisionLogService log(carl);
        IncidentRequest late;
        late.severity = Severity::High;
        late.what = u"Flagged every invoice of one supplier"_s;
        late.acknowledgedAfterMinutes = 45;
        const Incident first = log.recordIncident(m_system, late).value();
        QCOMPARE(first.escalatedToId, m_oncall); // the first step for high
        QCOMPARE(first.targetMinutes, 30);
        QCOMPARE(first.recordedBy, u"carl"_s);
        QCOMPARE(first.occurredAt, Now);

        IncidentRequest manager = late;
        manager.escalatedToId = m_manager;
        manager.acknowledgedAfterMinutes = 100;
        manager.occurredAt = Now.addDays(-2);
        const Incident second = log.recordIncident(m_system, manager).value();
        QCOMPARE(second.targetMinutes, 120);

        IncidentRequest open;
        open.severity = Severity::Critical;
        open.what = u"Outage"_s;
        const Incident third = log.recordIncident(m_system, open).value();
        QCOMPARE(third.targetMinutes, -1); // no critical step: a gap, not a breach
        QCOMPARE(third.escalatedToId, 0);

        const DecisionLogView view = log.log(m_system).value();
        QCOMPARE(view.incidents.size(), 3);
        QCOMPARE(view.incidents.first().id, second.id); // by time
        QCOMPARE(view.breaches, 1);

        // A later acknowledgement, once.
        const Incident acknowledged = log.acknowledgeIncident(third.id, 20).value();
        QCOMPARE(acknowledged.acknowledgedAfterMinutes, 20);
        const Result<Incident> again = log.acknowledgeIncident(third.id, 25);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(log.acknowledgeIncident(999, 5).error().code, ErrorCode::InvalidInput);

        // Changing the path later does not rewrite the stored target.
        AiSystem system = SystemRepository(*m_db).load(m_system).value();
        system.escalation[0].responseMinutes = 60;
        QVERIFY(carl.updateSystem(system).ok());
        const QList<Incident> stored = log.log(m_system).value().incidents;
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const Incident &i) { return i.id == first.id; });
        QVERIFY(it != stored.end());
        QCOMPARE(it->targetMinutes, 30);

        int audited = 0;
        const QList<AuditRecord> records = AuditStore(*m_db).entries().value();
        for (const AuditRecord &record : records)
            audited += record.entityType == u"incident"_s ? 1 : 0;
        QCOMPARE(audited, 4); // three recorded, one acknowledged
    }

    void overridesAreRecorded()
    {
        RegisterService olga = as(u"olga"_s); // the owner, without an editing role
        OverrideRequest request;
        request.decision = u"Hold on a suspicious payment"_s;
        request.recommended = u"Hold the payment"_s;
        request.decided = u"Released it after calling the supplier"_s;
        request.reason = u"Known supplier; bank details confirmed by phone."_s;
        request.occurredAt = Now.addDays(-1);
        const Override entry = DecisionLogService(olga).recordOverride(m_system, request).value();
        QVERIFY(entry.id > 0);
        QCOMPARE(entry.recordedBy, u"olga"_s);
        QCOMPARE(entry.occurredAt, Now.addDays(-1));
        QCOMPARE(entry.recordedAt, Now);
        const DecisionLogView view = DecisionLogService(olga).log(m_system).value();
        QCOMPARE(view.overrides.size(), 1);
        QCOMPARE(view.overrides.first(), entry);

        OverrideRequest incomplete = request;
        incomplete.reason = u" "_s;
        QCOMPARE(DecisionLogService(olga).recordOverride(m_system, incomplete).error().code, ErrorCode::InvalidInput);
        const QList<AuditRecord> records = AuditStore(*m_db).entries().value();
        QCOMPARE(records.last().entityType, u"override"_s);
        QCOMPARE(records.last().actor, u"olga"_s);
        QCOMPARE(records.last().reason, request.reason);
    }

    void onlyContributorsAndOwnersRecord()
    {
        OverrideRequest request{{}, u"a"_s, u"b"_s, u"c"_s, {}};
        IncidentRequest incident;
        incident.what = u"x"_s;
        for (const QString &login : {u"vera"_s, u"adam"_s, u"nobody"_s}) {
            RegisterService session = as(login);
            QCOMPARE(DecisionLogService(session).recordOverride(m_system, request).error().code, ErrorCode::NotPermitted);
            QCOMPARE(DecisionLogService(session).recordIncident(m_system, incident).error().code, ErrorCode::NotPermitted);
        }
        RegisterService carl = as(u"carl"_s);
        QVERIFY(DecisionLogService(carl).recordOverride(m_system, request).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowDecisionLog)
#include "tst_workflow_decision_log.moc"
