#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace charter {

// Text normalisation shared by header and value matching, so that what a person sees
// as "the same" compares equal: case, runs of whitespace and line breaks, non-breaking
// and other Unicode spaces, curly quotes, typographic dashes, soft hyphens. Pure.

// A header cell or alias as a lookup key: the above, plus " / " -> "/", without quotes
// around it and without a trailing ':' or '*' (a "required" marker).
QString normaliseHeader(QStringView header);

// The keys a header cell is looked up by, most specific first: the whole cell, its
// first paragraph (before a blank line) and its first line, each normalised. SEC's
// "Use Case ID\n\n[Agency Abbrev.] – [#]" is thereby found as "use case id".
QStringList headerCandidates(QStringView header);

// A value as a lookup key: normaliseHeader() without case, without a lettered-answer
// prefix ("a) ", "b)\u00a0", "a)?"), with '-' and '_' read as spaces and without a
// trailing full stop: "c)  Developed in-house." and "developed in house" are equal.
QString canonicalValue(QStringView value);

// The answer part of a value that carries an explanation ("Deployed - The use case is
// being...", "Yes, sufficient training...", "Planned (not in production)"): the text
// before the first separator, canonical. Empty when there is no separator.
QString canonicalValueHead(QStringView value);

// True for the spellings of "no answer" ("", "[blank]", "N/A", "NA", "-", "TBD",
// "unknown"...). Blank answers become Unknown quietly; they are gaps, not errors.
bool isBlankValue(QStringView value);

} // namespace charter
