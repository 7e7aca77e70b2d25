#include "ImportDirectory.h"

#include "ImportNormalise.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace charter {

QString ImportDirectory::vendorKey(const QString &name)
{
    static const QStringList legalSuffixes = {
        u"inc"_s, u"incorporated"_s, u"llc"_s, u"ltd"_s, u"limited"_s, u"corp"_s,
        u"corporation"_s, u"co"_s, u"company"_s, u"plc"_s, u"gmbh"_s, u"ag"_s, u"sa"_s,
        u"s.a"_s, u"bv"_s, u"b.v"_s, u"lp"_s, u"llp"_s,
    };
    QString key = canonicalValue(name);
    key.remove(u',');
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &suffix : legalSuffixes) {
            if (key.size() > suffix.size() + 1 && key.endsWith(suffix)
                && key.at(key.size() - suffix.size() - 1) == u' ') {
                key.chop(suffix.size() + 1);
                while (key.endsWith(u'.') || key.endsWith(u' '))
                    key.chop(1);
                stripped = true;
            }
        }
    }
    return key;
}

qint64 ImportDirectory::vendorId(const QString &name)
{
    if (const auto it = m_vendorsBySpelling.constFind(name); it != m_vendorsBySpelling.constEnd())
        return *it;
    const QString key = vendorKey(name);
    if (const auto it = m_vendorsByKey.constFind(key); it != m_vendorsByKey.constEnd()) {
        m_vendorsBySpelling.insert(name, *it);
        return *it;
    }
    Vendor vendor;
    vendor.id = m_vendors.size() + 1;
    vendor.name = name.simplified();
    m_vendors.append(vendor);
    m_vendorsByKey.insert(key, vendor.id);
    m_vendorsBySpelling.insert(name, vendor.id);
    return vendor.id;
}

qint64 ImportDirectory::personId(const QString &name, const QString &email)
{
    // The same spelling always resolves to the same person; most rows repeat a few owners.
    const QString spelling = name + u'\x1f' + email;
    if (const auto it = m_peopleBySpelling.constFind(spelling); it != m_peopleBySpelling.constEnd())
        return *it;
    const qint64 id = resolvePerson(name, email);
    if (id != 0)
        m_peopleBySpelling.insert(spelling, id);
    return id;
}

qint64 ImportDirectory::resolvePerson(const QString &name, const QString &email)
{
    const QString cleanName = name.simplified();
    const QString cleanEmail = email.trimmed();
    const QString emailKey = cleanEmail.toLower();
    const QString nameKey = canonicalValue(cleanName);
    if (!emailKey.isEmpty())
        if (const auto it = m_peopleByEmail.constFind(emailKey); it != m_peopleByEmail.constEnd())
            return *it;
    if (!nameKey.isEmpty()) {
        if (const auto it = m_peopleByName.constFind(nameKey); it != m_peopleByName.constEnd()) {
            Person &known = m_people[*it - 1];
            if (emailKey.isEmpty())
                return known.id;
            if (known.email.isEmpty()) {
                known.email = cleanEmail;
                m_peopleByEmail.insert(emailKey, known.id);
                m_filledInEmails.append(known.id);
                return known.id;
            }
            // Same name, another address: another person.
        }
    }
    if (cleanName.isEmpty() && cleanEmail.isEmpty())
        return 0;
    Person person;
    person.id = m_people.size() + 1;
    person.name = cleanName.isEmpty() ? cleanEmail : cleanName;
    person.email = cleanEmail;
    m_people.append(person);
    if (!emailKey.isEmpty())
        m_peopleByEmail.insert(emailKey, person.id);
    if (!nameKey.isEmpty() && !m_peopleByName.contains(nameKey))
        m_peopleByName.insert(nameKey, person.id);
    return person.id;
}

} // namespace charter
