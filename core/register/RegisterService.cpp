#include "RegisterService.h"

#include "StreamedImport.h"
#include "governance/Permissions.h"
#include "governance/RiskEngine.h"
#include "governance/RolesService.h"
#include "governance/WorkflowService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "interchange/SpreadsheetImporter.h"
#include "storage/PolicyRepository.h"
#include "storage/RowIds.h"
#include "storage/SqliteStatement.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <spdlog/spdlog.h>

#include <thread>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::RegisterService", text);
}

Error importCancelled()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("charter::RegisterService",
                                                 "The import was cancelled; nothing was stored."));
}

} // namespace

RegisterService::RegisterService(Database &db, WriteContext context)
    : m_db(db)
    , m_context(std::move(context))
    , m_policy(Policy::defaultPolicy())
    , m_today(QDate::currentDate())
{
    m_actor.login = m_context.actor;
    m_actor.roles.add(Role::Viewer);
}

Status RegisterService::initialise()
{
    PolicyRepository policies(m_db);
    Result<std::optional<PolicyRepository::StoredPolicy>> stored = policies.active();
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        Result<Policy> parsed = Policy::fromJson(stored->value().body,
                                                 tr("risk policy version %1 in %2")
                                                     .arg(stored->value().version)
                                                     .arg(m_db.location()));
        // Charter stores only policies that parse, so one that does not was damaged
        // outside Charter: the database is unusable as it is (exit 6), not the input.
        if (!parsed) {
            return makeError(ErrorCode::DatabaseUnavailable,
                             tr("%1 is damaged: %2. Restore it from a backup.")
                                 .arg(m_db.location(), parsed.error().message));
        }
        m_policy = *parsed;
    } else {
        m_policy = Policy::defaultPolicy();
        Status installed = m_db.transaction([&]() -> Status {
            WriteContext context = m_context;
            context.reason = tr("Charter's default risk policy installed");
            return policies.store({m_policy.version(), m_policy.name(), m_policy.toJson()}, context);
        });
        if (!installed)
            return installed;
    }
    // Like stale scores below, a database that cannot take its first account right now
    // (read-only, locked by a writer) is still readable: the actor is a viewer then.
    if (Result<bool> bootstrapped = RolesService(*this).bootstrap(); !bootstrapped)
        spdlog::warn("Could not record the first account: {}", bootstrapped.error().message.toStdString());
    if (Status status = refreshActor(); !status)
        return status;
    // Stale scores are a display problem, not a reason to refuse the database (it may be
    // read-only, or locked by a writer): report and carry on.
    if (Result<int> refreshed = refreshRisk(); !refreshed)
        spdlog::warn("Could not refresh stored risk: {}", refreshed.error().message.toStdString());
    return {};
}

Result<int> RegisterService::refreshRisk()
{
    const QString stamp = u"%1/policy-%2"_s.arg(m_today.toString(Qt::ISODate)).arg(m_policy.version());
    Result<QString> stored = m_db.metaValue(u"risk_assessed"_s);
    if (!stored)
        return stored.error();
    if (*stored == stamp)
        return 0;
    Result<Portfolio> portfolio = exportPortfolio();
    if (!portfolio)
        return portfolio.error();
    Result<QHash<qint64, RiskAssessment>> risks = assessAll(*portfolio);
    if (!risks)
        return risks.error();
    Status status = m_db.transaction([&]() -> Status {
        SystemRepository systems(m_db);
        for (auto it = risks->cbegin(); it != risks->cend(); ++it) {
            if (Status s = systems.storeAssessment(it.key(), it.value()); !s)
                return s;
        }
        return m_db.setMetaValue(u"risk_assessed"_s, stamp);
    });
    if (!status)
        return status.error();
    spdlog::info("Reassessed the risk of {} systems ({})", risks->size(), stamp.toStdString());
    return int(risks->size());
}

Result<Actor> RegisterService::currentActor() const
{
    return RolesService::resolve(m_db, m_context.actor);
}

Status RegisterService::refreshActor()
{
    Result<Actor> actor = currentActor();
    if (!actor)
        return actor.error();
    m_actor = *actor;
    return {};
}

RegisterService RegisterService::actingAs(const QString &login) const
{
    RegisterService copy(*this);
    copy.m_context.actor = login;
    if (Status status = copy.refreshActor(); !status) {
        copy.m_actor = Actor{};
        copy.m_actor.login = login;
        copy.m_actor.roles.add(Role::Viewer);
    }
    return copy;
}

RiskAssessment RegisterService::assess(const AiSystem &system, const Vendor *vendor) const
{
    return RiskEngine::assess(system, vendor, m_policy, m_today);
}

