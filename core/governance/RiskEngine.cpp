#include "RiskEngine.h"

#include "util/DisplayDate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("charter::RiskEngine", text, nullptr, n);
}

// The plain sentence of a factor whose wording does not depend on the system.
QString translateFixedSentence(FactorId factor)
{
    switch (factor) {
    case FactorId::AutonomousSafety:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Decides autonomously on safety-related matters"));
    case FactorId::AutonomousDecision:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Decides autonomously on at least one decision"));
    case FactorId::PersonalData:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Processes personal data"));
    case FactorId::ProductionData:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Uses production data"));
    case FactorId::SafetyRelated:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Is used for safety-related matters"));
    case FactorId::ExternalProcessing:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Sends data outside the organisation for processing"));
    case FactorId::CloudConnectivity:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Connects to cloud services"));
    case FactorId::EuHighRisk:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Classified as high-risk under the EU AI Act"));
    case FactorId::EuProhibited:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Classified as a prohibited practice under the EU AI Act"));
    case FactorId::UsOmbHighImpact:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Flagged as high-impact under US OMB guidance"));
    case FactorId::NoAccountableOwner:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "No accountable owner is named"));
    case FactorId::NoEscalationPath:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "No escalation path is defined"));
    case FactorId::BoundariesUndocumented:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Decision boundaries are not documented"));
    case FactorId::VendorUnknown:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "It is not known whether a vendor is involved"));
    case FactorId::VendorWeakViability:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Vendor viability is rated weak"));
    case FactorId::VendorWeakExitOptions:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Vendor exit options are rated weak"));
    case FactorId::VendorWeakDataPortability:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Data portability from the vendor is rated weak"));
    case FactorId::VendorWeakRoadmap:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Vendor roadmap stability is rated weak"));
    case FactorId::VendorWeakSupport:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Vendor support maturity is rated weak"));
    case FactorId::ReviewUnscheduled:
        return translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "No review is scheduled"));
    case FactorId::EscalationIncomplete:
    case FactorId::VendorContractEnding:
    case FactorId::ShortDeprecationNotice:
    case FactorId::ReviewOverdue:
    case FactorId::ImportNotes:
        break; // worded with the system's details where raised
    }
    return QString();
}

// Texts that do not depend on the system, translated once per thread (and again after
// RiskEngine::retranslate()): assess() then copies shared strings instead of translating
// and allocating tens of strings per system.
std::atomic<int> textGeneration{0};

struct Texts {
    int generation = -1;
    std::array<QString, FactorCount> factorIds;
    std::array<QString, FactorCount> sentences;
    std::array<QString, QuestionCount> unknownIds;
    std::array<QString, QuestionCount> unknownSentences;
    std::array<QString, QuestionCount> labels;

    void rebuild()
    {
        for (int f = 0; f < FactorCount; ++f) {
            factorIds[size_t(f)] = factorKey(FactorId(f));
            sentences[size_t(f)] = translateFixedSentence(FactorId(f));
        }
        const QString unknownTemplate = translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Unknown: %1"));
        for (int q = 0; q < QuestionCount; ++q) {
            unknownIds[size_t(q)] = RiskEngine::unknownFactorId(Question(q));
            labels[size_t(q)] = questionLabel(Question(q));
            unknownSentences[size_t(q)] = unknownTemplate.arg(labels[size_t(q)]);
        }
    }
};

const Texts &texts()
{
    thread_local Texts cache;
    const int generation = textGeneration.load(std::memory_order_acquire);
    if (cache.generation != generation) {
        cache.rebuild();
        cache.generation = generation;
    }
    return cache;
}

