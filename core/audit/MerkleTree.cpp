#include "MerkleTree.h"

#include <bit>

namespace charter {

namespace {

// The split point k of RFC 6962: the largest power of two smaller than N (N >= 2).
qint64 splitPoint(qint64 n)
{
    return qint64(std::bit_floor(quint64(n - 1)));
}

} // namespace

std::optional<MerkleHash> MerkleTree::rootAt(qint64 treeSize) const
{
    if (treeSize < 0 || treeSize > size())
        return std::nullopt;
    if (treeSize == 0)
        return merkleEmptyRoot();
    return rangeHash(0, treeSize);
}

MerkleHash MerkleTree::rangeHash(qint64 begin, qint64 end) const
{
    const qint64 n = end - begin;
    if (n == 1)
        return m_leaves[std::size_t(begin)];
    const qint64 k = splitPoint(n);
    return merkleNodeHash(rangeHash(begin, begin + k), rangeHash(begin + k, end));
}

std::optional<std::vector<MerkleHash>> MerkleTree::inclusionProof(qint64 index, qint64 treeSize) const
{
    if (index < 0 || index >= treeSize || treeSize > size())
        return std::nullopt;
    std::vector<MerkleHash> path;
    appendPath(index, 0, treeSize, path);
    return path;
}

// PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])      when m < k
//               = PATH(m - k, D[k:n]) : MTH(D[0:k])  otherwise
void MerkleTree::appendPath(qint64 index, qint64 begin, qint64 end, std::vector<MerkleHash> &path) const
{
    const qint64 n = end - begin;
    if (n == 1)
        return;
    const qint64 k = splitPoint(n);
    if (index - begin < k) {
        appendPath(index, begin, begin + k, path);
        path.push_back(rangeHash(begin + k, end));
    } else {
        appendPath(index, begin + k, end, path);
        path.push_back(rangeHash(begin, begin + k));
    }
}

std::optional<std::vector<MerkleHash>> MerkleTree::consistencyProof(qint64 oldSize, qint64 newSize) const
{
    if (oldSize < 0 || oldSize > newSize || newSize > size())
        return std::nullopt;
    std::vector<MerkleHash> proof;
    if (oldSize > 0 && oldSize < newSize)
        appendSubproof(oldSize, 0, newSize, true, proof);
    return proof;
}

// SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
// SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])          when m <= k
//                      = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])  otherwise
void MerkleTree::appendSubproof(qint64 oldSize, qint64 begin, qint64 end, bool haveOldRoot,
                                std::vector<MerkleHash> &proof) const
{
    const qint64 n = end - begin;
    if (oldSize == n) {
        if (!haveOldRoot)
            proof.push_back(rangeHash(begin, end));
        return;
    }
    const qint64 k = splitPoint(n);
    if (oldSize <= k) {
        appendSubproof(oldSize, begin, begin + k, haveOldRoot, proof);
        proof.push_back(rangeHash(begin + k, end));
    } else {
        appendSubproof(oldSize - k, begin + k, end, false, proof);
        proof.push_back(rangeHash(begin, begin + k));
    }
}

namespace MerkleProof {

bool verifyInclusion(qint64 index, qint64 treeSize, const MerkleHash &leafHash,
                     const std::vector<MerkleHash> &proof, const MerkleHash &root)
{
    if (index < 0 || index >= treeSize)
        return false;
    quint64 fn = quint64(index);
    quint64 sn = quint64(treeSize - 1);
    MerkleHash r = leafHash;
    for (const MerkleHash &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = merkleNodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = merkleNodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool verifyConsistency(qint64 oldSize, qint64 newSize, const MerkleHash &oldRoot,
                       const MerkleHash &newRoot, const std::vector<MerkleHash> &proof)
{
    if (oldSize < 0 || oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.empty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.empty();
    if (proof.empty())
        return false;

    // When the old tree is a complete subtree its root is the proof's implicit first node.
    std::size_t next = 0;
    const bool oldIsPowerOfTwo = std::has_single_bit(quint64(oldSize));
    const MerkleHash &first = oldIsPowerOfTwo ? oldRoot : proof[next++];
    quint64 fn = quint64(oldSize - 1);
    quint64 sn = quint64(newSize - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    MerkleHash fr = first;
    MerkleHash sr = first;
    for (; next < proof.size(); ++next) {
        const MerkleHash &c = proof[next];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = merkleNodeHash(c, fr);
            sr = merkleNodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = merkleNodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && fr == oldRoot && sr == newRoot;
}

} // namespace MerkleProof

} // namespace charter
