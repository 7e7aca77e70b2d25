#include "Completeness.h"

#include "domain/AiSystem.h"
#include "domain/Vendor.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace charter {

namespace {

struct QuestionInfo {
    Question question;
    QuestionGroup group;
    const char *key;
    const char *label;
};

constexpr std::array<QuestionInfo, QuestionCount> Questions = {{
    {Question::Name, QuestionGroup::Identity, "name",
     QT_TRANSLATE_NOOP("charter::Completeness", "Name")},
    {Question::Purpose, QuestionGroup::Identity, "purpose",
     QT_TRANSLATE_NOOP("charter::Completeness", "Purpose")},
    {Question::BusinessUnit, QuestionGroup::Identity, "business_unit",
     QT_TRANSLATE_NOOP("charter::Completeness", "Business unit")},
    {Question::Lifecycle, QuestionGroup::Identity, "lifecycle",
     QT_TRANSLATE_NOOP("charter::Completeness", "Lifecycle stage")},
    {Question::DeploymentModel, QuestionGroup::Identity, "deployment_model",
     QT_TRANSLATE_NOOP("charter::Completeness", "Deployment model")},
    {Question::AccountableOwner, QuestionGroup::Ownership, "accountable_owner",
     QT_TRANSLATE_NOOP("charter::Completeness", "Accountable owner")},
    {Question::BusinessOwner, QuestionGroup::Ownership, "business_owner",
     QT_TRANSLATE_NOOP("charter::Completeness", "Business owner")},
    {Question::TechnicalOwner, QuestionGroup::Ownership, "technical_owner",
     QT_TRANSLATE_NOOP("charter::Completeness", "Technical owner")},
    {Question::SupportOwner, QuestionGroup::Ownership, "support_owner",
     QT_TRANSLATE_NOOP("charter::Completeness", "Support owner")},
    {Question::ItContact, QuestionGroup::Ownership, "it_contact",
     QT_TRANSLATE_NOOP("charter::Completeness", "IT contact")},
    {Question::DecisionBoundaries, QuestionGroup::Boundaries, "decision_boundaries",
     QT_TRANSLATE_NOOP("charter::Completeness", "Decision boundaries")},
    {Question::BoundaryInfluence, QuestionGroup::Boundaries, "boundary_influence",
     QT_TRANSLATE_NOOP("charter::Completeness", "Influence level of each decision")},
    {Question::BoundaryIntervention, QuestionGroup::Boundaries, "boundary_intervention",
     QT_TRANSLATE_NOOP("charter::Completeness", "When a human must step in")},
    {Question::BoundaryFailureHandling, QuestionGroup::Boundaries, "boundary_failure_handling",
     QT_TRANSLATE_NOOP("charter::Completeness", "Failure handling")},
    {Question::BoundaryUncertainty, QuestionGroup::Boundaries, "boundary_uncertainty",
     QT_TRANSLATE_NOOP("charter::Completeness", "Uncertainty reporting")},
    {Question::EscalationPath, QuestionGroup::Escalation, "escalation_path",
     QT_TRANSLATE_NOOP("charter::Completeness", "Escalation path")},
    {Question::EscalationContacts, QuestionGroup::Escalation, "escalation_contacts",
     QT_TRANSLATE_NOOP("charter::Completeness", "Escalation contacts")},
    {Question::EscalationChannels, QuestionGroup::Escalation, "escalation_channels",
     QT_TRANSLATE_NOOP("charter::Completeness", "Escalation channels")},
    {Question::EscalationResponseTargets, QuestionGroup::Escalation, "escalation_response_targets",
     QT_TRANSLATE_NOOP("charter::Completeness", "Escalation response targets")},
    {Question::PersonalData, QuestionGroup::DataSecurity, "personal_data",
     QT_TRANSLATE_NOOP("charter::Completeness", "Personal data")},
    {Question::ProductionData, QuestionGroup::DataSecurity, "production_data",
     QT_TRANSLATE_NOOP("charter::Completeness", "Production data")},
    {Question::SafetyRelated, QuestionGroup::DataSecurity, "safety_related",
     QT_TRANSLATE_NOOP("charter::Completeness", "Safety relevance")},
    {Question::DataResidency, QuestionGroup::DataSecurity, "data_residency",
     QT_TRANSLATE_NOOP("charter::Completeness", "Data residency")},
    {Question::AccessScope, QuestionGroup::DataSecurity, "access_scope",
     QT_TRANSLATE_NOOP("charter::Completeness", "Access scope")},
    {Question::ExternalProcessing, QuestionGroup::DataSecurity, "external_processing",
     QT_TRANSLATE_NOOP("charter::Completeness", "External processing")},
    {Question::CloudConnectivity, QuestionGroup::DataSecurity, "cloud_connectivity",
     QT_TRANSLATE_NOOP("charter::Completeness", "Cloud connectivity")},
    {Question::CredentialHandling, QuestionGroup::DataSecurity, "credential_handling",
     QT_TRANSLATE_NOOP("charter::Completeness", "Credential handling")},
    {Question::Integrations, QuestionGroup::DataSecurity, "integrations",
     QT_TRANSLATE_NOOP("charter::Completeness", "Integrations with existing systems")},
    {Question::VendorInvolved, QuestionGroup::Vendor, "vendor",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor involvement")},
    {Question::VendorViability, QuestionGroup::Vendor, "vendor_viability",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor viability")},
    {Question::VendorRoadmap, QuestionGroup::Vendor, "vendor_roadmap",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor roadmap stability")},
    {Question::VendorSupport, QuestionGroup::Vendor, "vendor_support",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor support maturity")},
    {Question::VendorExitOptions, QuestionGroup::Vendor, "vendor_exit_options",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor exit options")},
    {Question::VendorDataPortability, QuestionGroup::Vendor, "vendor_data_portability",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor data portability")},
    {Question::VendorAttestations, QuestionGroup::Vendor, "vendor_attestations",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor security attestations")},
    {Question::VendorDataResidency, QuestionGroup::Vendor, "vendor_data_residency",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor data residency")},
    {Question::VendorContractEnd, QuestionGroup::Vendor, "vendor_contract_end",
     QT_TRANSLATE_NOOP("charter::Completeness", "Vendor contract end")},
    {Question::VendorDeprecationNotice, QuestionGroup::Vendor, "vendor_deprecation_notice",
     QT_TRANSLATE_NOOP("charter::Completeness", "Model deprecation notice")},
    {Question::Maintainer, QuestionGroup::Support, "maintainer",
     QT_TRANSLATE_NOOP("charter::Completeness", "Maintainer")},
    {Question::UpdateHandling, QuestionGroup::Support, "update_handling",
     QT_TRANSLATE_NOOP("charter::Completeness", "Update handling")},
    {Question::IssueEscalation, QuestionGroup::Support, "issue_escalation",
     QT_TRANSLATE_NOOP("charter::Completeness", "Issue escalation")},
    {Question::EuAiActCategory, QuestionGroup::Regulatory, "eu_ai_act_category",
     QT_TRANSLATE_NOOP("charter::Completeness", "EU AI Act category")},
    {Question::EuAiActRole, QuestionGroup::Regulatory, "eu_ai_act_role",
     QT_TRANSLATE_NOOP("charter::Completeness", "EU AI Act role")},
    {Question::UsOmbHighImpact, QuestionGroup::Regulatory, "us_omb_high_impact",
     QT_TRANSLATE_NOOP("charter::Completeness", "US OMB high-impact flag")},
}};

// The table is indexed by the enum: catch a reordering at compile time.
constexpr bool tableMatchesEnum()
{
    for (size_t i = 0; i < Questions.size(); ++i)
        if (size_t(Questions[i].question) != i)
            return false;
    return true;
}
static_assert(tableMatchesEnum(), "Questions must list every Question in enum order");
static_assert(size_t(Question::UsOmbHighImpact) + 1 == QuestionCount);

constexpr std::array<const char *, QuestionGroupCount> GroupKeys = {
    "identity", "ownership", "boundaries", "escalation",
    "data_security", "vendor", "support", "regulatory",
};
static_assert(size_t(QuestionGroup::Regulatory) + 1 == QuestionGroupCount);

template <typename Predicate>
bool allOf(const auto &list, Predicate predicate)
{
    return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), predicate);
}

} // namespace

bool isUnansweredText(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QLatin1String questionKey(Question question)
{
    return QLatin1String(Questions[size_t(question)].key);
}

QString questionLabel(Question question)
{
    return QCoreApplication::translate("charter::Completeness", Questions[size_t(question)].label);
}

QuestionGroup questionGroup(Question question)
{
    return Questions[size_t(question)].group;
}

QLatin1String questionGroupKey(QuestionGroup group)
{
    return QLatin1String(GroupKeys[size_t(group)]);
}

std::optional<QuestionGroup> questionGroupFromKey(QStringView key)
{
    for (size_t i = 0; i < GroupKeys.size(); ++i)
        if (key == QLatin1String(GroupKeys[i]))
            return QuestionGroup(i);
    return std::nullopt;
}

Completeness Completeness::of(const AiSystem &system, const Vendor *vendor)
{
    Completeness c;
    using Q = Question;

    c.setUnknown(Q::Name, isUnansweredText(system.name));
    c.setUnknown(Q::Purpose, isUnansweredText(system.purpose));
    c.setUnknown(Q::BusinessUnit, isUnansweredText(system.businessUnit));
    c.setUnknown(Q::Lifecycle, system.lifecycle == Lifecycle::Unknown);
    c.setUnknown(Q::DeploymentModel, system.deploymentModel == DeploymentModel::Unknown);

    const Ownership &owners = system.ownership;
    c.setUnknown(Q::AccountableOwner, owners.accountableOwnerId == 0);
    c.setUnknown(Q::BusinessOwner, owners.businessOwnerId == 0);
    c.setUnknown(Q::TechnicalOwner, owners.technicalOwnerId == 0);
    c.setUnknown(Q::SupportOwner, owners.supportOwnerId == 0);
    c.setUnknown(Q::ItContact, owners.itContactId == 0);

    // An empty list leaves every detail question open too: nothing about it is known.
    const auto &bounds = system.boundaries;
    c.setUnknown(Q::DecisionBoundaries, bounds.isEmpty());
    c.setUnknown(Q::BoundaryInfluence, !allOf(bounds, [](const DecisionBoundary &b) {
        return b.influence != InfluenceLevel::Unknown;
    }));
    c.setUnknown(Q::BoundaryIntervention, !allOf(bounds, [](const DecisionBoundary &b) {
        return !isUnansweredText(b.humanIntervention);
    }));
    c.setUnknown(Q::BoundaryFailureHandling, !allOf(bounds, [](const DecisionBoundary &b) {
        return !isUnansweredText(b.failureHandling);
    }));
    c.setUnknown(Q::BoundaryUncertainty, !allOf(bounds, [](const DecisionBoundary &b) {
        return !isUnansweredText(b.uncertaintyReporting);
    }));

    const auto &steps = system.escalation;
    c.setUnknown(Q::EscalationPath, steps.isEmpty());
    c.setUnknown(Q::EscalationContacts, !allOf(steps, [](const EscalationStep &s) {
        return s.personId != 0;
    }));
    c.setUnknown(Q::EscalationChannels, !allOf(steps, [](const EscalationStep &s) {
        return !isUnansweredText(s.channel);
    }));
    c.setUnknown(Q::EscalationResponseTargets, !allOf(steps, [](const EscalationStep &s) {
        return s.responseMinutes >= 0;
    }));

    const DataSecurity &data = system.data;
    c.setUnknown(Q::PersonalData, data.personalData == Answer::Unknown);
    c.setUnknown(Q::ProductionData, data.productionData == Answer::Unknown);
    c.setUnknown(Q::SafetyRelated, data.safetyRelated == Answer::Unknown);
    c.setUnknown(Q::DataResidency, isUnansweredText(data.dataResidency));
    c.setUnknown(Q::AccessScope, isUnansweredText(data.accessScope));
    c.setUnknown(Q::ExternalProcessing, data.externalProcessing == Answer::Unknown);
    c.setUnknown(Q::CloudConnectivity, data.cloudConnectivity == Answer::Unknown);
    c.setUnknown(Q::CredentialHandling, isUnansweredText(data.credentialHandling));
    c.setUnknown(Q::Integrations, isUnansweredText(data.integrations));

    // In-house (no vendor, and that is known): the vendor profile does not apply.
    const bool hasVendor = vendor != nullptr || system.vendorId != 0;
    if (hasVendor) {
        static const Vendor NoProfile;
        const Vendor &v = vendor ? *vendor : NoProfile;
        c.setUnknown(Q::VendorViability, v.viability == Rating::Unknown);
        c.setUnknown(Q::VendorRoadmap, v.roadmapStability == Rating::Unknown);
        c.setUnknown(Q::VendorSupport, v.supportMaturity == Rating::Unknown);
        c.setUnknown(Q::VendorExitOptions, v.exitOptions == Rating::Unknown);
        c.setUnknown(Q::VendorDataPortability, v.dataPortability == Rating::Unknown);
        c.setUnknown(Q::VendorAttestations, isUnansweredText(v.securityAttestations));
        c.setUnknown(Q::VendorDataResidency, isUnansweredText(v.dataResidency));
        c.setUnknown(Q::VendorContractEnd, !v.contractEnd.isValid());
        c.setUnknown(Q::VendorDeprecationNotice, v.deprecationNoticeDays < 0);
    } else if (system.vendorUnknown) {
        for (int q = int(Q::VendorInvolved); q <= int(Q::VendorDeprecationNotice); ++q)
            c.setUnknown(Question(q), true);
    }

    const SupportModel &support = system.support;
    c.setUnknown(Q::Maintainer, support.maintainer == Maintainer::Unknown);
    c.setUnknown(Q::UpdateHandling, isUnansweredText(support.updatePolicy));
    c.setUnknown(Q::IssueEscalation, isUnansweredText(support.issueEscalation));

    const RegulatoryClassification &reg = system.regulatory;
    c.setUnknown(Q::EuAiActCategory, reg.euAiActCategory == EuAiActCategory::Unknown);
    // Out of scope of the Act: there is no role to name.
    c.setUnknown(Q::EuAiActRole, reg.euAiActCategory != EuAiActCategory::NotInScope
                                     && reg.euAiActRole == EuAiActRole::Unknown);
    c.setUnknown(Q::UsOmbHighImpact, reg.usOmbHighImpact == Answer::Unknown);
    return c;
}

QList<Question> Completeness::unknownQuestions() const
{
    QList<Question> result;
    result.reserve(qsizetype(m_unknown.count()));
    for (size_t i = 0; i < m_unknown.size(); ++i)
        if (m_unknown.test(i))
            result.append(Question(i));
    return result;
}

QStringList Completeness::unknownLabels() const
{
    QStringList result;
    result.reserve(qsizetype(m_unknown.count()));
    for (size_t i = 0; i < m_unknown.size(); ++i)
        if (m_unknown.test(i))
            result.append(questionLabel(Question(i)));
    return result;
}

} // namespace charter
