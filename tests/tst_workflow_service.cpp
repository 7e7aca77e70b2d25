// The approval workflow through its services, as the CLI and the GUI use them: every
// transition and every refusal on a real database, sign-offs bound to content and
// going stale, re-review triggers, the inbox, and the audit entry of every step.
#include "domain/Json.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);

void expectError(const Error &error, ErrorCode code, const QString &fragment)
{
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void expectError(const Status &status, ErrorCode code, const QString &fragment)
{
    QVERIFY2(!status.ok(), "expected a refusal");
    expectError(status.error(), code, fragment);
}

template <typename T>
void expectError(const Result<T> &result, ErrorCode code, const QString &fragment)
{
    QVERIFY2(!result.ok(), "expected a refusal");
    expectError(result.error(), code, fragment);
}

} // namespace

class TestWorkflowService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_admin;
    qint64 m_ownerPerson = 0;
    qint64 m_system = 0;
    std::list<RegisterService> m_sessions; // the services hold references to them

    // A session acting as LOGIN on the test's database, alive until the next test.
    RegisterService &as(const QString &login, const QDateTime &now = QDateTime(Today, QTime(10, 0), Qt::UTC))
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

    // A system owned by Olga (its tier follows from its gaps: medium under the default
    // policy); HIGH classifies it as EU high-risk.
    qint64 addSystem(const QString &name, bool high)
    {
        AiSystem system;
        system.name = name;
        system.ownership.accountableOwnerId = m_ownerPerson;
        system.boundaries = {{u"Claim priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, u"Queue"_s, u"Score"_s}};
        system.data.dataResidency = u"EU"_s;
        if (high)
            system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        RegisterService alice = as(u"alice"_s);
        if (Status status = alice.addSystem(system); !status)
            qFatal("%s", qPrintable(status.error().message));
        return system.id;
    }

    int auditCount(const QString &entityType, const QString &action = {})
    {
        int n = 0;
        const QList<AuditRecord> records = AuditStore(*m_db).entries().value();
        for (const AuditRecord &record : records)
            if (record.entityType == entityType && (action.isEmpty() || record.action == action))
                ++n;
        return n;
    }

    // Submitted by alice, signed by ivan (IT) and olga (owner): ready to approve.
    void readyForApproval(qint64 id)
    {
        RegisterService alice = as(u"alice"_s);
        RegisterService ivan = as(u"ivan"_s);
        RegisterService olga = as(u"olga"_s);
        ok(WorkflowService(alice).submit(id));
        ok(WorkflowService(ivan).sign(id, SignOffKind::ItReview));
        ok(WorkflowService(olga).sign(id, SignOffKind::Ownership));
    }

private slots:
    void init()
    {
        m_sessions.clear();
        m_admin.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_admin = std::make_unique<RegisterService>(*m_db, WriteContext{u"root"_s, {}});
        m_admin->setToday(Today);
        QVERIFY(m_admin->initialise().ok());

        Person owner{0, u"Olga Petrova"_s, u"olga@example.org"_s, u"Head of Claims"_s, {}, {}};
        QVERIFY(m_db->transaction([&] { return PeopleRepository(*m_db).insert(owner, WriteContext{u"root"_s, {}}); }).ok());
        m_ownerPerson = owner.id;

        RolesService roles(*m_admin);
        QVERIFY(roles.addUser(u"alice"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"carl"_s, {Role::Contributor}).ok());
        QVERIFY(roles.addUser(u"ivan"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"irene"_s, {Role::ItReviewer}).ok());
        QVERIFY(roles.addUser(u"bea"_s, {Role::Board}).ok());
        QVERIFY(roles.addUser(u"bob"_s, {Role::Board}).ok());
        QVERIFY(roles.addUser(u"olga"_s, {}, u"Olga Petrova"_s, m_ownerPerson).ok());
        QVERIFY(roles.addUser(u"vera"_s, {Role::Viewer}).ok());
        m_system = addSystem(u"Claims triage assistant"_s, false);
    }

    void aSystemStartsAsDraft()
    {
        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QCOMPARE(status.record.state, WorkflowState::Draft);
        QCOMPARE(status.record.cycle, 0);
        QCOMPARE(status.record.version, 0);
        QCOMPARE(status.contentSha256, contentSha256(canonicalBytes(ok(SystemRepository(*m_db).load(m_system)))));
        QVERIFY(ok(WorkflowService(*m_admin).states()).isEmpty());
    }

    void theWholeWayToApprovalIsAudited()
    {
        const int before = int(AuditStore(*m_db).count().value());
        readyForApproval(m_system);
        RegisterService ivan = as(u"ivan"_s);
        const WorkflowRecord approved = ok(WorkflowService(ivan).approve(
            m_system, ReviewDecision{u"Boundaries and escalation reviewed."_s, u"Monthly accuracy report."_s,
                                     QDate(2027, 3, 31)}));
        QCOMPARE(approved.state, WorkflowState::Approved);
        QCOMPARE(approved.cycle, 1);
        QCOMPARE(approved.approvedBy, u"ivan"_s);
        QCOMPARE(approved.approvalConditions, u"Monthly accuracy report."_s);
        QCOMPARE(approved.approvalExpires, QDate(2027, 3, 31));
        QCOMPARE(approved.approvedTier, ok(WorkflowService(*m_admin).status(m_system)).tier);

        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QCOMPARE(status.record.approvedContentSha256, status.contentSha256);
        QCOMPARE(status.record.approvedContent, status.content);
        QVERIFY(!status.needsReapproval());
        QCOMPARE(status.reviewDue, Today.addMonths(m_admin->policy().reviewCadenceMonths(status.tier)));
        QCOMPARE(status.history.size(), 2);
        QCOMPARE(status.history[0].action, WorkflowAction::Submit);
        QCOMPARE(status.history[0].actor, u"alice"_s);
        QCOMPARE(status.history[1].action, WorkflowAction::Approve);
        QCOMPARE(status.history[1].from, WorkflowState::InReview);
        QCOMPARE(status.history[1].to, WorkflowState::Approved);
        QCOMPARE(status.history[1].reason, u"Boundaries and escalation reviewed."_s);
        QCOMPARE(ok(WorkflowService(*m_admin).states()).value(m_system), WorkflowState::Approved);

        // submit + 2 sign-offs + approve: each row with its audit entry.
        QCOMPARE(int(AuditStore(*m_db).count().value()) - before, 2 + 2 + 2);
        QCOMPARE(auditCount(u"workflow"_s, u"submit"_s), 1);
        QCOMPARE(auditCount(u"workflow"_s, u"approve"_s), 1);
        QCOMPARE(auditCount(u"workflow_event"_s), 2);
        QCOMPARE(auditCount(u"sign_off"_s, u"sign"_s), 2);
    }

    void requestChangesThenResubmitKeepsTheCycle()
    {
        RegisterService alice = as(u"alice"_s);
        RegisterService ivan = as(u"ivan"_s);
        ok(WorkflowService(alice).submit(m_system));
        ok(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview));
        WorkflowRecord record = ok(WorkflowService(ivan).requestChanges(m_system, u"Name the IT contact."_s));
        QCOMPARE(record.state, WorkflowState::ChangesRequested);
        expectError(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::Conflict, u"changes requested"_s);
        expectError(WorkflowService(as(u"olga"_s)).sign(m_system, SignOffKind::Ownership), ErrorCode::Conflict,
                    u"Sign-offs are given while a system is in review"_s);
        record = ok(WorkflowService(alice).submit(m_system, u"IT contact named."_s));
        QCOMPARE(record.state, WorkflowState::InReview);
        QCOMPARE(record.cycle, 1);
        // The IT review of the same cycle still counts: nothing material changed.
        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QCOMPARE(status.signOffs.requirements[0].present(), 1);
    }

    void rejectThenResubmitStartsANewCycle()
    {
        readyForApproval(m_system);
        RegisterService irene = as(u"irene"_s);
        QCOMPARE(ok(WorkflowService(irene).reject(m_system, u"Duplicate of an approved system."_s)).state,
                 WorkflowState::Rejected);
        const WorkflowRecord again = ok(WorkflowService(as(u"alice"_s)).submit(m_system));
        QCOMPARE(again.cycle, 2);
        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QVERIFY(status.signOffs.signOffs.isEmpty()); // earlier sign-offs belong to cycle 1
        QVERIFY(!status.signOffs.complete());
        QCOMPARE(ok(WorkflowService(*m_admin).signOffHistory(m_system)).size(), 2);
    }

    void suspendReinstateRetire()
    {
        readyForApproval(m_system);
        RegisterService ivan = as(u"ivan"_s);
        ok(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}));
        expectError(WorkflowService(ivan).retire(m_system, u"done"_s), ErrorCode::Conflict, u"Suspend it first"_s);
        expectError(WorkflowService(as(u"alice"_s)).suspend(m_system, u"incident"_s), ErrorCode::NotPermitted,
                    u"Roles:"_s);
        QCOMPARE(ok(WorkflowService(ivan).suspend(m_system, u"Critical incident"_s)).state, WorkflowState::Suspended);
        expectError(WorkflowService(as(u"root"_s)).reinstate(m_system, u"fixed"_s), ErrorCode::NotPermitted,
                    u"administrators"_s);
        QCOMPARE(ok(WorkflowService(as(u"bea"_s)).reinstate(m_system, u"Root cause fixed"_s)).state,
                 WorkflowState::Approved);
        ok(WorkflowService(ivan).suspend(m_system, u"Vendor deprecation"_s));
        QCOMPARE(ok(WorkflowService(ivan).retire(m_system, u"Replaced"_s)).state, WorkflowState::Retired);
        expectError(WorkflowService(as(u"alice"_s)).submit(m_system), ErrorCode::Conflict, u"retired"_s);

        // A retired record is kept as it was.
        AiSystem system = ok(SystemRepository(*m_db).load(m_system));
        system.purpose = u"changed"_s;
        RegisterService alice = as(u"alice"_s);
        expectError(alice.updateSystem(system), ErrorCode::Conflict, u"retired"_s);
    }

    void refusalsNameTheRule()
    {
        RegisterService alice = as(u"alice"_s);
        RegisterService vera = as(u"vera"_s);
        RegisterService root = as(u"root"_s);
        RegisterService ivan = as(u"ivan"_s);

        // Wrong role.
        expectError(WorkflowService(vera).submit(m_system), ErrorCode::NotPermitted, u"Roles:"_s);
        expectError(WorkflowService(as(u"stranger"_s)).submit(m_system), ErrorCode::NotPermitted,
                    u"not a Charter account"_s);
        ok(WorkflowService(alice).submit(m_system));
        expectError(WorkflowService(as(u"carl"_s)).sign(m_system, SignOffKind::ItReview), ErrorCode::NotPermitted,
                    u"it_reviewer role"_s);
        expectError(WorkflowService(as(u"carl"_s)).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::NotPermitted,
                    u"it_reviewer or board"_s);
        // Own submission.
        expectError(WorkflowService(alice).sign(m_system, SignOffKind::Ownership), ErrorCode::NotPermitted,
                    u"you submitted this system, so you cannot sign it"_s);
        // Admin approving or signing (root is admin and contributor).
        expectError(WorkflowService(root).sign(m_system, SignOffKind::ItReview), ErrorCode::NotPermitted,
                    u"Separation of duties: administrators"_s);
        // Only the accountable owner's account signs ownership.
        expectError(WorkflowService(ivan).sign(m_system, SignOffKind::Ownership), ErrorCode::NotPermitted,
                    u"Ownership:"_s);
        // A board sign-off is not asked for at low risk.
        expectError(WorkflowService(as(u"bea"_s)).sign(m_system, SignOffKind::Board), ErrorCode::InvalidInput,
                    u"does not ask for"_s);
        // Approving without the sign-offs.
        expectError(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::Conflict,
                    u"every required sign-off"_s);
        ok(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview));
        expectError(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview), ErrorCode::Conflict, u"already signed"_s);
        ok(WorkflowService(as(u"olga"_s)).sign(m_system, SignOffKind::Ownership));
        expectError(WorkflowService(root).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::NotPermitted,
                    u"administrators manage users, roles and policy but cannot approve"_s);
        // A reason is required; an expiry must lie ahead.
        expectError(WorkflowService(ivan).approve(m_system, {u"  "_s, {}, {}}), ErrorCode::InvalidInput, u"reason"_s);
        expectError(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, Today}), ErrorCode::InvalidInput,
                    u"not after today"_s);
        // The submitter of this cycle may not decide, even with the reviewer role.
        QVERIFY(RolesService(*m_admin).setRoles(u"alice"_s, {Role::Contributor, Role::ItReviewer}).ok());
        expectError(WorkflowService(alice).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::NotPermitted,
                    u"Separation of duties: you submitted this system, so you cannot approve it."_s);
        // Nothing of the refused attempts was written.
        QCOMPARE(ok(WorkflowService(*m_admin).status(m_system)).record.state, WorkflowState::InReview);
        QCOMPARE(auditCount(u"workflow"_s), 1);
        ok(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}));
    }

    void highRiskNeedsTwoDistinctBoardMembersWhenCritical()
    {
        // Make the policy ask for two board members at high risk too: a new policy version.
        Policy policy = m_admin->policy();
        QCOMPARE(policy.requiredSignOffs(RiskTier::High), (RequiredSignOffs{1, 1, 1}));
        QCOMPARE(policy.requiredSignOffs(RiskTier::Critical), (RequiredSignOffs{1, 1, 2}));

        const qint64 id = addSystem(u"Prohibited scoring"_s, false);
        AiSystem system = ok(SystemRepository(*m_db).load(id));
        system.regulatory.euAiActCategory = EuAiActCategory::Prohibited; // critical floor
        RegisterService alice = as(u"alice"_s);
        QVERIFY(alice.updateSystem(system).ok());
        readyForApproval(id);
        WorkflowStatus status = ok(WorkflowService(*m_admin).status(id));
        QCOMPARE(status.tier, RiskTier::Critical);
        QCOMPARE(status.signOffs.required.board, 2);

        RegisterService bea = as(u"bea"_s);
        ok(WorkflowService(bea).sign(id, SignOffKind::Board));
        expectError(WorkflowService(bea).sign(id, SignOffKind::Board), ErrorCode::NotPermitted,
                    u"must come from different board members"_s);
        expectError(WorkflowService(as(u"ivan"_s)).approve(id, {u"ok"_s, {}, {}}), ErrorCode::Conflict,
                    u"Governance board: 1 of 2"_s);
        ok(WorkflowService(as(u"bob"_s)).sign(id, SignOffKind::Board));
        QCOMPARE(ok(WorkflowService(as(u"ivan"_s)).approve(id, {u"ok"_s, {}, {}})).approvedTier, RiskTier::Critical);
    }

    void aMaterialChangeMakesSignOffsStale()
    {
        readyForApproval(m_system);
        const QString signedHash = ok(WorkflowService(*m_admin).status(m_system)).contentSha256;

        // A wording change is shown but keeps the sign-offs current.
        AiSystem system = ok(SystemRepository(*m_db).load(m_system));
        system.purpose = u"Sorts claims by urgency."_s;
        RegisterService carl = as(u"carl"_s);
        QVERIFY(carl.updateSystem(system).ok());
        WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QVERIFY(status.signOffs.complete());
        QCOMPARE(status.signOffs.signOffs[0].changes.size(), 1);
        QVERIFY(!status.signOffs.signOffs[0].changes[0].material);

        // A material one makes them stale: the diff says what changed.
        system = ok(SystemRepository(*m_db).load(m_system));
        system.data.dataResidency = u"EU and US"_s;
        QVERIFY(carl.updateSystem(system).ok());
        status = ok(WorkflowService(*m_admin).status(m_system));
        QVERIFY(!status.signOffs.complete());
        const SignOffStatus &it = status.signOffs.signOffs[0];
        QVERIFY(!it.current);
        QCOMPARE(it.signOff.contentSha256, signedHash);
        QCOMPARE(materialOnly(it.changes).size(), 1);
        QCOMPARE(materialOnly(it.changes)[0].path, u"dataSecurity.dataResidency"_s);
        QCOMPARE(materialOnly(it.changes)[0].before.toString(), u"EU"_s);
        QCOMPARE(materialOnly(it.changes)[0].after.toString(), u"EU and US"_s);

        // Approving on stale sign-offs is refused; re-signing restores them.
        RegisterService ivan = as(u"ivan"_s);
        expectError(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}), ErrorCode::Conflict,
                    u"re-sign required"_s);
        // The content the signer was shown must still be the stored one.
        expectError(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview, SignRequest{{}, signedHash}),
                    ErrorCode::Conflict, u"changed since it was shown to you"_s);
        ok(WorkflowService(ivan).sign(m_system, SignOffKind::ItReview, SignRequest{{}, status.contentSha256}));
        ok(WorkflowService(as(u"olga"_s)).sign(m_system, SignOffKind::Ownership));
        status = ok(WorkflowService(*m_admin).status(m_system));
        QVERIFY(status.signOffs.complete());
        QCOMPARE(status.signOffs.signOffs.size(), 2);
        ok(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}));
    }

    void aMaterialChangeAfterApprovalNeedsReapproval()
    {
        readyForApproval(m_system);
        ok(WorkflowService(as(u"ivan"_s)).approve(m_system, {u"ok"_s, {}, {}}));
        AiSystem system = ok(SystemRepository(*m_db).load(m_system));
        system.name = u"Claims triage"_s; // not material
        RegisterService alice = as(u"alice"_s);
        QVERIFY(alice.updateSystem(system).ok());
        QVERIFY(!ok(WorkflowService(*m_admin).status(m_system)).needsReapproval());

        system = ok(SystemRepository(*m_db).load(m_system));
        system.boundaries[0].influence = InfluenceLevel::Autonomous;
        QVERIFY(alice.updateSystem(system).ok());
        WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QCOMPARE(status.record.state, WorkflowState::Approved);
        QVERIFY(status.needsReapproval());
        QCOMPARE(status.reapproval.first().kind, ReapprovalReason::Kind::MaterialChange);
        QCOMPARE(status.reapproval.first().changes.first().path, u"boundaries[0].influence"_s);
        // Recorded once, in the history and the audit trail, by whoever changed it.
        QCOMPARE(status.history.last().action, WorkflowAction::ReapprovalRequired);
        QCOMPARE(status.history.last().actor, u"alice"_s);
        QVERIFY(status.history.last().reason.contains(u"boundaries[0].influence"_s));
        system = ok(SystemRepository(*m_db).load(m_system));
        system.data.dataResidency = u"US"_s;
        QVERIFY(alice.updateSystem(system).ok());
        QCOMPARE(ok(WorkflowService(*m_admin).status(m_system)).history.size(), 3);
        QCOMPARE(auditCount(u"workflow_event"_s), 3);

        // Suspended, it cannot simply be reinstated; a re-review starts a new cycle.
        RegisterService ivan = as(u"ivan"_s);
        ok(WorkflowService(ivan).suspend(m_system, u"Check the change"_s));
        expectError(WorkflowService(ivan).reinstate(m_system, u"fine"_s), ErrorCode::Conflict,
                    u"Submit it for re-review"_s);
        const WorkflowRecord review = ok(WorkflowService(alice).submit(m_system, u"Re-review after the change"_s));
        QCOMPARE(review.state, WorkflowState::InReview);
        QCOMPARE(review.cycle, 2);
    }

    void theReviewDatePassing()
    {
        readyForApproval(m_system);
        // Approved the tier's review cadence and a day before "today".
        const int months = m_admin->policy().reviewCadenceMonths(ok(WorkflowService(*m_admin).status(m_system)).tier);
        RegisterService ivan = as(u"ivan"_s, QDateTime(Today.addMonths(-months).addDays(-1), QTime(9, 0), Qt::UTC));
        ok(WorkflowService(ivan).approve(m_system, {u"ok"_s, {}, {}}));
        const WorkflowStatus status = ok(WorkflowService(*m_admin).status(m_system));
        QVERIFY(status.needsReapproval());
        QCOMPARE(status.reapproval.first().kind, ReapprovalReason::Kind::ReviewDue);
        QCOMPARE(status.reviewDue, Today.addDays(-1));
        // Reviewers and the owner see it in their inbox; the submitter does not.
        const QList<InboxItem> irene = ok(WorkflowService(as(u"irene"_s)).inbox());
        QCOMPARE(irene.size(), 1);
        QCOMPARE(irene.first().task, InboxItem::Task::ReReview);
        QCOMPARE(ok(WorkflowService(as(u"olga"_s)).inbox()).size(), 1);
        QVERIFY(ok(WorkflowService(as(u"carl"_s)).inbox()).isEmpty());
        // Re-review: a new cycle, new sign-offs.
        const WorkflowRecord again = ok(WorkflowService(as(u"alice"_s)).submit(m_system));
        QCOMPARE(again.cycle, 2);
        QVERIFY(!ok(WorkflowService(*m_admin).status(m_system)).signOffs.complete());
    }

    void theInboxSaysWhatWaitsForWhom()
    {
        RegisterService alice = as(u"alice"_s);
        ok(WorkflowService(alice).submit(m_system));
        // "sign:it_review", "decide", ...
        const auto tasks = [&](const QString &login) {
            QStringList result;
            for (const InboxItem &item : ok(WorkflowService(as(login)).inbox())) {
                switch (item.task) {
                case InboxItem::Task::Sign:
                    result << u"sign:"_s + enumKey(item.kind);
                    break;
                case InboxItem::Task::Resign:
                    result << u"re-sign:"_s + enumKey(item.kind);
                    break;
                case InboxItem::Task::Decide:
                    result << u"decide"_s;
                    break;
                case InboxItem::Task::AddressChanges:
                    result << u"address-changes"_s;
                    break;
                case InboxItem::Task::ReReview:
                    result << u"re-review"_s;
                    break;
                }
            }
            return result;
        };
        using T = InboxItem::Task;
        QCOMPARE(tasks(u"ivan"_s), QStringList{u"sign:it_review"_s});
        QCOMPARE(tasks(u"olga"_s), QStringList{u"sign:ownership"_s});
        QVERIFY(tasks(u"alice"_s).isEmpty()); // her own submission
        QVERIFY(tasks(u"root"_s).isEmpty());  // admin
        QVERIFY(tasks(u"bea"_s).isEmpty());   // low risk: no board
        QVERIFY(tasks(u"vera"_s).isEmpty());

        ok(WorkflowService(as(u"ivan"_s)).sign(m_system, SignOffKind::ItReview));
        ok(WorkflowService(as(u"olga"_s)).sign(m_system, SignOffKind::Ownership));
        QCOMPARE(tasks(u"irene"_s), QStringList{u"decide"_s});
        QCOMPARE(tasks(u"ivan"_s), QStringList{u"decide"_s}); // signing does not bar deciding

        AiSystem system = ok(SystemRepository(*m_db).load(m_system));
        system.data.personalData = Answer::Yes;
        QVERIFY(alice.updateSystem(system).ok());
        const QList<InboxItem> olga = ok(WorkflowService(as(u"olga"_s)).inbox());
        QCOMPARE(olga.size(), 1);
        QCOMPARE(olga.first().task, T::Resign);
        QCOMPARE(olga.first().kind, SignOffKind::Ownership);

        ok(WorkflowService(as(u"irene"_s)).requestChanges(m_system, u"Explain the personal data."_s));
        const QList<InboxItem> back = ok(WorkflowService(alice).inbox());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().task, T::AddressChanges);
        QVERIFY(back.first().text.contains(u"Explain the personal data."_s));
    }

    void availableActionsFollowTheRules()
    {
        const auto actions = [&](const QString &login) { return ok(WorkflowService(as(login)).available(m_system)); };
        QCOMPARE(actions(u"alice"_s).actions, (QList<WorkflowAction>{WorkflowAction::Submit}));
        QCOMPARE(actions(u"ivan"_s).actions, (QList<WorkflowAction>{WorkflowAction::Submit, WorkflowAction::Retire}));
        QVERIFY(actions(u"vera"_s).actions.isEmpty());
        QCOMPARE(actions(u"root"_s).actions, (QList<WorkflowAction>{WorkflowAction::Submit})); // admin and contributor
        ok(WorkflowService(as(u"alice"_s)).submit(m_system));
        QCOMPARE(actions(u"ivan"_s).actions,
                 (QList<WorkflowAction>{WorkflowAction::RequestChanges, WorkflowAction::Reject}));
        QCOMPARE(actions(u"ivan"_s).signable, QList<SignOffKind>{SignOffKind::ItReview});
        QCOMPARE(actions(u"olga"_s).signable, QList<SignOffKind>{SignOffKind::Ownership});
        QVERIFY(actions(u"alice"_s).actions.isEmpty());
        QVERIFY(actions(u"alice"_s).signable.isEmpty());
        ok(WorkflowService(as(u"ivan"_s)).sign(m_system, SignOffKind::ItReview));
        ok(WorkflowService(as(u"olga"_s)).sign(m_system, SignOffKind::Ownership));
        QVERIFY(actions(u"ivan"_s).signable.isEmpty());
        QCOMPARE(actions(u"irene"_s).actions, (QList<WorkflowAction>{WorkflowAction::Approve,
                                                                    WorkflowAction::RequestChanges,
                                                                    WorkflowAction::Reject}));
    }

    void registerWritesNeedAnEditingRole()
    {
        AiSystem system;
        system.name = u"Viewer's system"_s;
        RegisterService vera = as(u"vera"_s);
        expectError(vera.addSystem(system), ErrorCode::NotPermitted, u"Roles:"_s);
        RegisterService olga = as(u"olga"_s); // an owner, but no editing role
        expectError(olga.addSystem(system), ErrorCode::NotPermitted, u"contributor, it_reviewer or board"_s);
        AiSystem stored = ok(SystemRepository(*m_db).load(m_system));
        stored.purpose = u"x"_s;
        expectError(vera.updateSystem(stored), ErrorCode::NotPermitted, u"Roles:"_s);
        expectError(vera.importPortfolio(Portfolio{}, {}), ErrorCode::NotPermitted, u"Roles:"_s);
        RegisterService bea = as(u"bea"_s);
        QVERIFY(bea.addSystem(system).ok());
    }

    // statuses() of more systems than it reads by key reads every table once: each
    // status must be what status() reads system by system, in every state.
    void manyStatusesAreEachSystemsStatus()
    {
        QList<qint64> ids{m_system};
        for (int i = 0; ids.size() <= WorkflowService::ReadByKeyUpTo + 2; ++i)
            ids.append(addSystem(u"System %1"_s.arg(i), i >= 9 && i % 2 == 0)); // high: untouched
        RegisterService alice = as(u"alice"_s);
        RegisterService ivan = as(u"ivan"_s);
        ok(WorkflowService(alice).submit(ids[1]));                              // in review, nothing signed
        ok(WorkflowService(alice).submit(ids[2]));
        ok(WorkflowService(ivan).sign(ids[2], SignOffKind::ItReview));          // in review, one of two
        readyForApproval(ids[3]);                                               // every sign-off in
        readyForApproval(ids[4]);
        ok(WorkflowService(ivan).approve(ids[4], {u"ok"_s, {}, {}}));           // approved
        readyForApproval(ids[5]);
        ok(WorkflowService(ivan).approve(ids[5], {u"ok"_s, {}, {}}));
        AiSystem changed = ok(SystemRepository(*m_db).load(ids[5]));
        changed.boundaries[0].influence = InfluenceLevel::Autonomous;
        QVERIFY(alice.updateSystem(changed).ok());                              // needs re-approval
        readyForApproval(ids[6]);
        ok(WorkflowService(ivan).reject(ids[6], u"Duplicate"_s));
        ok(WorkflowService(as(u"carl"_s)).submit(ids[6]));                      // cycle 2, another submitter
        ok(WorkflowService(alice).submit(ids[7]));
        ok(WorkflowService(ivan).requestChanges(ids[7], u"Name the IT contact."_s));
        ok(WorkflowService(alice).submit(ids[8]));
        ok(WorkflowService(ivan).requestChanges(ids[8], u"Name the IT contact."_s));
        ok(WorkflowService(as(u"carl"_s)).submit(ids[8]));                      // same cycle, two submitters

        const QHash<qint64, WorkflowStatus> all = ok(WorkflowService(*m_admin).statuses(ids));
        QCOMPARE(all.size(), ids.size());
        for (const qint64 id : std::as_const(ids)) {
            const WorkflowStatus one = ok(WorkflowService(*m_admin).status(id));
            const WorkflowStatus &many = all[id];
            QCOMPARE(many.systemId, id);
            QCOMPARE(many.systemName, one.systemName);
            QCOMPARE(many.record, one.record);
            QCOMPARE(many.tier, one.tier);
            QCOMPARE(many.policyVersion, one.policyVersion);
            QCOMPARE(many.content, one.content);
            QCOMPARE(many.contentSha256, one.contentSha256);
            QCOMPARE(many.signOffs.signOffs, one.signOffs.signOffs);
            QCOMPARE(many.signOffs.requirements, one.signOffs.requirements);
            QCOMPARE(many.signOffs.missing(), one.signOffs.missing());
            QCOMPARE(many.submitters, one.submitters);
            QCOMPARE(many.reapproval, one.reapproval);
            QCOMPARE(many.reviewDue, one.reviewDue);
            QCOMPARE(many.history, one.history);
        }
        // The states above are all there (so the comparison covered each).
        QCOMPARE(all[ids[1]].record.state, WorkflowState::InReview);
        QCOMPARE(all[ids[2]].signOffs.signOffs.size(), 1);
        QVERIFY(all[ids[3]].signOffs.complete());
        QVERIFY(!all[ids[4]].needsReapproval());
        QCOMPARE(all[ids[5]].reapproval.first().kind, ReapprovalReason::Kind::MaterialChange);
        QCOMPARE(all[ids[6]].record.cycle, 2);
        QCOMPARE(all[ids[6]].submitters, QStringList{u"carl"_s});
        QCOMPARE(all[ids[7]].record.state, WorkflowState::ChangesRequested);
        QCOMPARE(all[ids[8]].submitters, (QStringList{u"alice"_s, u"carl"_s}));
        QCOMPARE(all[ids[9]].record.state, WorkflowState::Draft);

        // An unknown system: the error status() gives.
        QList<qint64> withUnknown = ids;
        withUnknown.append(999999);
        const Result<QHash<qint64, WorkflowStatus>> unknown = WorkflowService(*m_admin).statuses(withUnknown);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, WorkflowService(*m_admin).status(999999).error().message);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "tst_workflow_service.moc"
