#include "DirectoryStore.h"

#include "models/PeopleModel.h"
#include "models/VendorModel.h"
#include "register/DirectoryService.h"
#include "register/RegisterService.h"

namespace charter {

DirectoryStore::DirectoryStore(QObject *parent)
    : QObject(parent)
    , m_people(new PeopleModel(this))
    , m_vendors(new VendorModel(this))
{
}

DirectoryStore::~DirectoryStore() = default;

Error DirectoryStore::notOpen()
{
    return makeError(ErrorCode::DatabaseUnavailable, tr("No database is open."));
}

void DirectoryStore::attach(RegisterService *service)
{
    m_register = service;
    m_service = service ? std::make_unique<DirectoryService>(*service) : nullptr;
    if (service)
        m_vendors->setToday(service->today());
    (void)reload();
}

void DirectoryStore::detach()
{
    attach(nullptr);
}

Status DirectoryStore::reload()
{
    if (!m_service) {
        m_people->setPeople({});
        m_vendors->setVendors({});
        emit reloaded();
        return {};
    }
    Result<QList<Person>> people = m_service->people();
    if (!people)
        return people.error();
    Result<QList<Vendor>> vendors = m_service->vendors();
    if (!vendors)
        return vendors.error();
    m_people->setPeople(*people);
    m_vendors->setVendors(*vendors);
    emit reloaded();
    return {};
}

Status DirectoryStore::addPerson(Person &person)
{
    if (!m_service)
        return notOpen();
    Status status = m_service->addPerson(person);
    if (status) {
        m_people->upsert(person);
        emit personSaved(person.id);
    }
    return status;
}

Status DirectoryStore::updatePerson(const Person &person)
{
    if (!m_service)
        return notOpen();
    Status status = m_service->updatePerson(person);
    if (status) {
        m_people->upsert(person);
        emit personSaved(person.id);
    }
    return status;
}

Status DirectoryStore::addVendor(Vendor &vendor)
{
    if (!m_service)
        return notOpen();
    Status status = m_service->addVendor(vendor);
    if (status) {
        m_vendors->upsert(vendor);
        emit vendorSaved(vendor.id);
    }
    return status;
}

Status DirectoryStore::updateVendor(const Vendor &vendor)
{
    if (!m_service)
        return notOpen();
    Status status = m_service->updateVendor(vendor);
    if (status) {
        m_vendors->upsert(vendor);
        emit vendorSaved(vendor.id);
    }
    return status;
}

Result<Person> DirectoryStore::loadPerson(qint64 id) const
{
    if (!m_service)
        return notOpen();
    return m_service->person(id);
}

Result<Vendor> DirectoryStore::loadVendor(qint64 id) const
{
    if (!m_service)
        return notOpen();
    return m_service->vendor(id);
}

Result<QList<RegistryRow>> DirectoryStore::systemsOfVendor(qint64 vendorId) const
{
    if (!m_service)
        return notOpen();
    return m_service->systemsOfVendor(vendorId);
}

Result<QList<PersonRole>> DirectoryStore::rolesOfPerson(qint64 personId) const
{
    if (!m_service)
        return notOpen();
    return m_service->rolesOfPerson(personId);
}

QList<RiskFactor> DirectoryStore::vendorRiskFactors(const Vendor &vendor) const
{
    return m_service ? m_service->vendorRiskFactors(vendor) : QList<RiskFactor>();
}

} // namespace charter
