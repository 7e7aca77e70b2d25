#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace charter {

// Text of a file whose encoding nobody told us, with the encoding that was used.
struct DecodedText {
    QString text;     // without byte-order mark
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

// Decodes spreadsheet exports as they arrive in the wild: a byte-order mark decides
// (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252,
// the encoding Excel uses for "CSV" on Western Windows. Bytes that cannot be text
// (NUL bytes, mostly control characters) give ErrorCode::InvalidInput naming
// DISPLAYNAME and the line. Pure and reentrant.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &displayName);

// Windows-1252 decoding by table (QStringDecoder only knows it through ICU, which a
// Qt build may lack). The five bytes Windows leaves undefined map to U+0080..U+009F.
QString decodeWindows1252(QByteArrayView bytes);

} // namespace charter
