#include "MerkleHash.h"

#include <cstring>

namespace charter {

namespace {
constexpr std::uint8_t LeafPrefix = 0x00;
constexpr std::uint8_t NodePrefix = 0x01;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

MerkleHash merkleEmptyRoot()
{
    static const MerkleHash empty = Sha256::hash(QByteArrayView());
    return empty;
}

MerkleHash merkleLeafHash(QByteArrayView entry)
{
    Sha256 sha;
    sha.addByte(LeafPrefix);
    sha.addData(entry);
    return sha.finish();
}

MerkleHash merkleNodeHash(const MerkleHash &left, const MerkleHash &right)
{
    Sha256 sha;
    sha.addByte(NodePrefix);
    sha.addData(left.data(), left.size());
    sha.addData(right.data(), right.size());
    return sha.finish();
}

QString merkleHashToHex(const MerkleHash &hash)
{
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    QString hex(qsizetype(hash.size() * 2), Qt::Uninitialized);
    QChar *out = hex.data();
    for (std::uint8_t byte : hash) {
        *out++ = QChar(Digits[byte >> 4]);
        *out++ = QChar(Digits[byte & 0x0f]);
    }
    return hex;
}

std::optional<MerkleHash> merkleHashFromHex(QStringView hex)
{
    MerkleHash hash;
    if (hex.size() != qsizetype(hash.size() * 2))
        return std::nullopt;
    for (std::size_t i = 0; i < hash.size(); ++i) {
        const int high = hexValue(hex[qsizetype(2 * i)]);
        const int low = hexValue(hex[qsizetype(2 * i + 1)]);
        if (high < 0 || low < 0)
            return std::nullopt;
        hash[i] = std::uint8_t(high << 4 | low);
    }
    return hash;
}

std::optional<MerkleHash> merkleHashFromBytes(QByteArrayView bytes)
{
    MerkleHash hash;
    if (bytes.size() != qsizetype(hash.size()))
        return std::nullopt;
    std::memcpy(hash.data(), bytes.data(), hash.size());
    return hash;
}

} // namespace charter
