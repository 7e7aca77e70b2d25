#include "AgendaBuilder.h"

#include "domain/EnumWords.h"
#include "domain/Json.h"
#include "governance/SignOff.h"
#include "governance/Workflow.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SignOffRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"
#include "storage/WorkflowRepository.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AgendaBuilder", text);
}


// Dates and tiers inside the reasons the board reads: in the reader's locale and words.
QString shownDate(const QDate &date)
{
    return displayDate(date);
}

QString tierLabel(RiskTier tier)
{
    return enumInSentence(tier);
}

// Everything the sources read, loaded once.
struct Snapshot {
    QHash<qint64, AiSystem> systems;            // not retired
    QHash<qint64, RiskTier> tiers;              // stored (current) risk tier
    QHash<qint64, WorkflowRecord> records;      // stored workflow records
    QHash<qint64, QList<SignOff>> reviewSignOffs;
};

Result<Snapshot> loadSnapshot(RegisterService &session)
{
    Database &db = session.database();
    Snapshot snapshot;
    Result<QList<WorkflowRecord>> records = WorkflowRepository(db).inStates({});
    if (!records)
        return records.error();
    for (const WorkflowRecord &record : *records)
        snapshot.records.insert(record.systemId, record);
    Result<QList<AiSystem>> systems = SystemRepository(db).all();
    if (!systems)
        return systems.error();
    for (const AiSystem &system : *systems) {
        const WorkflowState state = snapshot.records.value(system.id).state;
        if (state == WorkflowState::Retired || system.lifecycle == Lifecycle::Retired)
            continue;
        snapshot.systems.insert(system.id, system);
    }
    Result<QList<RegistryRow>> rows = SystemRepository(db).registryRows();
    if (!rows)
        return rows.error();
    for (const RegistryRow &row : *rows)
        if (snapshot.systems.contains(row.id))
            snapshot.tiers.insert(row.id, row.riskTier);
    Result<QHash<qint64, QList<SignOff>>> signOffs = SignOffRepository(db).ofSystemsInReview();
    if (!signOffs)
        return signOffs.error();
    snapshot.reviewSignOffs = *signOffs;
    return snapshot;
}

AgendaItem systemItem(AgendaItemKind kind, const AiSystem &system, const QString &reason)
{
    AgendaItem item;
    item.kind = kind;
    item.systemId = system.id;
    item.title = system.name;
    item.reason = reason;
    return item;
}

// Collects items per kind, then emits them kind by kind, by name.
class ItemCollector {
public:
    void add(AgendaItem item) { m_items[int(item.kind)].append(std::move(item)); }
    QList<AgendaItem> ordered() const
    {
        QList<AgendaItem> result;
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            QList<AgendaItem> items = it.value();
            std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
                const int byName = QString::localeAwareCompare(a.title, b.title);
                return byName != 0 ? byName < 0 : a.systemId < b.systemId;
            });
            result += items;
        }
        for (int i = 0; i < result.size(); ++i)
            result[i].position = i + 1;
        return result;
    }

private:
    QMap<int, QList<AgendaItem>> m_items;
};

void addReviewItems(ItemCollector &items, const Snapshot &snapshot, const Policy &policy)
{
    for (const WorkflowRecord &record : snapshot.records) {
        if (record.state != WorkflowState::InReview || !snapshot.systems.contains(record.systemId))
            continue;
        const AiSystem &system = snapshot.systems[record.systemId];
        const RiskTier tier = snapshot.tiers.value(system.id, RiskTier::Low);
        const SignOffEvaluation evaluation =
            evaluateSignOffs(snapshot.reviewSignOffs.value(system.id), canonicalBytes(system), tier,
                             policy.requiredSignOffs(tier), record.cycle);
        const QString since = shownDate(record.submittedAt.date());
        for (const SignOffRequirement &requirement : evaluation.requirements) {
            if (requirement.staleSigners.isEmpty())
                continue;
            items.add(systemItem(AgendaItemKind::StaleSignOff, system,
                                 tr("%1 sign-off by %2 is stale: the record changed materially since it "
                                    "was signed. Re-sign required.")
                                     .arg(enumLabel(requirement.kind), requirement.staleSigners.join(u", "_s))));
        }
        if (evaluation.complete()) {
            items.add(systemItem(AgendaItemKind::AwaitingDecision, system,
                                 tr("In review since %1; every required sign-off is in (%2 risk): ready for "
                                    "the board's decision.").arg(since, tierLabel(tier))));
            continue;
        }
        for (const SignOffRequirement &requirement : evaluation.requirements) {
            if (requirement.kind != SignOffKind::Board || requirement.met())
                continue;
            items.add(systemItem(AgendaItemKind::AwaitingDecision, system,
                                 tr("In review since %1; board sign-off needed: %2 of %3 given (%4 risk).")
                                     .arg(since)
                                     .arg(requirement.present())
                                     .arg(requirement.required)
                                     .arg(tierLabel(tier))));
        }
    }
}

