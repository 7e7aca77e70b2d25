#include "TreeHead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::TreeHead", text);
}

// JSON numbers are doubles: sizes beyond 2^53 cannot be written exactly.
constexpr qint64 MaxJsonSize = qint64(1) << 53;

Error headError(const QString &source, const QString &message)
{
    // "head.json: line 3, column 12: ..." like a compiler: where first, then what.
    return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(source, message));
}

// The position of byte OFFSET in TEXT as "line L, column C" (both from 1).
QString position(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// Checks the three values once they are read, whatever form they came in.
Result<TreeHead> validated(qint64 size, const QString &rootText, const std::optional<QString> &time,
                           const QString &source)
{
    const std::optional<MerkleHash> root = merkleHashFromHex(rootText);
    if (!root) {
        return headError(source, tr("\"root\" must be 64 hexadecimal digits (a SHA-256 hash), not "
                                    "\"%1\".").arg(rootText.left(80)));
    }
    if (size == 0 && *root != merkleEmptyRoot()) {
        return headError(source, tr("a tree of size 0 has the root %1 (the hash of nothing), not %2.")
                                     .arg(merkleHashToHex(merkleEmptyRoot()), rootText));
    }
    TreeHead head;
    head.size = size;
    head.root = *root;
    if (time && !time->isEmpty()) {
        // Kept in Charter's own form (UTC, milliseconds, "Z"), so a head reads back
        // identical from either of its forms.
        const QDateTime parsed = QDateTime::fromString(*time, Qt::ISODateWithMs);
        head.time = parsed.isValid() ? parsed.toUTC().toString(Qt::ISODateWithMs) : QString();
        if (head.time.isEmpty()) {
            return headError(source, tr("\"time\" must be an ISO 8601 date and time such as "
                                        "2025-01-31T09:30:00.000Z, not \"%1\".").arg(time->left(80)));
        }
    }
    return head;
}

Result<TreeHead> parseJson(QByteArrayView text, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        return headError(source, tr("%1: not valid JSON: %2.")
                                     .arg(position(text, error.offset), error.errorString()));
    }
    if (!document.isObject())
        return headError(source, tr("expected a JSON object with \"size\", \"root\" and \"time\"."));
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"size"_s && it.key() != u"root"_s && it.key() != u"time"_s) {
            return headError(source, tr("unknown field \"%1\"; a tree head has only \"size\", "
                                        "\"root\" and \"time\".").arg(it.key().left(80)));
        }
    }

    const QJsonValue sizeValue = object.value(u"size"_s);
    if (sizeValue.isUndefined())
        return headError(source, tr("\"size\" is missing."));
    const double number = sizeValue.toDouble(-1);
    if (!sizeValue.isDouble() || number < 0 || number > double(MaxJsonSize)
        || number != double(qint64(number))) {
        return headError(source, tr("\"size\" must be a whole number from 0 to %1.").arg(MaxJsonSize));
    }

    const QJsonValue rootValue = object.value(u"root"_s);
    if (rootValue.isUndefined())
        return headError(source, tr("\"root\" is missing."));
    if (!rootValue.isString())
        return headError(source, tr("\"root\" must be a string of 64 hexadecimal digits."));

    const QJsonValue timeValue = object.value(u"time"_s);
    std::optional<QString> time;
    if (timeValue.isString())
        time = timeValue.toString();
    else if (!timeValue.isNull() && !timeValue.isUndefined())
        return headError(source, tr("\"time\" must be a string (ISO 8601) or null."));
    return validated(qint64(number), rootValue.toString(), time, source);
}

// "size: N", "root: HEX", "time: ISO" lines, in any order; blank lines and lines
// starting with "#" are ignored.
Result<TreeHead> parseText(QByteArrayView text, const QString &source)
{
    std::optional<QString> size;
    std::optional<QString> root;
    std::optional<QString> time;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (QString line : lines) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            return headError(source, tr("line %1: expected \"size: N\", \"root: HEX\" or \"time: "
                                        "ISO 8601\", or a JSON object.").arg(lineNumber));
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        std::optional<QString> *slot = key == u"size"_s ? &size
                                     : key == u"root"_s ? &root
                                     : key == u"time"_s ? &time
                                                        : nullptr;
        if (!slot) {
            return headError(source, tr("line %1: unknown field \"%2\"; a tree head has only size, "
                                        "root and time.").arg(lineNumber).arg(key.left(80)));
        }
        if (slot->has_value())
            return headError(source, tr("line %1: \"%2\" is given twice.").arg(lineNumber).arg(key));
        *slot = value;
    }
    if (!size)
        return headError(source, tr("\"size\" is missing."));
    if (!root)
        return headError(source, tr("\"root\" is missing."));
    bool numeric = false;
    const qint64 count = size->toLongLong(&numeric);
    const bool digitsOnly = !size->isEmpty() && size->size() <= 18
                            && std::all_of(size->cbegin(), size->cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    if (!numeric || !digitsOnly || count < 0)
        return headError(source, tr("\"size\" must be a whole number, not \"%1\".").arg(size->left(80)));
    if (time && (*time == u"none"_s || *time == u"-"_s))
        time = QString();
    return validated(count, *root, time, source);
}

} // namespace

QJsonObject TreeHead::toJson() const
{
    return QJsonObject{
        {u"size"_s, size},
        {u"root"_s, merkleHashToHex(root)},
        {u"time"_s, time.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(time)},
    };
}

QByteArray TreeHead::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString TreeHead::toText() const
{
    return u"size: %1\nroot: %2\ntime: %3\n"_s.arg(size).arg(merkleHashToHex(root),
                                                       time.isEmpty() ? u"none"_s : time);
}

Result<TreeHead> parseTreeHead(QByteArrayView text, const QString &source)
{
    if (text.size() > MaxTreeHeadBytes) {
        return headError(source, tr("%1 bytes is too large for a tree head (at most %2).")
                                     .arg(text.size()).arg(MaxTreeHeadBytes));
    }
    qsizetype first = 0;
    while (first < text.size() && QChar::isSpace(uchar(text[first])))
        ++first;
    if (first == text.size())
        return headError(source, tr("it is empty."));
    if (text[first] == '{')
        return parseJson(text, source);
    return parseText(text, source);
}

Result<TreeHead> readTreeHead(const QString &argument)
{
    if (argument.trimmed().startsWith(u'{'))
        return parseTreeHead(argument.toUtf8(), tr("tree head text"));
    const QFileInfo info(argument);
    if (!info.exists()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("There is no tree head file %1. Give the path of a file written by "
                            "'charter-cli treehead' or the tree head's JSON text.").arg(argument));
    }
    QFile file(argument);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot read the tree head file %1: %2")
                             .arg(argument, info.isDir() ? tr("it is a folder") : file.errorString()));
    }
    const QByteArray bytes = file.read(MaxTreeHeadBytes + 1);
    return parseTreeHead(bytes, argument);
}

} // namespace charter
