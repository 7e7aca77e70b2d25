#pragma once

#include "WriteContext.h"
#include "audit/AuditEntryCodec.h"
#include "audit/AuditTreeState.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

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
    QByteArray leafHash; // RFC 6962 leaf hash (32 bytes); empty until the entry is sealed
};

// One entry exactly as stored, for verification. The views point into the current
// row of a running query and are valid only while the visitor runs.
struct AuditRow {
    AuditEntryFields fields;
    AuditField leafHash; // as stored: 32 bytes, or NULL when never sealed
};

// An audit entry ready to store: its fields exactly as they will be stored and the leaf
// hash over them. Built on any thread by AuditStore::prepare() (a bulk import hashes its
// entries on the thread that reads the file), stored by AuditStore::appendPrepared().
struct PreparedAuditEntry {
    // A field as stored: its UTF-8 (what is hashed and, on SQLite, bound) and, for a
    // QSqlQuery binding (PostgreSQL), the same text as a QString.
    struct Text {
        QString text;
        QByteArray utf8;
        bool isNull = false;
    };
    qint64 seq = 0;
    bool forSqlite = false;
    // recorded_at, actor, action, entity_type, entity_id, before_json, after_json, reason
    std::array<Text, 8> fields;
    QByteArray leafHash; // 32 bytes
};

// Which entries `find` returns.
struct AuditFilter {
    QString entityType; // empty: every entity
    QString entityId;   // with entityType: one entity
    int newest = -1;    // only the newest N entries (still listed oldest first); -1: all
};

// Appends to and reads the audit trail, and keeps its Merkle tree (docs/audit.md).
// Appends must run inside the transaction of the write they record
// (Database::transaction), so a write without its audit record can never commit.
// Each append stores the entry's leaf hash and the tree root after it: O(log n)
// hashes and one INSERT, however long the trail is. The first append of a transaction
// reads the tree state from charter_meta and checks the trail still ends at its head;
// the state then stays in memory and is written back once, just before the
// transaction commits (Database::TransactionState). Threading: like Database, one thread.
class AuditStore {
public:
    explicit AuditStore(Database &db) : m_db(db) {}

    // Refuses (ErrorCode::VerificationFailed) when the trail no longer ends where the
    // stored tree head says, i.e. it was changed outside Charter: run verify.
    Status append(const WriteContext &context, const QString &action, const QString &entityType,
                  const QString &entityId, const QByteArray &before, const QByteArray &after);

    // For a writer that hashes its entries on another thread: what append() stores,
    // prepared without the database (pure, any thread) for sequence number SEQ recorded
    // at RECORDEDAT (ISO 8601 UTC text). FORSQLITE: for an SQLite database.
    static PreparedAuditEntry prepare(qint64 seq, const QString &recordedAt, const WriteContext &context,
                                      const QString &action, const QString &entityType,
                                      const QString &entityId, const QByteArray &before,
                                      const QByteArray &after, bool forSqlite);
    // Does what the first append of a transaction does (records changes made outside
    // Charter, checks the trail still ends at its head) and returns the sequence number
    // the next entry gets. Inside a write transaction.
    Result<qint64> nextSequence();
    // Stores ENTRY, which must be the next entry (ErrorCode::VerificationFailed, nothing
    // stored, otherwise) and prepared for this kind of database.
    Status appendPrepared(const PreparedAuditEntry &entry);

    Result<QList<AuditRecord>> entries(qint64 fromSeq = 1, int limit = -1) const;
    Result<QList<AuditRecord>> find(const AuditFilter &filter) const;
    Result<qint64> count() const;
    // The newest entry of every entity of ENTITYTYPE, by entity id: what the trail
    // says each row of the register should look like now.
    Result<QHash<QString, AuditRecord>> latestByEntity(const QString &entityType) const;

    // The stored tree state; nullopt when none is stored (a new database, or one whose
    // entries were written before schema version 3 and are not sealed yet).
    Result<std::optional<AuditTreeState>> treeState() const;
    // Number of entries without a leaf hash (written before schema version 3).
    Result<qint64> unsealedCount() const;
    // Seals a trail that has no tree state yet: computes every entry's leaf hash and
    // tree root and stores the state. Does nothing when a state exists. Must run in a
    // transaction. VerificationFailed when entries are sealed but the state is missing
    // or the sequence has gaps (both mean the trail was changed outside Charter).
    // Returns the number of entries sealed.
    Result<qint64> seal();

    // Visits every entry in sequence order with a forward-only cursor and no copies
    // beyond the driver's; VISIT returns false to stop early.
    Status scan(const std::function<bool(const AuditRow &)> &visit) const;
    // Visits (seq, stored tree root after that entry) in sequence order from FROMSEQ.
    Status scanTreeRoots(qint64 fromSeq,
                         const std::function<bool(qint64 seq, const AuditField &root)> &visit) const;

private:
    Status appendInTransaction(const WriteContext &context, const QString &action,
                               const QString &entityType, const QString &entityId,
                               const QByteArray &before, const QByteArray &after);
    // The state the next entry builds on, after what the transaction's first append does.
    Result<AuditTreeState *> prepareAppend();
    Status store(AuditTreeState &state, const PreparedAuditEntry &entry);
    // The state the next entry builds on, kept in memory for the rest of the
    // transaction (written to charter_meta once, before it commits).
    Result<AuditTreeState *> stateForAppend();
    Status recordExternalChanges();
    Status storeState(const AuditTreeState &state);

    Database &m_db;
    bool m_recordingExternal = false;
};

// A consistent, read-only view of the whole database for a reader that runs several
// queries (verify): the trail and the register as of one moment, whatever writers
// commit meanwhile. SQLite: a deferred transaction; PostgreSQL: REPEATABLE READ.
// Does nothing inside a caller's transaction (which is already one view).
class AuditReadSnapshot {
public:
    explicit AuditReadSnapshot(Database &db);
    ~AuditReadSnapshot();
    AuditReadSnapshot(const AuditReadSnapshot &) = delete;
    AuditReadSnapshot &operator=(const AuditReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace charter