// The gap factor that stands for an unknown answer, if the question has one.
std::optional<FactorId> gapFactorFor(Question question, const AiSystem &system, bool hasVendor)
{
    switch (question) {
    case Question::AccountableOwner:
        return FactorId::NoAccountableOwner;
    case Question::DecisionBoundaries:
    case Question::BoundaryInfluence:
    case Question::BoundaryIntervention:
    case Question::BoundaryFailureHandling:
    case Question::BoundaryUncertainty:
        if (system.boundaries.isEmpty())
            return FactorId::BoundariesUndocumented;
        break;
    case Question::EscalationPath:
    case Question::EscalationContacts:
    case Question::EscalationChannels:
    case Question::EscalationResponseTargets:
        if (system.escalation.isEmpty())
            return FactorId::NoEscalationPath;
        if (question == Question::EscalationContacts || question == Question::EscalationResponseTargets)
            return FactorId::EscalationIncomplete;
        break;
    case Question::VendorInvolved:
    case Question::VendorViability:
    case Question::VendorRoadmap:
    case Question::VendorSupport:
    case Question::VendorExitOptions:
    case Question::VendorDataPortability:
    case Question::VendorAttestations:
    case Question::VendorDataResidency:
    case Question::VendorContractEnd:
    case Question::VendorDeprecationNotice:
        if (!hasVendor)
            return FactorId::VendorUnknown;
        if (question == Question::VendorDeprecationNotice)
            return FactorId::ShortDeprecationNotice;
        break;
    default:
        break;
    }
    return std::nullopt;
}

// Collects raised factors and keeps the score and the tier floor as it goes.
class FactorList
{
public:
    FactorList(const Policy &policy, const Texts &texts, int unknownCount)
        : m_policy(policy), m_texts(texts)
    {
        m_factors.reserve(unknownCount + 20); // one allocation: at most 19 factors are not gaps
    }

    // A factor with no points under this policy (disabled or weighed 0) is not raised.
    void raise(FactorId factor, const QString &sentence, bool fromUnknown = false)
    {
        const int points = m_policy.points(factor);
        if (points <= 0)
            return;
        m_factors.append(RiskFactor{m_texts.factorIds[size_t(factor)], points, sentence, fromUnknown});
        m_score += points;
        if (const auto floor = m_policy.tierFloor(factor))
            m_floor = std::max(m_floor, *floor);
    }

    void raise(FactorId factor) { raise(factor, m_texts.sentences[size_t(factor)]); }
    void raiseGap(FactorId factor) { raise(factor, m_texts.sentences[size_t(factor)], true); }

    void raiseUnknown(Question question)
    {
        const int points = m_policy.unknownPoints(questionGroup(question));
        if (points <= 0)
            return;
        m_factors.append(RiskFactor{m_texts.unknownIds[size_t(question)], points,
                                    m_texts.unknownSentences[size_t(question)], true});
        m_score += points;
    }

    int score() const { return m_score; }
    RiskTier floor() const { return m_floor; }
    QList<RiskFactor> takeSorted()
    {
        // Stable insertion sort, in place (std::stable_sort would allocate a buffer): equal
        // points keep the catalogue order, so the list reads the same every time.
        const auto byPointsDesc = [](const RiskFactor &a, const RiskFactor &b) { return a.points > b.points; };
        for (auto it = m_factors.begin(); it != m_factors.end(); ++it)
            std::rotate(std::upper_bound(m_factors.begin(), it, *it, byPointsDesc), it, std::next(it));
        return std::move(m_factors);
    }

private:
    const Policy &m_policy;
    const Texts &m_texts;
    QList<RiskFactor> m_factors;
    int m_score = 0;
    RiskTier m_floor = RiskTier::Low;
};

void raiseDecisionFactors(FactorList &out, const AiSystem &system)
{
    QStringList autonomousDecisions;
    bool autonomous = false;
    for (const DecisionBoundary &boundary : system.boundaries) {
        if (boundary.influence != InfluenceLevel::Autonomous)
            continue;
        autonomous = true;
        if (!isUnansweredText(boundary.decision))
            autonomousDecisions.append(boundary.decision.trimmed());
    }
    if (!autonomous)
        return;
    if (system.data.safetyRelated == Answer::Yes)
        out.raise(FactorId::AutonomousSafety);
    if (autonomousDecisions.isEmpty())
        out.raise(FactorId::AutonomousDecision);
    else
        out.raise(FactorId::AutonomousDecision,
                  translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Decides autonomously on: %1"))
                      .arg(autonomousDecisions.join(u", "_s)));
}

