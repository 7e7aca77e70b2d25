#include "governance/Completeness.h"
#include "governance/Policy.h"
#include "governance/RiskEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 12, 22);
constexpr qint64 VendorId = 7;

// A system with every question answered and nothing risky: advisory only, in-house,
// no personal data, review scheduled. Scenarios change one thing at a time.
AiSystem documentedSystem()
{
    AiSystem s;
    s.name = u"Ticket triage assistant"_s;
    s.purpose = u"Suggests a queue for incoming tickets"_s;
    s.businessUnit = u"IT service desk"_s;
    s.lifecycle = Lifecycle::Production;
    s.deploymentModel = DeploymentModel::OnPremises;
    s.ownership = Ownership{1, 2, 3, 4, 5};
    s.boundaries = {DecisionBoundary{u"Route ticket"_s, InfluenceLevel::AdvisoryOnly,
                                     u"Agent confirms every suggestion"_s,
                                     u"Falls back to the default queue"_s,
                                     u"Shows a confidence score"_s}};
    s.escalation = {EscalationStep{Severity::High, 3, u"pager"_s, 30},
                    EscalationStep{Severity::Low, 4, u"ticket"_s, 480}};
    s.data.personalData = Answer::No;
    s.data.productionData = Answer::No;
    s.data.safetyRelated = Answer::No;
    s.data.dataResidency = u"EU"_s;
    s.data.accessScope = u"Service desk queue only"_s;
    s.data.externalProcessing = Answer::No;
    s.data.cloudConnectivity = Answer::No;
    s.data.credentialHandling = u"Service account in the vault"_s;
    s.data.integrations = u"Ticketing system"_s;
    s.support = SupportModel{Maintainer::InHouse, u"Monthly release"_s, u"Service desk, then owner"_s};
    s.regulatory = RegulatoryClassification{EuAiActCategory::MinimalRisk, EuAiActRole::Deployer, Answer::No};
    s.nextReview = Today.addMonths(6);
    return s;
}

Vendor strongVendor()
{
    Vendor v;
    v.id = VendorId;
    v.name = u"Acme AI"_s;
    v.viability = Rating::Strong;
    v.roadmapStability = Rating::Strong;
    v.supportMaturity = Rating::Strong;
    v.exitOptions = Rating::Strong;
    v.dataPortability = Rating::Strong;
    v.securityAttestations = u"SOC 2 Type II"_s;
    v.dataResidency = u"EU"_s;
    v.contractEnd = Today.addDays(400);
    v.deprecationNoticeDays = 365;
    return v;
}

struct Fixture {
    AiSystem system = documentedSystem();
    Vendor vendor = strongVendor();
    bool vendorLoaded = false; // pass &vendor to assess()

    void useVendor()
    {
        system.vendorId = VendorId;
        system.deploymentModel = DeploymentModel::VendorSaaS;
        vendorLoaded = true;
    }
    RiskAssessment assess(const Policy &policy = Policy::defaultPolicy()) const
    {
        return RiskEngine::assess(system, vendorLoaded ? &vendor : nullptr, policy, Today);
    }
};

struct Scenario {
    const char *name;
    std::function<void(Fixture &)> change;
    QStringList expected; // factor ids; a trailing '*' means raised from an unknown answer
};

