#pragma once

#include <QJsonValue>
#include <QStringList>

namespace charter {

// The paths at which two JSON values differ, e.g. "purpose", "ownership.accountableOwnerId",
// "boundaries[1].influence", "boundaries (3 items instead of 2)". At most LIMIT paths;
// empty when the values are equal. Pure.
QStringList jsonDifferences(const QJsonValue &expected, const QJsonValue &actual, int limit = 12);

} // namespace charter
