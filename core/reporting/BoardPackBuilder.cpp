#include "BoardPackBuilder.h"

#include "audit/MerkleHash.h"
#include "governance/WorkflowService.h"
#include "reporting/PortfolioMetrics.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SystemRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("charter::BoardPack", text, nullptr, n);
}

constexpr int ContractWarningDays = 90;
constexpr int MaxFactors = 8;
constexpr int MaxBoundaries = 6;
constexpr int MaxVendorBars = 10;

QString personText(const QHash<qint64, Person> &people, qint64 id)
{
    const auto it = people.constFind(id);
    if (id == 0 || it == people.constEnd())
        return QString();
    QString text = it->name;
    if (!it->title.isEmpty())
        text += u", "_s + it->title;
    if (!it->email.isEmpty())
        text += u" <"_s + it->email + u'>';
    return text;
}

PackField field(const QString &label, const QString &value)
{
    return PackField{label, value.isEmpty() ? tr("Unknown") : value, value.isEmpty()};
}

PackField ratingField(const QString &label, Rating rating)
{
    return PackField{label, enumLabel(rating), rating == Rating::Unknown};
}

QList<PackField> ownersOf(const SystemDetails &details)
{
    const Ownership &o = details.system.ownership;
    const auto owner = [&](const char *label, qint64 id) {
        const QString text = personText(details.people, id);
        return PackField{tr(label), text.isEmpty() ? tr("Nobody named") : text, text.isEmpty()};
    };
    return {owner(QT_TRANSLATE_NOOP("charter::BoardPack", "Accountable owner"), o.accountableOwnerId),
            owner(QT_TRANSLATE_NOOP("charter::BoardPack", "Business owner"), o.businessOwnerId),
            owner(QT_TRANSLATE_NOOP("charter::BoardPack", "Technical owner"), o.technicalOwnerId),
            owner(QT_TRANSLATE_NOOP("charter::BoardPack", "Support owner"), o.supportOwnerId),
            owner(QT_TRANSLATE_NOOP("charter::BoardPack", "IT contact"), o.itContactId)};
}

QList<PackField> boundariesOf(const AiSystem &system)
{
    QList<PackField> fields;
    for (const DecisionBoundary &b : system.boundaries) {
        if (fields.size() == MaxBoundaries) {
            fields.append(PackField{QString(), tr("… and %n more decisions", int(system.boundaries.size()) - MaxBoundaries), false});
            break;
        }
        QString value = enumLabel(b.influence);
        value += u"; "_s + tr("human steps in: %1")
                              .arg(b.humanIntervention.isEmpty() ? tr("unknown") : b.humanIntervention);
        fields.append(PackField{b.decision, value,
                                b.influence == InfluenceLevel::Unknown || b.humanIntervention.isEmpty()});
    }
    if (fields.isEmpty())
        fields.append(PackField{QString(), tr("No decision boundaries documented"), true});
    return fields;
}

QList<PackField> escalationOf(const SystemDetails &details)
{
    std::map<int, QStringList, std::greater<int>> bySeverity;
    std::map<int, bool, std::greater<int>> gaps;
    for (const EscalationStep &step : details.system.escalation) {
        const QString person = details.people.value(step.personId).name;
        const QString minutes = step.responseMinutes < 0 ? tr("no target") : tr("%1 min").arg(step.responseMinutes);
        bySeverity[int(step.severity)].append(u"%1 (%2, %3)"_s.arg(person.isEmpty() ? tr("nobody named") : person,
                                                                     step.channel.isEmpty() ? tr("channel unknown") : step.channel,
                                                                     minutes));
        gaps[int(step.severity)] = gaps[int(step.severity)] || person.isEmpty() || step.responseMinutes < 0;
    }
    QList<PackField> fields;
    for (const auto &[severity, steps] : bySeverity)
        fields.append(PackField{enumLabel(Severity(severity)), steps.join(u" → "_s), gaps[severity]});
    if (fields.isEmpty())
        fields.append(PackField{QString(), tr("No escalation path documented"), true});
    return fields;
}

