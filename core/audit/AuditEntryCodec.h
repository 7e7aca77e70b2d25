#pragma once

#include "MerkleHash.h"

#include <QByteArray>
#include <QByteArrayView>

namespace charter {

// One stored column of an audit entry: its UTF-8 bytes exactly as the database holds
// them, or SQL NULL (before/after of a creation or deletion).
struct AuditField {
    QByteArrayView bytes;
    bool isNull = false;

    static AuditField null() { return AuditField{QByteArrayView(), true}; }
};

// Everything an audit entry says, in the order its canonical bytes cover it.
struct AuditEntryFields {
    qint64 seq = 0;
    AuditField recordedAt;
    AuditField actor;
    AuditField action;
    AuditField entityType;
    AuditField entityId;
    AuditField before;
    AuditField after;
    AuditField reason;
};

// The canonical bytes of an audit entry, the "entry" of its RFC 6962 leaf
// (docs/audit.md, "Entry encoding"):
//
//   entry = 0x01                          format version
//           seq                           8 bytes, big-endian two's complement
//           8 x field                     recorded_at, actor, action, entity_type,
//                                         entity_id, before, after, reason
//   field = length (4 bytes, big-endian) || UTF-8 bytes, or FF FF FF FF for NULL
//
// Length prefixes make the encoding unambiguous (no two entries share bytes), and it
// covers every column a reader sees, so changing any of them changes the leaf hash.
// leaf hash = SHA-256(0x00 || entry). Pure functions.
namespace AuditEntryCodec {

constexpr quint8 FormatVersion = 1;

QByteArray encode(const AuditEntryFields &entry);

// The leaf hash without building the bytes: feeds them to SHA (reset first), so
// hashing millions of entries allocates nothing.
MerkleHash leafHash(const AuditEntryFields &entry, Sha256 &sha);
MerkleHash leafHash(const AuditEntryFields &entry);

} // namespace AuditEntryCodec

} // namespace charter