QList<Scenario> scenarios()
{
    auto vendorRow = [](std::function<void(Vendor &)> change) {
        return [change](Fixture &f) {
            f.useVendor();
            change(f.vendor);
        };
    };
    return {
        {"documented in-house", [](Fixture &) {}, {}},
        {"documented with vendor", [](Fixture &f) { f.useVendor(); }, {}},
        {"autonomous decision",
         [](Fixture &f) { f.system.boundaries[0].influence = InfluenceLevel::Autonomous; },
         {u"autonomous_decision"_s}},
        {"autonomous on safety",
         [](Fixture &f) {
             f.system.boundaries[0].influence = InfluenceLevel::Autonomous;
             f.system.data.safetyRelated = Answer::Yes;
         },
         {u"autonomous_safety"_s, u"autonomous_decision"_s, u"safety_related"_s}},
        {"human approves is not autonomous",
         [](Fixture &f) {
             f.system.boundaries[0].influence = InfluenceLevel::HumanApproves;
             f.system.data.safetyRelated = Answer::Yes;
         },
         {u"safety_related"_s}},
        {"personal data", [](Fixture &f) { f.system.data.personalData = Answer::Yes; }, {u"personal_data"_s}},
        {"production data", [](Fixture &f) { f.system.data.productionData = Answer::Yes; }, {u"production_data"_s}},
        {"external processing", [](Fixture &f) { f.system.data.externalProcessing = Answer::Yes; },
         {u"external_processing"_s}},
        {"cloud connectivity", [](Fixture &f) { f.system.data.cloudConnectivity = Answer::Yes; },
         {u"cloud_connectivity"_s}},
        {"EU high-risk",
         [](Fixture &f) { f.system.regulatory.euAiActCategory = EuAiActCategory::HighRisk; },
         {u"eu_high_risk"_s}},
        {"EU prohibited",
         [](Fixture &f) { f.system.regulatory.euAiActCategory = EuAiActCategory::Prohibited; },
         {u"eu_prohibited"_s}},
        {"EU limited risk", [](Fixture &f) { f.system.regulatory.euAiActCategory = EuAiActCategory::LimitedRisk; },
         {}},
        {"US OMB high-impact", [](Fixture &f) { f.system.regulatory.usOmbHighImpact = Answer::Yes; },
         {u"us_omb_high_impact"_s}},
        {"no accountable owner", [](Fixture &f) { f.system.ownership.accountableOwnerId = 0; },
         {u"no_accountable_owner*"_s}},
        {"no business owner", [](Fixture &f) { f.system.ownership.businessOwnerId = 0; },
         {u"unknown:business_owner*"_s}},
        {"no escalation path", [](Fixture &f) { f.system.escalation.clear(); }, {u"no_escalation_path*"_s}},
        {"escalation step without person", [](Fixture &f) { f.system.escalation[1].personId = 0; },
         {u"escalation_incomplete*"_s}},
        {"escalation step without response target",
         [](Fixture &f) { f.system.escalation[0].responseMinutes = -1; }, {u"escalation_incomplete*"_s}},
        {"escalation step without channel", [](Fixture &f) { f.system.escalation[0].channel.clear(); },
         {u"unknown:escalation_channels*"_s}},
        {"no decision boundaries", [](Fixture &f) { f.system.boundaries.clear(); },
         {u"boundaries_undocumented*"_s}},
        {"boundary without failure handling",
         [](Fixture &f) { f.system.boundaries[0].failureHandling = u"  "_s; },
         {u"unknown:boundary_failure_handling*"_s}},
        {"boundary influence unknown",
         [](Fixture &f) { f.system.boundaries[0].influence = InfluenceLevel::Unknown; },
         {u"unknown:boundary_influence*"_s}},
        {"vendor involvement unknown", [](Fixture &f) { f.system.vendorUnknown = true; },
         {u"vendor_unknown*"_s}},
        {"vendor not loaded",
         [](Fixture &f) {
             f.useVendor();
             f.vendorLoaded = false;
         },
         {u"unknown:vendor_viability*"_s, u"unknown:vendor_roadmap*"_s, u"unknown:vendor_support*"_s,
          u"unknown:vendor_exit_options*"_s, u"unknown:vendor_data_portability*"_s,
          u"unknown:vendor_attestations*"_s, u"unknown:vendor_data_residency*"_s,
          u"unknown:vendor_contract_end*"_s, u"short_deprecation_notice*"_s}},
        {"vendor weak viability", vendorRow([](Vendor &v) { v.viability = Rating::Weak; }),
         {u"vendor_weak_viability"_s}},
        {"vendor weak exit options", vendorRow([](Vendor &v) { v.exitOptions = Rating::Weak; }),
         {u"vendor_weak_exit_options"_s}},
        {"vendor weak data portability", vendorRow([](Vendor &v) { v.dataPortability = Rating::Weak; }),
         {u"vendor_weak_data_portability"_s}},
        {"vendor weak roadmap", vendorRow([](Vendor &v) { v.roadmapStability = Rating::Weak; }),
         {u"vendor_weak_roadmap"_s}},
        {"vendor weak support", vendorRow([](Vendor &v) { v.supportMaturity = Rating::Weak; }),
         {u"vendor_weak_support"_s}},
        {"vendor adequate ratings",
         vendorRow([](Vendor &v) {
             v.viability = v.exitOptions = v.dataPortability = v.roadmapStability = v.supportMaturity =
                 Rating::Adequate;
         }),
         {}},
        {"vendor exit options unknown", vendorRow([](Vendor &v) { v.exitOptions = Rating::Unknown; }),
         {u"unknown:vendor_exit_options*"_s}},
        {"contract ends in 90 days", vendorRow([](Vendor &v) { v.contractEnd = Today.addDays(90); }),
         {u"vendor_contract_ending"_s}},
        {"contract ends in 91 days", vendorRow([](Vendor &v) { v.contractEnd = Today.addDays(91); }), {}},
        {"contract ends today", vendorRow([](Vendor &v) { v.contractEnd = Today; }),
         {u"vendor_contract_ending"_s}},
        {"contract ended", vendorRow([](Vendor &v) { v.contractEnd = Today.addDays(-30); }),
         {u"vendor_contract_ending"_s}},
        {"contract end unknown", vendorRow([](Vendor &v) { v.contractEnd = QDate(); }),
         {u"unknown:vendor_contract_end*"_s}},
        {"deprecation notice 179 days", vendorRow([](Vendor &v) { v.deprecationNoticeDays = 179; }),
         {u"short_deprecation_notice"_s}},
        {"deprecation notice 180 days", vendorRow([](Vendor &v) { v.deprecationNoticeDays = 180; }), {}},
        {"deprecation notice 0 days", vendorRow([](Vendor &v) { v.deprecationNoticeDays = 0; }),
         {u"short_deprecation_notice"_s}},
        {"deprecation notice unknown", vendorRow([](Vendor &v) { v.deprecationNoticeDays = -1; }),
         {u"short_deprecation_notice*"_s}},
        {"weak vendor ignored when in-house",
         [](Fixture &f) { f.vendor.viability = Rating::Weak; /* not passed: no vendor */ }, {}},
        {"review due yesterday", [](Fixture &f) { f.system.nextReview = Today.addDays(-1); },
         {u"review_overdue"_s}},
        {"review due today", [](Fixture &f) { f.system.nextReview = Today; }, {}},
        {"no review scheduled", [](Fixture &f) { f.system.nextReview = QDate(); }, {u"review_unscheduled"_s}},
        {"import notes", [](Fixture &f) { f.system.importNotes = {u"No owner column in the file"_s}; },
         {u"import_notes"_s}},
        {"blank import note", [](Fixture &f) { f.system.importNotes = {u"  "_s}; }, {}},
        {"data residency blank", [](Fixture &f) { f.system.data.dataResidency = u" "_s; },
         {u"unknown:data_residency*"_s}},
        {"personal data unknown", [](Fixture &f) { f.system.data.personalData = Answer::Unknown; },
         {u"unknown:personal_data*"_s}},
        {"name blank", [](Fixture &f) { f.system.name.clear(); }, {u"unknown:name*"_s}},
        {"maintainer unknown", [](Fixture &f) { f.system.support.maintainer = Maintainer::Unknown; },
         {u"unknown:maintainer*"_s}},
        {"not in scope needs no role",
         [](Fixture &f) {
             f.system.regulatory.euAiActCategory = EuAiActCategory::NotInScope;
             f.system.regulatory.euAiActRole = EuAiActRole::Unknown;
         },
         {}},
        {"high-risk with unknown role",
         [](Fixture &f) {
             f.system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
             f.system.regulatory.euAiActRole = EuAiActRole::Unknown;
         },
         {u"eu_high_risk"_s, u"unknown:eu_ai_act_role*"_s}},
    };
}

