#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace charter {

namespace {

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Number of leading apostrophes when they are followed by a trigger character, else -1.
qsizetype apostrophesBeforeTrigger(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return (i < cell.size() && isFormulaTrigger(cell[i])) ? i : -1;
}

bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front().isSpace() || cell.back().isSpace())
        return true; // spreadsheets trim unquoted cells
    for (const QChar c : cell)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

} // namespace

QString guardFormula(const QString &cell)
{
    return apostrophesBeforeTrigger(cell) >= 0 ? u'\'' + cell : cell;
}

QStringView unguardFormula(QStringView cell)
{
    return apostrophesBeforeTrigger(cell) > 0 ? cell.sliced(1) : cell;
}

QString CsvWriter::encodeCell(const QString &cell)
{
    const QString guarded = guardFormula(cell);
    if (!needsQuotes(guarded))
        return guarded;
    QString quoted = guarded;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += encodeCell(cells.at(i));
    }
    m_text += u"\r\n";
}

QByteArray CsvWriter::toUtf8(bool utf8Bom) const
{
    QByteArray bytes;
    if (utf8Bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += m_text.toUtf8();
    return bytes;
}

} // namespace charter
