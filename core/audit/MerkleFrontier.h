#pragma once

#include "MerkleHash.h"

#include <optional>
#include <vector>

namespace charter {

// The right edge of an RFC 6962 tree (a "compact range" over all leaves): the roots of
// the perfect subtrees that the binary digits of the size describe, largest (leftmost)
// first. It is all that is needed to append a leaf and to compute the tree hash:
// appending costs at most log2(n) node hashes (one on average), the root at most
// log2(n), and the state is at most 64 hashes however long the log grows.
//
// Appending never allocates once the frontier holds 64 slots (reserved on construction).
class MerkleFrontier {
public:
    MerkleFrontier();

    // Rebuilds a stored frontier; nullopt unless NODES has one hash per set bit of SIZE.
    static std::optional<MerkleFrontier> fromNodes(qint64 size, std::vector<MerkleHash> nodes);

    void append(const MerkleHash &leafHash);
    qint64 size() const { return m_size; }
    // MTH of all leaves appended so far (the empty-tree hash for none).
    MerkleHash root() const;
    const std::vector<MerkleHash> &nodes() const { return m_nodes; }

    bool operator==(const MerkleFrontier &) const = default;

private:
    qint64 m_size = 0;
    std::vector<MerkleHash> m_nodes;
};

} // namespace charter
