#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace charter {

// Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with
// = + - @ (or a tab or carriage return) is run as a formula by Excel and LibreOffice.
// The writer neutralises such a cell with a leading apostrophe, which both show as
// text; the apostrophe is visible, so nothing is hidden from the reader.
// The rule is reversible: a cell that already starts with apostrophes followed by a
// trigger character gets one more apostrophe, and the importer removes exactly one
// apostrophe from any cell of the form '+ followed by a trigger, so every value
// survives export -> import unchanged.
QString guardFormula(const QString &cell);
QStringView unguardFormula(QStringView cell);

// Writes RFC 4180 CSV that opens cleanly in Excel and LibreOffice: comma-separated,
// CRLF line ends, a cell quoted when it contains a comma, a quote, a line break or
// leading/trailing spaces (quotes doubled), formula-like cells neutralised (see
// guardFormula). Line breaks inside a (quoted) cell stay as they are; both programs keep
// them inside the cell.
class CsvWriter {
public:
    void writeRow(const QStringList &cells);
    // The CSV as UTF-8; with a byte-order mark when UTF8BOM (Excel needs it to read
    // UTF-8 instead of the Windows code page).
    QByteArray toUtf8(bool utf8Bom) const;

    // One cell as it appears in the file (guarded and quoted as needed).
    static QString encodeCell(const QString &cell);

private:
    QString m_text;
};

} // namespace charter
