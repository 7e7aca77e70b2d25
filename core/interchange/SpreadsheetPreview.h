#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// The first records of a spreadsheet export as the importer reads them: the encoding
// and delimiter it detects and the cells of each record, preamble rows included, so a
// person can check them before importing (the import wizard's preview page).
struct SpreadsheetPreview {
    struct Row {
        int line = 0;      // physical line (1-based) on which the record starts
        QStringList cells; // as read; long cells cut to a few hundred characters
    };

    QString encoding;     // "UTF-8 with BOM", "Windows-1252"... (see decodeText)
    QChar delimiter;
    QList<Row> rows;      // the first records, in file order
    int columnCount = 0;  // cells in the widest row shown
    bool truncated = false; // more records follow the ones shown
};

// Reads up to MAXROWS records of CONTENT with the same decoding and CSV dialect the
// importer uses. Errors (ErrorCode::InvalidInput, naming DISPLAYNAME and the line):
// not text, or quoting broken before a first record could be read (a break further down
// ends the preview early; the import reports it). Pure and reentrant.
Result<SpreadsheetPreview> previewSpreadsheet(const QByteArray &content, const QString &displayName,
                                              int maxRows = 50);

} // namespace charter
