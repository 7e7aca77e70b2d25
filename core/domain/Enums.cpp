#include "Enums.h"
#include "EnumWords.h"

#include <QCoreApplication>

namespace charter {

QString translatedEnumLabel(const char *label)
{
    return QCoreApplication::translate("charter::Enums", label);
}

#define CHARTER_ENUM_TABLE(Type, ...)                                            \
    template <>                                                                  \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                         \
    {                                                                            \
        static constexpr EnumEntry<Type> entries[] = {__VA_ARGS__};              \
        return entries;                                                          \
    }

CHARTER_ENUM_TABLE(Answer,
    {Answer::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {Answer::Yes, "yes", QT_TRANSLATE_NOOP("charter::Enums", "Yes")},
    {Answer::No, "no", QT_TRANSLATE_NOOP("charter::Enums", "No")})

CHARTER_ENUM_TABLE(Lifecycle,
    {Lifecycle::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {Lifecycle::Proposed, "proposed", QT_TRANSLATE_NOOP("charter::Enums", "Proposed")},
    {Lifecycle::Development, "development", QT_TRANSLATE_NOOP("charter::Enums", "In development")},
    {Lifecycle::Pilot, "pilot", QT_TRANSLATE_NOOP("charter::Enums", "Pilot")},
    {Lifecycle::Production, "production", QT_TRANSLATE_NOOP("charter::Enums", "In production")},
    {Lifecycle::Retired, "retired", QT_TRANSLATE_NOOP("charter::Enums", "Retired")})

CHARTER_ENUM_TABLE(DeploymentModel,
    {DeploymentModel::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {DeploymentModel::OnPremises, "on_premises", QT_TRANSLATE_NOOP("charter::Enums", "On premises")},
    {DeploymentModel::PrivateCloud, "private_cloud", QT_TRANSLATE_NOOP("charter::Enums", "Private cloud")},
    {DeploymentModel::VendorSaaS, "vendor_saas", QT_TRANSLATE_NOOP("charter::Enums", "Vendor SaaS")},
    {DeploymentModel::Hybrid, "hybrid", QT_TRANSLATE_NOOP("charter::Enums", "Hybrid")},
    {DeploymentModel::Embedded, "embedded", QT_TRANSLATE_NOOP("charter::Enums", "Embedded in a product")})

CHARTER_ENUM_TABLE(InfluenceLevel,
    {InfluenceLevel::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {InfluenceLevel::Autonomous, "autonomous", QT_TRANSLATE_NOOP("charter::Enums", "Autonomous")},
    {InfluenceLevel::HumanApproves, "human_approves", QT_TRANSLATE_NOOP("charter::Enums", "Human approves")},
    {InfluenceLevel::AdvisoryOnly, "advisory_only", QT_TRANSLATE_NOOP("charter::Enums", "Advisory only")},
    {InfluenceLevel::Prohibited, "prohibited", QT_TRANSLATE_NOOP("charter::Enums", "Prohibited")})

CHARTER_ENUM_TABLE(Severity,
    {Severity::Low, "low", QT_TRANSLATE_NOOP("charter::Enums", "Low")},
    {Severity::Medium, "medium", QT_TRANSLATE_NOOP("charter::Enums", "Medium")},
    {Severity::High, "high", QT_TRANSLATE_NOOP("charter::Enums", "High")},
    {Severity::Critical, "critical", QT_TRANSLATE_NOOP("charter::Enums", "Critical")})

CHARTER_ENUM_TABLE(Rating,
    {Rating::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {Rating::Weak, "weak", QT_TRANSLATE_NOOP("charter::Enums", "Weak")},
    {Rating::Adequate, "adequate", QT_TRANSLATE_NOOP("charter::Enums", "Adequate")},
    {Rating::Strong, "strong", QT_TRANSLATE_NOOP("charter::Enums", "Strong")})

CHARTER_ENUM_TABLE(Maintainer,
    {Maintainer::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {Maintainer::InHouse, "in_house", QT_TRANSLATE_NOOP("charter::Enums", "In-house team")},
    {Maintainer::Vendor, "vendor", QT_TRANSLATE_NOOP("charter::Enums", "Vendor")},
    {Maintainer::Partner, "partner", QT_TRANSLATE_NOOP("charter::Enums", "Service partner")})

CHARTER_ENUM_TABLE(EuAiActCategory,
    {EuAiActCategory::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {EuAiActCategory::Prohibited, "prohibited", QT_TRANSLATE_NOOP("charter::Enums", "Prohibited practice")},
    {EuAiActCategory::HighRisk, "high_risk", QT_TRANSLATE_NOOP("charter::Enums", "High-risk")},
    {EuAiActCategory::LimitedRisk, "limited_risk", QT_TRANSLATE_NOOP("charter::Enums", "Limited risk (transparency)")},
    {EuAiActCategory::MinimalRisk, "minimal_risk", QT_TRANSLATE_NOOP("charter::Enums", "Minimal risk")},
    {EuAiActCategory::NotInScope, "not_in_scope", QT_TRANSLATE_NOOP("charter::Enums", "Not in scope")})

CHARTER_ENUM_TABLE(EuAiActRole,
    {EuAiActRole::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
    {EuAiActRole::Provider, "provider", QT_TRANSLATE_NOOP("charter::Enums", "Provider")},
    {EuAiActRole::Deployer, "deployer", QT_TRANSLATE_NOOP("charter::Enums", "Deployer")},
    {EuAiActRole::Importer, "importer", QT_TRANSLATE_NOOP("charter::Enums", "Importer")},
    {EuAiActRole::Distributor, "distributor", QT_TRANSLATE_NOOP("charter::Enums", "Distributor")})

CHARTER_ENUM_TABLE(RiskTier,
    {RiskTier::Low, "low", QT_TRANSLATE_NOOP("charter::Enums", "Low")},
    {RiskTier::Medium, "medium", QT_TRANSLATE_NOOP("charter::Enums", "Medium")},
    {RiskTier::High, "high", QT_TRANSLATE_NOOP("charter::Enums", "High")},
    {RiskTier::Critical, "critical", QT_TRANSLATE_NOOP("charter::Enums", "Critical")})

#undef CHARTER_ENUM_TABLE

namespace detail {

QString enumWord(const char *label, SentenceWord word)
{
    const QString translated = QCoreApplication::translate("charter::Enums", word.source, word.comment);
    if (translated != QLatin1String(word.source))
        return translated;
    const QString translatedLabel = translatedEnumLabel(label);
    return translatedLabel != QLatin1String(label) ? translatedLabel : translated;
}

} // namespace detail

namespace {

// Risk tiers and severities read the same inside a sentence: "high risk", "high severity".
QString levelWord(int level)
{
    switch (level) {
    case 0:
        return detail::enumWord("Low", QT_TRANSLATE_NOOP3("charter::Enums", "low", "risk tier or severity inside a sentence"));
    case 1:
        return detail::enumWord("Medium", QT_TRANSLATE_NOOP3("charter::Enums", "medium", "risk tier or severity inside a sentence"));
    case 2:
        return detail::enumWord("High", QT_TRANSLATE_NOOP3("charter::Enums", "high", "risk tier or severity inside a sentence"));
    default:
        return detail::enumWord("Critical", QT_TRANSLATE_NOOP3("charter::Enums", "critical", "risk tier or severity inside a sentence"));
    }
}

} // namespace

QString enumInSentence(RiskTier value)
{
    static_assert(int(RiskTier::Low) == 0 && int(RiskTier::Critical) == 3);
    return levelWord(int(value));
}

QString enumInSentence(Severity value)
{
    static_assert(int(Severity::Low) == 0 && int(Severity::Critical) == 3);
    return levelWord(int(value));
}

QString enumInSentence(Lifecycle value)
{
    switch (value) {
    case Lifecycle::Unknown:
        return detail::enumWord("Unknown", QT_TRANSLATE_NOOP3("charter::Enums", "unknown", "lifecycle stage inside a sentence"));
    case Lifecycle::Proposed:
        return detail::enumWord("Proposed", QT_TRANSLATE_NOOP3("charter::Enums", "proposed", "lifecycle stage inside a sentence"));
    case Lifecycle::Development:
        return detail::enumWord("In development", QT_TRANSLATE_NOOP3("charter::Enums", "in development", "lifecycle stage inside a sentence"));
    case Lifecycle::Pilot:
        return detail::enumWord("Pilot", QT_TRANSLATE_NOOP3("charter::Enums", "pilot", "lifecycle stage inside a sentence"));
    case Lifecycle::Production:
        return detail::enumWord("In production", QT_TRANSLATE_NOOP3("charter::Enums", "in production", "lifecycle stage inside a sentence"));
    case Lifecycle::Retired:
        return detail::enumWord("Retired", QT_TRANSLATE_NOOP3("charter::Enums", "retired", "lifecycle stage inside a sentence"));
    }
    return QString();
}

} // namespace charter