QList<PackField> vendorOf(const Vendor &v)
{
    return {ratingField(tr("Viability"), v.viability),
            ratingField(tr("Roadmap stability"), v.roadmapStability),
            ratingField(tr("Support maturity"), v.supportMaturity),
            ratingField(tr("Exit options"), v.exitOptions),
            ratingField(tr("Data portability"), v.dataPortability),
            field(tr("Security attestations"), v.securityAttestations),
            field(tr("Data residency"), v.dataResidency),
            field(tr("Contract end"), v.contractEnd.isValid() ? packDate(v.contractEnd) : QString()),
            field(tr("Deprecation notice"),
                  v.deprecationNoticeDays < 0 ? QString() : tr("%n days", v.deprecationNoticeDays))};
}

QString approvalText(const WorkflowRecord &record)
{
    if (!record.hasApproval())
        return QString();
    QString text = tr("Approved %1 by %2 (%3 risk)")
                       .arg(packDate(record.approvedAt.date()), record.approvedBy, packTierLabel(record.approvedTier));
    if (!record.approvalConditions.isEmpty())
        text += u"; "_s + tr("conditions: %1").arg(record.approvalConditions);
    if (record.approvalExpires.isValid())
        text += u"; "_s + tr("expires %1").arg(packDate(record.approvalExpires));
    return text;
}

QString reapprovalLabel(const ReapprovalReason &reason, const QDate &reviewDue)
{
    switch (reason.kind) {
    case ReapprovalReason::Kind::ReviewDue:
        return tr("Re-review overdue since %1").arg(packDate(reviewDue));
    case ReapprovalReason::Kind::ApprovalExpired:
        return tr("Approval expired");
    case ReapprovalReason::Kind::MaterialChange:
        return tr("Changed materially since approval");
    case ReapprovalReason::Kind::TierRaised:
        return tr("Risk tier raised since approval");
    }
    return reason.text;
}

QString historyText(const AuditRecord &record)
{
    QString text = record.entityType + u": "_s + record.action;
    if (!record.reason.isEmpty())
        text += u" — "_s + record.reason;
    return text;
}

PackChart barChart(const QString &title, const QString &xLabel, const QString &yLabel,
                   const QList<MetricElement> &elements)
{
    PackChart chart{PackChart::Kind::Bar, title, xLabel, yLabel, {}, {}, {}, 0, 0};
    PackSeries series{yLabel, {}};
    for (const MetricElement &element : elements) {
        chart.categories.append(element.label);
        series.values.append(element.value);
    }
    chart.series.append(series);
    return chart;
}

// The dashboard's charts (PortfolioMetrics), as the pack draws them.
QList<PackChart> chartsOf(const PortfolioMetrics &metrics)
{
    QList<PackChart> charts;
    charts.append(barChart(tr("Portfolio by risk tier"), tr("Risk tier"), tr("Systems"), metrics.byTier));
    charts.append(barChart(tr("Approval pipeline"), tr("Workflow state"), tr("Systems"), metrics.byState));
    charts.append(barChart(tr("Re-reviews due by month"), tr("Month the re-review is due"), tr("Systems"),
                           metrics.reviewSchedule));
    charts.append(barChart(tr("Decision-boundary mix (most autonomous decision per system)"), tr("Influence"),
                           tr("Systems"), metrics.boundaryMix));

    // Vendors: one bar each, coloured by exit readiness (the stack has one segment).
    PackChart vendors{PackChart::Kind::StackedBar,
                      tr("Vendor concentration and exit readiness (largest %1)").arg(MaxVendorBars), tr("Vendor"),
                      tr("Systems"), {}, {}, {}, 0, 0};
    const QList<ExitReadiness> readiness{ExitReadiness::Ready, ExitReadiness::NotReady, ExitReadiness::Unknown};
    for (const ExitReadiness r : readiness)
        vendors.series.append(PackSeries{exitReadinessLabel(r), {}});
    for (const VendorMetric &vendor : metrics.vendors.mid(0, MaxVendorBars)) {
        vendors.categories.append(vendor.systems.label);
        for (int i = 0; i < readiness.size(); ++i)
            vendors.series[i].values.append(vendor.readiness == readiness[i] ? vendor.systems.value : 0);
    }
    charts.append(vendors);

    PackChart events{PackChart::Kind::Bar, tr("Overrides and incidents by month"), tr("Month"), tr("Events"),
                     {}, {PackSeries{tr("Overrides"), {}}, PackSeries{tr("Incidents"), {}}}, {}, 0, 0};
    for (int i = 0; i < metrics.overridesByMonth.size(); ++i) {
        events.categories.append(metrics.overridesByMonth[i].label);
        events.series[0].values.append(metrics.overridesByMonth[i].value);
        events.series[1].values.append(metrics.incidentsByMonth.value(i).value);
    }
    charts.append(events);

    PackChart positions{PackChart::Kind::Scatter, tr("Likelihood × impact of high and critical systems"),
                        tr("Likelihood (1–5)"), tr("Impact (1–5)"),
                        {}, {PackSeries{packTierLabel(RiskTier::High), {}}, PackSeries{packTierLabel(RiskTier::Critical), {}}},
                        {}, 5, 5};
    for (const RiskPosition &position : metrics.riskPositions)
        positions.points.append(PackPoint{double(position.likelihood), double(position.impact), QString(),
                                          position.tier == RiskTier::Critical ? 1 : 0, position.systems.value});
    charts.append(positions);
    return charts;
}