Result<std::optional<Vendor>> RegisterService::vendorOf(const AiSystem &system) const
{
    if (system.vendorId <= 0)
        return std::optional<Vendor>();
    Result<Vendor> vendor = VendorRepository(m_db).load(system.vendorId);
    if (!vendor)
        return vendor.error();
    return std::optional<Vendor>(*vendor);
}

Result<SystemDetails> RegisterService::details(qint64 systemId) const
{
    Result<AiSystem> system = SystemRepository(m_db).load(systemId);
    if (!system)
        return system.error();
    SystemDetails details;
    details.system = *system;
    Result<std::optional<Vendor>> vendor = vendorOf(details.system);
    if (!vendor)
        return vendor.error();
    details.vendor = *vendor;

    QList<qint64> personIds = {details.system.ownership.accountableOwnerId,
                               details.system.ownership.businessOwnerId,
                               details.system.ownership.technicalOwnerId,
                               details.system.ownership.supportOwnerId,
                               details.system.ownership.itContactId};
    for (const EscalationStep &step : details.system.escalation)
        personIds.append(step.personId);
    PeopleRepository people(m_db);
    for (qint64 id : personIds) {
        if (id <= 0 || details.people.contains(id))
            continue;
        Result<Person> person = people.load(id);
        if (!person)
            return person.error();
        details.people.insert(id, *person);
    }
    details.risk = assess(details.system, details.vendor ? &*details.vendor : nullptr);
    return details;
}

Status RegisterService::addSystem(AiSystem &system)
{
    return m_db.transaction([&]() -> Status {
        Result<Actor> actor = currentActor();
        if (!actor)
            return actor.error();
        if (Status permitted = Permissions::editRegister(*actor); !permitted)
            return permitted;
        Result<std::optional<Vendor>> vendor = vendorOf(system);
        if (!vendor)
            return vendor.error();
        const RiskAssessment risk = assess(system, *vendor ? &**vendor : nullptr);
        return SystemRepository(m_db).insert(system, risk, m_context);
    });
}

Status RegisterService::updateSystem(AiSystem &system)
{
    return m_db.transaction([&]() -> Status {
        Result<Actor> actor = currentActor();
        if (!actor)
            return actor.error();
        if (Status permitted = Permissions::editRegister(*actor); !permitted)
            return permitted;
        WorkflowService workflow(*this);
        Result<std::optional<AiSystem>> before = workflow.contentBeforeChange(system);
        if (!before)
            return before.error();
        Result<std::optional<Vendor>> vendor = vendorOf(system);
        if (!vendor)
            return vendor.error();
        const RiskAssessment risk = assess(system, *vendor ? &**vendor : nullptr);
        if (Status status = SystemRepository(m_db).update(system, risk, m_context); !status)
            return status;
        return before->has_value() ? workflow.noteChange(**before, system) : Status();
    });
}

Status RegisterService::bulkImport(const std::function<Status()> &work)
{
    // Declared first, so WAL comes back after the cache is restored and the
    // transaction has ended.
    const SqliteBulkJournal bulkJournal(m_db);
    const SqliteBulkCache bulkCache(m_db);
    return m_db.transaction([&]() -> Status {
        Result<Actor> actor = currentActor();
        if (!actor)
            return actor.error();
        if (Status permitted = Permissions::editRegister(*actor); !permitted)
            return permitted;
        return work();
    });
}

Result<PortfolioImportSummary> RegisterService::importPortfolio(const Portfolio &portfolio,
                                                               const PortfolioImportOptions &options)
{
    return importPortfolio(portfolio, options, ProgressCallback());
}

