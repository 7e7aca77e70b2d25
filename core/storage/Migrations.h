#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// One numbered, forward-only schema step. Statements use SqlDialect placeholders
// ({PK}, {BIGINT}, {BLOB}); a step runs in one transaction together with the
// version bump, so a file is never left half-migrated.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace charter
