#pragma once

#include "domain/Person.h"
#include "domain/PersonRole.h"
#include "domain/RegistryRow.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

namespace charter {

class DirectoryService;
class PeopleModel;
class RegisterService;
class VendorModel;

// The people and vendor directories of the open register, as the UI shares them: one
// PeopleModel and one VendorModel (the directory views, the system editor's pickers and
// its live risk all read these), and the writes, which go through DirectoryService
// (validated, audited, one transaction) and then update the models in place.
//
// Attached to the window's RegisterService while a database is open; detached, the
// models are empty and every write fails with DatabaseUnavailable.
class DirectoryStore : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryStore(QObject *parent = nullptr);
    ~DirectoryStore() override;

    void attach(RegisterService *service);
    void detach();
    bool isAttached() const { return m_service != nullptr; }
    RegisterService *registerService() const { return m_register; }

    // Reads both directories again (e.g. after a refresh).
    Status reload();

    PeopleModel *people() const { return m_people; }
    VendorModel *vendors() const { return m_vendors; }

    Status addPerson(Person &person);
    Status updatePerson(const Person &person);
    Status addVendor(Vendor &vendor);
    Status updateVendor(const Vendor &vendor);

    Result<Person> loadPerson(qint64 id) const;
    Result<Vendor> loadVendor(qint64 id) const;
    Result<QList<RegistryRow>> systemsOfVendor(qint64 vendorId) const;
    Result<QList<PersonRole>> rolesOfPerson(qint64 personId) const;
    QList<RiskFactor> vendorRiskFactors(const Vendor &vendor) const;

signals:
    void personSaved(qint64 id);
    // A vendor profile changed: the risk of the systems depending on it changed too.
    void vendorSaved(qint64 id);
    void reloaded();

private:
    static Error notOpen();

    RegisterService *m_register = nullptr;
    std::unique_ptr<DirectoryService> m_service;
    PeopleModel *m_people;
    VendorModel *m_vendors;
};

} // namespace charter
