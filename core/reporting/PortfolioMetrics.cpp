#include "PortfolioMetrics.h"

#include "domain/AiSystem.h"
#include "domain/Json.h"
#include "governance/Policy.h"
#include "governance/SignOff.h"
#include "storage/MetricsQueries.h"
#include "storage/SignOffRepository.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::PortfolioMetrics", text);
}

MetricElement element(const QString &key, const QString &label)
{
    MetricElement result;
    result.key = key;
    result.label = label;
    return result;
}

// Ids are appended in ascending order (rows come by id), so only the count is left.
void finish(MetricElement &metric)
{
    metric.value = int(metric.systemIds.size());
}

void finishSorted(MetricElement &metric)
{
    std::sort(metric.systemIds.begin(), metric.systemIds.end());
    metric.systemIds.erase(std::unique(metric.systemIds.begin(), metric.systemIds.end()),
                           metric.systemIds.end());
}

QString monthKey(const QDate &month)
{
    return month.toString(u"yyyy-MM"_s);
}

QString monthLabel(const QDate &month)
{
    return QLocale().toString(month, u"MMM yyyy"_s);
}

// The date a system's next review is due; invalid when nothing is scheduled.
QDate reviewDue(const MetricsSystemRow &row, const Policy &policy)
{
    QDate due = row.nextReview;
    auto consider = [&due](const QDate &date) {
        if (date.isValid() && (!due.isValid() || date < due))
            due = date;
    };
    if (row.state == WorkflowState::Approved || row.state == WorkflowState::Suspended) {
        if (row.approvedOn.isValid())
            consider(row.approvedOn.addMonths(std::min(policy.reviewCadenceMonths(row.approvedTier),
                                                       policy.reviewCadenceMonths(row.tier))));
        consider(row.approvalExpires);
    }
    return due;
}

int likelihood(const MetricsSystemRow &row)
{
    int value = 1;
    if (row.boundaryMix == int(BoundaryMix::Autonomous))
        value += 2;
    else if (row.boundaryMix == int(BoundaryMix::Unknown))
        value += 1;
    value += row.hasUnknowns ? 1 : 0;
    value += row.externalProcessing || row.vendorUnknown ? 1 : 0;
    return std::min(value, 5);
}

int impact(const MetricsSystemRow &row)
{
    return std::min(1 + int(row.impactAnswers), 5);
}

ExitReadiness readinessOf(Rating exitOptions, Rating dataPortability)
{
    if (exitOptions == Rating::Weak || dataPortability == Rating::Weak)
        return ExitReadiness::NotReady;
    if (exitOptions == Rating::Unknown || dataPortability == Rating::Unknown)
        return ExitReadiness::Unknown;
    return ExitReadiness::Ready;
}

// Systems among CANDIDATES with a sign-off of the current cycle (the latest of each
// signer and kind) that a material change has made stale.
Result<QList<qint64>> staleSystems(Database &db, const QList<MetricsSignOffCandidate> &candidates)
{
    QList<qint64> stale;
    SystemRepository systems(db);
    SignOffRepository signOffs(db);
    for (const MetricsSignOffCandidate &candidate : candidates) {
        Result<AiSystem> system = systems.load(candidate.systemId);
        if (!system)
            return system.error();
        Result<QList<SignOff>> given = signOffs.forSystem(candidate.systemId, candidate.cycle);
        if (!given)
            return given.error();
        QHash<QString, QByteArray> latest; // "kind/signer" -> content; oldest first, so later wins
        for (const SignOff &signOff : *given)
            latest.insert(enumKey(signOff.kind) + u'/' + signOff.signer, signOff.content);
        const QByteArray current = canonicalBytes(*system);
        for (const QByteArray &content : std::as_const(latest)) {
            if (!materialOnly(diffContent(content, current)).isEmpty()) {
                stale.append(candidate.systemId);
                break;
            }
        }
    }
    return stale;
}

} // namespace

QString boundaryMixLabel(BoundaryMix mix)
{
    switch (mix) {
    case BoundaryMix::Autonomous:
        return tr("Autonomous");
    case BoundaryMix::Unknown:
        return tr("Influence unknown");
    case BoundaryMix::HumanApproves:
        return tr("Human approves");
    case BoundaryMix::AdvisoryOnly:
        return tr("Advisory only");
    case BoundaryMix::Prohibited:
        return tr("AI prohibited");
    case BoundaryMix::NotDocumented:
        return tr("Not documented");
    }
    return QString();
}