// What one brief reads about its system.
struct BriefInput {
    SystemDetails details;
    WorkflowRecord record;
    QStringList missingSignOffs;         // in review only
    QList<ReapprovalReason> reapproval;
    QList<AuditRecord> history;          // the system's and its workflow's entries, oldest first

    void takeWorkflow(const WorkflowStatus &status)
    {
        record = status.record;
        if (record.state == WorkflowState::InReview)
            missingSignOffs = status.signOffs.missing();
        reapproval = status.reapproval;
    }
};

// Reads the briefs' inputs: system by system through RegisterService::details() and
// WorkflowService::status(), or (BULK) every table once: the register's tables here, as
// details() reads them, and the workflow's through WorkflowService::statuses().
class BriefSource {
public:
    BriefSource(RegisterService &session, bool bulk) : m_session(session), m_bulk(bulk) {}

    Status load(const QList<qint64> &systemIds)
    {
        if (!m_bulk)
            return {};
        Result<QHash<qint64, WorkflowStatus>> statuses = WorkflowService(m_session).statuses(systemIds);
        if (!statuses)
            return statuses.error();
        m_statuses = std::move(*statuses);
        Database &db = m_session.database();
        Result<QList<AiSystem>> systems = SystemRepository(db).all();
        if (!systems)
            return systems.error();
        for (AiSystem &system : *systems)
            m_systems.insert(system.id, std::move(system));
        Result<QList<Vendor>> vendors = VendorRepository(db).all();
        if (!vendors)
            return vendors.error();
        for (const Vendor &vendor : *vendors)
            m_vendors.insert(vendor.id, vendor);
        Result<QList<Person>> people = PeopleRepository(db).all();
        if (!people)
            return people.error();
        for (const Person &person : *people)
            m_people.insert(person.id, person);
        for (const QString &type : {u"system"_s, u"workflow"_s}) {
            Result<QList<AuditRecord>> found = AuditStore(db).find(AuditFilter{type, QString(), -1});
            if (!found)
                return found.error();
            for (AuditRecord &record : *found)
                m_history[record.entityId].append(std::move(record));
        }
        return {};
    }

    Result<BriefInput> input(qint64 systemId) const { return m_bulk ? fromTables(systemId) : fromServices(systemId); }

private:
    Result<BriefInput> fromServices(qint64 systemId) const
    {
        BriefInput input;
        Result<SystemDetails> details = m_session.details(systemId);
        if (!details)
            return details.error();
        input.details = std::move(*details);
        Result<WorkflowStatus> status = WorkflowService(m_session).status(systemId);
        if (!status)
            return status.error();
        input.takeWorkflow(*status);
        AuditStore audit(m_session.database());
        for (const QString &type : {u"system"_s, u"workflow"_s}) {
            Result<QList<AuditRecord>> found = audit.find(AuditFilter{type, QString::number(systemId), -1});
            if (!found)
                return found.error();
            input.history += *found;
        }
        sortBySeq(input.history);
        return input;
    }

