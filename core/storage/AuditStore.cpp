#include "AuditStore.h"

#include "Database.h"
#include "ExternalChanges.h"
#include "IsoTimestamp.h"
#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditStore", text);
}

const QString StateKey = QString::fromLatin1(AuditTreeState::StateKey);

const QString SelectRecords = u"SELECT seq, recorded_at, actor, action, entity_type, entity_id, "
                              "before_json, after_json, reason, leaf_hash FROM audit_log"_s;

AuditRecord readRecord(const QSqlQuery &query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.recordedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.actor = query.value(2).toString();
    record.action = query.value(3).toString();
    record.entityType = query.value(4).toString();
    record.entityId = query.value(5).toString();
    record.before = query.value(6).toString().toUtf8();
    record.after = query.value(7).toString().toUtf8();
    record.reason = query.value(8).toString();
    record.leafHash = query.value(9).toByteArray();
    return record;
}

// Text exactly as SQLite will store it: binding a QString stores its UTF-8, so hash
// the UTF-8 of the very string that is bound (invalid input is normalised once, here,
// and the stored bytes and the leaf always agree).
using StoredText = PreparedAuditEntry::Text;

// Only the bytes (a raw SQLite binding): the same UTF-8 is hashed and stored.
StoredText bytesOf(const QString &value)
{
    return StoredText{{}, value.toUtf8(), false};
}

StoredText fromText(const QString &value)
{
    StoredText stored;
    stored.utf8 = value.toUtf8();
    stored.text = QString::fromUtf8(stored.utf8);
    return stored;
}

// Empty JSON is stored as NULL ("nothing before" / "nothing after").
StoredText fromJson(const QByteArray &json)
{
    if (json.isEmpty())
        return StoredText{{}, {}, true};
    StoredText stored;
    stored.text = QString::fromUtf8(json);
    stored.utf8 = stored.text.toUtf8();
    return stored;
}

// As fromJson, for a raw SQLite binding that needs only the bytes: valid UTF-8
// (what Charter writes) round-trips unchanged, so it is kept as it is.
StoredText fromJsonBytes(const QByteArray &json)
{
    if (json.isEmpty())
        return StoredText{{}, {}, true};
    if (QUtf8StringView(json).isValidUtf8() && !json.startsWith("\xef\xbb\xbf"))
        return StoredText{{}, json, false};
    return fromJson(json);
}

AuditField fieldOf(const StoredText &stored)
{
    return stored.isNull ? AuditField::null()
                         : AuditField{QByteArrayView(stored.utf8.isNull() ? "" : stored.utf8.constData(), stored.utf8.size()),
                                      false};
}

QVariant bindingOf(const StoredText &stored)
{
    if (stored.isNull)
        return QVariant(QMetaType::fromType<QString>());
    if (!stored.text.isNull())
        return stored.text;
    return stored.utf8.isNull() ? u""_s : QString::fromUtf8(stored.utf8); // prepared for SQLite
}

// A column read with CAST(... AS BLOB): its stored UTF-8 bytes, or NULL.
AuditField fieldOf(const QVariant &value, QByteArray &holder)
{
    if (value.isNull())
        return AuditField::null();
    holder = value.toByteArray();
    return AuditField{QByteArrayView(holder.isNull() ? "" : holder.constData(), holder.size()), false};
}

Error trailChangedError(qint64 stored, qint64 covered)
{
    return makeError(ErrorCode::VerificationFailed,
                     QCoreApplication::translate("charter::AuditStore",
                                                 "The audit trail was changed outside Charter: it "
                                                 "ends at entry %1 but its tree head covers %2 "
                                                 "entries. Nothing was written. Run 'charter-cli "
                                                 "verify' to see what changed.")
                         .arg(stored)
                         .arg(covered));
}

Status storeTreeState(Database &db, const AuditTreeState &state)
{
    return db.setMetaValue(StateKey, QString::fromUtf8(state.toStoredText()));
}

// The tree state of the current transaction's appends: written to charter_meta once,
// just before the transaction commits, and dropped with it on a rollback.
const char InsertEntrySql[] = "INSERT INTO audit_log (seq, recorded_at, actor, action, entity_type, "
                              "entity_id, before_json, after_json, reason, leaf_hash, tree_root) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Marks a transaction whose external changes (PostgreSQL) are already in the trail.
