#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace charter {

// The flat view of one system that the registry table and `charter-cli list` show.
struct RegistryRow {
    qint64 id = 0;
    QString name;
    QString externalReference;
    QString businessUnit;
    Lifecycle lifecycle = Lifecycle::Unknown;
    QString accountableOwner; // person's name; empty = nobody named
    QString vendor;           // vendor name; empty = in-house or unknown
    bool vendorUnknown = false;
    RiskTier riskTier = RiskTier::Low;
    int riskScore = 0;
    int completeness = 0; // percent
    int gapCount = 0;     // unknown answers
    QDate nextReview;

    bool operator==(const RegistryRow &) const = default;
};

// Case-insensitive "contains" over the columns a reviewer searches by: name,
// reference, business unit, accountable owner and vendor. NEEDLE must be lower case
// (fold it once, not per row).
bool registryRowMatches(const RegistryRow &row, QStringView loweredNeedle);

} // namespace charter
