#pragma once

#include "MerkleHash.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace charter {

// A tree head: what the audit trail looked like at one moment, in 32 bytes plus a
// count. Anyone who kept an earlier head can later check (charter-cli verify --since)
// that the trail has only grown since: nothing before it was changed or removed.
struct TreeHead {
    qint64 size = 0;                  // number of entries covered
    MerkleHash root = merkleEmptyRoot(); // RFC 6962 tree hash over those entries
    QString time; // recorded_at of the newest covered entry (ISO 8601 UTC); empty when size is 0

    // {"size": N, "root": "<64 hex digits>", "time": "<ISO 8601>" or null}
    QJsonObject toJson() const;
    QByteArray toJsonText() const; // indented, newline-terminated (what treehead prints)
    // "size: N\nroot: <hex>\ntime: <ISO 8601>\n" ("time: none" for an empty tree)
    QString toText() const;

    bool operator==(const TreeHead &) const = default;
};

// Largest tree-head document accepted, in bytes.
constexpr qsizetype MaxTreeHeadBytes = 64 * 1024;

// Parses a tree head in either form above. SOURCE names where the text came from
// (a file path, "tree head text") and starts every error message ("SOURCE: line 3,
// column 12: ..."), which also names the line and column or the field at fault.
// Errors are ErrorCode::InvalidInput. The time is normalised to UTC with milliseconds
// and "Z", so an accepted head prints and parses back to itself in both forms. Never
// throws, never reads beyond TEXT; safe on any input.
Result<TreeHead> parseTreeHead(QByteArrayView text, const QString &source);

// ARGUMENT is a tree head's JSON text (it starts with "{") or the path of a file that
// holds one, e.g. the output of `charter-cli treehead > head.json`.
Result<TreeHead> readTreeHead(const QString &argument);

} // namespace charter
