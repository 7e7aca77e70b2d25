#pragma once

#include "domain/Enums.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace charter {

class Database;

// The set-based reads behind the portfolio metrics (core/reporting/PortfolioMetrics):
// a handful of queries whose cost grows with the register, never one query per system.
// Enumerations come back as integer codes computed in SQL, so the pass over 100,000
// rows compares integers instead of parsing text.

// One system, reduced to what the metrics need.
struct MetricsSystemRow {
    qint64 id = 0;
    qint64 vendorId = 0; // 0 = none
    QDate nextReview;    // invalid = not scheduled
    QDate approvedOn;    // UTC date of the last approval; invalid = never approved
    QDate approvalExpires;
    RiskTier tier = RiskTier::Low;
    RiskTier approvedTier = RiskTier::Low;
    WorkflowState state = WorkflowState::Draft;
    qint8 boundaryMix = 5; // BoundaryMix code: the most autonomous documented influence
    qint8 impactAnswers = 0; // "yes" among personal data, safety, EU high-risk/prohibited, OMB high impact
    bool retired = false;    // lifecycle retired
    bool hasOwner = false;   // an accountable owner is named
    bool hasUnknowns = false;
    bool vendorUnknown = false;
    bool externalProcessing = false; // "yes"
};

struct MetricsVendorRow {
    qint64 id = 0;
    QString name;
    Rating exitOptions = Rating::Unknown;
    Rating dataPortability = Rating::Unknown;
    QDate contractEnd;
};

// Overrides or incidents of one system in one calendar month.
struct MetricsMonthlyEvents {
    QString month; // "YYYY-MM"
    qint64 systemId = 0;
    int events = 0;
};

// A system in review whose current cycle holds a sign-off given before its last edit:
// the sign-off may have gone stale (only a material change makes it so).
struct MetricsSignOffCandidate {
    qint64 systemId = 0;
    int cycle = 0;
};

class MetricsQueries {
public:
    explicit MetricsQueries(Database &db) : m_db(db) {}

    // Every system, by id.
    Result<QList<MetricsSystemRow>> systems() const;
    Result<QList<MetricsVendorRow>> vendors() const;
    enum class EventTable { Overrides, Incidents };
    // Events that occurred on or after FROM, grouped by month and system.
    Result<QList<MetricsMonthlyEvents>> eventsByMonth(EventTable table, const QDate &from) const;
    Result<QList<MetricsSignOffCandidate>> staleSignOffCandidates() const;

private:
    Database &m_db;
};

} // namespace charter
