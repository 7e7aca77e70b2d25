#include "RegistrySnapshot.h"

#include "domain/Json.h"
#include "domain/GovernanceJson.h"
#include "meetings/Meeting.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::RegistrySnapshot", text);
}

Result<QList<RegistryEntity>> loadSystems(Database &db)
{
    Result<QList<AiSystem>> systems = SystemRepository(db).all();
    if (!systems)
        return systems.error();
    QList<RegistryEntity> entities;
    entities.reserve(systems->size());
    for (const AiSystem &system : *systems)
        entities.append({QString::number(system.id), system.name, canonicalBytes(system)});
    return entities;
}

Result<QList<RegistryEntity>> loadPeople(Database &db)
{
    Result<QList<Person>> people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    QList<RegistryEntity> entities;
    entities.reserve(people->size());
    for (const Person &person : *people)
        entities.append({QString::number(person.id), person.name, auditedStateBytes(toJson(person))});
    return entities;
}

Result<QList<RegistryEntity>> loadVendors(Database &db)
{
    Result<QList<Vendor>> vendors = VendorRepository(db).all();
    if (!vendors)
        return vendors.error();
    QList<RegistryEntity> entities;
    entities.reserve(vendors->size());
    for (const Vendor &vendor : *vendors)
        entities.append({QString::number(vendor.id), vendor.name, auditedStateBytes(toJson(vendor))});
    return entities;
}

// "AI governance board, 2026-11-26": how a meeting is named in findings.
QString meetingName(const Meeting &meeting)
{
    return tr("%1, %2").arg(meeting.board, meeting.date.toString(Qt::ISODate));
}

Result<QList<RegistryEntity>> loadMeetings(Database &db)
{
    Result<QList<Meeting>> meetings = MeetingRepository(db).all();
    if (!meetings)
        return meetings.error();
    QList<RegistryEntity> entities;
    entities.reserve(meetings->size());
    for (const Meeting &meeting : *meetings)
        entities.append({QString::number(meeting.id), meetingName(meeting), auditBytes(toJson(meeting))});
    return entities;
}

// Attendees are recorded sorted; entries written while the repository read them in
// the server's collation order may hold another order of the same logins.
QByteArray canonicalMeeting(const QByteArray &after)
{
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(after, &error).object();
    if (error.error != QJsonParseError::NoError || !object.contains(u"attendees"_s))
        return after;
    QStringList attendees;
    for (const QJsonValue &value : object.value(u"attendees"_s).toArray())
        attendees << value.toString();
    attendees.sort();
    object.insert(u"attendees"_s, QJsonArray::fromStringList(attendees));
    return auditBytes(object);
}

// One row per meeting: its whole agenda, as "meeting_agenda" entries record it (a
// reorder rewrites every position, so the agenda is audited as one piece).
Result<QList<RegistryEntity>> loadAgendas(Database &db)
{
    MeetingRepository repository(db);
    Result<QList<Meeting>> meetings = repository.all();
    if (!meetings)
        return meetings.error();
    Result<QHash<qint64, QList<AgendaItem>>> agendas = repository.allAgendas();
    if (!agendas)
        return agendas.error();
    QList<RegistryEntity> entities;
    entities.reserve(meetings->size() + agendas->size());
    QSet<qint64> meetingIds;
    for (const Meeting &meeting : *meetings) {
        meetingIds.insert(meeting.id);
        const QList<AgendaItem> items = agendas->value(meeting.id);
        RegistryEntity entity{QString::number(meeting.id), meetingName(meeting),
                              MeetingRepository::agendaAuditBytes(meeting.id, items)};
        entity.vacant = items.isEmpty();
        entities.append(entity);
    }
    // Items of a meeting that does not exist (the meeting row was deleted, its items
    // put back by hand) still belong to an agenda the trail knows or does not know.
    for (auto it = agendas->cbegin(); it != agendas->cend(); ++it) {
        if (!meetingIds.contains(it.key()))
            entities.append({QString::number(it.key()), QString(),
                             MeetingRepository::agendaAuditBytes(it.key(), it.value())});
    }
    return entities;
}

Result<QList<RegistryEntity>> loadMeetingDecisions(Database &db)
{
    Result<QList<MeetingDecision>> decisions = MeetingRepository(db).decisionRows();
    if (!decisions)
        return decisions.error();
    QList<RegistryEntity> entities;
    entities.reserve(decisions->size());
    for (const MeetingDecision &decision : *decisions)
        entities.append({QString::number(decision.id), QString(), auditBytes(toJson(decision))});
    return entities;
}

} // namespace

QByteArray auditedStateBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<EntitySource> registryEntitySources()
{
    QList<EntitySource> sources{
        {u"system"_s, tr("AI system"), loadSystems},
        {u"person"_s, tr("person"), loadPeople},
        {u"vendor"_s, tr("vendor"), loadVendors},
    };
    sources << meetingEntitySources();
    return sources;
}

QList<EntitySource> meetingEntitySources()
{
    return {
        {u"meeting"_s, tr("meeting"), loadMeetings, canonicalMeeting},
        {u"meeting_agenda"_s, tr("agenda of meeting"), loadAgendas},
        {u"meeting_decision"_s, tr("meeting decision"), loadMeetingDecisions},
    };
}

} // namespace charter
