#include "CsvReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace charter {

bool CsvRecord::isBlank() const
{
    for (const QStringView field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

namespace {

// Excel writes "sep=;" as the first line when the user's list separator is unusual.
QChar excelSeparatorLine(QStringView text)
{
    if (text.size() >= 5 && text.startsWith(u"sep=", Qt::CaseInsensitive)
        && (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n'))
        return text[4];
    return QChar();
}

} // namespace

CsvReader::CsvReader(QStringView text, const QString &displayName, QChar delimiter)
    : m_displayName(displayName), m_delimiter(delimiter)
{
    m_pos = text.utf16();
    m_end = m_pos + text.size();
    if (const QChar sep = excelSeparatorLine(text); !sep.isNull()) {
        if (m_delimiter.isNull())
            m_delimiter = sep;
        while (m_pos < m_end && *m_pos != u'\n' && *m_pos != u'\r')
            ++m_pos;
        if (m_pos < m_end && *m_pos == u'\r')
            ++m_pos;
        if (m_pos < m_end && *m_pos == u'\n')
            ++m_pos;
        m_line = 2;
    }
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter(text);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Parse the first records with each candidate. The right delimiter leaves no quote
    // character inside an unquoted field: a wrong one misses the quoted fields that
    // start after the right one, and splits their lines ("a | b | c" lists in a multi-
    // line cell) into records of their own. Then, the right delimiter gives many records
    // the same number (> 1) of fields, weighed by that number. Ties go to the earlier
    // candidate.
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    const QStringView sample = text.first(qMin<qsizetype>(text.size(), 64 * 1024));
    const auto isStray = [sample](QStringView field) {
        const bool unquoted = field.data() >= sample.data() && field.data() < sample.data() + sample.size()
                              && (field.data() == sample.data() || field.data()[-1] != u'"');
        return unquoted && field.contains(u'"');
    };
    QChar best = u',';
    int bestStrays = std::numeric_limits<int>::max();
    qsizetype bestScore = 0;
    for (const char16_t candidate : candidates) {
        CsvReader reader(sample, QString(), QChar(candidate));
        CsvRecord record;
        QHash<qsizetype, int> fieldCounts;
        int strays = 0;
        for (int i = 0; i < 30 && reader.next(record); ++i) {
            if (record.fields.size() > 1)
                ++fieldCounts[record.fields.size()];
            strays += int(std::count_if(record.fields.cbegin(), record.fields.cend(), isStray));
        }
        qsizetype score = 0;
        for (auto it = fieldCounts.cbegin(); it != fieldCounts.cend(); ++it)
            score = qMax(score, it.key() * it.value());
        if (score == 0)
            continue;
        if (strays < bestStrays || (strays == bestStrays && score > bestScore)) {
            bestStrays = strays;
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    m_unescaped.clear();
    if (m_error || m_pos >= m_end)
        return false;
    record.line = m_line;
    const char16_t delimiter = m_delimiter.unicode();
    const char16_t *pos = m_pos;
    for (;;) {
        QStringView field;
        if (pos < m_end && *pos == u'"') {
            field = readQuoted(pos);
            if (m_error)
                return false;
        } else {
            const char16_t *start = pos;
            while (pos < m_end && *pos != delimiter && *pos != u'\n' && *pos != u'\r')
                ++pos;
            field = QStringView(start, pos);
        }
        record.fields.append(field);
        if (pos >= m_end)
            break;
        const char16_t c = *pos++;
        if (c == delimiter)
            continue;
        if (c == u'\r' && pos < m_end && *pos == u'\n')
            ++pos;
        ++m_line;
        break;
    }
    m_pos = pos;
    return true;
}

// POS is at the opening quote; on return it is just past the field (at the delimiter,
// the line break or the end).
QStringView CsvReader::readQuoted(const char16_t *&pos)
{
    const int openingLine = m_line;
    const char16_t delimiter = m_delimiter.unicode();
    const char16_t *start = ++pos;
    bool needsCopy = false;
    for (;;) {
        if (pos >= m_end) {
            m_error = makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate(
                                    "charter::CsvReader",
                                    "%1, line %2: a quoted field starts here and is never "
                                    "closed; the file's quoting is broken (a missing \" "
                                    "character). Fix it in a spreadsheet and save it again.")
                                    .arg(m_displayName)
                                    .arg(openingLine));
            return {};
        }
        const char16_t c = *pos;
        if (c == u'"') {
            if (pos + 1 < m_end && pos[1] == u'"') {
                needsCopy = true;
                pos += 2;
                continue;
            }
            break;
        }
        if (c == u'\n') {
            ++m_line;
        } else if (c == u'\r') {
            needsCopy = true;
            if (pos + 1 >= m_end || pos[1] != u'\n')
                ++m_line;
        }
        ++pos;
    }
    const char16_t *closing = pos++;
    const char16_t *trailStart = pos;
    while (pos < m_end && *pos != delimiter && *pos != u'\n' && *pos != u'\r')
        ++pos;
    if (!needsCopy && trailStart == pos)
        return QStringView(start, closing);

    QString value((closing - start) + (pos - trailStart), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(value.data());
    char16_t *const outStart = out;
    for (const char16_t *p = start; p < closing; ++p) {
        if (*p == u'"') {
            ++p; // the first of a doubled quote
        } else if (*p == u'\r') {
            if (p + 1 >= closing || p[1] != u'\n')
                *out++ = u'\n';
            continue;
        }
        *out++ = *p;
    }
    for (const char16_t *p = trailStart; p < pos; ++p)
        *out++ = *p;
    value.truncate(out - outStart);
    m_unescaped.append(std::move(value));
    return m_unescaped.constLast();
}

} // namespace charter
