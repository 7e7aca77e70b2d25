#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace charter {

class Database;

// Copies a whole Charter database to another, e.g. a local file to a shared PostgreSQL
// database and back (`charter-cli migrate --to`): the register, accounts and roles,
// risk policies, workflow, sign-offs, decision log and the audit trail with its leaf
// hashes, tree roots and tree head, row for row, keeping every id. The audit trail
// verifies on the copy exactly as on the original.
class RegisterCopy {
public:
    using TableCounts = QList<std::pair<QString, qint64>>; // table, rows

    // Rows per table of Charter's data (not the schema bookkeeping).
    static Result<TableCounts> rowCounts(Database &db);

    // Copies SOURCE (as of one moment) into TARGET in one transaction on TARGET, then runs
    // CHECK inside that transaction: nothing is written unless everything is copied and
    // CHECK passes. TARGET must be at the same schema version and hold no data
    // (InvalidInput otherwise, naming a table that has rows). Returns the rows copied.
    static Result<TableCounts> copy(Database &source, Database &target,
                                    const std::function<Status()> &check = {});
};

} // namespace charter
