#pragma once

#include <QDateTime>
#include <QString>

namespace charter {

// UTC as ISO 8601 with milliseconds ("2026-01-31T09:30:00.000Z"), exactly what
// toString(Qt::ISODateWithMs) writes for a UTC time, without its format machinery:
// every stored row and audit entry of an import carries one.
inline QString isoUtcWithMs(const QDateTime &utc)
{
    const QDate date = utc.date();
    const QTime time = utc.time();
    const int year = date.year();
    if (utc.timeSpec() != Qt::UTC || year < 1 || year > 9999 || !time.isValid())
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'.';
    put(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace charter