QString exitReadinessLabel(ExitReadiness readiness)
{
    switch (readiness) {
    case ExitReadiness::Ready:
        return tr("Exit ready");
    case ExitReadiness::NotReady:
        return tr("Exit not ready");
    case ExitReadiness::Unknown:
        return tr("Exit readiness unknown");
    }
    return QString();
}

QList<MetricElement> PortfolioMetrics::tiles() const
{
    return {systems, approved, awaitingDecision, reviewOverdue, noAccountableOwner, withUnknowns,
            staleSignOffs};
}

Result<PortfolioMetrics> computePortfolioMetrics(Database &db, const Policy &policy, const QDate &today)
{
    MetricsQueries queries(db);
    Result<QList<MetricsSystemRow>> rows = queries.systems();
    if (!rows)
        return rows.error();

    PortfolioMetrics m;
    m.today = today;
    m.systems = element(u"systems"_s, tr("Systems in the register"));
    m.approved = element(u"approved"_s, tr("Approved"));
    m.awaitingDecision = element(u"awaiting_decision"_s, tr("Waiting for a decision"));
    m.reviewOverdue = element(u"review_overdue"_s, tr("Re-review overdue"));
    m.noAccountableOwner = element(u"no_accountable_owner"_s, tr("Without an accountable owner"));
    m.withUnknowns = element(u"unknown_answers"_s, tr("With unknown answers"));
    m.staleSignOffs = element(u"stale_sign_offs"_s, tr("Stale sign-offs"));
    m.unknownVendor = element(u"vendor:unknown"_s, tr("Vendor unknown"));

    for (const auto &entry : enumEntries<RiskTier>())
        m.byTier.append(element(QString::fromLatin1(entry.key), enumLabel(entry.value)));
    for (const auto &entry : enumEntries<WorkflowState>())
        m.byState.append(element(QString::fromLatin1(entry.key), enumLabel(entry.value)));
    static constexpr std::array<const char *, BoundaryMixCount> MixKeys{
        "autonomous", "unknown", "human_approves", "advisory_only", "prohibited", "not_documented"};
    for (int i = 0; i < BoundaryMixCount; ++i)
        m.boundaryMix.append(element(QString::fromLatin1(MixKeys[size_t(i)]), boundaryMixLabel(BoundaryMix(i))));

    const QDate thisMonth(today.year(), today.month(), 1);
    m.reviewSchedule.append(element(u"overdue"_s, tr("Overdue")));
    for (int i = 0; i < 12; ++i) {
        const QDate month = thisMonth.addMonths(i);
        m.reviewSchedule.append(element(monthKey(month), monthLabel(month)));
    }
    const QDate scheduleEnd = thisMonth.addMonths(12);

    QHash<qint64, QList<qint64>> byVendor;
    // Likelihood x impact cells: index (tier - High) * 25 + (likelihood - 1) * 5 + impact - 1.
    std::array<QList<qint64>, 50> cells;

    for (const MetricsSystemRow &row : std::as_const(*rows)) {
        m.systems.systemIds.append(row.id);
        if (row.state == WorkflowState::Approved)
            m.approved.systemIds.append(row.id);
        if (row.state == WorkflowState::InReview)
            m.awaitingDecision.systemIds.append(row.id);
        if (!row.hasOwner)
            m.noAccountableOwner.systemIds.append(row.id);
        if (row.hasUnknowns)
            m.withUnknowns.systemIds.append(row.id);
        if (row.vendorUnknown)
            m.unknownVendor.systemIds.append(row.id);
        if (row.vendorId > 0)
            byVendor[row.vendorId].append(row.id);
        m.byTier[int(row.tier)].systemIds.append(row.id);
        m.byState[int(row.state)].systemIds.append(row.id);
        m.boundaryMix[std::clamp(int(row.boundaryMix), 0, BoundaryMixCount - 1)].systemIds.append(row.id);

        if (!row.retired && row.state != WorkflowState::Retired) {
            const QDate due = reviewDue(row, policy);
            if (due.isValid() && due < today) {
                m.reviewOverdue.systemIds.append(row.id);
                m.reviewSchedule[0].systemIds.append(row.id);
            } else if (due.isValid() && due < scheduleEnd) {
                const int months = (due.year() - thisMonth.year()) * 12 + due.month() - thisMonth.month();
                m.reviewSchedule[1 + months].systemIds.append(row.id);
            }
        }
        if (row.tier == RiskTier::High || row.tier == RiskTier::Critical) {
            const int index = (int(row.tier) - int(RiskTier::High)) * 25 + (likelihood(row) - 1) * 5
                + impact(row) - 1;
            cells[size_t(index)].append(row.id);
        }
    }

    for (MetricElement *tile : {&m.systems, &m.approved, &m.awaitingDecision, &m.reviewOverdue,
                                &m.noAccountableOwner, &m.withUnknowns, &m.unknownVendor})
        finish(*tile);
    for (QList<MetricElement> *list : {&m.byTier, &m.byState, &m.boundaryMix, &m.reviewSchedule})
        for (MetricElement &metric : *list)
            finish(metric);

    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].isEmpty())
            continue;
        RiskPosition position;
        position.tier = RiskTier(int(RiskTier::High) + int(i / 25));
        position.likelihood = int(i % 25) / 5 + 1;
        position.impact = int(i % 5) + 1;
        position.systems = element(u"risk:%1:%2:%3"_s.arg(enumKey(position.tier)).arg(position.likelihood)
                                       .arg(position.impact),
                                   tr("%1 risk, likelihood %2, impact %3")
                                       .arg(enumLabel(position.tier)).arg(position.likelihood)
                                       .arg(position.impact));
        position.systems.systemIds = std::move(cells[i]);
        finish(position.systems);
        m.riskPositions.append(position);
    }

    Result<QList<MetricsVendorRow>> vendors = queries.vendors();
    if (!vendors)
        return vendors.error();
    for (const MetricsVendorRow &vendor : std::as_const(*vendors)) {
        const auto found = byVendor.constFind(vendor.id);
        if (found == byVendor.cend())
            continue;
        VendorMetric metric;
        metric.vendorId = vendor.id;
        metric.systems = element(u"vendor:%1"_s.arg(vendor.id), vendor.name);
        metric.systems.systemIds = *found;
        finish(metric.systems);
        metric.exitOptions = vendor.exitOptions;
        metric.dataPortability = vendor.dataPortability;
        metric.contractEnd = vendor.contractEnd;
        metric.readiness = readinessOf(vendor.exitOptions, vendor.dataPortability);
        m.vendors.append(metric);
    }
    std::sort(m.vendors.begin(), m.vendors.end(), [](const VendorMetric &a, const VendorMetric &b) {
        if (a.systems.value != b.systems.value)
            return a.systems.value > b.systems.value;
        const int byName = QString::localeAwareCompare(a.systems.label, b.systems.label);
        return byName != 0 ? byName < 0 : a.vendorId < b.vendorId;
    });

    const QDate firstMonth = thisMonth.addMonths(-11);
    for (auto [table, list] : {std::pair{MetricsQueries::EventTable::Overrides, &m.overridesByMonth},
                               std::pair{MetricsQueries::EventTable::Incidents, &m.incidentsByMonth}}) {
        QHash<QString, int> index;
        for (int i = 0; i < 12; ++i) {
            const QDate month = firstMonth.addMonths(i);
            index.insert(monthKey(month), i);
            list->append(element(monthKey(month), monthLabel(month)));
        }
        Result<QList<MetricsMonthlyEvents>> events = queries.eventsByMonth(table, firstMonth);
        if (!events)
            return events.error();
        for (const MetricsMonthlyEvents &event : std::as_const(*events)) {
            const auto slot = index.constFind(event.month);
            if (slot == index.cend())
                continue; // occurred after today's month
            MetricElement &metric = (*list)[*slot];
            metric.value += event.events;
            metric.systemIds.append(event.systemId);
        }
        for (MetricElement &metric : *list)
            finishSorted(metric);
    }

    Result<QList<MetricsSignOffCandidate>> candidates = queries.staleSignOffCandidates();
    if (!candidates)
        return candidates.error();
    Result<QList<qint64>> stale = staleSystems(db, *candidates);
    if (!stale)
        return stale.error();
    m.staleSignOffs.systemIds = *stale;
    finish(m.staleSignOffs);

    for (MetricElement *tile : {&m.reviewOverdue, &m.noAccountableOwner, &m.withUnknowns, &m.staleSignOffs})
        tile->alert = tile->value > 0;
    return m;
}

} // namespace charter
