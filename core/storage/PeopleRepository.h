#pragma once

#include "WriteContext.h"
#include "domain/Person.h"
#include "util/Result.h"

#include <QList>

namespace charter {

class Database;

// The people directory. Writes must run inside Database::transaction and record
// their audit entry there.
class PeopleRepository {
public:
    explicit PeopleRepository(Database &db) : m_db(db) {}

    Result<QList<Person>> all() const;
    Result<Person> load(qint64 id) const;

    // Stores PERSON (keeping person.id when it is set and free) and sets its id.
    Status insert(Person &person, const WriteContext &context);
    Status update(const Person &person, const WriteContext &context);

private:
    Database &m_db;
};

} // namespace charter
