// The workflow's rules as pure functions: every transition of the state diagram,
// re-approval triggers (review date, expiry, material change, tier), sign-off
// staleness and the content diff.
#include "domain/Json.h"
#include "governance/SignOff.h"
#include "governance/Workflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

Q_DECLARE_METATYPE(charter::WorkflowState)
Q_DECLARE_METATYPE(charter::WorkflowAction)

namespace {

AiSystem sampleSystem()
{
    AiSystem system;
    system.id = 7;
    system.name = u"Claims triage assistant"_s;
    system.purpose = u"Sorts incoming claims by urgency."_s;
    system.ownership.accountableOwnerId = 3;
    system.boundaries = {{u"Claim priority"_s, InfluenceLevel::HumanApproves, u"Always"_s, {}, {}}};
    system.escalation = {{Severity::High, 4, u"pager"_s, 30}};
    system.data.dataResidency = u"EU"_s;
    system.vendorId = 2;
    return system;
}

WorkflowRecord approvedRecord(const AiSystem &system, const QDate &on, RiskTier tier)
{
    WorkflowRecord record;
    record.systemId = system.id;
    record.state = WorkflowState::Approved;
    record.cycle = 1;
    record.approvedAt = QDateTime(on, QTime(10, 0), Qt::UTC);
    record.approvedBy = u"ivan"_s;
    record.approvedContent = canonicalBytes(system);
    record.approvedContentSha256 = contentSha256(record.approvedContent);
    record.approvedTier = tier;
    record.approvedPolicyVersion = 1;
    record.version = 2;
    return record;
}

SignOff signOff(qint64 id, SignOffKind kind, const QString &signer, qint64 person, const AiSystem &system,
                int cycle = 1)
{
    SignOff s;
    s.id = id;
    s.systemId = system.id;
    s.cycle = cycle;
    s.kind = kind;
    s.signer = signer;
    s.signerPersonId = person;
    s.content = canonicalBytes(system);
    s.contentSha256 = contentSha256(s.content);
    return s;
}

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

private slots:
    void everyTransition_data()
    {
        QTest::addColumn<WorkflowState>("from");
        QTest::addColumn<WorkflowAction>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<WorkflowState>("to");
        QTest::addColumn<bool>("newCycle");

        using S = WorkflowState;
        using A = WorkflowAction;
        struct Allowed {
            S from;
            A action;
            S to;
            bool newCycle;
        };
        const QList<Allowed> allowed = {
            {S::Draft, A::Submit, S::InReview, true},
            {S::ChangesRequested, A::Submit, S::InReview, false},
            {S::Rejected, A::Submit, S::InReview, true},
            {S::Approved, A::Submit, S::InReview, true},
            {S::Suspended, A::Submit, S::InReview, true},
            {S::InReview, A::Approve, S::Approved, false},
            {S::InReview, A::RequestChanges, S::ChangesRequested, false},
            {S::InReview, A::Reject, S::Rejected, false},
            {S::Approved, A::Suspend, S::Suspended, false},
            {S::Suspended, A::Reinstate, S::Approved, false},
            {S::Draft, A::Retire, S::Retired, false},
            {S::ChangesRequested, A::Retire, S::Retired, false},
            {S::Rejected, A::Retire, S::Retired, false},
            {S::Suspended, A::Retire, S::Retired, false},
        };
        // Every pair of state and action: the table above is the whole diagram.
        for (const auto &state : enumEntries<WorkflowState>()) {
            for (const auto &action : enumEntries<WorkflowAction>()) {
                const auto it = std::find_if(allowed.begin(), allowed.end(), [&](const Allowed &a) {
                    return a.from == state.value && a.action == action.value;
                });
                const QByteArray tag = QByteArray(state.key) + " " + action.key;
                if (it != allowed.end())
                    QTest::newRow(tag.constData()) << state.value << action.value << true << it->to << it->newCycle;
                else
                    QTest::newRow(tag.constData()) << state.value << action.value << false << state.value << false;
            }
        }
    }