constexpr char ExternalChangesCheckedKey[] = "audit_external_checked";
class ExternalChangesChecked final : public Database::TransactionState {
public:
    Status flush() override { return {}; }
};

class PendingTreeState final : public Database::TransactionState {
public:
    PendingTreeState(Database &db, AuditTreeState initial) : state(std::move(initial)), m_db(db) {}
    Status flush() override { return storeTreeState(m_db, state); }

    AuditTreeState state;

private:
    Database &m_db;
};

} // namespace

Status AuditStore::append(const WriteContext &context, const QString &action,
                          const QString &entityType, const QString &entityId,
                          const QByteArray &before, const QByteArray &after)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditStore::append", "audit must share the write's transaction");
    // Joins the caller's transaction; the own one only keeps the entry and the tree
    // state together should a caller ever forget (a bug the assertion reports).
    return m_db.transaction([&] { return appendInTransaction(context, action, entityType, entityId, before, after); });
}

Status AuditStore::appendInTransaction(const WriteContext &context, const QString &action,
                                       const QString &entityType, const QString &entityId,
                                       const QByteArray &before, const QByteArray &after)
{
    Result<AuditTreeState *> state = prepareAppend();
    if (!state)
        return state.error();
    const PreparedAuditEntry entry = prepare((*state)->head.size + 1, isoUtcWithMs(QDateTime::currentDateTimeUtc()),
                                             context, action, entityType, entityId, before, after,
                                             !m_db.isServer());
    return store(**state, entry);
}

PreparedAuditEntry AuditStore::prepare(qint64 seq, const QString &recordedAt, const WriteContext &context,
                                       const QString &action, const QString &entityType,
                                       const QString &entityId, const QByteArray &before,
                                       const QByteArray &after, bool forSqlite)
{
    // SQLite binds the UTF-8 bytes hashed; QSqlQuery binds the text they decode to.
    const auto textOf = [forSqlite](const QString &value) { return forSqlite ? bytesOf(value) : fromText(value); };
    const auto jsonOf = [forSqlite](const QByteArray &json) { return forSqlite ? fromJsonBytes(json) : fromJson(json); };
    PreparedAuditEntry entry;
    entry.seq = seq;
    entry.forSqlite = forSqlite;
    entry.fields = {fromText(recordedAt), textOf(context.actor), textOf(action), textOf(entityType),
                    textOf(entityId), jsonOf(before), jsonOf(after), textOf(context.reason)};
    const auto &f = entry.fields;
    const AuditEntryFields fields{seq, fieldOf(f[0]), fieldOf(f[1]), fieldOf(f[2]), fieldOf(f[3]),
                                  fieldOf(f[4]), fieldOf(f[5]), fieldOf(f[6]), fieldOf(f[7])};
    entry.leafHash = merkleHashBytes(AuditEntryCodec::leafHash(fields)).toByteArray();
    return entry;
}

Result<qint64> AuditStore::nextSequence()
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditStore::nextSequence", "only inside a write transaction");
    Result<AuditTreeState *> state = prepareAppend();
    if (!state)
        return state.error();
    return (*state)->head.size + 1;
}

Status AuditStore::appendPrepared(const PreparedAuditEntry &entry)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditStore::appendPrepared", "audit must share the write's transaction");
    Result<AuditTreeState *> state = prepareAppend();
    if (!state)
        return state.error();
    return store(**state, entry);
}

Result<AuditTreeState *> AuditStore::prepareAppend()
{
    // Changes made outside Charter join the trail at the transaction's first append:
    // this transaction holds the writer lock from then on.
    if (m_db.isServer() && !m_recordingExternal && !m_db.transactionState(ExternalChangesCheckedKey)) {
        if (Status status = recordExternalChanges(); !status)
            return status.error();
        m_db.setTransactionState(ExternalChangesCheckedKey, std::make_unique<ExternalChangesChecked>());
    }
    return stateForAppend();
}

