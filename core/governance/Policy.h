#pragma once

#include "Completeness.h"
#include "domain/Enums.h"
#include "domain/SignOff.h"
#include "util/Result.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace charter {

// The risk factors RiskEngine knows how to detect. Their weights live in a Policy;
// the keys are the ids used in policy files and in RiskFactor::id.
enum class FactorId {
    AutonomousSafety,
    AutonomousDecision,
    PersonalData,
    ProductionData,
    SafetyRelated,
    ExternalProcessing,
    CloudConnectivity,
    EuHighRisk,
    EuProhibited,
    UsOmbHighImpact,
    NoAccountableOwner,
    NoEscalationPath,
    EscalationIncomplete,
    BoundariesUndocumented,
    VendorUnknown,
    VendorWeakViability,
    VendorWeakExitOptions,
    VendorWeakDataPortability,
    VendorWeakRoadmap,
    VendorWeakSupport,
    VendorContractEnding,
    ShortDeprecationNotice,
    ReviewOverdue,
    ReviewUnscheduled,
    ImportNotes,
};
inline constexpr int FactorCount = 25;

QLatin1String factorKey(FactorId factor);              // "autonomous_safety"
std::optional<FactorId> factorFromKey(QStringView key); // exact key, nullopt if unknown

// How many sign-offs of each kind an approval needs (per tier, in a Policy).
struct RequiredSignOffs {
    int itReview = 0;
    int ownership = 0; // 0 or 1: a system has one accountable owner
    int board = 0;     // distinct board members

    int count(SignOffKind kind) const
    {
        switch (kind) {
        case SignOffKind::ItReview:
            return itReview;
        case SignOffKind::Ownership:
            return ownership;
        case SignOffKind::Board:
            return board;
        }
        return 0;
    }
    void setCount(SignOffKind kind, int count);
    int total() const { return itReview + ownership + board; }
    bool operator==(const RequiredSignOffs &) const = default;
};

// A versioned risk policy: factor weights, points per unknown answer, tier thresholds,
// review cadence per tier, minimum tiers and the sign-offs each tier's approval needs. Stored as JSON (see docs/risk-policy.md),
// so a governance board changes the weights without a new Charter build.
// A plain value: cheap to copy, safe to share read-only across threads. A
// default-constructed Policy is invalid (version 0, every threshold 0, so every score is
// critical); use defaultPolicy() or fromJson().
class Policy
{
public:
    struct Weight {
        int points = 0;
        bool enabled = false;
        bool operator==(const Weight &) const = default;
    };

    // Parses and validates a policy file. Errors (ErrorCode::InvalidInput) name the
    // source and the field ("factors.personal_data.points"). Unknown fields and factor
    // ids are errors, so a typo never drops risk silently; a known factor the file
    // leaves out weighs 0 and is reported by missingFactors().
    static Result<Policy> fromJson(const QByteArray &json, const QString &source);
    // Every factor written explicitly, so the file read back needs no defaults.
    QByteArray toJson() const;

    // Charter's built-in policy (:/charter/core/default-policy.json), parsed once.
    static Policy defaultPolicy();

    // Cross-field checks (thresholds increasing, ranges); fromJson runs it.
    Status validate(const QString &source) const;

    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    Weight weight(FactorId factor) const { return m_weights[size_t(factor)]; }
    // Points a raised factor adds: 0 when disabled.
    int points(FactorId factor) const
    {
        const Weight &w = m_weights[size_t(factor)];
        return w.enabled ? w.points : 0;
    }
    void setWeight(FactorId factor, int points, bool enabled = true);
    // Known factors the file did not mention (they weigh 0); callers should warn.
    QList<FactorId> missingFactors() const;

    // Points per unknown answer in a group; the "default" applies to groups not listed.
    int unknownPoints(QuestionGroup group) const { return m_unknownPoints[size_t(group)]; }
    int defaultUnknownPoints() const { return m_defaultUnknownPoints; }
    void setUnknownPoints(QuestionGroup group, int points) { m_unknownPoints[size_t(group)] = points; }
    void setDefaultUnknownPoints(int points); // also resets every group to it

    // Lowest score of a tier (Low is always 0).
    int threshold(RiskTier tier) const { return m_thresholds[size_t(tier)]; }
    void setThresholds(int medium, int high, int critical);
    RiskTier tierForScore(int score) const;

    int reviewCadenceMonths(RiskTier tier) const { return m_cadenceMonths[size_t(tier)]; }
    void setReviewCadenceMonths(RiskTier tier, int months) { m_cadenceMonths[size_t(tier)] = months; }

    // Sign-offs an approval at TIER needs. A policy file without "requiredSignOffs"
    // (written before the workflow existed) gets defaultRequiredSignOffs().
    RequiredSignOffs requiredSignOffs(RiskTier tier) const { return m_signOffs[size_t(tier)]; }
    void setRequiredSignOffs(RiskTier tier, const RequiredSignOffs &required)
    {
        m_signOffs[size_t(tier)] = required;
    }
    // IT review and ownership for every tier; high adds the board; critical needs two
    // distinct board members.
    static RequiredSignOffs defaultRequiredSignOffs(RiskTier tier);

    // Minimum tier of a system on which this factor is raised (e.g. EU prohibited
    // practice: critical, whatever the score).
    std::optional<RiskTier> tierFloor(FactorId factor) const { return m_floors[size_t(factor)]; }
    void setTierFloor(FactorId factor, std::optional<RiskTier> tier) { m_floors[size_t(factor)] = tier; }

    // A vendor contract ending within this many days (or already ended) is a factor.
    int contractEndWarningDays() const { return m_contractEndWarningDays; }
    void setContractEndWarningDays(int days) { m_contractEndWarningDays = days; }
    // A model deprecation notice shorter than this many days is a factor.
    int minDeprecationNoticeDays() const { return m_minDeprecationNoticeDays; }
    void setMinDeprecationNoticeDays(int days) { m_minDeprecationNoticeDays = days; }

    // Same weights and rules (missingFactors() is bookkeeping and not compared).
    bool operator==(const Policy &other) const;

private:
    int m_version = 0;
    QString m_name;
    QString m_description;
    std::array<Weight, FactorCount> m_weights{};
    std::array<bool, FactorCount> m_specified{};
    int m_defaultUnknownPoints = 0;
    std::array<int, QuestionGroupCount> m_unknownPoints{};
    std::array<int, 4> m_thresholds{}; // indexed by RiskTier
    std::array<int, 4> m_cadenceMonths{12, 12, 12, 12};
    std::array<RequiredSignOffs, 4> m_signOffs{defaultRequiredSignOffs(RiskTier::Low),
                                               defaultRequiredSignOffs(RiskTier::Medium),
                                               defaultRequiredSignOffs(RiskTier::High),
                                               defaultRequiredSignOffs(RiskTier::Critical)};
    std::array<std::optional<RiskTier>, FactorCount> m_floors{};
    int m_contractEndWarningDays = 90;
    int m_minDeprecationNoticeDays = 180;

    friend class PolicyParser;
};

} // namespace charter
