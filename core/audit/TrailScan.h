#pragma once

#include "AuditEntryCodec.h"
#include "AuditVerifier.h"
#include "MerkleFrontier.h"
#include "MerkleTree.h"

#include <optional>

namespace charter {

class AuditStore;
struct AuditRow;

// The single pass of verify over the trail: checks each entry's position and content
// against its leaf hash, and rebuilds the Merkle tree from the entries as found
// (keeping the leaf hashes, 32 bytes per entry, for proofs and diagnosis).
class TrailScan {
public:
    // PREFIXSIZE: also record the tree hash after that many entries (an earlier head).
    TrailScan(const AuditStore &store, int findingLimit, std::optional<qint64> prefixSize);

    Status run(qint64 expectedEntries, QList<AuditFinding> &findings);

    const MerkleTree &tree() const { return m_tree; }
    MerkleHash root() const { return m_frontier.root(); }
    QString lastTime() const { return m_lastTime; }
    std::optional<MerkleHash> prefixRoot() const { return m_prefixRoot; }
    qint64 lastSeq() const { return m_lastSeq; }
    qint64 entryFindings() const { return m_entryFindings; }
    qint64 unsealed() const { return m_unsealed; }
    bool hasGaps() const { return m_gaps; }

private:
    void visit(const AuditRow &row, QList<AuditFinding> &findings);
    void report(QList<AuditFinding> &findings, AuditFinding finding);

    const AuditStore &m_store;
    int m_findingLimit;
    std::optional<qint64> m_prefixSize;
    MerkleTree m_tree;
    MerkleFrontier m_frontier;
    Sha256 m_sha;
    qint64 m_expectedSeq = 1;
    qint64 m_lastSeq = 0;
    QByteArray m_lastTime8; // recorded_at of the last entry, as stored
    QString m_lastTime;
    std::optional<MerkleHash> m_prefixRoot;
    qint64 m_entryFindings = 0;
    qint64 m_lastReportedSeq = 0;
    qint64 m_unsealed = 0;
    bool m_gaps = false;
};

// "update of system 12 by alice, recorded 2025-01-31T09:30:00.000Z"
QString describeAuditEntry(const AuditEntryFields &fields);

} // namespace charter
