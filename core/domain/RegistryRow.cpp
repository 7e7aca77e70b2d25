#include "RegistryRow.h"

namespace charter {

bool registryRowMatches(const RegistryRow &row, QStringView loweredNeedle)
{
    if (loweredNeedle.isEmpty())
        return true;
    const auto has = [loweredNeedle](const QString &text) {
        return text.contains(loweredNeedle, Qt::CaseInsensitive);
    };
    return has(row.name) || has(row.accountableOwner) || has(row.vendor)
        || has(row.businessUnit) || has(row.externalReference);
}

} // namespace charter