void raiseDataAndRegulatoryFactors(FactorList &out, const AiSystem &system)
{
    const DataSecurity &data = system.data;
    if (data.personalData == Answer::Yes)
        out.raise(FactorId::PersonalData);
    if (data.productionData == Answer::Yes)
        out.raise(FactorId::ProductionData);
    if (data.safetyRelated == Answer::Yes)
        out.raise(FactorId::SafetyRelated);
    if (data.externalProcessing == Answer::Yes)
        out.raise(FactorId::ExternalProcessing);
    if (data.cloudConnectivity == Answer::Yes)
        out.raise(FactorId::CloudConnectivity);

    const RegulatoryClassification &reg = system.regulatory;
    if (reg.euAiActCategory == EuAiActCategory::HighRisk)
        out.raise(FactorId::EuHighRisk);
    if (reg.euAiActCategory == EuAiActCategory::Prohibited)
        out.raise(FactorId::EuProhibited);
    if (reg.usOmbHighImpact == Answer::Yes)
        out.raise(FactorId::UsOmbHighImpact);
}

// Known vendor weaknesses; unknown vendor answers are gaps, raised elsewhere.
void raiseVendorFactors(FactorList &out, const Vendor &vendor, const Policy &policy, QDate today)
{
    if (vendor.viability == Rating::Weak)
        out.raise(FactorId::VendorWeakViability);
    if (vendor.exitOptions == Rating::Weak)
        out.raise(FactorId::VendorWeakExitOptions);
    if (vendor.dataPortability == Rating::Weak)
        out.raise(FactorId::VendorWeakDataPortability);
    if (vendor.roadmapStability == Rating::Weak)
        out.raise(FactorId::VendorWeakRoadmap);
    if (vendor.supportMaturity == Rating::Weak)
        out.raise(FactorId::VendorWeakSupport);

    if (vendor.contractEnd.isValid()) {
        const int daysLeft = int(today.daysTo(vendor.contractEnd));
        if (daysLeft <= policy.contractEndWarningDays()) {
            const QString date = displayDate(vendor.contractEnd);
            if (daysLeft > 0)
                out.raise(FactorId::VendorContractEnding,
                          translated(QT_TRANSLATE_N_NOOP("charter::RiskEngine", "Vendor contract ends on %1 (in %n day(s))"), daysLeft)
                              .arg(date));
            else if (daysLeft == 0)
                out.raise(FactorId::VendorContractEnding,
                          translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Vendor contract ends today (%1)")).arg(date));
            else
                out.raise(FactorId::VendorContractEnding,
                          translated(QT_TRANSLATE_N_NOOP("charter::RiskEngine", "Vendor contract ended on %1 (%n day(s) ago)"), -daysLeft)
                              .arg(date));
        }
    }

    const int notice = vendor.deprecationNoticeDays;
    if (notice >= 0 && notice < policy.minDeprecationNoticeDays())
        out.raise(FactorId::ShortDeprecationNotice,
                  translated(QT_TRANSLATE_N_NOOP("charter::RiskEngine",
                                         "Vendor gives only %n day(s) of notice before retiring a model "
                                       "(policy: at least %1)"),
                     notice)
                      .arg(policy.minDeprecationNoticeDays()));
}

void raiseReviewAndImportFactors(FactorList &out, const AiSystem &system, QDate today)
{
    if (!system.nextReview.isValid()) {
        out.raise(FactorId::ReviewUnscheduled);
    } else if (system.nextReview < today) {
        const int overdue = int(system.nextReview.daysTo(today));
        out.raise(FactorId::ReviewOverdue,
                  translated(QT_TRANSLATE_N_NOOP("charter::RiskEngine", "Review was due on %1 (%n day(s) overdue)"), overdue)
                      .arg(displayDate(system.nextReview)));
    }

    if (std::any_of(system.importNotes.cbegin(), system.importNotes.cend(),
                    [](const QString &note) { return !isUnansweredText(note); })) {
        QStringList notes;
        for (const QString &note : system.importNotes)
            if (!isUnansweredText(note))
                notes.append(note.trimmed());
        out.raise(FactorId::ImportNotes,
                  translated(QT_TRANSLATE_NOOP("charter::RiskEngine", "Import found data quality problems: %1"))
                      .arg(notes.join(u"; "_s)));
    }
}

// Each unknown answer adds points once: through its gap factor when the policy weighs
// it, else as its own "unknown:" factor. A disabled gap factor never makes a gap free.
void raiseGapFactors(FactorList &out, const Completeness &completeness, const AiSystem &system,
                     bool hasVendor, const Policy &policy)
{
    std::array<bool, FactorCount> gapRaised{};
    for (int q = 0; q < QuestionCount; ++q) {
        const auto question = Question(q);
        if (completeness.isAnswered(question))
            continue;
        const std::optional<FactorId> gap = gapFactorFor(question, system, hasVendor);
        if (gap && policy.points(*gap) > 0)
            gapRaised[size_t(*gap)] = true;
        else
            out.raiseUnknown(question);
    }

    for (int f = 0; f < FactorCount; ++f) {
        if (!gapRaised[size_t(f)])
            continue;
        const auto factor = FactorId(f);
        if (factor == FactorId::EscalationIncomplete) {
            const auto incomplete = std::count_if(
                system.escalation.cbegin(), system.escalation.cend(),
                [](const EscalationStep &s) { return s.personId == 0 || s.responseMinutes < 0; });
            out.raise(factor,
                      translated(QT_TRANSLATE_N_NOOP("charter::RiskEngine",
                                             "%n escalation step(s) lack a named person or a response-time target"),
                         int(incomplete)),
                      true);
        } else if (factor == FactorId::ShortDeprecationNotice) {
            out.raise(factor,
                      translated(QT_TRANSLATE_NOOP("charter::RiskEngine",
                                           "The vendor's notice before retiring a model is unknown")),
                      true);
        } else {
            out.raiseGap(factor);
        }
    }
}

} // namespace

