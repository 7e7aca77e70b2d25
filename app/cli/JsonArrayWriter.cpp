#include "JsonArrayWriter.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace charter::cli {

namespace {
constexpr qsizetype FlushThreshold = 256 * 1024;
constexpr char Hex[] = "0123456789abcdef";
} // namespace

JsonArrayWriter::JsonArrayWriter(QTextStream &out)
    : m_out(out)
{
    m_buffer.resize(FlushThreshold + 4096);
    appendRaw("[\n");
}

void JsonArrayWriter::beginObject()
{
    if (m_firstObject)
        appendRaw("    {\n");
    else
        appendRaw(",\n    {\n");
    m_firstObject = false;
    m_firstMember = true;
}

void JsonArrayWriter::endObject()
{
    appendRaw("\n    }");
    flushIfFull();
}

void JsonArrayWriter::number(const char *name, qint64 value)
{
    key(name);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    appendRaw(digits, result.ptr - digits);
}

void JsonArrayWriter::text(const char *name, QStringView value)
{
    key(name);
    appendString(value);
}

void JsonArrayWriter::textOrNull(const char *name, QStringView value)
{
    key(name);
    if (value.isEmpty())
        appendRaw("null");
    else
        appendString(value);
}

void JsonArrayWriter::finish()
{
    appendRaw(m_firstObject ? "]\n" : "\n]\n");
    flush();
}

void JsonArrayWriter::key(const char *name)
{
    if (m_firstMember)
        appendRaw("        \"");
    else
        appendRaw(",\n        \"");
    appendRaw(name);
    appendRaw("\": ");
    m_firstMember = false;
}

void JsonArrayWriter::appendString(QStringView value)
{
    // RFC 8259: quote, backslash and control characters are escaped; everything else is
    // written as UTF-8. Plain ASCII runs, nearly all of a register, are copied in one go.
    appendRaw("\"", 1);
    const char16_t *chars = value.utf16();
    const qsizetype size = value.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\')
            continue;
        appendAscii(chars + runStart, i - runStart);
        if (c >= 0x80) {
            qsizetype end = i + 1;
            while (end < size && chars[end] >= 0x80)
                ++end;
            const QByteArray utf8 = value.sliced(i, end - i).toUtf8();
            appendRaw(utf8.constData(), utf8.size());
            i = end - 1;
        } else {
            appendEscaped(c);
        }
        runStart = i + 1;
    }
    appendAscii(chars + runStart, size - runStart);
    appendRaw("\"", 1);
}

void JsonArrayWriter::date(const char *name, QDate value)
{
    if (!value.isValid() || value.year() < 1 || value.year() > 9999) {
        textOrNull(name, value.isValid() ? value.toString(Qt::ISODate) : QString());
        return;
    }
    // ISO 8601 by hand: QDate::toString() costs more than the rest of a row together.
    key(name);
    const int year = value.year();
    const int month = value.month();
    const int day = value.day();
    const char text[] = {'"',
                         char('0' + year / 1000), char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10), char('0' + year % 10), '-',
                         char('0' + month / 10), char('0' + month % 10), '-',
                         char('0' + day / 10), char('0' + day % 10), '"'};
    appendRaw(text, sizeof text);
}

void JsonArrayWriter::appendRaw(const char *text)
{
    appendRaw(text, qsizetype(std::strlen(text)));
}

void JsonArrayWriter::appendRaw(const char *data, qsizetype count)
{
    std::memcpy(claim(count), data, size_t(count));
}

void JsonArrayWriter::appendAscii(const char16_t *chars, qsizetype count)
{
    if (count <= 0)
        return;
    char *out = claim(count);
    for (qsizetype i = 0; i < count; ++i)
        out[i] = char(chars[i]);
}

void JsonArrayWriter::appendEscaped(char16_t c)
{
    switch (c) {
    case u'"': appendRaw("\\\"", 2); return;
    case u'\\': appendRaw("\\\\", 2); return;
    case u'\n': appendRaw("\\n", 2); return;
    case u'\r': appendRaw("\\r", 2); return;
    case u'\t': appendRaw("\\t", 2); return;
    default: {
        const char escaped[] = {'\\', 'u', '0', '0', Hex[(c >> 4) & 0xf], Hex[c & 0xf]};
        appendRaw(escaped, sizeof escaped);
    }
    }
}

char *JsonArrayWriter::claim(qsizetype count)
{
    // The buffer is kept at its full size and filled up to m_used: QByteArray::append()
    // and resize() cost more per call than the copying itself.
    if (m_used + count > m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + count));
    char *out = m_buffer.data() + m_used;
    m_used += count;
    return out;
}

void JsonArrayWriter::flushIfFull()
{
    if (m_used >= FlushThreshold)
        flush();
}

void JsonArrayWriter::flush()
{
    // Straight to the device when there is one (stdout): the bytes are already UTF-8.
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        device->write(m_buffer.constData(), m_used);
    } else {
        m_out << QString::fromUtf8(m_buffer.constData(), m_used);
    }
    m_used = 0;
}

} // namespace charter::cli
