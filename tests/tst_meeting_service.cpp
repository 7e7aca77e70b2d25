// Review meetings through their services, as the CLI and the GUI use them: the agenda
// builds itself from every source that needs the board, can be reordered, trimmed and
// extended, decisions go through the approval workflow (its rules, refusals and audit)
// and are attributed to the board members present, and the minutes say what happened.
// Runs on SQLite and, as meeting_service_pg, on PostgreSQL.
#include "TestBackend.h"

#include "governance/DecisionLogService.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "meetings/AgendaBuilder.h"
#include "meetings/MeetingService.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QTest>
#include <QTimeZone>

#include <list>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);
const QDateTime Morning(Today, QTime(10, 0), QTimeZone::utc());

template <typename T>
void expectError(const Result<T> &result, ErrorCode code, const QString &fragment)
{
    QVERIFY2(!result.ok(), "expected a refusal");
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
}

void expectError(const Status &status, ErrorCode code, const QString &fragment)
{
    QVERIFY2(!status.ok(), "expected a refusal");
    QCOMPARE(status.error().code, code);
    QVERIFY2(status.error().message.contains(fragment), qPrintable(status.error().message));
}

} // namespace

class TestMeetingService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_admin;
    std::list<RegisterService> m_sessions;
    qint64 m_owner = 0;

    RegisterService &as(const QString &login, const QDateTime &now = Morning)
    {
        m_sessions.push_back(m_admin->actingAs(login));
        m_sessions.back().setNow(now);
        m_sessions.back().setToday(now.date());
        return m_sessions.back();
    }

    template <typename T>
    static T ok(Result<T> result)
    {
        if (!result.ok())
            qFatal("unexpected error: %s", qPrintable(result.error().message));
        return std::move(result).value();
    }

    qint64 addSystem(const QString &name, bool high, qint64 owner, qint64 vendor = 0)
    {
        AiSystem system;
        system.name = name;
        system.ownership.accountableOwnerId = owner;
        system.boundaries = {{u"Claim priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, u"Queue"_s, u"Score"_s}};
        system.data.dataResidency = u"EU"_s;
        system.vendorId = vendor;
        if (high)
            system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        if (Status status = as(u"alice"_s).addSystem(system); !status)
            qFatal("%s", qPrintable(status.error().message));
        return system.id;
    }

    // Submitted by alice, signed by ivan (IT) and olga (owner).
    void submitAndSign(qint64 id, const QDateTime &when = Morning)
    {
        QVERIFY(WorkflowService(as(u"alice"_s, when)).submit(id).ok());
        QVERIFY(WorkflowService(as(u"ivan"_s, when)).sign(id, SignOffKind::ItReview).ok());
        QVERIFY(WorkflowService(as(u"olga"_s, when)).sign(id, SignOffKind::Ownership).ok());
    }

    Meeting createMeeting(const QDate &date = Today, const QStringList &attendees = {u"bea"_s, u"bob"_s, u"ivan"_s})
    {
        return ok(MeetingService(as(u"bea"_s)).create(NewMeeting{date, u"AI governance board"_s, attendees, true}));
    }

    static QList<AgendaItem> itemsOf(const QList<AgendaItem> &items, AgendaItemKind kind)
    {
        QList<AgendaItem> found;
        for (const AgendaItem &item : items)
            if (item.kind == kind)
                found << item;
        return found;
    }

    static int positionOf(const QList<AgendaItem> &items, AgendaItemKind kind, qint64 systemId)
    {
        for (const AgendaItem &item : items)
            if (item.kind == kind && item.systemId == systemId)
                return item.position;
        return 0;
    }

    int auditCount(const QString &entityType)
    {
        int n = 0;
        const QList<AuditRecord> records = AuditStore(*m_db).entries().value();
        for (const AuditRecord &record : records)
            if (record.entityType == entityType)
                ++n;
        return n;
    }

    WorkflowState stateOf(qint64 systemId)
    {
        return ok(WorkflowService(*m_admin).status(systemId)).record.state;
    }

private slots:
    void init()
    {
        m_sessions.clear();
        m_admin.reset();
        m_db.reset();
        m_scratch = std::make_unique<test::ScratchDatabase>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        auto db = Database::open(m_scratch->location());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        m_admin = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_admin->setToday(Today);
        m_admin->setNow(Morning);
        QVERIFY(m_admin->initialise().ok());

        Person owner{0, u"Olga Petrova"_s, u"olga@example.org"_s, u"Head of Claims"_s, {}, {}};
        QVERIFY(m_db->transaction([&] { return PeopleRepository(*m_db).insert(owner, WriteContext{u"root"_s, {}}); }).ok());
        m_owner = owner.id;

        RolesService roles(*m_admin);
        QVERIFY(roles.addUser(u"alice"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"carl"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"ivan"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"bea"_s, {Role::Board}, u"Bea Lindqvist"_s).ok());
        QVERIFY(roles.addUser(u"bob"_s, {Role::Board, Role::Contributor}, u"Bob Achebe"_s).ok());
        QVERIFY(roles.addUser(u"bert"_s, {Role::Board}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, u"Olga Petrova"_s, m_owner).ok());
    }

    void theAgendaHasAnItemForEverySource()
    {
        Vendor vendor;
        vendor.name = u"Northwind Models"_s;
        vendor.contractEnd = Today.addDays(40);
        QVERIFY(m_db->transaction([&] { return VendorRepository(*m_db).insert(vendor, WriteContext{u"root"_s, {}}); }).ok());
        Vendor later;
        later.name = u"Later Labs"_s;
        later.contractEnd = Today.addDays(200);
        QVERIFY(m_db->transaction([&] { return VendorRepository(*m_db).insert(later, WriteContext{u"root"_s, {}}); }).ok());
        Vendor ended;
        ended.name = u"Bygone Analytics"_s;
        ended.contractEnd = Today.addDays(-10);
        QVERIFY(m_db->transaction([&] { return VendorRepository(*m_db).insert(ended, WriteContext{u"root"_s, {}}); }).ok());
        Vendor unused;
        unused.name = u"Idle Inc"_s;
        unused.contractEnd = Today.addDays(5); // no system depends on it
        QVERIFY(m_db->transaction([&] { return VendorRepository(*m_db).insert(unused, WriteContext{u"root"_s, {}}); }).ok());

        const qint64 needsBoard = addSystem(u"Credit scoring"_s, true, m_owner);
        submitAndSign(needsBoard);
        const qint64 ready = addSystem(u"Claims triage"_s, false, m_owner);
        submitAndSign(ready);
        const qint64 orphan = addSystem(u"Shadow chatbot"_s, false, 0);
        const qint64 vendored = addSystem(u"Invoice reader"_s, false, m_owner, vendor.id);
        addSystem(u"Later reader"_s, false, m_owner, later.id);
        addSystem(u"Legacy scorer"_s, false, m_owner, ended.id);

        // Approved almost two years ago: the medium tier's 12-month review has passed.
        const QDateTime longAgo(QDate(2025, 1, 10), QTime(9, 0), QTimeZone::utc());
        const qint64 overdue = addSystem(u"Fraud alerts"_s, false, m_owner);
        submitAndSign(overdue, longAgo);
        QVERIFY(WorkflowService(as(u"ivan"_s, longAgo)).approve(overdue, ReviewDecision{u"Fine."_s, {}, {}}).ok());

        // Approved, then changed materially: the approval went stale.
        const qint64 changed = addSystem(u"Route planner"_s, false, m_owner);
        submitAndSign(changed);
        QVERIFY(WorkflowService(as(u"ivan"_s)).approve(changed, ReviewDecision{u"Fine."_s, {}, {}}).ok());
        AiSystem system = ok(SystemRepository(*m_db).load(changed));
        system.data.dataResidency = u"EU and US"_s;
        QVERIFY(as(u"alice"_s).updateSystem(system).ok());

        // Incidents and overrides recorded this month.
        DecisionLogService log(as(u"alice"_s));
        QVERIFY(log.recordIncident(vendored, IncidentRequest{Severity::High, u"Wrong totals on 40 invoices"_s, 0, -1, {}}).ok());
        QVERIFY(log.recordIncident(vendored, IncidentRequest{Severity::Low, u"Slow batch"_s, 0, 15, {}}).ok());
        QVERIFY(log.recordOverride(ready, OverrideRequest{{}, u"Low priority"_s, u"Urgent"_s, u"Injury claim"_s, {}}).ok());

        const Meeting meeting = createMeeting();
        const QList<AgendaItem> items = ok(MeetingService(*m_admin).agenda(meeting.id));
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].position, i + 1);
            QVERIFY(items[i].id > 0);
            QVERIFY2(!items[i].reason.isEmpty(), qPrintable(items[i].title));
            QVERIFY(!items[i].manual);
        }

        const QList<AgendaItem> awaiting = itemsOf(items, AgendaItemKind::AwaitingDecision);
        QCOMPARE(awaiting.size(), 2);
        QCOMPARE(awaiting[0].systemId, ready); // "Claims triage" sorts before "Credit scoring"
        QVERIFY2(awaiting[0].reason.contains(u"ready for the board's decision"_s), qPrintable(awaiting[0].reason));
        QCOMPARE(awaiting[1].systemId, needsBoard);
        QVERIFY2(awaiting[1].reason.contains(u"board sign-off needed: 0 of 2"_s), qPrintable(awaiting[1].reason));

        const QList<AgendaItem> overdueItems = itemsOf(items, AgendaItemKind::OverdueReview);
        QCOMPARE(overdueItems.size(), 1);
        QCOMPARE(overdueItems[0].systemId, overdue);
        QVERIFY2(overdueItems[0].reason.contains(u"2026-01-10"_s), qPrintable(overdueItems[0].reason));

        const QList<AgendaItem> stale = itemsOf(items, AgendaItemKind::StaleSignOff);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale[0].systemId, changed);
        QVERIFY2(stale[0].reason.contains(u"dataSecurity.dataResidency"_s), qPrintable(stale[0].reason));

        const QList<AgendaItem> incidents = itemsOf(items, AgendaItemKind::NewIncidents);
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents[0].systemId, vendored);
        QVERIFY2(incidents[0].reason.contains(u"high"_s) && incidents[0].reason.contains(u"Slow batch"_s),
                 qPrintable(incidents[0].reason));

        const QList<AgendaItem> overrides = itemsOf(items, AgendaItemKind::NewOverrides);
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides[0].systemId, ready);
        QVERIFY2(overrides[0].reason.contains(u"Urgent"_s), qPrintable(overrides[0].reason));

        const QList<AgendaItem> gaps = itemsOf(items, AgendaItemKind::OwnershipGap);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].systemId, orphan);

        // Later Labs ends in 200 days (not yet); nothing depends on Idle Inc.
        const QList<AgendaItem> contracts = itemsOf(items, AgendaItemKind::ContractEnding);
        QCOMPARE(contracts.size(), 2);
        QCOMPARE(contracts[0].vendorId, ended.id); // "Bygone Analytics" sorts first
        QVERIFY2(contracts[0].reason.contains(u"ended on "_s + Today.addDays(-10).toString(Qt::ISODate))
                     && contracts[0].reason.contains(u"Legacy scorer"_s),
                 qPrintable(contracts[0].reason));
        QCOMPARE(contracts[1].vendorId, vendor.id);
        QCOMPARE(contracts[1].systemId, 0);
        QCOMPARE(contracts[1].title, u"Northwind Models"_s);
        QVERIFY2(contracts[1].reason.contains(Today.addDays(40).toString(Qt::ISODate))
                     && contracts[1].reason.contains(u"Invoice reader"_s),
                 qPrintable(contracts[1].reason));

        // Kinds come in a fixed order: decisions first, contracts last.
        QVERIFY(positionOf(items, AgendaItemKind::AwaitingDecision, ready)
                < positionOf(items, AgendaItemKind::OverdueReview, overdue));
        QCOMPARE(items.constLast().kind, AgendaItemKind::ContractEnding);
        QCOMPARE(auditCount(u"meeting"_s), 1);
        QCOMPARE(auditCount(u"meeting_agenda"_s), 1);
    }

    void tierChangesSinceTheLastMeetingAreOnTheAgenda()
    {
        const qint64 id = addSystem(u"Claims triage"_s, false, m_owner);
        const qint64 other = addSystem(u"Route planner"_s, false, m_owner);
        const Meeting first = createMeeting(Today.addDays(-30));
        QVERIFY(itemsOf(ok(MeetingService(*m_admin).agenda(first.id)), AgendaItemKind::TierChange).isEmpty());

        AiSystem system = ok(SystemRepository(*m_db).load(id));
        system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        QVERIFY(as(u"alice"_s).updateSystem(system).ok());

        const Meeting second = createMeeting();
        const QList<AgendaItem> changes = itemsOf(ok(MeetingService(*m_admin).agenda(second.id)), AgendaItemKind::TierChange);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].systemId, id);
        QVERIFY2(changes[0].reason.contains(u"from medium to critical"_s)
                     && changes[0].reason.contains(Today.addDays(-30).toString(Qt::ISODate)),
                 qPrintable(changes[0].reason));
        Q_UNUSED(other);
    }

    void itemsCanBeReorderedRemovedAndAdded()
    {
        const qint64 a = addSystem(u"Alpha"_s, false, 0);
        const qint64 b = addSystem(u"Bravo"_s, false, 0);
        const qint64 c = addSystem(u"Charlie"_s, false, 0);
        const Meeting meeting = createMeeting();
        MeetingService service(as(u"bea"_s));
        auto systems = [&]() {
            QList<qint64> ids;
            for (const AgendaItem &item : ok(service.agenda(meeting.id)))
                ids << item.systemId;
            return ids;
        };
        QCOMPARE(systems(), (QList<qint64>{a, b, c}));

        QVERIFY(service.moveItem(meeting.id, 3, 1).ok());
        QCOMPARE(systems(), (QList<qint64>{c, a, b}));
        QVERIFY(service.removeItem(meeting.id, 2).ok());
        QCOMPARE(systems(), (QList<qint64>{c, b}));

        const AgendaItem added = ok(service.addItem(meeting.id, ManualItem{u"Vendor strategy 2027"_s,
                                                                           u"Asked for by the CFO"_s, 0, 1}));
        QVERIFY(added.manual);
        QCOMPARE(added.position, 1);
        QCOMPARE(added.kind, AgendaItemKind::Manual);
        const AgendaItem bySystem = ok(service.addItem(meeting.id, ManualItem{{}, {}, a, 0}));
        QCOMPARE(bySystem.title, u"Alpha"_s);
        QCOMPARE(bySystem.position, 4);
        QCOMPARE(systems(), (QList<qint64>{0, c, b, a}));

        expectError(service.moveItem(meeting.id, 1, 9), ErrorCode::InvalidInput, u"no agenda item 9"_s);
        expectError(service.removeItem(meeting.id, 0), ErrorCode::InvalidInput, u"no agenda item 0"_s);
        expectError(service.addItem(meeting.id, ManualItem{}), ErrorCode::InvalidInput, u"title"_s);

        // Rebuilding keeps the manual items and brings back what still needs the board.
        const QList<AgendaItem> rebuilt = ok(service.rebuildAgenda(meeting.id));
        QCOMPARE(rebuilt.size(), 5);
        QCOMPARE(rebuilt[0].title, u"Vendor strategy 2027"_s);
        QVERIFY(rebuilt[1].manual);
        QCOMPARE(itemsOf(rebuilt, AgendaItemKind::OwnershipGap).size(), 3);

        // Every change is one audited write; a contributor may not prepare meetings.
        QCOMPARE(auditCount(u"meeting_agenda"_s), 1 + 4 + 1);
        expectError(MeetingService(as(u"carl"_s)).moveItem(meeting.id, 1, 2), ErrorCode::NotPermitted, u"board"_s);
        expectError(MeetingService(as(u"carl"_s)).create(NewMeeting{Today, u"Board"_s, {u"carl"_s}, true}),
                    ErrorCode::NotPermitted, u"board or it_reviewer"_s);
        expectError(MeetingService(as(u"bea"_s)).create(NewMeeting{Today, u"Board"_s, {u"nobody"_s}, true}),
                    ErrorCode::InvalidInput, u"nobody"_s);
        QCOMPARE(ok(service.meetings()).size(), 1);
    }

    void decisionsGoThroughTheWorkflow()
    {
        const qint64 ready = addSystem(u"Claims triage"_s, false, m_owner);
        submitAndSign(ready);
        const qint64 high = addSystem(u"Credit scoring"_s, true, m_owner);
        submitAndSign(high);
        const qint64 doomed = addSystem(u"Emotion detector"_s, false, m_owner);
        submitAndSign(doomed);
        const qint64 vague = addSystem(u"Route planner"_s, false, m_owner);
        submitAndSign(vague);
        const Meeting meeting = createMeeting();
        MeetingService bea(as(u"bea"_s, Morning.addSecs(3600)));
        const QList<AgendaItem> items = ok(bea.agenda(meeting.id));
        const int readyAt = positionOf(items, AgendaItemKind::AwaitingDecision, ready);
        const int highAt = positionOf(items, AgendaItemKind::AwaitingDecision, high);
        const int doomedAt = positionOf(items, AgendaItemKind::AwaitingDecision, doomed);
        const int vagueAt = positionOf(items, AgendaItemKind::AwaitingDecision, vague);
        QVERIFY(readyAt && highAt && doomedAt && vagueAt);

        DecisionRequest approve{readyAt, MeetingOutcome::ApproveWithConditions, u"Accuracy is good."_s,
                                u"Quarterly accuracy report."_s, QDate(2027, 6, 30), {}, false};
        const MeetingDecision decided = ok(bea.decide(meeting.id, approve));
        QCOMPARE(decided.workflowState, u"approved"_s);
        QCOMPARE(decided.boardMembers, (QStringList{u"bea"_s, u"bob"_s})); // ivan attends, not on the board
        QCOMPARE(decided.recordedBy, u"bea"_s);
        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(ready));
        QCOMPARE(status.record.state, WorkflowState::Approved);
        QCOMPARE(status.record.approvedBy, u"bea"_s);
        QCOMPARE(status.record.approvalConditions, u"Quarterly accuracy report."_s);
        QCOMPARE(status.record.approvalExpires, QDate(2027, 6, 30));
        QVERIFY2(status.record.decisionReason.contains(u"decided by bea, bob"_s), qPrintable(status.record.decisionReason));
        QCOMPARE(status.history.constLast().actor, u"bea"_s);

        // The high-risk system needs a board sign-off first: the workflow refuses, nothing is written.
        const int auditBefore = int(AuditStore(*m_db).count().value());
        expectError(bea.decide(meeting.id, DecisionRequest{highAt, MeetingOutcome::Approve, u"Looks fine."_s, {}, {}, {}, false}),
                    ErrorCode::Conflict, u"Missing"_s);
        QCOMPARE(int(AuditStore(*m_db).count().value()), auditBefore);
        QCOMPARE(ok(bea.decisions(meeting.id)).size(), 1);
        // ... and with --sign the recording member gives the second one (critical risk: two
        // board members), in the same transaction as the approval.
        QVERIFY(WorkflowService(as(u"bob"_s)).sign(high, SignOffKind::Board).ok());
        const MeetingDecision signedApproval = ok(bea.decide(
            meeting.id, DecisionRequest{highAt, MeetingOutcome::Approve, u"Looks fine."_s, {}, {}, {u"bea"_s}, true}));
        QCOMPARE(signedApproval.boardMembers, QStringList{u"bea"_s});
        QCOMPARE(stateOf(high), WorkflowState::Approved);

        QCOMPARE(ok(bea.decide(meeting.id, DecisionRequest{doomedAt, MeetingOutcome::Reject, u"Prohibited practice."_s,
                                                           {}, {}, {}, false})).workflowState,
                 u"rejected"_s);
        QCOMPARE(stateOf(doomed), WorkflowState::Rejected);
        QCOMPARE(ok(bea.decide(meeting.id, DecisionRequest{vagueAt, MeetingOutcome::RequestInformation,
                                                           u"Which depots use it?"_s, {}, {}, {}, false})).workflowState,
                 u"changes_requested"_s);
        QCOMPARE(stateOf(vague), WorkflowState::ChangesRequested);

        QCOMPARE(ok(bea.decisions(meeting.id)).size(), 4);
        QCOMPARE(auditCount(u"meeting_decision"_s), 4);
        // Each approval also left its workflow audit entry.
        int approvals = 0;
        const QList<AuditRecord> records = AuditStore(*m_db).entries().value();
        for (const AuditRecord &record : records)
            if (record.entityType == u"workflow"_s && record.action == u"approve"_s && record.actor == u"bea"_s)
                ++approvals;
        QCOMPARE(approvals, 2);
    }

    void deferringChangesNoWorkflow()
    {
        const qint64 id = addSystem(u"Shadow chatbot"_s, false, 0);
        const Meeting meeting = createMeeting();
        const MeetingDecision deferred = ok(MeetingService(as(u"bob"_s)).decide(
            meeting.id, DecisionRequest{1, MeetingOutcome::Defer, u"Owner to be named first."_s, {}, {}, {}, false}));
        QVERIFY(deferred.workflowState.isEmpty());
        QCOMPARE(deferred.systemId, id);
        QCOMPARE(stateOf(id), WorkflowState::Draft);
    }

    void refusals()
    {
        const qint64 mine = addSystem(u"Bob's tool"_s, false, m_owner);
        QVERIFY(WorkflowService(as(u"bob"_s)).submit(mine).ok());
        QVERIFY(WorkflowService(as(u"ivan"_s)).sign(mine, SignOffKind::ItReview).ok());
        QVERIFY(WorkflowService(as(u"olga"_s)).sign(mine, SignOffKind::Ownership).ok());
        const Meeting meeting = createMeeting();
        const DecisionRequest approve{1, MeetingOutcome::Approve, u"Fine."_s, {}, {}, {}, false};

        expectError(MeetingService(as(u"carl"_s)).decide(meeting.id, approve), ErrorCode::NotPermitted, u"board role"_s);
        expectError(MeetingService(as(u"ivan"_s)).decide(meeting.id, approve), ErrorCode::NotPermitted, u"board role"_s);
        expectError(MeetingService(as(u"bert"_s)).decide(meeting.id, approve), ErrorCode::NotPermitted,
                    u"not an attendee"_s);
        // Separation of duties, from the workflow: bob submitted it.
        expectError(MeetingService(as(u"bob"_s)).decide(meeting.id, approve), ErrorCode::NotPermitted,
                    u"Separation of duties"_s);
        MeetingService bea(as(u"bea"_s));
        expectError(bea.decide(meeting.id, DecisionRequest{1, MeetingOutcome::Approve, u"  "_s, {}, {}, {}, false}),
                    ErrorCode::InvalidInput, u"rationale"_s);
        expectError(bea.decide(meeting.id, DecisionRequest{1, MeetingOutcome::ApproveWithConditions, u"Ok"_s, {}, {}, {}, false}),
                    ErrorCode::InvalidInput, u"conditions"_s);
        expectError(bea.decide(meeting.id, DecisionRequest{1, MeetingOutcome::Approve, u"Ok"_s, {}, {}, {u"ivan"_s}, false}),
                    ErrorCode::InvalidInput, u"not a board member"_s);
        expectError(bea.decide(meeting.id, DecisionRequest{7, MeetingOutcome::Approve, u"Ok"_s, {}, {}, {}, false}),
                    ErrorCode::InvalidInput, u"no agenda item 7"_s);
        QCOMPARE(ok(bea.decisions(meeting.id)).size(), 0);
        QCOMPARE(stateOf(mine), WorkflowState::InReview);

        QVERIFY(bea.decide(meeting.id, approve).ok());
        expectError(bea.decide(meeting.id, approve), ErrorCode::Conflict, u"already has a decision"_s);
        expectError(bea.removeItem(meeting.id, 1), ErrorCode::Conflict, u"recorded decision"_s);
        expectError(MeetingService(as(u"ivan"_s)).close(meeting.id), ErrorCode::NotPermitted, u"board role"_s);
        QCOMPARE(ok(bea.close(meeting.id)).status, MeetingStatus::Closed);
        expectError(bea.decide(meeting.id, approve), ErrorCode::Conflict, u"closed"_s);
        expectError(bea.addItem(meeting.id, ManualItem{u"Late topic"_s, {}, 0, 0}), ErrorCode::Conflict, u"closed"_s);
        expectError(bea.agenda(99), ErrorCode::InvalidInput, u"no meeting 99"_s);
    }

    void minutesSayWhatWasRecorded()
    {
        const qint64 ready = addSystem(u"Claims triage"_s, false, m_owner);
        submitAndSign(ready);
        addSystem(u"Shadow chatbot"_s, false, 0);
        const Meeting meeting = createMeeting(Today, {u"bea"_s, u"bob"_s, u"ivan"_s});
        MeetingService bea(as(u"bea"_s));
        const int readyAt = positionOf(ok(bea.agenda(meeting.id)), AgendaItemKind::AwaitingDecision, ready);
        QVERIFY(bea.decide(meeting.id, DecisionRequest{readyAt, MeetingOutcome::ApproveWithConditions,
                                                       u"Accuracy is good."_s, u"Quarterly report; human review"_s,
                                                       {}, {}, false}).ok());
        QVERIFY(bea.addItem(meeting.id, ManualItem{u"Vendor strategy 2027"_s, u"Asked for by the CFO"_s, 0, 0}).ok());

        const QString markdown = ok(bea.minutes(meeting.id, MinutesFormat::Markdown));
        QVERIFY2(markdown.startsWith(u"# Minutes: AI governance board, 2026-11-26\n"_s), qPrintable(markdown));
        for (const QString &expected :
             {u"Bea Lindqvist (bea), Bob Achebe (bob)"_s, u"Also attending:** ivan"_s, u"Claims triage"_s,
              u"**Decision:** Approve with conditions"_s, u"**Conditions:** Quarterly report; human review"_s,
              u"**Rationale:** Accuracy is good."_s, u"**Workflow:** now approved"_s, u"Shadow chatbot"_s,
              u"**Decision:** none recorded"_s, u"Vendor strategy 2027"_s, u"Asked for by the CFO"_s,
              u"- Approve with conditions: 1"_s, u"provisional"_s}) {
            QVERIFY2(markdown.contains(expected), qPrintable(expected + u"\n---\n"_s + markdown));
        }
        QVERIFY(bea.close(meeting.id).ok());
        const QString text = ok(bea.minutes(meeting.id, MinutesFormat::PlainText));
        QVERIFY2(!text.contains(u"**"_s) && !text.contains(u"# "_s), qPrintable(text));
        QVERIFY2(text.contains(u"Decision: Approve with conditions"_s) && text.contains(u"closed on 2026-11-26"_s),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMeetingService)
#include "tst_meeting_service.moc"