QStringList ids(const RiskAssessment &assessment)
{
    QStringList result;
    for (const RiskFactor &factor : assessment.factors)
        result << (factor.fromUnknown ? factor.id + u'*' : factor.id);
    result.sort();
    return result;
}

int sumOfPoints(const RiskAssessment &assessment)
{
    int sum = 0;
    for (const RiskFactor &factor : assessment.factors)
        sum += factor.points;
    return sum;
}

bool sortedByPoints(const RiskAssessment &assessment)
{
    return std::is_sorted(assessment.factors.cbegin(), assessment.factors.cend(),
                          [](const RiskFactor &a, const RiskFactor &b) { return a.points > b.points; });
}

// A policy weighing only the given factors (every other factor is missing: 0 points).
Policy policyWith(const QJsonObject &factors, int unknownPoints = 0,
                  const QJsonObject &floors = QJsonObject(), int version = 1)
{
    const QJsonObject json{
        {u"version"_s, version},
        {u"name"_s, u"Test"_s},
        {u"factors"_s, factors},
        {u"unknownAnswerPoints"_s, QJsonObject{{u"default"_s, unknownPoints}}},
        {u"tierThresholds"_s, QJsonObject{{u"medium"_s, 20}, {u"high"_s, 40}, {u"critical"_s, 70}}},
        {u"reviewCadenceMonths"_s,
         QJsonObject{{u"low"_s, 24}, {u"medium"_s, 12}, {u"high"_s, 6}, {u"critical"_s, 3}}},
        {u"tierFloors"_s, floors},
    };
    Result<Policy> policy = Policy::fromJson(QJsonDocument(json).toJson(), u"test"_s);
    if (!policy)
        qFatal("%s", qPrintable(policy.error().message));
    return std::move(policy).value();
}

