#pragma once

#include "Sha256.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace charter {

// RFC 6962 (section 2.1) hashing with SHA-256: the hash of a leaf is
// SHA-256(0x00 || entry), the hash of an inner node SHA-256(0x01 || left || right),
// and the empty tree's hash SHA-256 of nothing. The prefixes keep a leaf from ever
// being passed off as an inner node (second-preimage resistance).
using MerkleHash = Sha256::Digest;

MerkleHash merkleEmptyRoot();
MerkleHash merkleLeafHash(QByteArrayView entry);
MerkleHash merkleNodeHash(const MerkleHash &left, const MerkleHash &right);

// Lower-case hexadecimal, 64 characters.
QString merkleHashToHex(const MerkleHash &hash);
// Accepts exactly 64 hexadecimal digits (either case); nullopt otherwise.
std::optional<MerkleHash> merkleHashFromHex(QStringView hex);

inline QByteArrayView merkleHashBytes(const MerkleHash &hash)
{
    return QByteArrayView(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size()));
}
// Copies exactly 32 bytes; nullopt when BYTES has another length.
std::optional<MerkleHash> merkleHashFromBytes(QByteArrayView bytes);

} // namespace charter
