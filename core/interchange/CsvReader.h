#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace charter {

// One record of a CSV file. The fields are views that stay valid until the reader's
// next call to next() (they point into the text or into the reader's own buffer).
struct CsvRecord {
    int line = 0; // physical line (1-based) on which the record starts
    QList<QStringView> fields;

    // True when every field is empty or whitespace (an empty spreadsheet row).
    bool isBlank() const;
};

// Pull parser for RFC 4180 CSV as spreadsheets really write it: quoted fields with
// embedded delimiters, doubled quotes and line breaks; CRLF, LF, CR or any mix of them
// (line breaks inside quoted fields come out as "\n"). It is lenient where the intent
// is clear (a quote inside an unquoted field is literal text; text after a closing
// quote is appended) and fails only when the file cannot be split into records: a
// quoted field that never closes.
//
// The reader does not copy TEXT; TEXT must outlive it. Not thread-safe; one reader per
// thread, any number of readers per text.
class CsvReader {
public:
    // DELIMITER null: detect it (an Excel "sep=;" first line, else the candidate among
    // comma, semicolon, tab and pipe that splits the first records most consistently).
    // DISPLAYNAME is used in error messages.
    CsvReader(QStringView text, const QString &displayName, QChar delimiter = QChar());

    QChar delimiter() const { return m_delimiter; }

    // Reads the next record into RECORD (reusing its storage). Returns false at the end
    // of the text or on error; error() tells which.
    bool next(CsvRecord &record);

    // Set once next() met a file that cannot be read; ErrorCode::InvalidInput, with
    // file and line in the message.
    const std::optional<Error> &error() const { return m_error; }

    // The delimiter detection on its own: comma, semicolon, tab or pipe.
    static QChar detectDelimiter(QStringView text);

private:
    QStringView readQuoted(const char16_t *&pos);

    QString m_displayName;
    QChar m_delimiter;
    const char16_t *m_pos = nullptr;
    const char16_t *m_end = nullptr;
    int m_line = 1;
    QList<QString> m_unescaped; // storage for fields that needed unescaping
    std::optional<Error> m_error;
};

} // namespace charter
