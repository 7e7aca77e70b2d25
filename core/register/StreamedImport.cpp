#include "StreamedImport.h"

#include "domain/CanonicalSystemJson.h"
#include "governance/RiskEngine.h"
#include "interchange/ImportDirectory.h"
#include "storage/IsoTimestamp.h"

using namespace Qt::StringLiterals;

namespace charter {

QString personMatchKey(const Person &person)
{
    return person.name.trimmed().toCaseFolded() + u'\x1f' + person.email.trimmed().toCaseFolded();
}

QString vendorMatchKey(const Vendor &vendor)
{
    return vendor.name.trimmed().toCaseFolded();
}

ImportResolver::ImportResolver(ImportSeed seed, ImportDirectory &directory)
    : m_seed(std::move(seed))
    , m_directory(directory)
    , m_recordedAt(isoUtcWithMs(m_seed.now))
{
}

qint64 ImportResolver::personId(qint64 provisional)
{
    if (provisional <= 0)
        return 0;
    if (const auto it = m_personIds.constFind(provisional); it != m_personIds.cend())
        return *it;
    const Person &person = m_directory.people().at(provisional - 1);
    qint64 id = m_seed.existingPeople.value(personMatchKey(person));
    if (id > 0) {
        ++m_peopleMatched;
    } else {
        id = m_seed.nextPersonId++;
        m_newPeople.insert(provisional);
        ++m_peopleAdded;
    }
    m_personIds.insert(provisional, id);
    return id;
}

const Vendor *ImportResolver::vendor(qint64 provisional)
{
    if (provisional <= 0)
        return nullptr;
    if (const auto it = m_vendors.constFind(provisional); it != m_vendors.cend())
        return &*it;
    Vendor vendor = m_directory.vendors().at(provisional - 1);
    if (const auto existing = m_seed.existingVendors.constFind(vendorMatchKey(vendor));
        existing != m_seed.existingVendors.cend()) {
        vendor = *existing;
        ++m_vendorsMatched;
    } else {
        vendor.id = m_seed.nextVendorId++;
        m_batch.newVendors.append(vendor);
        ++m_vendorsAdded;
    }
    return &*m_vendors.insert(provisional, vendor);
}

void ImportResolver::numberNewEntries()
{
    // In the directory's order, so ids follow the file as they do when a whole
    // portfolio is stored.
    for (qsizetype i = m_personIds.size(); i < m_directory.people().size(); ++i)
        personId(i + 1);
    for (qsizetype i = m_vendors.size(); i < m_directory.vendors().size(); ++i)
        vendor(i + 1);
}

void ImportResolver::add(AiSystem &&system)
{
    numberNewEntries();
    Ownership &own = system.ownership;
    for (qint64 *id : {&own.accountableOwnerId, &own.businessOwnerId, &own.technicalOwnerId,
                       &own.supportOwnerId, &own.itContactId})
        *id = personId(*id);
    for (EscalationStep &step : system.escalation)
        step.personId = personId(step.personId);
    const Vendor *stored = vendor(system.vendorId);
    system.vendorId = stored ? stored->id : 0;
    system.id = m_seed.nextSystemId++;
    system.version = 1;
    system.createdAt = m_seed.now;
    system.updatedAt = m_seed.now;
    RiskAssessment risk = RiskEngine::assess(system, stored, m_seed.policy, m_seed.today);
    m_batch.systems.push_back({std::move(system), std::move(risk), {}});
}

ImportBatch ImportResolver::takeBatch()
{
    // E-mail addresses that turned up for people an earlier batch stored: updates. Those
    // still to be stored go out below with the address.
    for (qint64 provisional : m_directory.takeFilledInEmails()) {
        if (provisional > m_peopleBatched || !m_newPeople.contains(provisional))
            continue;
        Person person = m_directory.people().at(provisional - 1);
        person.id = m_personIds.value(provisional);
        m_batch.filledInPeople.append(person);
    }
    numberNewEntries();
    const QList<Person> &people = m_directory.people();
    for (qsizetype i = m_peopleBatched; i < people.size(); ++i) {
        const qint64 provisional = i + 1;
        if (!m_newPeople.contains(provisional))
            continue;
        Person person = people.at(i);
        person.id = m_personIds.value(provisional);
        m_batch.newPeople.append(person);
    }
    m_peopleBatched = people.size();
    // The database thread appends one entry per new person, filled-in person and new
    // vendor, then one per system (RegisterService::importSpreadsheet).
    qint64 seq = m_seed.nextAuditSeq + m_batch.newPeople.size() + m_batch.filledInPeople.size()
                 + m_batch.newVendors.size();
    for (ImportBatch::System &prepared : m_batch.systems) {
        prepared.audit = AuditStore::prepare(seq++, m_recordedAt, m_seed.context, u"create"_s, u"system"_s,
                                             QString::number(prepared.system.id), {},
                                             canonicalSystemJson(prepared.system), m_seed.sqlite);
    }
    m_seed.nextAuditSeq = seq;
    return std::exchange(m_batch, {});
}

bool ImportBatchQueue::push(ImportBatch &&batch)
{
    std::vector<ImportBatch> stored; // freed after the lock is released
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abandoned || m_batches.size() < m_capacity; });
    stored.swap(m_stored);
    if (m_abandoned)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void ImportBatchQueue::recycle(ImportBatch &&batch)
{
    std::lock_guard lock(m_mutex);
    m_stored.push_back(std::move(batch));
}

void ImportBatchQueue::finish(Status status)
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_readerStatus = std::move(status);
    m_changed.notify_all();
}

std::optional<ImportBatch> ImportBatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_finished || !m_batches.empty(); });
    if (m_batches.empty())
        return std::nullopt;
    ImportBatch batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return batch;
}

Status ImportBatchQueue::readerStatus() const
{
    std::lock_guard lock(m_mutex);
    return m_readerStatus;
}

void ImportBatchQueue::abandon()
{
    std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_batches.clear();
    m_changed.notify_all();
}

} // namespace charter
