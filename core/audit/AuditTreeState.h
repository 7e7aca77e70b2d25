#pragma once

#include "MerkleFrontier.h"
#include "TreeHead.h"
#include "util/Result.h"

#include <QByteArray>

namespace charter {

// What the database keeps about the audit trail's Merkle tree between writes: the
// current tree head and the frontier that lets the next entry be added in O(log n)
// hashes. Stored as compact JSON in charter_meta under StateKey:
//   {"size": N, "root": "<hex>", "time": "<ISO 8601>" | null, "frontier": ["<hex>", ...]}
struct AuditTreeState {
    TreeHead head;
    MerkleFrontier frontier;

    static inline const char StateKey[] = "audit_tree";

    // The state after appending the entry with LEAF hash, recorded at TIME.
    void append(const MerkleHash &leaf, const QString &time);

    QByteArray toStoredText() const;
    // Reads a stored state; InvalidInput when it is malformed or inconsistent (the
    // frontier's size or root differs from the head's).
    static Result<AuditTreeState> fromStoredText(QByteArrayView text);
};

} // namespace charter
