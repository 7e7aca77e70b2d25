#include "AuditEntryCodec.h"

namespace charter::AuditEntryCodec {

namespace {

constexpr quint32 NullLength = 0xffffffffu;

// Writes the encoding to SINK, which has add(const void *, std::size_t).
template <typename Sink>
void write(const AuditEntryFields &entry, Sink &sink)
{
    const quint8 version = FormatVersion;
    sink.add(&version, 1);
    std::uint8_t seq[8];
    const quint64 value = quint64(entry.seq);
    for (int i = 0; i < 8; ++i)
        seq[i] = std::uint8_t(value >> (56 - 8 * i));
    sink.add(seq, sizeof seq);
    for (const AuditField *field : {&entry.recordedAt, &entry.actor, &entry.action, &entry.entityType,
                                    &entry.entityId, &entry.before, &entry.after, &entry.reason}) {
        Q_ASSERT(field->isNull || quint64(field->bytes.size()) < NullLength);
        const quint32 length = field->isNull ? NullLength : quint32(field->bytes.size());
        const std::uint8_t prefix[4] = {std::uint8_t(length >> 24), std::uint8_t(length >> 16),
                                        std::uint8_t(length >> 8), std::uint8_t(length)};
        sink.add(prefix, sizeof prefix);
        if (!field->isNull && !field->bytes.isEmpty())
            sink.add(field->bytes.data(), std::size_t(field->bytes.size()));
    }
}

struct ByteArraySink {
    QByteArray &bytes;
    void add(const void *data, std::size_t size)
    {
        bytes.append(static_cast<const char *>(data), qsizetype(size));
    }
};

struct HashSink {
    Sha256 &sha;
    void add(const void *data, std::size_t size) { sha.addData(data, size); }
};

} // namespace

QByteArray encode(const AuditEntryFields &entry)
{
    QByteArray bytes;
    bytes.reserve(9 + 8 * 4 + entry.recordedAt.bytes.size() + entry.actor.bytes.size()
                  + entry.action.bytes.size() + entry.entityType.bytes.size()
                  + entry.entityId.bytes.size() + entry.before.bytes.size()
                  + entry.after.bytes.size() + entry.reason.bytes.size());
    ByteArraySink sink{bytes};
    write(entry, sink);
    return bytes;
}

MerkleHash leafHash(const AuditEntryFields &entry, Sha256 &sha)
{
    sha.reset();
    sha.addByte(0x00); // RFC 6962 leaf prefix
    HashSink sink{sha};
    write(entry, sink);
    return sha.finish();
}

MerkleHash leafHash(const AuditEntryFields &entry)
{
    Sha256 sha;
    return leafHash(entry, sha);
}

} // namespace charter::AuditEntryCodec
