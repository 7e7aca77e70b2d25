#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>
#include <span>

namespace charter {

struct AiSystem;
struct Vendor;

// The register's question groups (DESIGN.md, "What IT needs answered"). A policy can
// weigh unknown answers differently per group.
enum class QuestionGroup {
    Identity,
    Ownership,
    Boundaries,
    Escalation,
    DataSecurity,
    Vendor,
    Support,
    Regulatory,
};
inline constexpr int QuestionGroupCount = 8;

// Every question the register asks of a system. Lists (decision boundaries, escalation
// steps) are asked as aggregate questions so the total is fixed and completeness
// percentages compare across systems.
enum class Question {
    // identity
    Name,
    Purpose,
    BusinessUnit,
    Lifecycle,
    DeploymentModel,
    // ownership roles
    AccountableOwner,
    BusinessOwner,
    TechnicalOwner,
    SupportOwner,
    ItContact,
    // decision boundaries
    DecisionBoundaries,
    BoundaryInfluence,
    BoundaryIntervention,
    BoundaryFailureHandling,
    BoundaryUncertainty,
    // escalation
    EscalationPath,
    EscalationContacts,
    EscalationChannels,
    EscalationResponseTargets,
    // data and security
    PersonalData,
    ProductionData,
    SafetyRelated,
    DataResidency,
    AccessScope,
    ExternalProcessing,
    CloudConnectivity,
    CredentialHandling,
    Integrations,
    // vendor profile
    VendorInvolved,
    VendorViability,
    VendorRoadmap,
    VendorSupport,
    VendorExitOptions,
    VendorDataPortability,
    VendorAttestations,
    VendorDataResidency,
    VendorContractEnd,
    VendorDeprecationNotice,
    // support model
    Maintainer,
    UpdateHandling,
    IssueEscalation,
    // regulatory classification
    EuAiActCategory,
    EuAiActRole,
    UsOmbHighImpact,
};
inline constexpr int QuestionCount = 44;

// Stable key ("data_residency"), used in factor ids ("unknown:data_residency").
QLatin1String questionKey(Question question);
// Translated label ("Data residency").
QString questionLabel(Question question);
QuestionGroup questionGroup(Question question);

// Stable key ("data_security"), used in policy files.
QLatin1String questionGroupKey(QuestionGroup group);
std::optional<QuestionGroup> questionGroupFromKey(QStringView key);

// Blank or whitespace-only text answers nothing; checked without allocating.
bool isUnansweredText(const QString &text);

// Which questions of one system are answered. Unknown answers, blank text, nobody
// named and an empty list all count as unanswered; a question that does not apply
// (vendor profile of an in-house system, EU role when out of scope) counts as answered.
// Cheap to compute: no allocation.
class Completeness
{
public:
    // vendor: the system's vendor, nullptr if none or not loaded (then a system with a
    // vendorId has an entirely unknown vendor profile).
    static Completeness of(const AiSystem &system, const Vendor *vendor);

    bool isAnswered(Question question) const { return !m_unknown.test(index(question)); }
    int answeredCount() const { return QuestionCount - int(m_unknown.count()); }
    static constexpr int totalCount() { return QuestionCount; }
    // Rounded down, so 100 means every question is answered.
    int percent() const { return answeredCount() * 100 / QuestionCount; }

    QList<Question> unknownQuestions() const; // in catalogue order
    QStringList unknownLabels() const;        // translated, in catalogue order

private:
    static constexpr size_t index(Question question) { return size_t(question); }
    void setUnknown(Question question, bool unknown) { m_unknown.set(index(question), unknown); }

    std::bitset<QuestionCount> m_unknown;
};

} // namespace charter
