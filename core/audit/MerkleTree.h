#pragma once

#include "MerkleHash.h"

#include <optional>
#include <vector>

namespace charter {

// An RFC 6962 Merkle tree over leaf hashes held in memory: the tree hash (MTH) of any
// prefix, audit paths (inclusion proofs) and consistency proofs between two sizes
// (RFC 6962 section 2.1, the same algorithms as RFC 9162 section 2.1).
//
// Sizes and indexes are leaf counts and zero-based leaf positions. Building costs one
// hash per leaf; root, path and proof queries cost O(n) node hashes. For appending
// without keeping the leaves, see MerkleFrontier.
class MerkleTree {
public:
    MerkleTree() = default;

    void reserve(qint64 leaves) { m_leaves.reserve(std::size_t(leaves)); }
    void appendLeafHash(const MerkleHash &leaf) { m_leaves.push_back(leaf); }
    void appendEntry(QByteArrayView entry) { m_leaves.push_back(merkleLeafHash(entry)); }

    qint64 size() const { return qint64(m_leaves.size()); }
    const MerkleHash &leafHash(qint64 index) const { return m_leaves[std::size_t(index)]; }

    // MTH(D[0:treeSize]); nullopt when treeSize is negative or beyond size().
    std::optional<MerkleHash> rootAt(qint64 treeSize) const;
    MerkleHash root() const { return *rootAt(size()); }

    // PATH(index, D[0:treeSize]): the sibling hashes from the leaf up to the root.
    // nullopt unless 0 <= index < treeSize <= size().
    std::optional<std::vector<MerkleHash>> inclusionProof(qint64 index, qint64 treeSize) const;

    // PROOF(oldSize, D[0:newSize]): empty when oldSize is 0 or equals newSize.
    // nullopt unless 0 <= oldSize <= newSize <= size().
    std::optional<std::vector<MerkleHash>> consistencyProof(qint64 oldSize, qint64 newSize) const;

private:
    MerkleHash rangeHash(qint64 begin, qint64 end) const;
    void appendPath(qint64 index, qint64 begin, qint64 end, std::vector<MerkleHash> &path) const;
    void appendSubproof(qint64 oldSize, qint64 begin, qint64 end, bool haveOldRoot,
                        std::vector<MerkleHash> &proof) const;

    std::vector<MerkleHash> m_leaves;
};

// Verification of the proofs above, for a client that holds only hashes
// (RFC 9162 sections 2.1.3.2 and 2.1.4.2). Pure functions.
namespace MerkleProof {

bool verifyInclusion(qint64 index, qint64 treeSize, const MerkleHash &leafHash,
                     const std::vector<MerkleHash> &proof, const MerkleHash &root);

// True when PROOF shows the tree of OLDSIZE leaves with root OLDROOT is a prefix of the
// tree of NEWSIZE leaves with root NEWROOT. Equal sizes need equal roots and an empty
// proof; an empty old tree is a prefix of every tree (its proof is empty).
bool verifyConsistency(qint64 oldSize, qint64 newSize, const MerkleHash &oldRoot,
                       const MerkleHash &newRoot, const std::vector<MerkleHash> &proof);

} // namespace MerkleProof

} // namespace charter