void addApprovalItems(ItemCollector &items, const Snapshot &snapshot, const Policy &policy, const QDate &day)
{
    for (const AiSystem &system : snapshot.systems) {
        const WorkflowRecord record = snapshot.records.value(system.id);
        const RiskTier tier = snapshot.tiers.value(system.id, RiskTier::Low);
        QStringList overdue;
        if (record.state == WorkflowState::Approved || record.state == WorkflowState::Suspended) {
            const QList<ReapprovalReason> reasons =
                reapprovalReasons(record, canonicalBytes(system), tier, policy, day);
            QStringList stale;
            for (const ReapprovalReason &reason : reasons) {
                switch (reason.kind) {
                case ReapprovalReason::Kind::ReviewDue:
                case ReapprovalReason::Kind::ApprovalExpired:
                    overdue << reason.text;
                    break;
                case ReapprovalReason::Kind::MaterialChange:
                    stale << reason.text;
                    break;
                case ReapprovalReason::Kind::TierRaised:
                    break; // a tier change: reported by the tier source
                }
            }
            if (!stale.isEmpty()) {
                items.add(systemItem(AgendaItemKind::StaleSignOff, system,
                                     tr("The approval of %1 no longer matches the record. %2")
                                         .arg(shownDate(record.approvedAt.date()), stale.join(u' '))));
            }
        }
        if (overdue.isEmpty() && system.nextReview.isValid() && system.nextReview < day)
            overdue << tr("Its next review was due on %1.").arg(shownDate(system.nextReview));
        if (!overdue.isEmpty())
            items.add(systemItem(AgendaItemKind::OverdueReview, system, overdue.join(u' ')));
    }
}

void addTierItems(ItemCollector &items, const Snapshot &snapshot, const std::optional<Meeting> &previous,
                  const QHash<qint64, RiskTier> &previousTiers)
{
    for (const AiSystem &system : snapshot.systems) {
        const RiskTier tier = snapshot.tiers.value(system.id, RiskTier::Low);
        if (previous) {
            const auto it = previousTiers.constFind(system.id);
            if (it == previousTiers.cend() || *it == tier)
                continue;
            items.add(systemItem(AgendaItemKind::TierChange, system,
                                 tr("Risk tier changed from %1 to %2 since the meeting of %3.")
                                     .arg(tierLabel(*it), tierLabel(tier), shownDate(previous->date))));
            continue;
        }
        const WorkflowRecord record = snapshot.records.value(system.id);
        if (!record.hasApproval() || record.approvedTier == tier)
            continue;
        items.add(systemItem(AgendaItemKind::TierChange, system,
                             tr("Risk tier is %1; it was %2 when approved on %3.")
                                 .arg(tierLabel(tier), tierLabel(record.approvedTier),
                                      shownDate(record.approvedAt.date()))));
    }
}

Status addDecisionLogItems(ItemCollector &items, const Snapshot &snapshot, Database &db, const QDate &since)
{
    MeetingRepository meetings(db);
    const QDateTime from(since, QTime(0, 0), QTimeZone::utc());
    Result<QList<Incident>> incidents = meetings.incidentsSince(from);
    if (!incidents)
        return incidents.error();
    QMap<qint64, QList<Incident>> incidentsBySystem;
    for (const Incident &incident : *incidents)
        if (snapshot.systems.contains(incident.systemId))
            incidentsBySystem[incident.systemId].append(incident);
    for (auto it = incidentsBySystem.cbegin(); it != incidentsBySystem.cend(); ++it) {
        Severity worst = Severity::Low;
        int open = 0;
        for (const Incident &incident : it.value()) {
            worst = std::max(worst, incident.severity);
            if (incident.acknowledgedAfterMinutes < 0)
                ++open;
        }
        QString reason = QCoreApplication::translate("charter::AgendaBuilder",
                                                     "%n incident(s) recorded since %1 (highest severity: %2)",
                                                     nullptr, int(it.value().size()))
                             .arg(shownDate(since), enumInSentence(worst));
        if (open > 0)
            reason += u"; "_s
                + QCoreApplication::translate("charter::AgendaBuilder", "%n not acknowledged", nullptr, open);
        reason += u". "_s + tr("Latest: %1").arg(it.value().constLast().what);
        items.add(systemItem(AgendaItemKind::NewIncidents, snapshot.systems[it.key()], reason));
    }

    Result<QList<Override>> overrides = meetings.overridesSince(from);
    if (!overrides)
        return overrides.error();
    QMap<qint64, QList<Override>> overridesBySystem;
    for (const Override &entry : *overrides)
        if (snapshot.systems.contains(entry.systemId))
            overridesBySystem[entry.systemId].append(entry);
    for (auto it = overridesBySystem.cbegin(); it != overridesBySystem.cend(); ++it) {
        const Override &latest = it.value().constLast();
        items.add(systemItem(AgendaItemKind::NewOverrides, snapshot.systems[it.key()],
                             QCoreApplication::translate("charter::AgendaBuilder",
                                                         "%n human override(s) recorded since %1. Latest: "
                                                         "recommended \"%2\", decided \"%3\".",
                                                         nullptr, int(it.value().size()))
                                 .arg(shownDate(since), latest.recommended, latest.decided)));
    }
    return {};
}

