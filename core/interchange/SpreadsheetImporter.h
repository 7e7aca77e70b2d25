#pragma once

#include "ImportReport.h"
#include "domain/Portfolio.h"
#include "util/Progress.h"
#include "util/Result.h"

#include "ImportDirectory.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace charter {

struct ImportOptions {
    // Built-in profile ("omb-2025", "charter"); empty: the profile whose columns the
    // header row matches best. Ignored when the mapping file says "extends".
    QString profile;
    // JSON mapping file (docs/mapping-file.md); its columns and values come first, the
    // profile's (from "extends", else PROFILE) behind them.
    QString mappingFile;
    // Any record-level problem (no name, duplicate reference, a value that does not map)
    // fails the whole import instead of becoming a note.
    bool strict = false;
};

struct SpreadsheetImport {
    // Systems have id 0; vendors and people have provisional ids 1..n that the systems
    // refer to (vendorId, ownership, escalation). Storing maps them to database ids.
    Portfolio portfolio;
    ImportReport report;
};

// Imports a spreadsheet export (CSV) into register values, without touching a database.
// Reads UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252; comma, semicolon,
// tab or pipe separated; finds the header row below any preamble rows (of the first 100
// rows, the one with a name column that fills the most fields; the earliest on a tie).
// Every non-blank row below it becomes one system, even a faulty one: its problems go to
// the system's importNotes and the report, unless options.strict.
//
// Errors (ErrorCode::InvalidInput, message naming file, line and field): the file cannot
// be read, is not text, is larger than 512 MiB, its quoting is broken, no header row has
// a name column, the profile is unknown, the mapping file is unreadable or invalid; in
// strict mode also the first record-level problem.
//
// Pure and reentrant: safe to run on a worker thread (it takes well under a second for
// 100,000 rows).
Result<SpreadsheetImport> importSpreadsheet(const QString &filePath,
                                            const ImportOptions &options = {});

// The same for content already in memory; DISPLAYNAME stands for the file in messages
// and in the importNotes. A relative mappingFile is taken as it is (current directory).
Result<SpreadsheetImport> importSpreadsheet(const QByteArray &content, const QString &displayName,
                                            const ImportOptions &options = {});

// The same, reporting the records read so far to PROGRESS (on this thread, every few
// hundred records; TOTAL is the number of lines, an upper bound of the records). When
// PROGRESS returns false it stops and returns an error (ErrorCode::InvalidInput) saying
// the import was cancelled.
Result<SpreadsheetImport> importSpreadsheet(const QByteArray &content, const QString &displayName,
                                            const ImportOptions &options,
                                            const ProgressCallback &progress);

// A spreadsheet opened for reading record by record, so a caller can store systems
// while the rest of the file is still being read (RegisterService::importSpreadsheet).
// Opening decodes the text, finds the header and plans the columns: a file that is not
// text, has no header row with a name column, or names an unknown profile or a bad
// mapping file fails there. Broken quoting further down and, with options.strict, the
// first record-level problem fail readRecords(). Same rules as importSpreadsheet(),
// which is built on it. Not thread-safe: one thread at a time.
class SpreadsheetReader {
public:
    static Result<SpreadsheetReader> open(const QByteArray &content, const QString &displayName,
                                          const ImportOptions &options = {});
    SpreadsheetReader(SpreadsheetReader &&) noexcept;
    SpreadsheetReader &operator=(SpreadsheetReader &&) noexcept;
    ~SpreadsheetReader();

    // Maps each record below the header to a system, in file order, and hands it to
    // SINK; its people and vendors are provisional ids into directory(). When SINK or
    // PROGRESS (records read of lineCount()) returns false, reading stops with an error
    // (ErrorCode::InvalidInput) saying it was cancelled. Reads the file once.
    Status readRecords(const std::function<bool(AiSystem &&system)> &sink,
                       const ProgressCallback &progress = {});

    // The people and vendors the records named so far.
    ImportDirectory &directory();
    // Complete (with the counts) once readRecords() has returned.
    const ImportReport &report() const;
    // Lines in the file: an upper bound of the records.
    int lineCount() const;

private:
    struct Private;
    explicit SpreadsheetReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace charter
