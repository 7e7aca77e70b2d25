#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// One reason a system's risk score went up, with its points and a plain sentence
// such as "Decides autonomously on safety-related matters".
struct RiskFactor {
    QString id;       // policy factor id, e.g. "autonomous_safety"
    int points = 0;
    QString sentence; // translated, without the points
    bool fromUnknown = false; // raised because an answer is unknown (a gap)

    bool operator==(const RiskFactor &) const = default;
};

// The explained risk of one system under one policy version.
struct RiskAssessment {
    int score = 0;                 // sum of factor points
    RiskTier tier = RiskTier::Low;
    QList<RiskFactor> factors;     // highest points first
    QStringList unknowns;          // every question answered "unknown", by label
    int completeness = 0;          // percent of questions answered, 0..100
    int policyVersion = 0;
    int reviewCadenceMonths = 12;  // from the policy, for this tier

    bool operator==(const RiskAssessment &) const = default;
};

} // namespace charter
