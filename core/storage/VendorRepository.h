#pragma once

#include "WriteContext.h"
#include "domain/Vendor.h"
#include "util/Result.h"

#include <QList>

namespace charter {

class Database;

// Vendor risk profiles, shared by the systems that depend on them. Writes must run
// inside Database::transaction and record their audit entry there.
class VendorRepository {
public:
    explicit VendorRepository(Database &db) : m_db(db) {}

    Result<QList<Vendor>> all() const;
    Result<Vendor> load(qint64 id) const;

    // Stores VENDOR (keeping vendor.id when it is set and free) and sets its id.
    Status insert(Vendor &vendor, const WriteContext &context);
    Status update(const Vendor &vendor, const WriteContext &context);

private:
    Database &m_db;
};

} // namespace charter
