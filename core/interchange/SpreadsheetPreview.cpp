#include "SpreadsheetPreview.h"

#include "CsvReader.h"
#include "TextDecoding.h"

namespace charter {

namespace {

constexpr qsizetype kMaxCellLength = 300;

} // namespace

Result<SpreadsheetPreview> previewSpreadsheet(const QByteArray &content, const QString &displayName,
                                              int maxRows)
{
    Result<DecodedText> decoded = decodeText(content, displayName);
    if (!decoded)
        return decoded.error();

    SpreadsheetPreview preview;
    preview.encoding = decoded->encoding;
    CsvReader reader(decoded->text, displayName);
    preview.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record)) {
        if (preview.rows.size() >= maxRows) {
            preview.truncated = true;
            break;
        }
        SpreadsheetPreview::Row row;
        row.line = record.line;
        row.cells.reserve(record.fields.size());
        for (QStringView field : std::as_const(record.fields)) {
            QString cell = field.left(kMaxCellLength).toString();
            if (field.size() > kMaxCellLength)
                cell += u'\u2026';
            row.cells.append(cell);
        }
        preview.columnCount = qMax(preview.columnCount, int(row.cells.size()));
        preview.rows.append(std::move(row));
    }
    if (reader.error() && preview.rows.isEmpty())
        return *reader.error();
    return preview;
}

} // namespace charter