RiskAssessment RiskEngine::assess(const AiSystem &system, const Vendor *vendor, const Policy &policy,
                                  QDate today)
{
    const Completeness completeness = Completeness::of(system, vendor);
    const bool hasVendor = vendor != nullptr || system.vendorId != 0;

    const Texts &text = texts();
    const int unknownCount = QuestionCount - completeness.answeredCount();
    FactorList out(policy, text, unknownCount);
    raiseDecisionFactors(out, system);
    raiseDataAndRegulatoryFactors(out, system);
    if (hasVendor) {
        static const Vendor NoProfile; // a vendor not loaded: every answer unknown
        raiseVendorFactors(out, vendor ? *vendor : NoProfile, policy, today);
    }
    raiseReviewAndImportFactors(out, system, today);
    raiseGapFactors(out, completeness, system, hasVendor, policy);

    RiskAssessment assessment;
    assessment.score = out.score();
    assessment.tier = std::max(policy.tierForScore(out.score()), out.floor());
    assessment.factors = out.takeSorted();
    assessment.unknowns.reserve(unknownCount);
    for (int q = 0; q < QuestionCount; ++q)
        if (!completeness.isAnswered(Question(q)))
            assessment.unknowns.append(text.labels[size_t(q)]);
    assessment.completeness = completeness.percent();
    assessment.policyVersion = policy.version();
    assessment.reviewCadenceMonths = policy.reviewCadenceMonths(assessment.tier);
    return assessment;
}

RiskTier RiskEngine::tierFor(int score, const QList<RiskFactor> &factors, const Policy &policy)
{
    RiskTier tier = policy.tierForScore(score);
    for (const RiskFactor &factor : factors)
        if (const auto id = factorFromKey(factor.id))
            if (const auto floor = policy.tierFloor(*id))
                tier = std::max(tier, *floor);
    return tier;
}

QList<RiskFactor> RiskEngine::tierChangers(const RiskAssessment &assessment, const Policy &policy)
{
    QList<RiskFactor> changers;
    if (assessment.tier == RiskTier::Low)
        return changers;
    for (qsizetype i = 0; i < assessment.factors.size(); ++i) {
        QList<RiskFactor> rest = assessment.factors;
        rest.removeAt(i);
        const int score = assessment.score - assessment.factors.at(i).points;
        if (tierFor(score, rest, policy) < assessment.tier)
            changers.append(assessment.factors.at(i));
    }
    return changers; // already highest points first, as the assessment lists them
}

void RiskEngine::retranslate()
{
    textGeneration.fetch_add(1, std::memory_order_release);
}

QString RiskEngine::unknownFactorId(Question question)
{
    return u"unknown:"_s + questionKey(question);
}

} // namespace charter
