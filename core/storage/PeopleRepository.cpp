#include "PeopleRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/Json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::PeopleRepository", text);
}

const QString SelectPeople = u"SELECT id, name, email, title, department, phone FROM people"_s;

Person readPerson(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.name = query.value(1).toString();
    person.email = query.value(2).toString();
    person.title = query.value(3).toString();
    person.department = query.value(4).toString();
    person.phone = query.value(5).toString();
    return person;
}

QByteArray auditBytes(const Person &person)
{
    return QJsonDocument(toJson(person)).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QList<Person>> PeopleRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectPeople + u" ORDER BY name, id"_s))
        return m_db.queryError(query, tr("reading the people directory"));
    QList<Person> people;
    while (query.next())
        people.append(readPerson(query));
    return people;
}

Result<Person> PeopleRepository::load(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(SelectPeople + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading person %1").arg(id));
    if (!query.next())
        return makeError(ErrorCode::InvalidInput, tr("There is no person with id %1.").arg(id));
    return readPerson(query);
}

Status PeopleRepository::insert(Person &person, const WriteContext &context)
{
    bool prepared = false;
    CachedQuery query = m_db.cachedQuery(u"INSERT INTO people (id, name, email, title, department, phone) "
                                         "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                         &prepared);
    if (!prepared)
        return m_db.queryError(*query, tr("adding %1 to the people directory").arg(person.name));
    query->addBindValue(person.id > 0 ? QVariant(person.id) : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(sql::text(person.name));
    query->addBindValue(sql::text(person.email));
    query->addBindValue(sql::text(person.title));
    query->addBindValue(sql::text(person.department));
    query->addBindValue(sql::text(person.phone));
    if (!query->exec() || !query->next())
        return m_db.queryError(*query, tr("adding %1 to the people directory").arg(person.name));
    person.id = query->value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"person"_s, QString::number(person.id),
                                   {}, auditBytes(person));
}

Status PeopleRepository::update(const Person &person, const WriteContext &context)
{
    Result<Person> before = load(person.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE people SET name = ?, email = ?, title = ?, department = ?, phone = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(sql::text(person.name));
    query.addBindValue(sql::text(person.email));
    query.addBindValue(sql::text(person.title));
    query.addBindValue(sql::text(person.department));
    query.addBindValue(sql::text(person.phone));
    query.addBindValue(person.id);
    if (!query.exec())
        return m_db.queryError(query, tr("updating %1 in the people directory").arg(person.name));
    return AuditStore(m_db).append(context, u"update"_s, u"person"_s, QString::number(person.id),
                                   auditBytes(*before), auditBytes(person));
}

} // namespace charter