QJsonObject points(int value)
{
    return QJsonObject{{u"points"_s, value}};
}

} // namespace

class TestRiskEngine : public QObject
{
    Q_OBJECT

private slots:
    void factorFiresOnExactlyItsCondition_data();
    void factorFiresOnExactlyItsCondition();
    void sentencesArePlain();
    void tierThresholdBoundaries_data();
    void tierThresholdBoundaries();
    void tierFloorRaisesTier();
    void unknownsAreListedAndAddPoints();
    void disabledGapFactorFallsBackToUnknownPoints();
    void completenessDropsWithEachUnknown();
    void fullyUnknownSystem();
    void tierChangers();
    void tierChangersRespectFloors();
    void policyVersionChangesWeights();
    void defaultPolicyArchetypes_data();
    void defaultPolicyArchetypes();
    void sameResultAcrossThreadsAndRetranslate();
};

void TestRiskEngine::factorFiresOnExactlyItsCondition_data()
{
    QTest::addColumn<int>("index");
    const QList<Scenario> all = scenarios();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].name) << i;
}

void TestRiskEngine::factorFiresOnExactlyItsCondition()
{
    QFETCH(int, index);
    const Scenario scenario = scenarios().at(index);
    Fixture fixture;
    scenario.change(fixture);
    const RiskAssessment assessment = fixture.assess();

    QStringList expected = scenario.expected;
    expected.sort();
    QCOMPARE(ids(assessment), expected);
    QCOMPARE(assessment.score, sumOfPoints(assessment));
    QVERIFY(sortedByPoints(assessment));
    const Policy policy = Policy::defaultPolicy();
    QCOMPARE(assessment.tier, RiskEngine::tierFor(assessment.score, assessment.factors, policy));
    QCOMPARE(assessment.policyVersion, policy.version());
    QCOMPARE(assessment.reviewCadenceMonths, policy.reviewCadenceMonths(assessment.tier));

    bool anyGap = false;
    for (const RiskFactor &factor : assessment.factors) {
        QVERIFY2(factor.points > 0, qPrintable(factor.id));
        QVERIFY2(!factor.sentence.isEmpty(), qPrintable(factor.id));
        QVERIFY2(!factor.sentence.contains(u'%'), qPrintable(factor.sentence));
        QCOMPARE(factor.id.startsWith(u"unknown:"_s), factor.fromUnknown && !factorFromKey(factor.id));
        anyGap = anyGap || factor.fromUnknown;
    }
    // Gaps and only gaps show up as unknowns and lower completeness.
    QCOMPARE(!assessment.unknowns.isEmpty(), anyGap);
    QCOMPARE(assessment.completeness == 100, !anyGap);
}