Status AuditStore::store(AuditTreeState &state, const PreparedAuditEntry &entry)
{
    // A prepared entry that is not the next one, or not for this kind of database, was
    // numbered or encoded wrongly: storing it would break the chain.
    if (entry.seq != state.head.size + 1 || entry.forSqlite == m_db.isServer()
        || entry.leafHash.size() != qsizetype(sizeof(MerkleHash))) {
        return makeError(ErrorCode::VerificationFailed,
                         tr("An audit entry was prepared as entry %1, but the trail continues at %2. "
                            "Nothing was written.").arg(entry.seq).arg(state.head.size + 1));
    }
    MerkleHash leaf;
    std::copy(entry.leafHash.cbegin(), entry.leafHash.cend(), leaf.begin());
    // The transaction's state moves on only once the entry is stored.
    AuditTreeState next = state;
    next.append(leaf, entry.fields[0].text);

    // SQLite: a raw statement kept for the transaction, bound with the very bytes hashed.
    QSqlError error;
    SqliteStatement *raw = transactionStatement(m_db, InsertEntrySql, &error);
    if (!raw && error.isValid())
        return m_db.sqlError(error, tr("recording the audit entry"));
    if (raw) {
        bool bound = raw->bind(1, entry.seq);
        int position = 2;
        for (const StoredText &text : entry.fields) {
            // ENTRY outlives the statement's run.
            bound = bound && (text.isNull ? raw->bindNull(position) : raw->bindTextInPlace(position, text.utf8));
            ++position;
        }
        bound = bound && raw->bindBlob(10, merkleHashBytes(leaf)) && raw->bindBlob(11, merkleHashBytes(next.head.root));
        if (!bound || !raw->execute())
            return m_db.sqlError(raw->lastError(), tr("recording the audit entry"));
        state = std::move(next);
        return {};
    }

    bool prepared = false;
    CachedQuery query = m_db.cachedQuery(u"INSERT INTO audit_log (seq, recorded_at, actor, action, "
                                         "entity_type, entity_id, before_json, after_json, reason, "
                                         "leaf_hash, tree_root) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                         &prepared);
    if (!prepared)
        return m_db.queryError(*query, tr("recording the audit entry"));
    query->addBindValue(entry.seq);
    for (const StoredText &text : entry.fields)
        query->addBindValue(bindingOf(text));
    query->addBindValue(entry.leafHash);
    query->addBindValue(merkleHashBytes(next.head.root).toByteArray());
    if (!query->exec())
        return m_db.queryError(*query, tr("recording the audit entry"));
    state = std::move(next);
    if (m_db.isServer()) {
        // Live refresh (ChangeNotifier): delivered on commit, never after a rollback.
        CachedQuery notify = m_db.cachedQuery(u"SELECT pg_notify('charter_changes', ?)"_s, &prepared);
        if (!prepared)
            return m_db.queryError(*notify, tr("announcing the change"));
        notify->addBindValue(QString(entry.fields[3].text + u':' + entry.fields[4].text));
        if (!notify->exec())
            return m_db.queryError(*notify, tr("announcing the change"));
    }
    return {};
}

// Changes the server recorded as made outside Charter join the trail (sealed, in
// order) before Charter's own next entry: ExternalChanges.
Status AuditStore::recordExternalChanges()
{
    Result<QList<ExternalChange>> pending = ExternalChanges(m_db).notInTrail();
    if (!pending)
        return pending.error();
    m_recordingExternal = true;
    Status status;
    for (const ExternalChange &change : std::as_const(*pending)) {
        status = appendInTransaction(WriteContext{change.login, ExternalChanges::describe(change)},
                                     QString::fromLatin1(ExternalChanges::Action),
                                     QString::fromLatin1(ExternalChanges::EntityType),
                                     QString::number(change.id), change.before, change.after);
        if (!status)
            break;
    }
    m_recordingExternal = false;
    return status;
}

Result<AuditTreeState *> AuditStore::stateForAppend()
{
    // Later appends of the same transaction build on the state in memory: the trail
    // was checked against the stored head at the first one, and only this transaction
    // (which holds the writer lock) has appended since.
    if (auto *pending = static_cast<PendingTreeState *>(m_db.transactionState(AuditTreeState::StateKey)))
        return &pending->state;
    Result<std::optional<AuditTreeState>> stored = treeState();
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        Result<qint64> sealed = seal();
        if (!sealed)
            return sealed.error();
        stored = treeState();
        if (!stored)
            return stored.error();
        Q_ASSERT(stored->has_value());
    }
    // The trail must end exactly where the head says: rows appended or removed with
    // plain SQL would otherwise be silently built upon.
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT MAX(seq) FROM audit_log"_s) || !query.next())
        return m_db.queryError(query, tr("reading the end of the audit trail"));
    const qint64 last = query.value(0).toLongLong();
    if (last != stored->value().head.size)
        return trailChangedError(last, stored->value().head.size);
    auto pending = std::make_unique<PendingTreeState>(m_db, std::move(stored->value()));
    AuditTreeState *state = &pending->state;
    m_db.setTransactionState(AuditTreeState::StateKey, std::move(pending));
    return state;
}

