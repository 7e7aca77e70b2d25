#pragma once

#include "domain/Portfolio.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace charter {

// The JSON portfolio interchange file: people, vendors and systems in one UTF-8 JSON
// document (docs/portfolio-format.md, docs/portfolio.schema.json). Objects use the
// canonical JSON of domain/Json.h. Pure functions, reentrant; no file I/O here, so
// callers choose QSaveFile, stdin or a network reply.

inline constexpr char portfolioFormatName[] = "charter-portfolio";
inline constexpr int portfolioFormatVersion = 1;

// Indented JSON, deterministic: top-level fields in the order format, version, people,
// vendors, systems; arrays in the order given; object keys sorted. Writing what
// readPortfolio() returned gives the same bytes again.
QByteArray writePortfolio(const Portfolio &portfolio);

// Parses and validates a whole file. `fileName` only names the file in messages.
// Errors (all ErrorCode::InvalidInput) name the file and the line and column for
// malformed JSON, or the JSON path of the offending field, e.g.
// "acme.json: systems[3].ownership.accountableOwnerId: no person with id 42 ...".
// Rejected: another format name, a missing or unsupported version (a newer Charter's
// file says so), unknown fields, duplicate ids within people, vendors or systems, and
// person/vendor ids in systems that do not refer to an entry of the file.
Result<Portfolio> readPortfolio(const QByteArray &data, const QString &fileName);

} // namespace charter
