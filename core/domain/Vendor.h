#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace charter {

// Vendor risk profile, shared by every system that depends on the vendor.
struct Vendor {
    qint64 id = 0; // 0 until stored
    QString name;
    Rating viability = Rating::Unknown;
    Rating roadmapStability = Rating::Unknown;
    Rating supportMaturity = Rating::Unknown;
    Rating exitOptions = Rating::Unknown;
    Rating dataPortability = Rating::Unknown;
    QString securityAttestations; // e.g. "SOC 2 Type II, ISO 27001"; empty = unknown
    QString dataResidency;        // e.g. "EU"; empty = unknown
    QDate contractEnd;            // invalid = unknown
    int deprecationNoticeDays = -1; // model deprecation notice; -1 = unknown
    QString notes;

    bool operator==(const Vendor &) const = default;
};

} // namespace charter
