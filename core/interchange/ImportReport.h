#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// A problem inside one record of a readable file: the record was still imported (the
// problem is also in that system's importNotes), but someone should look at it.
struct ImportIssue {
    int line = 0;      // physical line where the record starts
    QString reference; // the record's external reference; empty if it has none
    QString field;     // register field key ("lifecycle"), see docs/mapping-file.md
    QString rawValue;  // the cell as found in the file (may be empty)
    QString message;   // translated, says what happened and what was kept

    // "line 14 [OCC-3] lifecycle: ..." (translated)
    QString toText() const;

    bool operator==(const ImportIssue &) const = default;
};

// Which column of the file filled which register field.
struct ImportColumnUse {
    int column = 0;   // 0-based position in the file
    QString header;   // header cell as found (line breaks folded to spaces)
    QString field;    // register field key; "ignore" for deliberately skipped columns

    bool operator==(const ImportColumnUse &) const = default;
};

// What an import did, for the person who ran it (CLI output, import dialog).
struct ImportReport {
    QString fileName;   // as given by the caller (display name)
    QString profile;    // "omb-2025", "charter" or the mapping file's profile name
    QString encoding;   // "UTF-8 with BOM", "Windows-1252"...
    QChar delimiter;
    int headerLine = 0; // physical line of the header row (preamble rows come before it)
    int records = 0;    // systems produced: one per non-blank row below the header
    int blankRows = 0;  // empty rows skipped
    int vendors = 0;    // vendors created (deduplicated by name)
    int people = 0;     // people created (deduplicated by e-mail, then name)
    QList<ImportColumnUse> columns; // columns that filled a field, in file order
    QStringList unusedColumns;      // header cells no field was taken from
    QList<ImportIssue> issues;      // record-level problems, in file order

    // Plain text for a terminal or a dialog: a summary line, the columns, then one line
    // per issue. Translated.
    QString toText() const;

    bool operator==(const ImportReport &) const = default;
};

} // namespace charter
