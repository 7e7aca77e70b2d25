#include "Enums.h"

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

} // namespace charter
