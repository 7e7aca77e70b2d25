#include "MetricsQueries.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::MetricsQueries", text);
}

// "YYYY-MM-DD..." -> date without going through QDate::fromString (100,000 rows).
QDate leadingDate(const QVariant &value)
{
    if (value.isNull())
        return QDate();
    const QString text = value.toString();
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text, Qt::ISODate);
    auto digits = [&text](int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            number = number * 10 + (c - u'0');
        }
        return number;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

// The codes below must follow the enum orders in domain/Enums.h, domain/Workflow.h and
// BoundaryMix (reporting/PortfolioMetrics.h).
const QString SystemsQuery = uR"(
SELECT s.id,
       COALESCE(s.vendor_id, 0),
       s.next_review,
       w.approved_at,
       w.approval_expires,
       CASE s.risk_tier WHEN 'medium' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE 0 END,
       CASE w.approved_tier WHEN 'medium' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE 0 END,
       CASE w.state WHEN 'in_review' THEN 1 WHEN 'changes_requested' THEN 2 WHEN 'approved' THEN 3
                    WHEN 'rejected' THEN 4 WHEN 'suspended' THEN 5 WHEN 'retired' THEN 6 ELSE 0 END,
       COALESCE(5 - b.level, 5),
       (CASE WHEN s.personal_data = 'yes' THEN 1 ELSE 0 END)
         + (CASE WHEN s.safety_related = 'yes' THEN 1 ELSE 0 END)
         + (CASE WHEN s.eu_ai_act_category IN ('high_risk', 'prohibited') THEN 1 ELSE 0 END)
         + (CASE WHEN s.omb_high_impact = 'yes' THEN 1 ELSE 0 END),
       (CASE WHEN s.lifecycle = 'retired' THEN 1 ELSE 0 END)
         + (CASE WHEN s.accountable_owner_id IS NULL THEN 0 ELSE 2 END)
         + (CASE WHEN s.gap_count > 0 THEN 4 ELSE 0 END)
         + (CASE WHEN s.vendor_unknown <> 0 THEN 8 ELSE 0 END)
         + (CASE WHEN s.external_processing = 'yes' THEN 16 ELSE 0 END)
FROM systems s
LEFT JOIN system_workflow w ON w.system_id = s.id
LEFT JOIN (SELECT system_id,
                  MAX(CASE influence WHEN 'autonomous' THEN 5 WHEN 'unknown' THEN 4
                                     WHEN 'human_approves' THEN 3 WHEN 'advisory_only' THEN 2
                                     ELSE 1 END) AS level
           FROM boundaries GROUP BY system_id) b ON b.system_id = s.id
ORDER BY s.id)"_s;

} // namespace

Result<QList<MetricsSystemRow>> MetricsQueries::systems() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(SystemsQuery))
        return m_db.queryError(query, tr("reading the systems for the dashboard"));
    QList<MetricsSystemRow> rows;
    while (query.next()) {
        MetricsSystemRow row;
        row.id = query.value(0).toLongLong();
        row.vendorId = query.value(1).toLongLong();
        row.nextReview = leadingDate(query.value(2));
        row.approvedOn = leadingDate(query.value(3));
        row.approvalExpires = leadingDate(query.value(4));
        row.tier = RiskTier(query.value(5).toInt());
        row.approvedTier = RiskTier(query.value(6).toInt());
        row.state = WorkflowState(query.value(7).toInt());
        row.boundaryMix = qint8(query.value(8).toInt());
        row.impactAnswers = qint8(query.value(9).toInt());
        const int flags = query.value(10).toInt();
        row.retired = flags & 1;
        row.hasOwner = flags & 2;
        row.hasUnknowns = flags & 4;
        row.vendorUnknown = flags & 8;
        row.externalProcessing = flags & 16;
        rows.append(row);
    }
    return rows;
}

Result<QList<MetricsVendorRow>> MetricsQueries::vendors() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, exit_options, data_portability, contract_end FROM vendors "
                    "ORDER BY id"_s))
        return m_db.queryError(query, tr("reading the vendors for the dashboard"));
    QList<MetricsVendorRow> rows;
    while (query.next()) {
        MetricsVendorRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.exitOptions = sql::toEnum(query.value(2), Rating::Unknown);
        row.dataPortability = sql::toEnum(query.value(3), Rating::Unknown);
        row.contractEnd = sql::toDate(query.value(4));
        rows.append(row);
    }
    return rows;
}

Result<QList<MetricsMonthlyEvents>> MetricsQueries::eventsByMonth(EventTable table, const QDate &from) const
{
    const QString name = table == EventTable::Overrides ? u"overrides"_s : u"incidents"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT substr(occurred_at, 1, 7) AS month, system_id, COUNT(*) FROM "_s + name
                  + u" WHERE occurred_at >= ? GROUP BY substr(occurred_at, 1, 7), system_id "
                    "ORDER BY month, system_id"_s);
    query.addBindValue(from.toString(Qt::ISODate));
    if (!query.exec())
        return m_db.queryError(query, tr("counting the %1 per month").arg(name));
    QList<MetricsMonthlyEvents> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt()});
    return rows;
}

Result<QList<MetricsSignOffCandidate>> MetricsQueries::staleSignOffCandidates() const
{
    // Timestamps are stored as UTC ISO 8601 with milliseconds, so text order is time order.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT w.system_id, w.cycle FROM system_workflow w "
                    "JOIN systems s ON s.id = w.system_id "
                    "JOIN sign_offs so ON so.system_id = w.system_id AND so.cycle = w.cycle "
                    "WHERE w.state IN ('in_review', 'changes_requested') AND so.signed_at < s.updated_at "
                    "ORDER BY w.system_id"_s))
        return m_db.queryError(query, tr("finding sign-offs given before the last edit"));
    QList<MetricsSignOffCandidate> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toInt()});
    return rows;
}

} // namespace charter
