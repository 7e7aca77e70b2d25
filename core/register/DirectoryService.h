#pragma once

#include "domain/Person.h"
#include "domain/PersonRole.h"
#include "domain/RegistryRow.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"
#include "util/Result.h"

#include <QList>

namespace charter {

class RegisterService;

// The people directory and the vendor profiles: listing, validated writes (each with
// its audit entry in the same transaction, as the repositories record it), and what a
// vendor means for the register. Used by the GUI's directories and the system editor's
// "add a person" and "new vendor"; shared with charter-cli.
//
// Writes need the roles that may edit the register (Permissions::editRegister).
// A vendor profile is part of the risk of every system that depends on it, so
// updateVendor re-stores those systems' assessments in the same transaction: the
// registry never shows a tier computed from the old profile.
//
// Threading: like RegisterService (whose database, policy, date and actor it uses),
// one per thread; it must not outlive the RegisterService.
class DirectoryService {
public:
    explicit DirectoryService(RegisterService &registerService);

    Result<QList<Person>> people() const;   // by name
    Result<QList<Vendor>> vendors() const;  // by name
    Result<Person> person(qint64 id) const;
    Result<Vendor> vendor(qint64 id) const;

    // Validates (validatePerson) and stores PERSON, setting its id. InvalidInput names
    // the field at fault; nothing is written then.
    Status addPerson(Person &person);
    Status updatePerson(const Person &person);

    // Validates (validateVendor) and stores VENDOR, setting its id.
    Status addVendor(Vendor &vendor);
    // Stores VENDOR and reassesses the stored risk of every system depending on it.
    Status updateVendor(const Vendor &vendor);

    // Every system that depends on vendor VENDORID, as registry rows (by name).
    Result<QList<RegistryRow>> systemsOfVendor(qint64 vendorId) const;
    // Where person PERSONID is named: roles and escalation steps, by system name.
    Result<QList<PersonRole>> rolesOfPerson(qint64 personId) const;

    // The risk factors this vendor profile adds to each system that depends on it
    // (weak ratings, an ending contract, short or unknown deprecation notice, unknown
    // answers of the profile), highest points first: what the register's risk policy
    // makes of the profile, independent of any one system.
    QList<RiskFactor> vendorRiskFactors(const Vendor &vendor) const;

private:
    Status checkPermitted() const;

    RegisterService &m_register;
};

} // namespace charter