Status AuditStore::storeState(const AuditTreeState &state)
{
    return storeTreeState(m_db, state);
}

Result<std::optional<AuditTreeState>> AuditStore::treeState() const
{
    if (const auto *pending = static_cast<const PendingTreeState *>(m_db.transactionState(AuditTreeState::StateKey)))
        return std::optional<AuditTreeState>(pending->state);
    Result<QString> text = m_db.metaValue(StateKey);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return std::optional<AuditTreeState>();
    Result<AuditTreeState> state = AuditTreeState::fromStoredText(text->toUtf8());
    if (!state) {
        return makeError(ErrorCode::VerificationFailed,
                         tr("%1 Run 'charter-cli verify' to check the audit trail.").arg(state.error().message));
    }
    return std::optional<AuditTreeState>(*state);
}

Result<qint64> AuditStore::unsealedCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM audit_log WHERE leaf_hash IS NULL"_s) || !query.next())
        return m_db.queryError(query, tr("counting unsealed audit entries"));
    return query.value(0).toLongLong();
}

Result<qint64> AuditStore::seal()
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditStore::seal", "sealing must run in a transaction");
    Result<std::optional<AuditTreeState>> stored = treeState();
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return qint64(0);

    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*), COUNT(leaf_hash) FROM audit_log"_s) || !query.next())
        return m_db.queryError(query, tr("reading the audit trail"));
    const qint64 total = query.value(0).toLongLong();
    const qint64 sealedAlready = query.value(1).toLongLong();
    if (sealedAlready > 0) {
        return makeError(ErrorCode::VerificationFailed,
                         tr("The audit trail's tree head is missing although %1 of its %2 entries "
                            "are sealed: it was removed outside Charter. Nothing was written. Run "
                            "'charter-cli verify'.").arg(sealedAlready).arg(total));
    }

    // Hash the bytes as stored (exactly what verify will read), then write the hashes.
    AuditTreeState state;
    std::vector<std::pair<MerkleHash, MerkleHash>> hashes; // leaf, root after it
    hashes.reserve(std::size_t(total));
    qint64 expected = 1;
    Sha256 sha;
    std::optional<Error> gap;
    Status scanned = scan([&](const AuditRow &row) {
        if (row.fields.seq != expected) {
            gap = makeError(ErrorCode::VerificationFailed,
                            tr("The audit trail has no entry %1 (the next one is %2): entries were "
                               "removed outside Charter, so it cannot be sealed. Nothing was written.")
                                .arg(expected).arg(row.fields.seq));
            return false;
        }
        const MerkleHash leaf = AuditEntryCodec::leafHash(row.fields, sha);
        state.append(leaf, QString::fromUtf8(row.fields.recordedAt.bytes));
        hashes.emplace_back(leaf, state.head.root);
        ++expected;
        return true;
    });
    if (!scanned)
        return scanned.error();
    if (gap)
        return *gap;

    query.prepare(u"UPDATE audit_log SET leaf_hash = ?, tree_root = ? WHERE seq = ?"_s);
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        query.addBindValue(merkleHashBytes(hashes[i].first).toByteArray());
        query.addBindValue(merkleHashBytes(hashes[i].second).toByteArray());
        query.addBindValue(qint64(i + 1));
        if (!query.exec())
            return m_db.queryError(query, tr("sealing audit entry %1").arg(i + 1));
    }
    if (Status status = storeState(state); !status)
        return status.error();
    return qint64(hashes.size());
}

