#include "RegistrySnapshot.h"

#include "domain/Json.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace

QByteArray auditedStateBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<EntitySource> registryEntitySources()
{
    return {
        {u"system"_s, tr("AI system"), loadSystems},
        {u"person"_s, tr("person"), loadPeople},
        {u"vendor"_s, tr("vendor"), loadVendors},
    };
}

} // namespace charter