void TestRiskEngine::sentencesArePlain()
{
    Fixture f;
    f.useVendor();
    f.system.boundaries[0].influence = InfluenceLevel::Autonomous;
    f.system.boundaries[0].decision = u"Approve refund"_s;
    f.system.data.personalData = Answer::Yes;
    f.system.ownership.accountableOwnerId = 0;
    f.system.data.dataResidency.clear();
    f.vendor.contractEnd = QDate(2027, 1, 31);
    f.system.nextReview = QDate(2026, 12, 1);
    f.system.importNotes = {u"No name in the file"_s, u"Unknown lifecycle \"live\""_s};
    const RiskAssessment a = f.assess();

    QHash<QString, QString> sentence;
    for (const RiskFactor &factor : a.factors)
        sentence.insert(factor.id, factor.sentence);
    QCOMPARE(sentence.value(u"personal_data"_s), u"Processes personal data"_s);
    QCOMPARE(sentence.value(u"no_accountable_owner"_s), u"No accountable owner is named"_s);
    QCOMPARE(sentence.value(u"autonomous_decision"_s), u"Decides autonomously on: Approve refund"_s);
    QCOMPARE(sentence.value(u"unknown:data_residency"_s), u"Unknown: Data residency"_s);
    QCOMPARE(sentence.value(u"import_notes"_s),
             u"Import found data quality problems: No name in the file; Unknown lifecycle \"live\""_s);
    // Plural forms come from the translation files; the figures are always there.
    const QString contract = sentence.value(u"vendor_contract_ending"_s);
    QVERIFY2(contract.startsWith(u"Vendor contract ends on 2027-01-31 (in 40 day"_s), qPrintable(contract));
    const QString review = sentence.value(u"review_overdue"_s);
    QVERIFY2(review.startsWith(u"Review was due on 2026-12-01 (21 day"_s), qPrintable(review));
    QVERIFY(a.unknowns.contains(u"Accountable owner"_s));
    QVERIFY(a.unknowns.contains(u"Data residency"_s));
}

void TestRiskEngine::tierThresholdBoundaries_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<RiskTier>("tier");
    // Thresholds 20 / 40 / 70: a score exactly at a threshold is in the higher tier.
    QTest::newRow("0") << 0 << RiskTier::Low;
    QTest::newRow("19") << 19 << RiskTier::Low;
    QTest::newRow("20") << 20 << RiskTier::Medium;
    QTest::newRow("39") << 39 << RiskTier::Medium;
    QTest::newRow("40") << 40 << RiskTier::High;
    QTest::newRow("69") << 69 << RiskTier::High;
    QTest::newRow("70") << 70 << RiskTier::Critical;
}

void TestRiskEngine::tierThresholdBoundaries()
{
    QFETCH(int, score);
    QFETCH(RiskTier, tier);
    const Policy policy = policyWith({{u"personal_data"_s, points(score)}});
    Fixture f;
    f.system.data.personalData = Answer::Yes;
    const RiskAssessment a = f.assess(policy);
    QCOMPARE(a.score, score);
    QCOMPARE(a.tier, tier);
    QCOMPARE(a.reviewCadenceMonths, policy.reviewCadenceMonths(tier));
}

void TestRiskEngine::tierFloorRaisesTier()
{
    Fixture f;
    f.system.regulatory.euAiActCategory = EuAiActCategory::Prohibited;

    const Policy withFloor = policyWith({{u"eu_prohibited"_s, points(1)}}, 0,
                                        {{u"eu_prohibited"_s, u"critical"_s}});
    RiskAssessment a = f.assess(withFloor);
    QCOMPARE(a.score, 1);
    QCOMPARE(a.tier, RiskTier::Critical);
    QCOMPARE(a.reviewCadenceMonths, 3);

    // A floor needs its factor raised: disabled, it cannot force a tier it does not explain.
    const Policy disabled = policyWith({{u"eu_prohibited"_s, QJsonObject{{u"points"_s, 1}, {u"enabled"_s, false}}}},
                                       0, {{u"eu_prohibited"_s, u"critical"_s}});
    a = f.assess(disabled);
    QCOMPARE(a.score, 0);
    QCOMPARE(a.tier, RiskTier::Low);
}

void TestRiskEngine::unknownsAreListedAndAddPoints()
{
    const Policy policy = Policy::defaultPolicy();
    Fixture f;
    f.system.data.dataResidency.clear();
    f.system.data.accessScope.clear();
    f.system.data.cloudConnectivity = Answer::Unknown;
    const RiskAssessment a = f.assess();

    QCOMPARE(a.unknowns, (QStringList{u"Data residency"_s, u"Access scope"_s, u"Cloud connectivity"_s}));
    QCOMPARE(a.score, 3 * policy.unknownPoints(QuestionGroup::DataSecurity));
    QCOMPARE(a.factors.size(), 3);
    for (const RiskFactor &factor : a.factors) {
        QVERIFY(factor.fromUnknown);
        QCOMPARE(factor.points, policy.unknownPoints(QuestionGroup::DataSecurity));
    }
    QCOMPARE(a.factors.at(0).id, RiskEngine::unknownFactorId(Question::DataResidency));
    QCOMPARE(a.completeness, (QuestionCount - 3) * 100 / QuestionCount);
}

