#include "MerkleFrontier.h"

#include <bit>

namespace charter {

namespace {
constexpr std::size_t MaxNodes = 64; // one per bit of a 64-bit size
}

MerkleFrontier::MerkleFrontier()
{
    m_nodes.reserve(MaxNodes);
}

std::optional<MerkleFrontier> MerkleFrontier::fromNodes(qint64 size, std::vector<MerkleHash> nodes)
{
    if (size < 0 || nodes.size() != std::size_t(std::popcount(quint64(size))))
        return std::nullopt;
    MerkleFrontier frontier;
    frontier.m_size = size;
    frontier.m_nodes = std::move(nodes);
    frontier.m_nodes.reserve(MaxNodes);
    return frontier;
}

// Each trailing one bit of the old size is a perfect subtree of the new leaf's height
// that now has a right sibling: merge them, like carrying in binary addition.
void MerkleFrontier::append(const MerkleHash &leafHash)
{
    MerkleHash carry = leafHash;
    for (quint64 bits = quint64(m_size); bits & 1; bits >>= 1) {
        carry = merkleNodeHash(m_nodes.back(), carry);
        m_nodes.pop_back();
    }
    m_nodes.push_back(carry);
    ++m_size;
}

// MTH splits at the largest power of two below n, which is the leftmost perfect
// subtree; folding the subtrees from the right reproduces exactly that shape.
MerkleHash MerkleFrontier::root() const
{
    if (m_nodes.empty())
        return merkleEmptyRoot();
    auto it = m_nodes.crbegin();
    MerkleHash hash = *it;
    for (++it; it != m_nodes.crend(); ++it)
        hash = merkleNodeHash(*it, hash);
    return hash;
}

} // namespace charter