    // As RegisterService::details() and WorkflowService::status(), from what load() read.
    Result<BriefInput> fromTables(qint64 systemId) const
    {
        BriefInput input;
        const auto system = m_systems.constFind(systemId);
        if (system == m_systems.cend())
            return makeError(ErrorCode::InvalidInput, tr("There is no AI system with id %1.").arg(systemId));
        SystemDetails &details = input.details;
        details.system = *system;
        if (details.system.vendorId > 0) {
            const auto vendor = m_vendors.constFind(details.system.vendorId);
            if (vendor == m_vendors.cend())
                return makeError(ErrorCode::InvalidInput, tr("There is no vendor with id %1.").arg(details.system.vendorId));
            details.vendor = *vendor;
        }
        const Ownership &o = details.system.ownership;
        QList<qint64> personIds{o.accountableOwnerId, o.businessOwnerId, o.technicalOwnerId, o.supportOwnerId,
                                o.itContactId};
        for (const EscalationStep &step : details.system.escalation)
            personIds.append(step.personId);
        for (const qint64 id : std::as_const(personIds)) {
            const auto person = m_people.constFind(id);
            if (id > 0 && person != m_people.cend())
                details.people.insert(id, *person);
        }
        details.risk = m_session.assess(details.system, details.vendor ? &*details.vendor : nullptr);

        input.takeWorkflow(m_statuses.value(systemId));
        input.history = m_history.value(QString::number(systemId));
        sortBySeq(input.history);
        return input;
    }

    static void sortBySeq(QList<AuditRecord> &records)
    {
        std::sort(records.begin(), records.end(), [](const AuditRecord &a, const AuditRecord &b) { return a.seq < b.seq; });
    }

    RegisterService &m_session;
    bool m_bulk = false;
    QHash<qint64, AiSystem> m_systems;
    QHash<qint64, Vendor> m_vendors;
    QHash<qint64, Person> m_people;
    QHash<qint64, WorkflowStatus> m_statuses;
    QHash<QString, QList<AuditRecord>> m_history;
};

} // namespace

QString packTierLabel(RiskTier tier)
{
    return enumLabel(tier);
}

QString packReasons(const QStringList &reasons)
{
    QString text;
    for (const QString &reason : reasons) {
        if (!text.isEmpty())
            text += text.endsWith(u'.') ? u" "_s : u"; "_s;
        text += reason.trimmed();
    }
    return text;
}

QString packDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"—"_s;
}

QString packDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"—"_s;
}

