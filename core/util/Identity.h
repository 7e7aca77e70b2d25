#pragma once

#include <QString>

namespace charter {

// The operating-system account running Charter: the actor recorded in the audit trail
// in local (SQLite) mode.
QString currentOsUser();

} // namespace charter
