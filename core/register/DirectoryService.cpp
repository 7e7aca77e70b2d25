#include "DirectoryService.h"

#include "RecordValidation.h"
#include "RegisterService.h"
#include "governance/Permissions.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::DirectoryService", text);
}

Status invalid(const QString &what, const QList<FieldProblem> &problems)
{
    return makeError(ErrorCode::InvalidInput, what + u' ' + describeProblems(problems));
}

} // namespace

// Directory writes are register writes: the same roles may make them, checked with the
// actor as the database has it now, inside the write's transaction.
Status DirectoryService::checkPermitted() const
{
    Result<Actor> actor = m_register.currentActor();
    if (!actor)
        return actor.error();
    return Permissions::editRegister(*actor);
}

DirectoryService::DirectoryService(RegisterService &registerService)
    : m_register(registerService)
{
}

Result<QList<Person>> DirectoryService::people() const
{
    return PeopleRepository(m_register.database()).all();
}

Result<QList<Vendor>> DirectoryService::vendors() const
{
    return VendorRepository(m_register.database()).all();
}

Result<Person> DirectoryService::person(qint64 id) const
{
    return PeopleRepository(m_register.database()).load(id);
}

Result<Vendor> DirectoryService::vendor(qint64 id) const
{
    return VendorRepository(m_register.database()).load(id);
}

Status DirectoryService::addPerson(Person &person)
{
    if (const QList<FieldProblem> problems = validatePerson(person); !problems.isEmpty())
        return invalid(tr("The person was not added."), problems);
    Person stored = person;
    stored.id = 0;
    Status status = m_register.database().transaction([&]() -> Status {
        if (Status permitted = checkPermitted(); !permitted)
            return permitted;
        return PeopleRepository(m_register.database()).insert(stored, m_register.context());
    });
    if (status)
        person.id = stored.id;
    return status;
}

Status DirectoryService::updatePerson(const Person &person)
{
    if (const QList<FieldProblem> problems = validatePerson(person); !problems.isEmpty())
        return invalid(tr("The person was not saved."), problems);
    return m_register.database().transaction([&]() -> Status {
        if (Status permitted = checkPermitted(); !permitted)
            return permitted;
        return PeopleRepository(m_register.database()).update(person, m_register.context());
    });
}

Status DirectoryService::addVendor(Vendor &vendor)
{
    if (const QList<FieldProblem> problems = validateVendor(vendor); !problems.isEmpty())
        return invalid(tr("The vendor was not added."), problems);
    Vendor stored = vendor;
    stored.id = 0;
    Status status = m_register.database().transaction([&]() -> Status {
        if (Status permitted = checkPermitted(); !permitted)
            return permitted;
        return VendorRepository(m_register.database()).insert(stored, m_register.context());
    });
    if (status)
        vendor.id = stored.id;
    return status;
}

Status DirectoryService::updateVendor(const Vendor &vendor)
{
    if (const QList<FieldProblem> problems = validateVendor(vendor); !problems.isEmpty())
        return invalid(tr("The vendor profile was not saved."), problems);
    Database &db = m_register.database();
    int reassessed = 0;
    Status status = db.transaction([&]() -> Status {
        if (Status permitted = checkPermitted(); !permitted)
            return permitted;
        if (Status s = VendorRepository(db).update(vendor, m_register.context()); !s)
            return s;
        SystemRepository systems(db);
        Result<QList<RegistryRow>> rows = systems.registryRowsOfVendor(vendor.id);
        if (!rows)
            return rows.error();
        for (const RegistryRow &row : *rows) {
            Result<AiSystem> system = systems.load(row.id);
            if (!system)
                return system.error();
            if (Status s = systems.storeAssessment(row.id, m_register.assess(*system, &vendor)); !s)
                return s;
            ++reassessed;
        }
        return {};
    });
    if (status)
        spdlog::info("Vendor {} saved; reassessed {} dependent systems", vendor.id, reassessed);
    return status;
}

Result<QList<RegistryRow>> DirectoryService::systemsOfVendor(qint64 vendorId) const
{
    return SystemRepository(m_register.database()).registryRowsOfVendor(vendorId);
}

Result<QList<PersonRole>> DirectoryService::rolesOfPerson(qint64 personId) const
{
    return SystemRepository(m_register.database()).rolesOfPerson(personId);
}

QList<RiskFactor> DirectoryService::vendorRiskFactors(const Vendor &vendor) const
{
    // The same (empty) system assessed with this vendor and built in-house: what differs
    // is what the vendor brings.
    AiSystem probe;
    probe.vendorId = vendor.id > 0 ? vendor.id : 1;
    const RiskAssessment withVendor = m_register.assess(probe, &vendor);
    probe.vendorId = 0;
    const RiskAssessment inHouse = m_register.assess(probe, nullptr);

    QSet<QString> baseline;
    for (const RiskFactor &factor : inHouse.factors)
        baseline.insert(factor.id);
    QList<RiskFactor> factors;
    for (const RiskFactor &factor : withVendor.factors)
        if (!baseline.contains(factor.id))
            factors.append(factor);
    return factors;
}

} // namespace charter
