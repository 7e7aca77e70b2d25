#pragma once

// The registry read as a baseline, shared by charter-bench (figures 3 and 4) and
// charter-startup-baseline (figure 8): Qt only, deliberately free of Charter's code, so
// the baselines measure what Qt alone costs for the same rows.
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace charter::bench {

// SystemRepository::registryRows()'s SELECT, word for word (keep them in step).
inline const QString RegistrySql = QStringLiteral(
    "SELECT s.id, s.name, s.external_ref, s.business_unit, s.lifecycle, "
    "p.name, v.name, s.vendor_unknown, s.risk_tier, s.risk_score, "
    "s.completeness, s.gap_count, s.next_review "
    "FROM systems s "
    "LEFT JOIN people p ON p.id = s.accountable_owner_id "
    "LEFT JOIN vendors v ON v.id = s.vendor_id "
    "ORDER BY s.name, s.id");

// The same thirteen values, as they come out of the query: no enum or date decoding.
struct RawRegistryRow {
    qint64 id = 0;
    QString name;
    QString externalReference;
    QString businessUnit;
    QString lifecycle;
    QString accountableOwner;
    QString vendor;
    int vendorUnknown = 0;
    QString riskTier;
    int riskScore = 0;
    int completeness = 0;
    int gapCount = 0;
    QString nextReview;
};

// The row QUERY is on (a query of RegistrySql).
inline RawRegistryRow readRawRegistryRow(const QSqlQuery &query)
{
    RawRegistryRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.externalReference = query.value(2).toString();
    row.businessUnit = query.value(3).toString();
    row.lifecycle = query.value(4).toString();
    row.accountableOwner = query.value(5).toString();
    row.vendor = query.value(6).toString();
    row.vendorUnknown = query.value(7).toInt();
    row.riskTier = query.value(8).toString();
    row.riskScore = query.value(9).toInt();
    row.completeness = query.value(10).toInt();
    row.gapCount = query.value(11).toInt();
    row.nextReview = query.value(12).toString();
    return row;
}

} // namespace charter::bench