Status AuditStore::scan(const std::function<bool(const AuditRow &)> &visit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The text columns as their stored UTF-8 bytes, untouched (no UTF-16 round trip).
    QString columns = u"seq"_s;
    for (const char *column : {"recorded_at", "actor", "action", "entity_type", "entity_id",
                               "before_json", "after_json", "reason"})
        columns += u", "_s + m_db.dialect().textAsBytes(QString::fromLatin1(column));
    if (!query.exec(u"SELECT "_s + columns + u", leaf_hash FROM audit_log ORDER BY seq"_s))
        return m_db.queryError(query, tr("reading the audit trail"));
    QByteArray holders[9];
    AuditRow row;
    while (query.next()) {
        row.fields.seq = query.value(0).toLongLong();
        row.fields.recordedAt = fieldOf(query.value(1), holders[0]);
        row.fields.actor = fieldOf(query.value(2), holders[1]);
        row.fields.action = fieldOf(query.value(3), holders[2]);
        row.fields.entityType = fieldOf(query.value(4), holders[3]);
        row.fields.entityId = fieldOf(query.value(5), holders[4]);
        row.fields.before = fieldOf(query.value(6), holders[5]);
        row.fields.after = fieldOf(query.value(7), holders[6]);
        row.fields.reason = fieldOf(query.value(8), holders[7]);
        row.leafHash = fieldOf(query.value(9), holders[8]);
        if (!visit(row))
            return {};
    }
    if (query.lastError().isValid())
        return m_db.queryError(query, tr("reading the audit trail"));
    return {};
}

Status AuditStore::scanTreeRoots(qint64 fromSeq,
                                 const std::function<bool(qint64, const AuditField &)> &visit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, tree_root FROM audit_log WHERE seq >= ? ORDER BY seq"_s);
    query.addBindValue(fromSeq);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the audit trail"));
    QByteArray holder;
    while (query.next()) {
        if (!visit(query.value(0).toLongLong(), fieldOf(query.value(1), holder)))
            return {};
    }
    if (query.lastError().isValid())
        return m_db.queryError(query, tr("reading the audit trail"));
    return {};
}

Result<QList<AuditRecord>> AuditStore::entries(qint64 fromSeq, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // No LIMIT clause for "all": PostgreSQL refuses LIMIT -1.
    query.prepare(SelectRecords + u" WHERE seq >= ? ORDER BY seq"_s + (limit >= 0 ? u" LIMIT ?"_s : QString()));
    query.addBindValue(fromSeq);
    if (limit >= 0)
        query.addBindValue(limit);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the audit trail"));
    QList<AuditRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<QList<AuditRecord>> AuditStore::find(const AuditFilter &filter) const
{
    QString where;
    if (!filter.entityType.isEmpty())
        where = filter.entityId.isEmpty() ? u" WHERE entity_type = ?"_s
                                          : u" WHERE entity_type = ? AND entity_id = ?"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(SelectRecords + where + u" ORDER BY seq DESC"_s
                  + (filter.newest >= 0 ? u" LIMIT ?"_s : QString()));
    if (!filter.entityType.isEmpty()) {
        query.addBindValue(filter.entityType);
        if (!filter.entityId.isEmpty())
            query.addBindValue(filter.entityId);
    }
    if (filter.newest >= 0)
        query.addBindValue(filter.newest);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the audit trail"));
    QList<AuditRecord> records;
    while (query.next())
        records.prepend(readRecord(query));
    return records;
}

Result<QHash<QString, AuditRecord>> AuditStore::latestByEntity(const QString &entityType) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(SelectRecords + u" WHERE seq IN (SELECT MAX(seq) FROM audit_log "
                                  "WHERE entity_type = ? GROUP BY entity_id)"_s);
    query.addBindValue(entityType);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the audit trail"));
    QHash<QString, AuditRecord> latest;
    while (query.next()) {
        AuditRecord record = readRecord(query);
        latest.insert(record.entityId, std::move(record));
    }
    return latest;
}

AuditReadSnapshot::AuditReadSnapshot(Database &db)
    : m_db(db)
{
    if (m_db.inTransaction())
        return;
    QSqlQuery query(m_db.connection());
    // SQLite (WAL): a deferred transaction reads one snapshot from its first read on.
    m_active = query.exec(m_db.dialect().isPostgres()
                              ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                              : u"BEGIN"_s);
}

AuditReadSnapshot::~AuditReadSnapshot()
{
    if (m_active)
        QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
}

Result<qint64> AuditStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM audit_log"_s) || !query.next())
        return m_db.queryError(query, tr("counting audit entries"));
    return query.value(0).toLongLong();
}

} // namespace charter
