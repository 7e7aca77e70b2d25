#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace charter {

// A date inside a sentence the user reads ("Review was due on 01.12.2026"): the
// locale's short date with the year in full, so "01.12.26" cannot be misread. The C
// locale (tests, scripts with LC_ALL=C) has no national convention and gets ISO 8601,
// as do all machine formats (JSON, CSV, audit, iCalendar, storage), which never use this.
// An invalid date gives an empty string.
QString displayDate(QDate date, const QLocale &locale = QLocale());

} // namespace charter