void TestRiskEngine::disabledGapFactorFallsBackToUnknownPoints()
{
    Policy policy = Policy::defaultPolicy();
    policy.setWeight(FactorId::NoAccountableOwner, 10, false);
    Fixture f;
    f.system.ownership.accountableOwnerId = 0;
    const RiskAssessment a = f.assess(policy);
    QCOMPARE(ids(a), QStringList{u"unknown:accountable_owner*"_s});
    QCOMPARE(a.score, policy.unknownPoints(QuestionGroup::Ownership));
    QCOMPARE(a.unknowns, QStringList{u"Accountable owner"_s});
}

void TestRiskEngine::completenessDropsWithEachUnknown()
{
    Fixture f;
    f.useVendor();
    QCOMPARE(f.assess().completeness, 100);
    QCOMPARE(Completeness::of(f.system, &f.vendor).answeredCount(), QuestionCount);

    const QList<std::function<void(Fixture &)>> steps = {
        [](Fixture &x) { x.system.purpose.clear(); },
        [](Fixture &x) { x.system.ownership.itContactId = 0; },
        [](Fixture &x) { x.system.boundaries[0].uncertaintyReporting.clear(); },
        [](Fixture &x) { x.system.escalation[0].channel.clear(); },
        [](Fixture &x) { x.system.data.integrations.clear(); },
        [](Fixture &x) { x.vendor.securityAttestations.clear(); },
        [](Fixture &x) { x.system.support.updatePolicy.clear(); },
        [](Fixture &x) { x.system.regulatory.usOmbHighImpact = Answer::Unknown; },
    };
    int previousCompleteness = 100;
    int previousScore = f.assess().score;
    qsizetype previousUnknowns = 0;
    for (const auto &step : steps) {
        step(f);
        const RiskAssessment a = f.assess();
        QVERIFY(a.completeness < previousCompleteness);
        QVERIFY(a.score > previousScore);
        QCOMPARE(a.unknowns.size(), previousUnknowns + 1);
        previousCompleteness = a.completeness;
        previousScore = a.score;
        previousUnknowns = a.unknowns.size();
    }
}

void TestRiskEngine::fullyUnknownSystem()
{
    const Policy p = Policy::defaultPolicy();
    AiSystem unknown;
    unknown.vendorUnknown = true;
    const RiskAssessment a = RiskEngine::assess(unknown, nullptr, p, Today);

    QCOMPARE(a.completeness, 0);
    QCOMPARE(a.unknowns.size(), QuestionCount);
    QCOMPARE(a.unknowns.first(), u"Name"_s);
    QVERIFY(a.unknowns.contains(u"Vendor exit options"_s));
    QCOMPARE(a.score, sumOfPoints(a));

    // Each gap is charged once: through its gap factor, or as an unknown answer.
    using G = QuestionGroup;
    const int expected = 5 * p.unknownPoints(G::Identity) + p.points(FactorId::NoAccountableOwner)
        + 4 * p.unknownPoints(G::Ownership) + p.points(FactorId::BoundariesUndocumented)
        + p.points(FactorId::NoEscalationPath) + 9 * p.unknownPoints(G::DataSecurity)
        + p.points(FactorId::VendorUnknown) + 3 * p.unknownPoints(G::Support)
        + 3 * p.unknownPoints(G::Regulatory) + p.points(FactorId::ReviewUnscheduled);
    QCOMPARE(a.score, expected);
    QCOMPARE(a.score, 77); // docs/risk-policy.md
    // Documented in docs/risk-policy.md: knowing nothing is high risk, not critical.
    QCOMPARE(a.tier, RiskTier::High);
    for (const RiskFactor &factor : a.factors)
        QCOMPARE(factor.fromUnknown, factor.id != u"review_unscheduled"_s);
}

