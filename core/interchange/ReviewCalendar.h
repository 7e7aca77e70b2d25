#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace charter {

class RegisterService;

// One system's next review, as the calendar shows it.
struct ScheduledReview {
    qint64 systemId = 0;
    QString systemName;
    QDate date;
    RiskTier tier = RiskTier::Low;
    QString owner;          // accountable owner's name; empty = nobody named
    QString workflowState;  // translated label, e.g. "Approved"
    QString basis;          // translated: where the date comes from
};

// The re-review schedule as an RFC 5545 iCalendar file that calendar clients import:
// one all-day VEVENT per system with a next review date (the earliest of the review
// date its approval's cadence sets, the approval's own expiry, and the register's
// next-review date; retired systems are left out). Each event's UID is stable per
// system and database, so importing a newer file updates events instead of doubling
// them. Lines end in CRLF, are folded at 75 octets, and TEXT values are escaped.
class ReviewCalendar {
public:
    // The schedule, by date then system name.
    static Result<QList<ScheduledReview>> schedule(RegisterService &session);
    // A stable identifier of the database for UIDs: derived from the first entry of
    // its audit trail (which never changes), "charter" when the trail is empty.
    static Result<QString> calendarDomain(RegisterService &session);

    // The calendar. STAMP is DTSTAMP (when the file was made); DOMAIN goes into UIDs.
    static QByteArray toICalendar(const QList<ScheduledReview> &reviews, const QDateTime &stamp,
                                  const QString &domain);

    // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: LINE (UTF-8, no line end) folded into CRLF-terminated lines of at
    // most 75 octets, continuation lines starting with a space; never inside a UTF-8
    // character.
    static QByteArray foldLine(const QByteArray &line);

    // Schedule, render and write PATH atomically (QSaveFile). Returns the event count.
    static Result<int> exportTo(RegisterService &session, const QString &path);
};

} // namespace charter
