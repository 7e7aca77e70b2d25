#pragma once

#include "domain/Enums.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

// Portfolio metrics: the numbers of the dashboard and of the board pack's summary,
// computed for the whole register in one go (computePortfolioMetrics). Plain data,
// already translated, no database or widget behind it: safe to hand from a worker
// thread to the window.
//
// Every tile, bar, slice and point is a MetricElement that carries the exact ids of
// the systems behind its number, so a click can open the registry scoped to exactly
// them (RegistryFilter::systemIds).
//
// Definitions (all measured on PortfolioMetrics::today):
// - approved: workflow state approved. Waiting for a decision: in review.
// - review due: the earliest of the system's scheduled next review, its approval's
//   review date (approval + the tier's cadence, see reviewDueDate) and its approval's
//   expiry. Re-review overdue: that date is before today. Retired systems (lifecycle
//   or workflow) are never due.
// - stale sign-offs: in review or changes requested, and at least one sign-off of the
//   current review cycle no longer current (a material change since it was given).
// - decision-boundary mix: each system once, by the most autonomous influence any of
//   its documented decisions has (an unknown influence ranks just below autonomous: it
//   may be); "not documented" when it lists no decision.
// - vendor exit readiness: from the vendor's exit options and data portability
//   ratings: not ready when either is weak, unknown when either is unknown, else ready.
// - likelihood x impact (high and critical systems only), each 1..5:
//   likelihood = 1 + autonomy (autonomous 2, unknown 1) + unknown answers (1)
//                + external processing or unknown vendor (1), at most 5;
//   impact = 1 + one per "yes" of personal data, safety related, EU AI Act high-risk or
//            prohibited, US OMB high impact, at most 5.
// - overrides and incidents per month: the last 12 calendar months up to today's,
//   by the date they occurred; value = events, ids = the systems they concern.
namespace charter {

class Database;
class Policy;

// One tile, bar, slice or point: its number and exactly the systems behind it.
struct MetricElement {
    QString key;             // stable, untranslated: "approved", "high", "2026-11", "vendor:12"
    QString label;           // translated, for display
    int value = 0;           // the number shown: systems, or events (overrides, incidents)
    QList<qint64> systemIds; // ascending, distinct: the registry click-through scope
    bool alert = false;      // tiles: something needs attention (gap, overdue)

    bool operator==(const MetricElement &) const = default;
};

// Decision-boundary mix categories, in display order.
enum class BoundaryMix { Autonomous, Unknown, HumanApproves, AdvisoryOnly, Prohibited, NotDocumented };
inline constexpr int BoundaryMixCount = 6;
QString boundaryMixLabel(BoundaryMix mix);

enum class ExitReadiness { Ready, NotReady, Unknown };
QString exitReadinessLabel(ExitReadiness readiness);

// One vendor the register depends on.
struct VendorMetric {
    qint64 vendorId = 0;
    MetricElement systems; // key "vendor:<id>", label = vendor name, value = systems
    Rating exitOptions = Rating::Unknown;
    Rating dataPortability = Rating::Unknown;
    QDate contractEnd; // invalid = unknown
    ExitReadiness readiness = ExitReadiness::Unknown;

    bool operator==(const VendorMetric &) const = default;
};

// One occupied cell of the likelihood x impact grid, per tier.
struct RiskPosition {
    int likelihood = 1; // 1..5
    int impact = 1;     // 1..5
    RiskTier tier = RiskTier::High; // High or Critical
    MetricElement systems; // key "risk:<tier>:<likelihood>:<impact>"

    bool operator==(const RiskPosition &) const = default;
};

struct PortfolioMetrics {
    QDate today;

    // Tiles.
    MetricElement systems;            // every system in the register
    MetricElement approved;
    MetricElement awaitingDecision;   // in review
    MetricElement reviewOverdue;
    MetricElement noAccountableOwner;
    MetricElement withUnknowns;       // at least one question answered "unknown"
    MetricElement staleSignOffs;
    // The tiles above in display order.
    QList<MetricElement> tiles() const;

    // Charts; every list in display order.
    QList<MetricElement> byTier;        // Low..Critical (key = tier key)
    QList<MetricElement> byState;       // Draft..Retired (key = state key)
    // [0] = overdue (key "overdue"), then the 12 calendar months from today's
    // (key "YYYY-MM", label "Nov 2026"): re-reviews due in that month.
    QList<MetricElement> reviewSchedule;
    QList<MetricElement> boundaryMix;   // BoundaryMix order (key = "autonomous"...)
    QList<VendorMetric> vendors;        // most systems first, then by name; every vendor with a system
    MetricElement unknownVendor;        // systems whose vendor is marked unknown
    QList<MetricElement> overridesByMonth; // 12 months, oldest first, ending with today's
    QList<MetricElement> incidentsByMonth; // same months
    QList<RiskPosition> riskPositions;  // high then critical, then by likelihood, impact

    bool operator==(const PortfolioMetrics &) const = default;
};

// Computes every metric over the register in DB with a few set-based queries
// (MetricsQueries) and one pass over their rows: fast enough to rerun after every edit
// on 100,000 systems. POLICY gives the review cadences. Threading: DB must belong to
// the calling thread (a worker opens its own Database).
Result<PortfolioMetrics> computePortfolioMetrics(Database &db, const Policy &policy, const QDate &today);

} // namespace charter
