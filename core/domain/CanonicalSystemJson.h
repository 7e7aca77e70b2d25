#pragma once

#include "AiSystem.h"

#include <QByteArray>

namespace charter {

// canonicalBytes(system) (Json.h) written straight into bytes, without building a
// QJsonObject and serialising it: canonicalBytes() is this writer, and so is the audit
// after-image of every system an import stores. The bytes are those QJsonDocument
// writes for toJson(system) without the bookkeeping fields (keys in QJsonObject's
// sorted order, Qt's compact string escaping, the same nulls); tst_canonical_system_json
// compares the two and tst_portfolio_json pins them with a golden file. Anything the
// fast path is not certain to write exactly as Qt does (a string with a UTF-16
// surrogate) is written by Qt.
QByteArray canonicalSystemJson(const AiSystem &system);

// Appends the same bytes to OUT (reusing its capacity across many systems).
void appendCanonicalSystemJson(QByteArray &out, const AiSystem &system);

} // namespace charter
