#pragma once

#include "domain/Person.h"
#include "domain/Vendor.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace charter {

// The people and vendors an import creates, deduplicated, with provisional ids 1..n
// (separately for people and vendors) that the imported systems refer to. Storing the
// portfolio maps them to database ids. Not thread-safe; one per import.
class ImportDirectory {
public:
    // The vendor called NAME, created on first use. Names that differ only in case,
    // spacing or a legal suffix ("Aretec" / "Aretec Inc") are one vendor; the first
    // spelling seen is kept. NAME must not be empty.
    qint64 vendorId(const QString &name);

    // The person with EMAIL (case-insensitive) or else NAME, created on first use; a
    // person first seen by name alone gets the e-mail address when it turns up. A person
    // known only by e-mail is named after it. Returns 0 when both are empty.
    qint64 personId(const QString &name, const QString &email);

    const QList<Person> &people() const { return m_people; }
    const QList<Vendor> &vendors() const { return m_vendors; }

    // The people whose e-mail address was filled in (a person first seen by name alone)
    // since the last call, by provisional id. A reader that stores people while the file
    // is still being read (RegisterService::importSpreadsheet) updates those it stored.
    QList<qint64> takeFilledInEmails() { return std::exchange(m_filledInEmails, {}); }

    // The dedup key of a vendor name (exposed for tests).
    static QString vendorKey(const QString &name);

private:
    qint64 resolvePerson(const QString &name, const QString &email);

    QList<Person> m_people;
    QList<Vendor> m_vendors;
    QHash<QString, qint64> m_vendorsByKey;
    QHash<QString, qint64> m_vendorsBySpelling; // exact spelling -> id, spares vendorKey()
    QHash<QString, qint64> m_peopleByEmail;
    QHash<QString, qint64> m_peopleByName;
    QHash<QString, qint64> m_peopleBySpelling; // "name\x1femail" as given -> id
    QList<qint64> m_filledInEmails;
};

} // namespace charter
