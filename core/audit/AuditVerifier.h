#pragma once

#include "RegistrySnapshot.h"
#include "TreeHead.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace charter {

class Database;

// One thing verify found wrong. The message is a complete, translated sentence that
// names the entry (by sequence number) or the register row (type, id and name).
struct AuditFinding {
    enum class Kind {
        Integrity,          // the database file itself (integrity_check, references)
        EntryAltered,       // an entry's content no longer matches its leaf hash
        EntryMissing,       // a gap in the sequence: entries deleted
        EntryAdded,         // an entry the tree head does not cover, or without a hash
        TreeHead,           // the stored tree head is missing, unreadable or does not match
        EntryRewritten,     // an entry changed together with its leaf hash (tree roots tell)
        EarlierHead,        // the trail is not an extension of the earlier tree head
        RegistryChanged,    // a row differs from what its last audit entry recorded
        RegistryUnaudited,  // a row no audit entry records
        RegistryVanished,   // an audited row that is gone without a delete entry
    };

    Kind kind = Kind::Integrity;
    qint64 seq = 0;     // the entry concerned; 0 when none
    QString entityType; // the register row concerned, when there is one
    QString entityId;
    QString entityName;
    QString message;

    static QString kindKey(Kind kind); // stable key for JSON output, e.g. "entry_altered"
};

struct AuditVerifyReport {
    QList<AuditFinding> findings;
    qint64 entries = 0;          // entries read
    TreeHead computed;           // the head recomputed from the entries as found
    std::optional<TreeHead> stored; // the head the database records
    std::optional<TreeHead> earlier; // the --since head, when one was given
    bool consistencyProofVerified = false; // earlier -> computed, RFC 6962 section 2.1.2
    int consistencyProofLength = 0;
    qint64 registryRowsChecked = 0;

    bool ok() const { return findings.isEmpty(); }
};

// Checks a Charter database end to end (docs/audit.md, "What verify checks"):
//  1. the file's integrity (Database::checkIntegrity);
//  2. every entry: its position in the sequence and its content against its leaf hash;
//  3. the Merkle tree recomputed from the entries against the stored tree head, and,
//     when they differ, the tree roots stored per entry to name the first rewritten one;
//  4. with an earlier tree head: the old root equals the tree hash of the first
//     old-size entries and a consistency proof between the two heads verifies;
//  5. the register: every row equals the "after" of its newest audit entry, rows with
//     no entry, and audited rows that vanished without a delete entry.
// Reads only (one read transaction, so a concurrent writer cannot cause false
// findings). One pass over the trail with a forward-only query, no per-entry allocation
// beyond the SQL driver's: about as fast as reading the rows and hashing their bytes.
class AuditVerifier {
public:
    explicit AuditVerifier(Database &db);

    void setEarlierHead(const TreeHead &head) { m_earlier = head; }
    // Adds a kind of register row to cross-check (the defaults: systems, people, vendors).
    void addEntitySource(const EntitySource &source) { m_sources.append(source); }
    // Per-entry findings beyond this many are summarised in one finding.
    void setEntryFindingLimit(int limit) { m_entryFindingLimit = limit; }

    // An error only when the database cannot be read at all (ErrorCode::DatabaseUnavailable);
    // everything found wrong is in the report.
    Result<AuditVerifyReport> run();

private:
    Database &m_db;
    std::optional<TreeHead> m_earlier;
    QList<EntitySource> m_sources;
    int m_entryFindingLimit = 1000;
};

} // namespace charter