Result<PortfolioImportSummary> RegisterService::importPortfolio(const Portfolio &portfolio,
                                                               const PortfolioImportOptions &options,
                                                               const ProgressCallback &progress)
{
    const int total = int(portfolio.systems.size());
    PortfolioImportSummary summary;
    WriteContext context = m_context;
    context.reason = options.reason;

    Status status = bulkImport([&]() -> Status {
        PeopleRepository peopleRepo(m_db);
        VendorRepository vendorRepo(m_db);
        SystemRepository systemRepo(m_db);

        // Map the portfolio's own ids to database ids.
        QHash<qint64, qint64> personIds;
        QHash<qint64, qint64> vendorIds;
        QHash<qint64, Vendor> vendorsByDbId;

        QHash<QString, qint64> existingPeople;
        QHash<QString, Vendor> existingVendors;
        if (!options.keepIds) {
            Result<QList<Person>> people = peopleRepo.all();
            if (!people)
                return people.error();
            for (const Person &person : *people)
                existingPeople.insert(personMatchKey(person), person.id);
            Result<QList<Vendor>> vendors = vendorRepo.all();
            if (!vendors)
                return vendors.error();
            for (const Vendor &vendor : *vendors)
                existingVendors.insert(vendorMatchKey(vendor), vendor);
        }

        for (Person person : portfolio.people) {
            const qint64 localId = person.id;
            if (!options.keepIds) {
                if (const auto it = existingPeople.constFind(personMatchKey(person)); it != existingPeople.cend()) {
                    personIds.insert(localId, *it);
                    ++summary.peopleMatched;
                    continue;
                }
                person.id = 0;
            }
            if (Status s = peopleRepo.insert(person, context); !s)
                return s;
            existingPeople.insert(personMatchKey(person), person.id);
            personIds.insert(localId, person.id);
            ++summary.peopleAdded;
        }

        for (Vendor vendor : portfolio.vendors) {
            const qint64 localId = vendor.id;
            if (!options.keepIds) {
                const QString key = vendorMatchKey(vendor);
                if (const auto it = existingVendors.constFind(key); it != existingVendors.cend()) {
                    vendorIds.insert(localId, it->id);
                    vendorsByDbId.insert(it->id, *it);
                    ++summary.vendorsMatched;
                    continue;
                }
                vendor.id = 0;
            }
            if (Status s = vendorRepo.insert(vendor, context); !s)
                return s;
            existingVendors.insert(vendorMatchKey(vendor), vendor);
            vendorIds.insert(localId, vendor.id);
            vendorsByDbId.insert(vendor.id, vendor);
            ++summary.vendorsAdded;
        }

        const auto mapPerson = [&](qint64 localId) -> Result<qint64> {
            if (localId <= 0)
                return qint64(0);
            const auto it = personIds.constFind(localId);
            if (it == personIds.cend()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("A system refers to person %1, who is not in the portfolio.").arg(localId));
            }
            return *it;
        };

        for (AiSystem system : portfolio.systems) {
            if (!reportProgress(progress, summary.systemsAdded, total))
                return importCancelled();
            if (!options.keepIds) {
                system.id = 0;
                system.version = 0;
                system.createdAt = {};
                system.updatedAt = {};
            }
            Ownership &own = system.ownership;
            for (qint64 *id : {&own.accountableOwnerId, &own.businessOwnerId, &own.technicalOwnerId,
                               &own.supportOwnerId, &own.itContactId}) {
                Result<qint64> mapped = mapPerson(*id);
                if (!mapped)
                    return mapped.error();
                *id = *mapped;
            }
            for (EscalationStep &step : system.escalation) {
                Result<qint64> mapped = mapPerson(step.personId);
                if (!mapped)
                    return mapped.error();
                step.personId = *mapped;
            }
            const Vendor *vendor = nullptr;
            if (system.vendorId > 0) {
                const auto it = vendorIds.constFind(system.vendorId);
                if (it == vendorIds.cend()) {
                    return makeError(ErrorCode::InvalidInput,
                                     tr("System \"%1\" refers to vendor %2, which is not in the "
                                        "portfolio.").arg(system.name).arg(system.vendorId));
                }
                system.vendorId = *it;
                vendor = &*vendorsByDbId.constFind(*it);
            }
            if (Status s = systemRepo.insert(system, assess(system, vendor), context); !s)
                return s;
            ++summary.systemsAdded;
        }
        if (!reportProgress(progress, summary.systemsAdded, total))
            return importCancelled();
        return {};
    });
    if (!status)
        return status.error();
    spdlog::info("Imported {} systems, {} people, {} vendors into {}", summary.systemsAdded,
                 summary.peopleAdded, summary.vendorsAdded, m_db.location().toStdString());
    return summary;
}