    void everyTransition()
    {
        QFETCH(WorkflowState, from);
        QFETCH(WorkflowAction, action);
        QFETCH(bool, allowed);
        QFETCH(WorkflowState, to);
        QFETCH(bool, newCycle);
        const Result<WorkflowState> next = Workflow::next(from, action, u"Claims triage assistant"_s);
        QCOMPARE(next.ok(), allowed);
        QCOMPARE(Workflow::startsNewCycle(from, action), newCycle);
        QCOMPARE(Workflow::actionsFrom(from).contains(action), allowed);
        if (allowed) {
            QCOMPARE(*next, to);
        } else {
            QCOMPARE(next.error().code, ErrorCode::Conflict);
            // The refusal names the system and its state.
            QVERIFY2(next.error().message.contains(u"Claims triage assistant"_s), qPrintable(next.error().message));
            QVERIFY2(next.error().message.contains(enumLabel(from).toLower()), qPrintable(next.error().message));
        }
    }

    void retiredIsFinal()
    {
        QVERIFY(Workflow::actionsFrom(WorkflowState::Retired).isEmpty());
    }

    void diffNamesFieldPaths()
    {
        const AiSystem before = sampleSystem();
        AiSystem after = before;
        after.purpose = u"Sorts claims."_s;
        after.data.dataResidency = u"EU and US"_s;
        after.boundaries[0].influence = InfluenceLevel::Autonomous;
        after.boundaries.append({u"Claim rejection"_s, InfluenceLevel::AdvisoryOnly, {}, {}, {}});
        after.version = 9; // bookkeeping is not content
        const QList<FieldChange> changes = diffContent(canonicalBytes(before), canonicalBytes(after));
        QStringList paths;
        for (const FieldChange &change : changes)
            paths << change.path;
        QCOMPARE(paths, QStringList({u"boundaries[0].influence"_s, u"boundaries[1]"_s,
                                     u"dataSecurity.dataResidency"_s, u"purpose"_s}));
        QCOMPARE(changes[0].before.toString(), u"human_approves"_s);
        QCOMPARE(changes[0].after.toString(), u"autonomous"_s);
        QVERIFY(changes[1].before.isNull());
        QVERIFY(changes[1].after.isObject());
        QCOMPARE(changes[2].before.toString(), u"EU"_s);
        QCOMPARE(changes[2].after.toString(), u"EU and US"_s);
        QVERIFY(changes[0].material && changes[1].material && changes[2].material);
        QVERIFY(!changes[3].material);
        QCOMPARE(materialOnly(changes).size(), 3);
        QVERIFY(diffContent(canonicalBytes(before), canonicalBytes(before)).isEmpty());
    }

