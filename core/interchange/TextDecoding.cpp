#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// Windows-1252 bytes 0x80..0x9F; the rest of the code page equals Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98..9F
};

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

Error binaryError(const QString &displayName, int line, const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("charter::TextDecoding",
                                                 "%1, line %2: the file is not text (%3). "
                                                 "Save the sheet as CSV and import that file.")
                         .arg(displayName)
                         .arg(line)
                         .arg(what));
}

// Control bytes other than tab, line breaks and form feed never occur in a CSV export;
// a few may be stray, many mean a binary file (an .xlsx, a PDF, random bytes).
bool isSuspiciousControl(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

Result<DecodedText> decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding,
                                const QString &name, const QString &displayName)
{
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return binaryError(displayName, 1,
                           QCoreApplication::translate("charter::TextDecoding",
                                                       "invalid %1").arg(name));
    return DecodedText{std::move(text), name};
}

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? kCp1252High[c - 0x80] : char16_t(c);
    }
    return text;
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &displayName)
{
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, QStringConverter::Utf16LE, u"UTF-16LE"_s, displayName);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, QStringConverter::Utf16BE, u"UTF-16BE"_s, displayName);

    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return binaryError(displayName, lineOfOffset(bytes, nul),
                           QCoreApplication::translate("charter::TextDecoding",
                                                       "it contains NUL bytes"));
    const QByteArrayView sample = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 65536));
    qsizetype controls = 0;
    for (const char c : sample)
        controls += isSuspiciousControl(static_cast<unsigned char>(c)) ? 1 : 0;
    if (controls > 8 && controls * 50 > sample.size()) { // more than 2 %
        qsizetype first = 0;
        while (!isSuspiciousControl(static_cast<unsigned char>(bytes.at(first))))
            ++first;
        return binaryError(displayName, lineOfOffset(bytes, first),
                           QCoreApplication::translate("charter::TextDecoding",
                                                       "it is mostly control characters"));
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes); // drops the BOM
    if (!utf8.hasError())
        return DecodedText{std::move(text), bom ? u"UTF-8 with BOM"_s : u"UTF-8"_s};
    return DecodedText{decodeWindows1252(QByteArrayView(bytes).sliced(bom ? 3 : 0)),
                       u"Windows-1252"_s};
}

} // namespace charter