Result<PortfolioImportSummary> RegisterService::importSpreadsheet(SpreadsheetReader &reader,
                                                                  const PortfolioImportOptions &options,
                                                                  const ProgressCallback &progress)
{
    // Systems per batch: large enough that handing batches over costs nothing, small
    // enough that the database starts at once and memory stays flat.
    constexpr int BatchSize = 256;
    constexpr std::size_t QueuedBatches = 8;
    const int total = reader.lineCount();
    PortfolioImportSummary summary;
    WriteContext context = m_context;
    context.reason = options.reason;

    Status status = bulkImport([&]() -> Status {
        Result<ImportSeed> seed = importSeed(context);
        if (!seed)
            return seed.error();
        ImportResolver resolver(std::move(*seed), reader.directory());
        ImportBatchQueue queue(QueuedBatches);
        std::thread reading([&] {
            Status read = reader.readRecords([&](AiSystem &&system) {
                resolver.add(std::move(system));
                return resolver.pendingSystems() < BatchSize || queue.push(resolver.takeBatch());
            });
            if (read && !queue.push(resolver.takeBatch()))
                read = importCancelled();
            queue.finish(std::move(read));
        });
        // However this ends, the reader stops and is joined before the transaction does.
        const auto joinReader = qScopeGuard([&] {
            queue.abandon();
            reading.join();
        });

        PeopleRepository peopleRepo(m_db);
        VendorRepository vendorRepo(m_db);
        SystemRepository systemRepo(m_db);
        while (std::optional<ImportBatch> batch = queue.pop()) {
            for (Person &person : batch->newPeople) {
                if (Status s = peopleRepo.insert(person, context); !s)
                    return s;
            }
            for (const Person &person : std::as_const(batch->filledInPeople)) {
                if (Status s = peopleRepo.update(person, context); !s)
                    return s;
            }
            for (Vendor &vendor : batch->newVendors) {
                if (Status s = vendorRepo.insert(vendor, context); !s)
                    return s;
            }
            for (ImportBatch::System &prepared : batch->systems) {
                if (!reportProgress(progress, summary.systemsAdded, total))
                    return importCancelled();
                if (Status s = systemRepo.insert(prepared.system, prepared.risk, context, &prepared.audit); !s)
                    return s;
                ++summary.systemsAdded;
            }
            queue.recycle(std::move(*batch));
        }
        if (Status read = queue.readerStatus(); !read)
            return read;
        summary.peopleAdded = resolver.peopleAdded();
        summary.peopleMatched = resolver.peopleMatched();
        summary.vendorsAdded = resolver.vendorsAdded();
        summary.vendorsMatched = resolver.vendorsMatched();
        if (!reportProgress(progress, total, total))
            return importCancelled();
        return {};
    });
    if (!status)
        return status.error();
    spdlog::info("Imported {} systems, {} people, {} vendors into {} while reading them", summary.systemsAdded,
                 summary.peopleAdded, summary.vendorsAdded, m_db.location().toStdString());
    return summary;
}

Result<ImportSeed> RegisterService::importSeed(const WriteContext &context) const
{
    ImportSeed seed;
    seed.context = context;
    seed.sqlite = !m_db.isServer();
    Result<qint64> seq = AuditStore(m_db).nextSequence();
    if (!seq)
        return seq.error();
    seed.nextAuditSeq = *seq;
    Result<QList<Person>> people = PeopleRepository(m_db).all();
    if (!people)
        return people.error();
    for (const Person &person : *people)
        seed.existingPeople.insert(personMatchKey(person), person.id);
    Result<QList<Vendor>> vendors = VendorRepository(m_db).all();
    if (!vendors)
        return vendors.error();
    for (const Vendor &vendor : *vendors)
        seed.existingVendors.insert(vendorMatchKey(vendor), vendor);
    for (auto [table, next] : {std::pair{u"people"_s, &seed.nextPersonId}, std::pair{u"vendors"_s, &seed.nextVendorId},
                               std::pair{u"systems"_s, &seed.nextSystemId}}) {
        Result<qint64> id = nextFreeRowId(m_db, table);
        if (!id)
            return id.error();
        *next = *id;
    }
    // Stored as text in whole milliseconds: the audit JSON is written before the row.
    seed.now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    seed.policy = m_policy;
    seed.today = m_today;
    return seed;
}

Result<Portfolio> RegisterService::exportPortfolio() const
{
    Portfolio portfolio;
    Result<QList<Person>> people = PeopleRepository(m_db).all();
    if (!people)
        return people.error();
    Result<QList<Vendor>> vendors = VendorRepository(m_db).all();
    if (!vendors)
        return vendors.error();
    Result<QList<AiSystem>> systems = SystemRepository(m_db).all();
    if (!systems)
        return systems.error();
    // Id order makes the export stable: export, import, export is byte-identical.
    portfolio.people = *people;
    portfolio.vendors = *vendors;
    std::sort(portfolio.people.begin(), portfolio.people.end(),
              [](const Person &a, const Person &b) { return a.id < b.id; });
    std::sort(portfolio.vendors.begin(), portfolio.vendors.end(),
              [](const Vendor &a, const Vendor &b) { return a.id < b.id; });
    portfolio.systems = *systems;
    return portfolio;
}

Result<QHash<qint64, RiskAssessment>> RegisterService::assessAll(const Portfolio &portfolio) const
{
    QHash<qint64, const Vendor *> vendors;
    for (const Vendor &vendor : portfolio.vendors)
        vendors.insert(vendor.id, &vendor);
    QHash<qint64, RiskAssessment> risks;
    risks.reserve(portfolio.systems.size());
    for (const AiSystem &system : portfolio.systems)
        risks.insert(system.id, assess(system, vendors.value(system.vendorId, nullptr)));
    return risks;
}

} // namespace charter
