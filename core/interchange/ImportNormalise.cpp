#include "ImportNormalise.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// Lower case, one plain space for any run of whitespace, ASCII quotes and hyphens.
// Called for every short cell of a large import, so it writes into a preallocated
// buffer and lowers ASCII without a library call.
QString foldText(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *end = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
                pendingSpace = true;
                continue;
            }
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
        } else if (c.isSpace()) { // U+00A0, U+2007, U+202F...
            pendingSpace = true;
            continue;
        } else {
            switch (u) {
            case 0x00AD: // soft hyphen
            case 0x200B: // zero-width space
            case 0xFEFF: // stray byte-order mark
                continue;
            case 0x2018: case 0x2019: case 0x201B: case 0x2032:
                u = u'\'';
                break;
            case 0x201C: case 0x201D: case 0x201E: case 0x2033:
                u = u'"';
                break;
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
            case 0x2212:
                u = u'-';
                break;
            default:
                u = QChar(u).toLower().unicode();
                break;
            }
        }
        if (pendingSpace && end != begin)
            *end++ = u' ';
        pendingSpace = false;
        *end++ = u;
    }
    out.truncate(end - begin);
    return out;
}

// "a) ", "b)\u00a0" (folded to a space) and "a)?" (a non-breaking space that a
// conversion turned into '?') in front of a multiple-choice answer.
QStringView withoutLetterPrefix(QStringView folded)
{
    if (folded.size() < 3 || !folded[0].isLetter() || folded[1] != u')')
        return folded;
    qsizetype i = 2;
    while (i < folded.size() && (folded[i] == u' ' || folded[i] == u'?'))
        ++i;
    return folded.sliced(i);
}

// '-' and '_' as spaces, single spaces, no trailing full stop.
QString canonicalise(QStringView folded)
{
    QString out(folded.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *end = begin;
    for (const QChar c : folded) {
        char16_t u = c.unicode();
        if (u == u'-' || u == u'_')
            u = u' ';
        if (u == u' ' && (end == begin || end[-1] == u' '))
            continue;
        *end++ = u;
    }
    while (end != begin && (end[-1] == u' ' || end[-1] == u'.'))
        --end;
    out.truncate(end - begin);
    return out;
}

bool isHeadCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'/' || c == u'&'
        || c == u'\'' || c == u'+' || c == u'.';
}

} // namespace

QString normaliseHeader(QStringView header)
{
    QString folded = foldText(header);
    folded.replace(u" /"_s, u"/"_s);
    folded.replace(u"/ "_s, u"/"_s);
    // Quotes around the whole header ("\u201cStage of Development\u201d"), a trailing
    // colon or "required" asterisk.
    const auto isTrimmed = [](QChar c) {
        return c == u' ' || c == u'"' || c == u'\'' || c == u':' || c == u'*';
    };
    qsizetype begin = 0;
    qsizetype end = folded.size();
    while (begin < end && (folded.at(begin) == u'"' || folded.at(begin) == u'\''
                           || folded.at(begin) == u' '))
        ++begin;
    while (end > begin && isTrimmed(folded.at(end - 1)))
        --end;
    return folded.mid(begin, end - begin);
}

QStringList headerCandidates(QStringView header)
{
    QStringList candidates{normaliseHeader(header)};
    const auto addCandidate = [&candidates](QStringView part) {
        const QString normalised = normaliseHeader(part);
        if (!normalised.isEmpty() && !candidates.contains(normalised))
            candidates.append(normalised);
    };
    // First paragraph: up to a line break followed by blank space and another one.
    const QStringView trimmed = header.trimmed();
    for (qsizetype i = trimmed.indexOf(u'\n'); i >= 0; i = trimmed.indexOf(u'\n', i + 1)) {
        qsizetype j = i + 1;
        while (j < trimmed.size() && trimmed[j] != u'\n' && trimmed[j].isSpace())
            ++j;
        if (j < trimmed.size() && trimmed[j] == u'\n') {
            addCandidate(trimmed.first(i));
            break;
        }
    }
    if (const qsizetype lineEnd = trimmed.indexOf(u'\n'); lineEnd > 0)
        addCandidate(trimmed.first(lineEnd));
    return candidates;
}

QString canonicalValue(QStringView value)
{
    const QString folded = foldText(value);
    return canonicalise(withoutLetterPrefix(folded));
}

QString canonicalValueHead(QStringView value)
{
    const QString folded = foldText(value);
    const QStringView answer = withoutLetterPrefix(folded);
    qsizetype end = 0;
    while (end < answer.size() && isHeadCharacter(answer[end])) {
        // A spaced dash or a full stop before a space ends the answer as well.
        if (answer[end] == u' ' && end + 2 < answer.size() && answer[end + 1] == u'-'
            && answer[end + 2] == u' ')
            break;
        if (answer[end] == u'.' && end + 1 < answer.size() && answer[end + 1] == u' ')
            break;
        ++end;
    }
    if (end == 0 || end >= answer.size())
        return QString();
    return canonicalise(answer.first(end));
}

bool isBlankValue(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return true;
    // Every blank spelling is short and starts with one of these; spare the rest the fold.
    if (trimmed.size() > 20
        || !QStringView(u"[(bBnNtTuU?#-\u2013\u2014").contains(trimmed.front()))
        return false;
    static const QSet<QString> blanks = {
        u"[blank]"_s, u"(blank)"_s, u"blank"_s, u"n/a"_s, u"na"_s, u"n.a"_s, u"n. a"_s,
        u"tbd"_s, u"to be determined"_s, u"unknown"_s, u"not known"_s, u"?"_s, u"null"_s,
        u"#n/a"_s, u"(none given)"_s,
    };
    const QString canonical = canonicalValue(trimmed);
    return canonical.isEmpty() || blanks.contains(canonical);
}

} // namespace charter
