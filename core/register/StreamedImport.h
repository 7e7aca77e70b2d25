#pragma once

#include "domain/AiSystem.h"
#include "domain/Person.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"
#include "governance/Policy.h"
#include "storage/AuditStore.h"
#include "storage/WriteContext.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace charter {

class ImportDirectory;

// The pieces of RegisterService::importSpreadsheet, which stores a spreadsheet while
// it is still being read: one thread reads the file and prepares each system (ids,
// risk, its audit JSON) in batches, the database thread stores them as they come.

// How an import recognises a person who is already in the register: same name and
// e-mail address, ignoring case and surrounding blanks.
QString personMatchKey(const Person &person);
// How it recognises a vendor that is already in the register: same name, ignoring case.
QString vendorMatchKey(const Vendor &vendor);

// Ready to store: new rows carry the ids they are stored under.
struct ImportBatch {
    struct System {
        AiSystem system; // id, version and times set; refers to database ids
        RiskAssessment risk;
        PreparedAuditEntry audit; // its "create" entry, numbered after the batch's people and vendors
    };
    QList<Person> newPeople;
    // People stored by an earlier batch of this import whose e-mail address turned up
    // since (ImportDirectory::takeFilledInEmails).
    QList<Person> filledInPeople;
    QList<Vendor> newVendors;
    std::vector<System> systems;
};

// What the register holds when the import starts, and where new ids start.
struct ImportSeed {
    QHash<QString, qint64> existingPeople;  // personMatchKey -> id
    QHash<QString, Vendor> existingVendors; // vendorMatchKey -> vendor
    qint64 nextPersonId = 1;
    qint64 nextVendorId = 1;
    qint64 nextSystemId = 1;
    QDateTime now; // creation time of every system and of its audit entry, in whole milliseconds (UTC)
    Policy policy;
    QDate today;
    // The audit entries: who writes them, the next entry's number, and whether they
    // are stored on SQLite (AuditStore::prepare).
    WriteContext context;
    qint64 nextAuditSeq = 1;
    bool sqlite = true;
};

// Turns systems read from a file (people and vendors as provisional ids into the
// reader's ImportDirectory) into batches for the database. A person or vendor is
// matched with the register when a system first names them; the others get the next
// free ids. Runs on the reading thread; not thread-safe.
class ImportResolver {
public:
    ImportResolver(ImportSeed seed, ImportDirectory &directory);

    void add(AiSystem &&system);
    int pendingSystems() const { return int(m_batch.systems.size()); }
    // Everything since the last batch, in the order it is stored: the new people, the
    // filled-in people and the new vendors (one audit entry each), then the systems that
    // name them, whose audit entries are numbered and hashed here.
    ImportBatch takeBatch();

    int peopleAdded() const { return m_peopleAdded; }
    int peopleMatched() const { return m_peopleMatched; }
    int vendorsAdded() const { return m_vendorsAdded; }
    int vendorsMatched() const { return m_vendorsMatched; }

private:
    void numberNewEntries();
    qint64 personId(qint64 provisional);
    const Vendor *vendor(qint64 provisional);

    ImportSeed m_seed;
    ImportDirectory &m_directory;
    ImportBatch m_batch;
    QHash<qint64, qint64> m_personIds; // provisional -> database id
    QSet<qint64> m_newPeople;          // provisional ids of the people this import adds
    QHash<qint64, Vendor> m_vendors;   // provisional -> vendor as stored
    QString m_recordedAt;              // m_seed.now as the audit trail writes it
    qsizetype m_peopleBatched = 0;     // directory people handed out in batches so far
    int m_peopleAdded = 0;
    int m_peopleMatched = 0;
    int m_vendorsAdded = 0;
    int m_vendorsMatched = 0;
};

// Batches from the reading thread to the database thread. Bounded, so a reader that
// runs ahead waits instead of holding the whole file's systems in memory.
class ImportBatchQueue {
public:
    explicit ImportBatchQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Reader: waits for room; false once the database side gave up (abandon()).
    // Frees the batches the database side handed back meanwhile (recycle()).
    bool push(ImportBatch &&batch);
    // Reader: no more batches; STATUS says whether the whole file was read.
    void finish(Status status);
    // Database side: the next batch; nullopt once the reader finished and all batches
    // were taken (see readerStatus()).
    std::optional<ImportBatch> pop();
    Status readerStatus() const;
    // Database side: a stored batch, for the reader to free: the thread that allocated
    // its many small values frees them faster, and off the database's thread.
    void recycle(ImportBatch &&batch);
    // Database side: stops taking batches; the reader's next push returns false.
    void abandon();

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ImportBatch> m_batches;
    std::vector<ImportBatch> m_stored; // handed back by recycle()
    bool m_finished = false;
    bool m_abandoned = false;
    Status m_readerStatus;
};

} // namespace charter