void addOwnershipItems(ItemCollector &items, const Snapshot &snapshot)
{
    for (const AiSystem &system : snapshot.systems) {
        if (system.ownership.accountableOwnerId > 0)
            continue;
        items.add(systemItem(AgendaItemKind::OwnershipGap, system,
                             tr("No accountable owner is named: nobody answers for its outcomes (%1).")
                                 .arg(enumInSentence(system.lifecycle))));
    }
}

Status addContractItems(ItemCollector &items, const Snapshot &snapshot, Database &db, const QDate &day)
{
    Result<QList<Vendor>> vendors = VendorRepository(db).all();
    if (!vendors)
        return vendors.error();
    for (const Vendor &vendor : *vendors) {
        // Ending soon, or already ended while systems still depend on it.
        if (!vendor.contractEnd.isValid() || day.daysTo(vendor.contractEnd) > AgendaBuilder::ContractWindowDays)
            continue;
        QStringList names;
        for (const AiSystem &system : snapshot.systems)
            if (system.vendorId == vendor.id)
                names << system.name;
        if (names.isEmpty())
            continue;
        names.sort(Qt::CaseInsensitive);
        AgendaItem item;
        item.kind = AgendaItemKind::ContractEnding;
        item.vendorId = vendor.id;
        item.title = vendor.name;
        const int days = int(day.daysTo(vendor.contractEnd));
        const QString when = days >= 0
            ? QCoreApplication::translate("charter::AgendaBuilder", "Contract ends on %1 (in %n day(s)); ", nullptr,
                                          days)
                  .arg(shownDate(vendor.contractEnd))
            : tr("Contract ended on %1; ").arg(shownDate(vendor.contractEnd));
        item.reason = when
            + QCoreApplication::translate("charter::AgendaBuilder", "%n system(s) depend on it: %1.", nullptr,
                                          int(names.size()))
                  .arg(names.join(u", "_s));
        items.add(item);
    }
    return {};
}

} // namespace

Result<QList<AgendaItem>> AgendaBuilder::build(const Meeting &meeting) const
{
    Database &db = m_session.database();
    const QDate day = meeting.date.isValid() ? meeting.date : m_session.today();
    Result<Snapshot> snapshot = loadSnapshot(m_session);
    if (!snapshot)
        return snapshot.error();
    MeetingRepository meetings(db);
    std::optional<Meeting> previous;
    QHash<qint64, RiskTier> previousTiers;
    if (meeting.id > 0) {
        Result<std::optional<Meeting>> earlier = meetings.previous(meeting);
        if (!earlier)
            return earlier.error();
        previous = *earlier;
    } else {
        Result<QList<Meeting>> all = meetings.all();
        if (!all)
            return all.error();
        for (const Meeting &other : *all)
            if (other.date <= day)
                previous = other;
    }
    if (previous) {
        Result<QHash<qint64, RiskTier>> tiers = meetings.tiers(previous->id);
        if (!tiers)
            return tiers.error();
        previousTiers = *tiers;
    }

    ItemCollector items;
    const Policy &policy = m_session.policy();
    addReviewItems(items, *snapshot, policy);
    addTierItems(items, *snapshot, previous, previousTiers);
    addApprovalItems(items, *snapshot, policy, day);
    const QDate since = previous ? previous->date : day.addDays(-FirstMeetingWindowDays);
    if (Status s = addDecisionLogItems(items, *snapshot, db, since); !s)
        return s.error();
    addOwnershipItems(items, *snapshot);
    if (Status s = addContractItems(items, *snapshot, db, day); !s)
        return s.error();
    QList<AgendaItem> result = items.ordered();
    for (AgendaItem &item : result)
        item.meetingId = meeting.id;
    return result;
}

Result<QHash<qint64, RiskTier>> AgendaBuilder::currentTiers() const
{
    Result<Snapshot> snapshot = loadSnapshot(m_session);
    if (!snapshot)
        return snapshot.error();
    return snapshot->tiers;
}

} // namespace charter
