#pragma once

#include <QString>

namespace charter {

// Who is writing and why: every repository write records it in the audit trail.
struct WriteContext {
    QString actor;  // OS account (local mode) or database login (shared mode)
    QString reason; // optional free text, e.g. "Imported from treasury.csv"
};

} // namespace charter