void TestRiskEngine::tierChangers()
{
    const Policy policy = Policy::defaultPolicy();
    Fixture f;
    QVERIFY(RiskEngine::tierChangers(f.assess(), policy).isEmpty()); // already low

    // 15 + 5 + 5 + 3 = 28: medium. Without any one of the first three it drops below 25.
    f.system.data.personalData = Answer::Yes;
    f.system.data.productionData = Answer::Yes;
    f.system.data.externalProcessing = Answer::Yes;
    f.system.data.cloudConnectivity = Answer::Yes;
    RiskAssessment a = f.assess();
    QCOMPARE(a.score, 28);
    QCOMPARE(a.tier, RiskTier::Medium);
    QStringList changers;
    for (const RiskFactor &factor : RiskEngine::tierChangers(a, policy))
        changers << factor.id;
    QCOMPARE(changers, (QStringList{u"personal_data"_s, u"production_data"_s, u"external_processing"_s}));

    // Autonomous on safety-related matters: only removing that factor leaves high.
    Fixture g;
    g.system.boundaries[0].influence = InfluenceLevel::Autonomous;
    g.system.data.safetyRelated = Answer::Yes;
    a = g.assess();
    QCOMPARE(a.tier, RiskTier::High);
    const QList<RiskFactor> lower = RiskEngine::tierChangers(a, policy);
    QCOMPARE(lower.size(), 1);
    QCOMPARE(lower.first().id, u"autonomous_safety"_s);
    QCOMPARE(lower.first(), a.factors.first());

    // No single factor is enough: nothing to suggest.
    Fixture h;
    h.system.regulatory.euAiActCategory = EuAiActCategory::Prohibited;
    h.system.data.personalData = Answer::Yes;
    h.system.data.productionData = Answer::Yes;
    h.system.boundaries[0].influence = InfluenceLevel::Autonomous;
    h.system.data.safetyRelated = Answer::Yes;
    a = h.assess();
    QCOMPARE(a.tier, RiskTier::Critical);
    QVERIFY(RiskEngine::tierChangers(a, policy).isEmpty());
}

void TestRiskEngine::tierChangersRespectFloors()
{
    // personal_data 60 + eu_high_risk 5 = 65: high by score. Dropping personal data would
    // leave 5 points, but the EU high-risk floor keeps the tier high.
    const Policy policy = policyWith({{u"personal_data"_s, points(60)}, {u"eu_high_risk"_s, points(5)}}, 0,
                                     {{u"eu_high_risk"_s, u"high"_s}});
    Fixture f;
    f.system.data.personalData = Answer::Yes;
    f.system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
    const RiskAssessment a = f.assess(policy);
    QCOMPARE(a.score, 65);
    QCOMPARE(a.tier, RiskTier::High);
    QVERIFY(RiskEngine::tierChangers(a, policy).isEmpty());

    // Without the floor, dropping personal data is the way down.
    const Policy noFloor = policyWith({{u"personal_data"_s, points(60)}, {u"eu_high_risk"_s, points(5)}});
    const RiskAssessment b = f.assess(noFloor);
    const QList<RiskFactor> changers = RiskEngine::tierChangers(b, noFloor);
    QCOMPARE(changers.size(), 1);
    QCOMPARE(changers.first().id, u"personal_data"_s);
}

void TestRiskEngine::policyVersionChangesWeights()
{
    Fixture f;
    f.system.data.personalData = Answer::Yes;
    f.system.data.productionData = Answer::Yes;

    const Policy v1 = policyWith({{u"personal_data"_s, points(10)}, {u"production_data"_s, points(5)}}, 0, {}, 1);
    const Policy v2 = policyWith({{u"personal_data"_s, points(30)}, {u"production_data"_s, points(5)}}, 0, {}, 2);
    const RiskAssessment a1 = f.assess(v1);
    const RiskAssessment a2 = f.assess(v2);
    QCOMPARE(a1.policyVersion, 1);
    QCOMPARE(a2.policyVersion, 2);
    QCOMPARE(a1.score, 15);
    QCOMPARE(a2.score, 35);
    QCOMPARE(a1.tier, RiskTier::Low);
    QCOMPARE(a2.tier, RiskTier::Medium);
    QCOMPARE(a2.factors.first().id, u"personal_data"_s);
    QCOMPARE(a2.factors.first().points, 30);

    // The same through the default policy's own file, edited as data.
    QJsonObject json = QJsonDocument::fromJson(Policy::defaultPolicy().toJson()).object();
    QJsonObject factors = json.value(u"factors"_s).toObject();
    factors.insert(u"personal_data"_s, points(1));
    json.insert(u"factors"_s, factors);
    json.insert(u"version"_s, Policy::defaultPolicy().version() + 1);
    const Result<Policy> edited = Policy::fromJson(QJsonDocument(json).toJson(), u"edited"_s);
    QVERIFY(edited.ok());
    const RiskAssessment before = f.assess();
    const RiskAssessment after = f.assess(*edited);
    QCOMPARE(before.score - after.score, Policy::defaultPolicy().points(FactorId::PersonalData) - 1);
    QCOMPARE(after.policyVersion, before.policyVersion + 1);
}

