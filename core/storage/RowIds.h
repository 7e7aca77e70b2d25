#pragma once

#include "util/Result.h"

#include <QString>

namespace charter {

class Database;

// The first id of TABLE that no row ever had, for a writer that numbers new rows
// itself (RegisterService::importSpreadsheet numbers them on the thread that reads the
// file). Must run inside a write transaction (Database::transaction): it holds the
// writer lock, so no other Charter writer inserts into TABLE until it commits. Rows
// inserted with explicit ids move the counter on (AUTOINCREMENT; on PostgreSQL the
// {PK} trigger).
Result<qint64> nextFreeRowId(Database &db, const QString &table);

} // namespace charter
