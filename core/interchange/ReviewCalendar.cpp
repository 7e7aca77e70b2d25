#include "ReviewCalendar.h"

#include "governance/Workflow.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/SystemRepository.h"
#include "storage/WorkflowRepository.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::ReviewCalendar", text);
}

QByteArray utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray basicDate(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s).toLatin1();
}

// True for a UTF-8 continuation byte (10xxxxxx): a fold may not come before it.
bool isContinuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QString ReviewCalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u';')
            escaped += u"\\;"_s;
        else if (c == u',')
            escaped += u"\\,"_s;
        else if (c == u'\r') {
            escaped += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

QByteArray ReviewCalendar::foldLine(const QByteArray &line)
{
    constexpr qsizetype Limit = 75; // octets per line, without the CRLF
    QByteArray folded;
    qsizetype start = 0;
    bool first = true;
    while (true) {
        // A continuation line spends one octet on its leading space.
        const qsizetype room = first ? Limit : Limit - 1;
        if (line.size() - start <= room) {
            if (!first)
                folded += ' ';
            folded += line.mid(start);
            folded += "\r\n";
            return folded;
        }
        qsizetype end = start + room;
        while (end > start && isContinuation(line[end]))
            --end;
        if (!first)
            folded += ' ';
        folded += line.mid(start, end - start);
        folded += "\r\n";
        start = end;
        first = false;
    }
}

Result<QList<ScheduledReview>> ReviewCalendar::schedule(RegisterService &session)
{
    Database &db = session.database();
    Result<QList<RegistryRow>> rows = SystemRepository(db).registryRows();
    if (!rows)
        return rows.error();
    Result<QList<WorkflowRecord>> records = WorkflowRepository(db).inStates({});
    if (!records)
        return records.error();
    QHash<qint64, WorkflowRecord> bySystem;
    for (const WorkflowRecord &record : *records)
        bySystem.insert(record.systemId, record);

    QList<ScheduledReview> reviews;
    for (const RegistryRow &row : *rows) {
        const WorkflowRecord record = bySystem.value(row.id);
        if (record.state == WorkflowState::Retired || row.lifecycle == Lifecycle::Retired)
            continue;
        ScheduledReview review;
        auto consider = [&review](const QDate &date, const QString &basis) {
            if (date.isValid() && (!review.date.isValid() || date < review.date)) {
                review.date = date;
                review.basis = basis;
            }
        };
        if (record.hasApproval()
            && (record.state == WorkflowState::Approved || record.state == WorkflowState::Suspended)) {
            const int months = session.policy().reviewCadenceMonths(row.riskTier);
            consider(reviewDueDate(record, row.riskTier, session.policy()),
                     tr("Re-review of the approval of %1 (%2 risk: every %3 months)")
                         .arg(record.approvedAt.date().toString(Qt::ISODate), enumLabel(row.riskTier).toLower())
                         .arg(months));
            consider(record.approvalExpires, tr("The approval expires"));
        }
        consider(row.nextReview, tr("Next review date in the register"));
        if (!review.date.isValid())
            continue;
        review.systemId = row.id;
        review.systemName = row.name;
        review.tier = row.riskTier;
        review.owner = row.accountableOwner;
        review.workflowState = enumLabel(record.state);
        reviews.append(review);
    }
    std::stable_sort(reviews.begin(), reviews.end(), [](const ScheduledReview &a, const ScheduledReview &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return QString::localeAwareCompare(a.systemName, b.systemName) < 0;
    });
    return reviews;
}

Result<QString> ReviewCalendar::calendarDomain(RegisterService &session)
{
    Result<QList<AuditRecord>> first = AuditStore(session.database()).entries(1, 1);
    if (!first)
        return first.error();
    if (first->isEmpty() || first->first().leafHash.isEmpty())
        return u"charter"_s;
    return QString(QString::fromLatin1(first->first().leafHash.toHex().left(16)) + u".charter"_s);
}

QByteArray ReviewCalendar::toICalendar(const QList<ScheduledReview> &reviews, const QDateTime &stamp,
                                       const QString &domain)
{
    QByteArray out;
    auto line = [&out](const QString &text) { out += foldLine(text.toUtf8()); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Charter//AI governance re-review schedule//EN"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(tr("AI system re-reviews")));
    const QString dtstamp = QString::fromLatin1(utcStamp(stamp));
    for (const ScheduledReview &review : reviews) {
        QStringList description;
        description << tr("Risk tier: %1").arg(enumLabel(review.tier));
        description << tr("Accountable owner: %1").arg(review.owner.isEmpty() ? tr("nobody named (a gap)")
                                                                               : review.owner);
        description << tr("Workflow: %1").arg(review.workflowState);
        description << tr("Why this date: %1").arg(review.basis);
        description << tr("Charter system id: %1").arg(review.systemId);
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:system-%1-review@%2"_s.arg(review.systemId).arg(domain));
        line(u"DTSTAMP:"_s + dtstamp);
        line(u"DTSTART;VALUE=DATE:"_s + QString::fromLatin1(basicDate(review.date)));
        line(u"DTEND;VALUE=DATE:"_s + QString::fromLatin1(basicDate(review.date.addDays(1))));
        line(u"SUMMARY:"_s + escapeText(tr("Re-review: %1 (%2 risk)")
                                             .arg(review.systemName, enumLabel(review.tier).toLower())));
        line(u"DESCRIPTION:"_s + escapeText(description.join(u'\n')));
        line(u"CATEGORIES:"_s + escapeText(tr("AI governance")));
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

Result<int> ReviewCalendar::exportTo(RegisterService &session, const QString &path)
{
    Result<QList<ScheduledReview>> reviews = schedule(session);
    if (!reviews)
        return reviews.error();
    Result<QString> domain = calendarDomain(session);
    if (!domain)
        return domain.error();
    const QByteArray bytes = toICalendar(*reviews, session.now(), *domain);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return int(reviews->size());
}

} // namespace charter