void TestRiskEngine::defaultPolicyArchetypes_data()
{
    QTest::addColumn<int>("archetype");
    QTest::addColumn<int>("score"); // the table in docs/risk-policy.md
    QTest::addColumn<RiskTier>("tier");
    QTest::newRow("documented in-house advisory") << 0 << 8 << RiskTier::Low;
    QTest::newRow("vendor SaaS, personal data, some unknowns") << 1 << 42 << RiskTier::Medium;
    QTest::newRow("autonomous on safety-related matters") << 2 << 65 << RiskTier::High;
    QTest::newRow("EU high-risk") << 3 << 50 << RiskTier::High;
    QTest::newRow("EU prohibited practice") << 4 << 80 << RiskTier::Critical;
    QTest::newRow("autonomous, safety-related, personal data") << 5 << 80 << RiskTier::Critical;
}

void TestRiskEngine::defaultPolicyArchetypes()
{
    QFETCH(int, archetype);
    QFETCH(int, score);
    QFETCH(RiskTier, tier);
    Fixture f;
    switch (archetype) {
    case 0:
        f.system.data.productionData = Answer::Yes;
        f.system.data.cloudConnectivity = Answer::Yes;
        break;
    case 1:
        f.useVendor();
        f.system.data.personalData = Answer::Yes;
        f.system.data.productionData = Answer::Yes;
        f.system.data.externalProcessing = Answer::Yes;
        f.system.data.cloudConnectivity = Answer::Yes;
        f.system.data.dataResidency.clear();
        f.vendor.exitOptions = Rating::Unknown;
        f.vendor.contractEnd = QDate();
        f.vendor.deprecationNoticeDays = -1;
        f.vendor.roadmapStability = Rating::Weak;
        break;
    case 2:
        f.system.boundaries[0].influence = InfluenceLevel::Autonomous;
        f.system.data.safetyRelated = Answer::Yes;
        break;
    case 3:
        f.system.regulatory.euAiActCategory = EuAiActCategory::HighRisk;
        break;
    case 4:
        f.system.regulatory.euAiActCategory = EuAiActCategory::Prohibited;
        break;
    case 5:
        f.system.boundaries[0].influence = InfluenceLevel::Autonomous;
        f.system.data.safetyRelated = Answer::Yes;
        f.system.data.personalData = Answer::Yes;
        break;
    }
    const RiskAssessment a = f.assess();
    QCOMPARE(a.score, score);
    QCOMPARE(a.tier, tier);
    // In the default policy the tier follows from the score alone; floors are a backstop.
    QCOMPARE(Policy::defaultPolicy().tierForScore(a.score), tier);
}

void TestRiskEngine::sameResultAcrossThreadsAndRetranslate()
{
    // Sentences are cached per thread; every thread and every cache generation must
    // give the same explanation.
    Fixture f;
    f.useVendor();
    f.system.data.personalData = Answer::Yes;
    f.system.data.dataResidency.clear();
    f.vendor.contractEnd = Today.addDays(10);
    const RiskAssessment expected = f.assess();
    QVERIFY(expected.factors.size() >= 3);

    std::vector<RiskAssessment> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&f, &results, i] {
            for (int n = 0; n < 100; ++n)
                results[i] = f.assess();
        });
    for (std::thread &t : threads)
        t.join();
    for (const RiskAssessment &r : results)
        QCOMPARE(r, expected);

    RiskEngine::retranslate();
    QCOMPARE(f.assess(), expected);
}

QTEST_GUILESS_MAIN(TestRiskEngine)
#include "tst_risk_engine.moc"