Result<QList<PackAgendaItem>> BoardPackBuilder::standingAgenda() const
{
    Database &db = m_session.database();
    Result<QList<RegistryRow>> rows = SystemRepository(db).registryRows();
    if (!rows)
        return rows.error();
    Result<QList<AiSystem>> systems = SystemRepository(db).all();
    if (!systems)
        return systems.error();
    Result<QList<Vendor>> vendors = VendorRepository(db).all();
    if (!vendors)
        return vendors.error();
    WorkflowService workflow(m_session);
    Result<QHash<qint64, WorkflowState>> states = workflow.states();
    if (!states)
        return states.error();

    QHash<qint64, QDate> contractEnds;
    for (const Vendor &vendor : *vendors)
        contractEnds.insert(vendor.id, vendor.contractEnd);
    QHash<qint64, qint64> vendorOfSystem;
    for (const AiSystem &system : *systems)
        vendorOfSystem.insert(system.id, system.vendorId);

    QList<qint64> inWorkflow;
    for (const RegistryRow &row : std::as_const(*rows)) {
        const WorkflowState state = states->value(row.id, WorkflowState::Draft);
        if (state != WorkflowState::Draft && state != WorkflowState::Retired)
            inWorkflow.append(row.id);
    }
    Result<QHash<qint64, WorkflowStatus>> statuses = workflow.statuses(inWorkflow);
    if (!statuses)
        return statuses.error();

    const QDate today = m_session.today();
    QList<PackAgendaItem> agenda;
    for (const RegistryRow &row : *rows) {
        const WorkflowState state = states->value(row.id, WorkflowState::Draft);
        if (state == WorkflowState::Retired)
            continue;
        PackAgendaItem item{row.id, row.name, row.riskTier, state, {}};
        if (state != WorkflowState::Draft) {
            const auto status = statuses->constFind(row.id);
            if (state == WorkflowState::InReview)
                item.reasons.append(status->signOffs.complete() ? tr("Every sign-off is in: waiting for a decision")
                                                                : tr("In review: waiting for sign-offs"));
            for (const ReapprovalReason &reason : status->reapproval)
                item.reasons.append(reapprovalLabel(reason, status->reviewDue));
            int stale = 0;
            for (const SignOffRequirement &requirement : status->signOffs.requirements)
                stale += int(requirement.staleSigners.size());
            if (stale > 0)
                item.reasons.append(tr("%n stale sign-offs", stale));
        }
        if (row.accountableOwner.isEmpty() && state != WorkflowState::Draft)
            item.reasons.append(tr("No accountable owner"));
        const QDate contractEnd = contractEnds.value(vendorOfSystem.value(row.id));
        if (contractEnd.isValid() && contractEnd >= today && today.daysTo(contractEnd) <= ContractWarningDays
            && state != WorkflowState::Draft)
            item.reasons.append(tr("Vendor contract ends %1").arg(packDate(contractEnd)));
        if (!item.reasons.isEmpty())
            agenda.append(item);
    }
    std::stable_sort(agenda.begin(), agenda.end(), [](const PackAgendaItem &a, const PackAgendaItem &b) {
        return a.tier != b.tier ? a.tier > b.tier : a.systemName.localeAwareCompare(b.systemName) < 0;
    });
    return agenda;
}