    void materialSections_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("material");
        QTest::newRow("owner") << u"ownership.accountableOwnerId"_s << true;
        QTest::newRow("boundary") << u"boundaries[2].humanIntervention"_s << true;
        QTest::newRow("data") << u"dataSecurity.personalData"_s << true;
        QTest::newRow("vendor") << u"vendorId"_s << true;
        QTest::newRow("vendor unknown") << u"vendorUnknown"_s << true;
        QTest::newRow("regulatory") << u"regulatory.euAiActCategory"_s << true;
        QTest::newRow("name") << u"name"_s << false;
        QTest::newRow("purpose") << u"purpose"_s << false;
        QTest::newRow("escalation") << u"escalation[0].channel"_s << false;
        QTest::newRow("next review") << u"nextReview"_s << false;
        QTest::newRow("prefix is not enough") << u"vendorIdentity"_s << false;
    }

    void materialSections()
    {
        QFETCH(QString, path);
        QFETCH(bool, material);
        QCOMPARE(isMaterialPath(path), material);
    }

    void signOffGoesStaleOnMaterialChangeOnly()
    {
        const AiSystem signedSystem = sampleSystem();
        const RequiredSignOffs required{1, 1, 0};
        const QList<SignOff> signOffs = {signOff(1, SignOffKind::ItReview, u"ivan"_s, 0, signedSystem),
                                         signOff(2, SignOffKind::Ownership, u"olga"_s, 3, signedSystem)};

        SignOffEvaluation same = evaluateSignOffs(signOffs, canonicalBytes(signedSystem), RiskTier::Low, required, 1);
        QVERIFY(same.complete());
        QVERIFY(same.missing().isEmpty());

        AiSystem reworded = signedSystem;
        reworded.purpose = u"Sorts claims."_s;
        SignOffEvaluation cosmetic = evaluateSignOffs(signOffs, canonicalBytes(reworded), RiskTier::Low, required, 1);
        QVERIFY(cosmetic.complete());
        QCOMPARE(cosmetic.signOffs[0].changes.size(), 1); // shown, but not material
        QVERIFY(cosmetic.signOffs[0].current);

        AiSystem moved = signedSystem;
        moved.data.dataResidency = u"US"_s;
        SignOffEvaluation stale = evaluateSignOffs(signOffs, canonicalBytes(moved), RiskTier::Low, required, 1);
        QVERIFY(!stale.complete());
        QVERIFY(!stale.signOffs[0].current);
        QCOMPARE(stale.requirements[0].staleSigners, QStringList{u"ivan"_s});
        QCOMPARE(stale.signOffs[0].changes.first().path, u"dataSecurity.dataResidency"_s);
        QVERIFY(stale.missing().join(u' ').contains(u"re-sign required: ivan"_s));

        // Re-signing the new content replaces the stale one.
        QList<SignOff> resigned = signOffs;
        resigned << signOff(3, SignOffKind::ItReview, u"ivan"_s, 0, moved)
                 << signOff(4, SignOffKind::Ownership, u"olga"_s, 3, moved);
        SignOffEvaluation again = evaluateSignOffs(resigned, canonicalBytes(moved), RiskTier::Low, required, 1);
        QVERIFY(again.complete());
        QCOMPARE(again.signOffs.size(), 2);
        QCOMPARE(again.signOffs[0].signOff.id, 3);
    }

    void onlyTheCurrentCycleCounts()
    {
        const AiSystem system = sampleSystem();
        const QList<SignOff> signOffs = {signOff(1, SignOffKind::ItReview, u"ivan"_s, 0, system, 1),
                                         signOff(2, SignOffKind::Ownership, u"olga"_s, 3, system, 1)};
        const SignOffEvaluation next = evaluateSignOffs(signOffs, canonicalBytes(system), RiskTier::Low,
                                                        RequiredSignOffs{1, 1, 0}, 2);
        QVERIFY(!next.complete());
        QVERIFY(next.signOffs.isEmpty());
    }

    void boardSignOffsCountOncePerPerson()
    {
        const AiSystem system = sampleSystem();
        const RequiredSignOffs critical{1, 1, 2};
        QList<SignOff> signOffs = {signOff(1, SignOffKind::ItReview, u"ivan"_s, 0, system),
                                   signOff(2, SignOffKind::Ownership, u"olga"_s, 3, system),
                                   signOff(3, SignOffKind::Board, u"bea"_s, 5, system),
                                   signOff(4, SignOffKind::Board, u"bea"_s, 5, system)};
        SignOffEvaluation evaluation = evaluateSignOffs(signOffs, canonicalBytes(system), RiskTier::Critical, critical, 1);
        QVERIFY(!evaluation.complete());
        QCOMPARE(evaluation.requirements[2].present(), 1);
        // Two accounts that speak for the same person are still one person.
        signOffs << signOff(5, SignOffKind::Board, u"bea-admin"_s, 5, system);
        evaluation = evaluateSignOffs(signOffs, canonicalBytes(system), RiskTier::Critical, critical, 1);
        QCOMPARE(evaluation.requirements[2].present(), 1);
        signOffs << signOff(6, SignOffKind::Board, u"bob"_s, 6, system);
        evaluation = evaluateSignOffs(signOffs, canonicalBytes(system), RiskTier::Critical, critical, 1);
        QVERIFY(evaluation.complete());
    }

    void reapprovalWhenTheReviewDatePasses()
    {
        const Policy policy = Policy::defaultPolicy(); // high: every 6 months
        const AiSystem system = sampleSystem();
        const WorkflowRecord record = approvedRecord(system, QDate(2026, 1, 15), RiskTier::High);
        QCOMPARE(reviewDueDate(record, RiskTier::High, policy), QDate(2026, 7, 15));
        QVERIFY(reapprovalReasons(record, canonicalBytes(system), RiskTier::High, policy, QDate(2026, 7, 15)).isEmpty());
        const QList<ReapprovalReason> late =
            reapprovalReasons(record, canonicalBytes(system), RiskTier::High, policy, QDate(2026, 7, 16));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, ReapprovalReason::Kind::ReviewDue);
        QCOMPARE(late.first().date, QDate(2026, 7, 15));
        QVERIFY2(late.first().text.contains(u"2026-07-15"_s), qPrintable(late.first().text));
        // A tier that rose shortens the cadence (critical: 3 months).
        QCOMPARE(reviewDueDate(record, RiskTier::Critical, policy), QDate(2026, 4, 15));
        // Suspended systems keep their approval and its clock; other states have none.
        WorkflowRecord suspended = record;
        suspended.state = WorkflowState::Suspended;
        QCOMPARE(reapprovalReasons(suspended, canonicalBytes(system), RiskTier::High, policy, QDate(2026, 8, 1)).size(), 1);
        WorkflowRecord inReview = record;
        inReview.state = WorkflowState::InReview;
        QVERIFY(reapprovalReasons(inReview, canonicalBytes(system), RiskTier::High, policy, QDate(2027, 8, 1)).isEmpty());
    }

    void reapprovalWhenTheApprovalExpires()
    {
        const AiSystem system = sampleSystem();
        WorkflowRecord record = approvedRecord(system, QDate(2026, 1, 15), RiskTier::Low);
        record.approvalExpires = QDate(2026, 3, 31);
        const Policy policy = Policy::defaultPolicy();
        QVERIFY(reapprovalReasons(record, canonicalBytes(system), RiskTier::Low, policy, QDate(2026, 3, 31)).isEmpty());
        const QList<ReapprovalReason> reasons =
            reapprovalReasons(record, canonicalBytes(system), RiskTier::Low, policy, QDate(2026, 4, 1));
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().kind, ReapprovalReason::Kind::ApprovalExpired);
    }

    void reapprovalOnMaterialChangeOnly()
    {
        const Policy policy = Policy::defaultPolicy();
        const AiSystem system = sampleSystem();
        const WorkflowRecord record = approvedRecord(system, QDate(2026, 1, 15), RiskTier::Medium);
        const QDate today(2026, 2, 1);

        AiSystem reworded = system;
        reworded.name = u"Claims triage"_s;
        reworded.escalation[0].channel = u"phone"_s;
        QVERIFY(reapprovalReasons(record, canonicalBytes(reworded), RiskTier::Medium, policy, today).isEmpty());

        AiSystem newOwner = system;
        newOwner.ownership.accountableOwnerId = 9;
        const QList<ReapprovalReason> reasons =
            reapprovalReasons(record, canonicalBytes(newOwner), RiskTier::Medium, policy, today);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().kind, ReapprovalReason::Kind::MaterialChange);
        QCOMPARE(reasons.first().changes.size(), 1);
        QCOMPARE(reasons.first().changes.first().path, u"ownership.accountableOwnerId"_s);
        QVERIFY(reasons.first().text.contains(u"ownership.accountableOwnerId"_s));
    }

    void reapprovalWhenTheTierNeedsMoreSignOffs()
    {
        const Policy policy = Policy::defaultPolicy();
        const AiSystem system = sampleSystem();
        const WorkflowRecord record = approvedRecord(system, QDate(2026, 1, 15), RiskTier::Medium);
        const QList<ReapprovalReason> reasons =
            reapprovalReasons(record, canonicalBytes(system), RiskTier::High, policy, QDate(2026, 2, 1));
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().kind, ReapprovalReason::Kind::TierRaised);
        QVERIFY2(reasons.first().text.contains(enumLabel(SignOffKind::Board)), qPrintable(reasons.first().text));
        // Low to medium needs nothing more under the default policy.
        const WorkflowRecord low = approvedRecord(system, QDate(2026, 1, 15), RiskTier::Low);
        QVERIFY(reapprovalReasons(low, canonicalBytes(system), RiskTier::Medium, policy, QDate(2026, 2, 1)).isEmpty());
    }

    void contentHashIsSha256OfTheCanonicalBytes()
    {
        QCOMPARE(contentSha256(QByteArray("abc")),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
