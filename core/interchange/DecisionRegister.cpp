#include "DecisionRegister.h"

#include "CsvWriter.h"
#include "domain/GovernanceJson.h"
#include "meetings/MeetingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DecisionRegister", text);
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

Result<QList<DecisionRegisterRow>> DecisionRegister::load(RegisterService &session)
{
    MeetingService service(session);
    Result<QList<Meeting>> meetings = service.meetings();
    if (!meetings)
        return meetings.error();
    QList<DecisionRegisterRow> rows;
    for (const Meeting &meeting : *meetings) {
        Result<QList<MeetingDecision>> decisions = service.decisions(meeting.id);
        if (!decisions)
            return decisions.error();
        if (decisions->isEmpty())
            continue;
        Result<QList<AgendaItem>> agenda = service.agenda(meeting.id);
        if (!agenda)
            return agenda.error();
        QHash<qint64, AgendaItem> items;
        for (const AgendaItem &item : *agenda)
            items.insert(item.id, item);
        for (const MeetingDecision &decision : *decisions)
            rows.append(DecisionRegisterRow{meeting, items.value(decision.itemId), decision});
    }
    return rows;
}

QStringList DecisionRegister::csvHeader()
{
    return {u"meetingId"_s,  u"meetingDate"_s, u"board"_s,        u"item"_s,         u"itemKind"_s,
            u"systemId"_s,   u"subject"_s,     u"outcome"_s,      u"conditions"_s,   u"rationale"_s,
            u"boardMembers"_s, u"recordedBy"_s, u"decidedAt"_s,   u"workflowState"_s, u"decisionId"_s};
}

QByteArray DecisionRegister::toCsv(const QList<DecisionRegisterRow> &rows, bool utf8Bom)
{
    CsvWriter writer;
    writer.writeRow(csvHeader());
    for (const DecisionRegisterRow &row : rows) {
        writer.writeRow({
            QString::number(row.meeting.id),
            row.meeting.date.toString(Qt::ISODate),
            row.meeting.board,
            QString::number(row.item.position),
            enumKey(row.item.kind),
            idText(row.decision.systemId),
            row.item.title,
            enumKey(row.decision.outcome),
            row.decision.conditions,
            row.decision.rationale,
            row.decision.boardMembers.join(u"; "_s),
            row.decision.recordedBy,
            storedTimestamp(row.decision.decidedAt),
            row.decision.workflowState,
            QString::number(row.decision.id),
        });
    }
    return writer.toUtf8(utf8Bom);
}

QByteArray DecisionRegister::toJson(const QList<DecisionRegisterRow> &rows)
{
    QJsonArray decisions;
    for (const DecisionRegisterRow &row : rows) {
        QJsonObject object = charter::toJson(row.decision);
        object.insert(u"meeting"_s, QJsonObject{{u"id"_s, row.meeting.id},
                                                {u"date"_s, row.meeting.date.toString(Qt::ISODate)},
                                                {u"board"_s, row.meeting.board},
                                                {u"status"_s, enumKey(row.meeting.status)}});
        object.insert(u"item"_s, charter::toJson(row.item));
        decisions.append(object);
    }
    return QJsonDocument(QJsonObject{{u"decisions"_s, decisions}}).toJson(QJsonDocument::Indented);
}

Result<int> DecisionRegister::exportTo(RegisterService &session, const QString &path, Format format, bool utf8Bom)
{
    Result<QList<DecisionRegisterRow>> rows = load(session);
    if (!rows)
        return rows.error();
    const QByteArray bytes = format == Format::Csv ? toCsv(*rows, utf8Bom) : toJson(*rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return int(rows->size());
}

} // namespace charter
