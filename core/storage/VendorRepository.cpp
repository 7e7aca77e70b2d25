#include "VendorRepository.h"

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
    return QCoreApplication::translate("charter::VendorRepository", text);
}

const QString SelectVendors = u"SELECT id, name, viability, roadmap_stability, support_maturity, "
                              "exit_options, data_portability, security_attestations, "
                              "data_residency, contract_end, deprecation_notice_days, notes "
                              "FROM vendors"_s;

Vendor readVendor(const QSqlQuery &query)
{
    Vendor vendor;
    vendor.id = query.value(0).toLongLong();
    vendor.name = query.value(1).toString();
    vendor.viability = sql::toEnum(query.value(2), Rating::Unknown);
    vendor.roadmapStability = sql::toEnum(query.value(3), Rating::Unknown);
    vendor.supportMaturity = sql::toEnum(query.value(4), Rating::Unknown);
    vendor.exitOptions = sql::toEnum(query.value(5), Rating::Unknown);
    vendor.dataPortability = sql::toEnum(query.value(6), Rating::Unknown);
    vendor.securityAttestations = query.value(7).toString();
    vendor.dataResidency = query.value(8).toString();
    vendor.contractEnd = sql::toDate(query.value(9));
    vendor.deprecationNoticeDays = query.value(10).toInt();
    vendor.notes = query.value(11).toString();
    return vendor;
}

void bindVendorFields(QSqlQuery &query, const Vendor &vendor)
{
    query.addBindValue(sql::text(vendor.name));
    query.addBindValue(enumKey(vendor.viability));
    query.addBindValue(enumKey(vendor.roadmapStability));
    query.addBindValue(enumKey(vendor.supportMaturity));
    query.addBindValue(enumKey(vendor.exitOptions));
    query.addBindValue(enumKey(vendor.dataPortability));
    query.addBindValue(sql::text(vendor.securityAttestations));
    query.addBindValue(sql::text(vendor.dataResidency));
    query.addBindValue(sql::dateOrNull(vendor.contractEnd));
    query.addBindValue(vendor.deprecationNoticeDays);
    query.addBindValue(sql::text(vendor.notes));
}

QByteArray auditBytes(const Vendor &vendor)
{
    return QJsonDocument(toJson(vendor)).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QList<Vendor>> VendorRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectVendors + u" ORDER BY name, id"_s))
        return m_db.queryError(query, tr("reading the vendor directory"));
    QList<Vendor> vendors;
    while (query.next())
        vendors.append(readVendor(query));
    return vendors;
}

Result<Vendor> VendorRepository::load(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(SelectVendors + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading vendor %1").arg(id));
    if (!query.next())
        return makeError(ErrorCode::InvalidInput, tr("There is no vendor with id %1.").arg(id));
    return readVendor(query);
}

Status VendorRepository::insert(Vendor &vendor, const WriteContext &context)
{
    bool prepared = false;
    CachedQuery query = m_db.cachedQuery(u"INSERT INTO vendors (id, name, viability, roadmap_stability, "
                                         "support_maturity, exit_options, data_portability, "
                                         "security_attestations, data_residency, contract_end, "
                                         "deprecation_notice_days, notes) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                         &prepared);
    if (!prepared)
        return m_db.queryError(*query, tr("adding vendor %1").arg(vendor.name));
    query->addBindValue(vendor.id > 0 ? QVariant(vendor.id) : QVariant(QMetaType::fromType<qint64>()));
    bindVendorFields(*query, vendor);
    if (!query->exec() || !query->next())
        return m_db.queryError(*query, tr("adding vendor %1").arg(vendor.name));
    vendor.id = query->value(0).toLongLong();
    return AuditStore(m_db).append(context, u"create"_s, u"vendor"_s, QString::number(vendor.id),
                                   {}, auditBytes(vendor));
}

Status VendorRepository::update(const Vendor &vendor, const WriteContext &context)
{
    Result<Vendor> before = load(vendor.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE vendors SET name = ?, viability = ?, roadmap_stability = ?, "
                  "support_maturity = ?, exit_options = ?, data_portability = ?, "
                  "security_attestations = ?, data_residency = ?, contract_end = ?, "
                  "deprecation_notice_days = ?, notes = ? WHERE id = ?"_s);
    bindVendorFields(query, vendor);
    query.addBindValue(vendor.id);
    if (!query.exec())
        return m_db.queryError(query, tr("updating vendor %1").arg(vendor.name));
    return AuditStore(m_db).append(context, u"update"_s, u"vendor"_s, QString::number(vendor.id),
                                   auditBytes(*before), auditBytes(vendor));
}

} // namespace charter
