#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace charter {

// Every multiple-choice answer in the register has an explicit Unknown value: an
// unanswered question is a visible gap that counts as risk, never a silent blank.

enum class Answer { Unknown, Yes, No };

enum class Lifecycle { Unknown, Proposed, Development, Pilot, Production, Retired };

enum class DeploymentModel { Unknown, OnPremises, PrivateCloud, VendorSaaS, Hybrid, Embedded };

enum class InfluenceLevel { Unknown, Autonomous, HumanApproves, AdvisoryOnly, Prohibited };

enum class Severity { Low, Medium, High, Critical };

// A qualitative assessment of one vendor-risk dimension (viability, exit options...).
enum class Rating { Unknown, Weak, Adequate, Strong };

enum class Maintainer { Unknown, InHouse, Vendor, Partner };

enum class EuAiActCategory { Unknown, Prohibited, HighRisk, LimitedRisk, MinimalRisk, NotInScope };

enum class EuAiActRole { Unknown, Provider, Deployer, Importer, Distributor };

enum class RiskTier { Low, Medium, High, Critical };

// One value of an enum with its stable storage/interchange key and its display label.
// Labels are source strings for translation (context "charter::Enums").
template <typename E>
struct EnumEntry {
    E value;
    const char *key;
    const char *label;
};

template <typename E>
std::span<const EnumEntry<E>> enumEntries();
template <>
std::span<const EnumEntry<Answer>> enumEntries<Answer>();
template <>
std::span<const EnumEntry<Lifecycle>> enumEntries<Lifecycle>();
template <>
std::span<const EnumEntry<DeploymentModel>> enumEntries<DeploymentModel>();
template <>
std::span<const EnumEntry<InfluenceLevel>> enumEntries<InfluenceLevel>();
template <>
std::span<const EnumEntry<Severity>> enumEntries<Severity>();
template <>
std::span<const EnumEntry<Rating>> enumEntries<Rating>();
template <>
std::span<const EnumEntry<Maintainer>> enumEntries<Maintainer>();
template <>
std::span<const EnumEntry<EuAiActCategory>> enumEntries<EuAiActCategory>();
template <>
std::span<const EnumEntry<EuAiActRole>> enumEntries<EuAiActRole>();
template <>
std::span<const EnumEntry<RiskTier>> enumEntries<RiskTier>();

// Stable key used in the database, JSON and CSV ("human_approves").
template <typename E>
QString enumKey(E value)
{
    for (const auto &entry : enumEntries<E>())
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString();
}

// Translated label for display ("Human approves").
QString translatedEnumLabel(const char *label);

template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : enumEntries<E>())
        if (entry.value == value)
            return translatedEnumLabel(entry.label);
    return QString();
}

// Parses a key (case-insensitive, '-' and ' ' accepted for '_'); nullopt if unknown key.
template <typename E>
std::optional<E> enumFromKey(const QString &key)
{
    QString normalised = key.trimmed().toLower();
    normalised.replace(QLatin1Char('-'), QLatin1Char('_'));
    normalised.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const auto &entry : enumEntries<E>())
        if (normalised == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template <typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>())
        keys << QString::fromLatin1(entry.key);
    return keys;
}

} // namespace charter
