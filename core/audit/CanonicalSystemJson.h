#pragma once

#include "domain/AiSystem.h"

#include <QByteArray>

namespace charter {

// canonicalBytes(system) (domain/Json.h) written straight into bytes, without building
// a QJsonObject and serialising it: the audit after-image of every system an import
// stores. The bytes are identical to canonicalBytes() for every system (keys in
// QJsonObject's sorted order, Qt's compact string escaping, the same nulls);
// tst_canonical_system_json compares the two. Anything the fast path is not certain
// to write exactly as Qt does (a string with a UTF-16 surrogate) is written by Qt.
QByteArray canonicalSystemJson(const AiSystem &system);

// Appends the same bytes to OUT (reusing its capacity across many systems).
void appendCanonicalSystemJson(QByteArray &out, const AiSystem &system);

} // namespace charter
