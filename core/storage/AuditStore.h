#pragma once

#include "WriteContext.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace charter {

class Database;

// One entry of the append-only audit trail.
struct AuditRecord {
    qint64 seq = 0;
    QDateTime recordedAt;
    QString actor;
    QString action;     // "create", "update", "delete", "import", "policy"...
    QString entityType; // "system", "person", "vendor", "policy"
    QString entityId;
    QByteArray before;  // compact canonical JSON, empty when there was nothing before
    QByteArray after;   // compact canonical JSON, empty after a deletion
    QString reason;
};

// Appends to and reads the audit trail. Appends must run inside the transaction of
// the write they record (Database::transaction), so a write without its audit record
// can never commit.
class AuditStore {
public:
    explicit AuditStore(Database &db) : m_db(db) {}

    Status append(const WriteContext &context, const QString &action, const QString &entityType,
                  const QString &entityId, const QByteArray &before, const QByteArray &after);

    Result<QList<AuditRecord>> entries(qint64 fromSeq = 1, int limit = -1) const;
    Result<qint64> count() const;

private:
    Database &m_db;
};

} // namespace charter