Result<BoardPack> BoardPackBuilder::build(const BoardPackMeeting &meeting, const ProgressCallback &progress) const
{
    Database &db = m_session.database();
    AuditReadSnapshot snapshot(db);
    BoardPack pack;
    pack.title = meeting.title.isEmpty() ? tr("Board pack") : meeting.title;
    pack.meetingDate = meeting.date.isValid() ? meeting.date : m_session.today();
    pack.board = meeting.board;
    pack.attendees = meeting.attendees;
    pack.meetingReference = meeting.reference;
    pack.minutes = meeting.minutes;
    pack.generatedAt = m_session.now();
    pack.generatedBy = m_session.context().actor;

    if (meeting.agenda.isEmpty()) {
        Result<QList<PackAgendaItem>> standing = standingAgenda();
        if (!standing)
            return standing.error();
        pack.agenda = *standing;
    } else {
        pack.agenda = meeting.agenda;
    }

    // Summary tiles and charts over the whole register: the dashboard's numbers.
    Result<PortfolioMetrics> metrics = computePortfolioMetrics(db, m_session.policy(), m_session.today());
    if (!metrics)
        return metrics.error();
    for (const MetricElement &tile : metrics->tiles())
        pack.tiles.append(PackTile{tile.label, tile.value, QString(), tile.alert});
    pack.tiles.append(PackTile{tr("On this agenda"), int(pack.agenda.size()), QString(), false});
    pack.charts = chartsOf(*metrics);

    // Tier and state of agenda items that came from a meeting.
    Result<QList<RegistryRow>> rows = SystemRepository(db).registryRows();
    if (!rows)
        return rows.error();
    WorkflowService workflow(m_session);
    Result<QHash<qint64, WorkflowState>> states = workflow.states();
    if (!states)
        return states.error();
    QHash<qint64, RegistryRow> rowById;
    for (const RegistryRow &row : *rows)
        rowById.insert(row.id, row);
    for (PackAgendaItem &item : pack.agenda) {
        if (item.systemId == 0 || !rowById.contains(item.systemId))
            continue;
        item.tier = rowById.value(item.systemId).riskTier;
        item.state = states->value(item.systemId, WorkflowState::Draft);
        if (item.systemName.isEmpty())
            item.systemName = rowById.value(item.systemId).name;
    }

    // One brief per agenda system.
    const int total = int(pack.agenda.size());
    QList<qint64> agendaSystems;
    for (const PackAgendaItem &item : std::as_const(pack.agenda)) {
        if (item.systemId != 0)
            agendaSystems.append(item.systemId);
    }
    const bool bulk = m_loading == Loading::Bulk
                      || (m_loading == Loading::Auto && !agendaSystems.isEmpty() && agendaSystems.size() * 4 >= rows->size());
    BriefSource source(m_session, bulk);
    if (Status loaded = source.load(agendaSystems); !loaded)
        return loaded.error();
    for (int i = 0; i < total; ++i) {
        if (!reportProgress(progress, i, total))
            return makeError(ErrorCode::InvalidInput, tr("The board pack was cancelled."));
        const PackAgendaItem &item = pack.agenda[i];
        if (item.systemId == 0)
            continue;
        Result<BriefInput> input = source.input(item.systemId);
        if (!input)
            return input.error();
        const SystemDetails &details = input->details;
        const WorkflowRecord &record = input->record;
        const AiSystem &system = details.system;
        PackBrief brief;
        brief.agendaNumber = i + 1;
        brief.systemId = system.id;
        brief.name = system.name;
        brief.purpose = system.purpose;
        brief.businessUnit = system.businessUnit;
        brief.lifecycle = enumLabel(system.lifecycle);
        brief.state = enumLabel(record.state);
        brief.tier = details.risk.tier;
        brief.score = details.risk.score;
        brief.completeness = details.risk.completeness;
        brief.agendaReasons = item.reasons;
        brief.owners = ownersOf(details);
        brief.boundaries = boundariesOf(system);
        brief.escalation = escalationOf(details);
        if (details.vendor) {
            brief.vendorName = details.vendor->name;
            brief.vendor = vendorOf(*details.vendor);
        } else {
            brief.vendorName = system.vendorUnknown ? tr("Unknown whether a vendor is involved") : tr("Built in-house");
        }
        for (const RiskFactor &factor : details.risk.factors.mid(0, MaxFactors))
            brief.riskFactors.append(PackField{tr("+%1").arg(factor.points), factor.sentence, factor.fromUnknown});
        if (details.risk.factors.size() > MaxFactors)
            brief.riskFactors.append(PackField{QString(), tr("… and %n smaller factors", int(details.risk.factors.size()) - MaxFactors), false});
        brief.unknowns = details.risk.unknowns;
        brief.openSignOffs = input->missingSignOffs;
        for (const ReapprovalReason &reason : input->reapproval)
            brief.openSignOffs.append(reason.text);
        brief.approval = approvalText(record);
        brief.lastReview = meeting.previousMeeting.isValid() ? meeting.previousMeeting : record.approvedAt.date();
        brief.decisions = meeting.decisions.value(item.systemId);

        // History since the last review: the system's own and its workflow's audit entries.
        QList<PackHistoryEntry> history;
        for (const AuditRecord &entry : std::as_const(input->history)) {
            if (brief.lastReview.isValid() && entry.recordedAt.date() < brief.lastReview)
                continue;
            history.append(PackHistoryEntry{entry.seq, entry.recordedAt, entry.actor, historyText(entry)});
        }
        brief.historyOmitted = std::max(0, int(history.size()) - MaxHistoryEntries);
        brief.history = history.mid(brief.historyOmitted);
        pack.briefs.append(brief);
    }

    AuditStore audit(db);
    Result<std::optional<AuditTreeState>> state = audit.treeState();
    if (!state)
        return state.error();
    if (*state) {
        pack.treeHead = PackTreeHead{(*state)->head.size, merkleHashToHex((*state)->head.root), (*state)->head.time};
    } else {
        Result<qint64> count = audit.count();
        pack.treeHead = PackTreeHead{count ? *count : 0, QString(), QString()};
    }
    pack.proofNote = tr("Keep this tree head: charter-cli verify --since HEAD later proves that the audit "
                        "trail has only grown since this pack was made: nothing it covers was changed or removed.");
    reportProgress(progress, total, total);
    return pack;
}

} // namespace charter
