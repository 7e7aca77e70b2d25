#include "VendorDraft.h"

namespace charter {

VendorDraft::VendorDraft(QObject *parent)
    : ValueDraft<Vendor>(parent)
{
}

QVariant VendorDraft::value(int field) const
{
    const Vendor &v = m_record;
    switch (VendorField(field)) {
    case VendorField::Name: return v.name;
    case VendorField::Viability: return int(v.viability);
    case VendorField::RoadmapStability: return int(v.roadmapStability);
    case VendorField::SupportMaturity: return int(v.supportMaturity);
    case VendorField::ExitOptions: return int(v.exitOptions);
    case VendorField::DataPortability: return int(v.dataPortability);
    case VendorField::SecurityAttestations: return v.securityAttestations;
    case VendorField::DataResidency: return v.dataResidency;
    case VendorField::ContractEnd: return v.contractEnd;
    case VendorField::DeprecationNoticeDays: return v.deprecationNoticeDays;
    case VendorField::Notes: return v.notes;
    }
    return {};
}

void VendorDraft::writeValue(int field, const QVariant &value)
{
    Vendor &v = m_record;
    switch (VendorField(field)) {
    case VendorField::Name: v.name = value.toString(); break;
    case VendorField::Viability: v.viability = Rating(value.toInt()); break;
    case VendorField::RoadmapStability: v.roadmapStability = Rating(value.toInt()); break;
    case VendorField::SupportMaturity: v.supportMaturity = Rating(value.toInt()); break;
    case VendorField::ExitOptions: v.exitOptions = Rating(value.toInt()); break;
    case VendorField::DataPortability: v.dataPortability = Rating(value.toInt()); break;
    case VendorField::SecurityAttestations: v.securityAttestations = value.toString(); break;
    case VendorField::DataResidency: v.dataResidency = value.toString(); break;
    case VendorField::ContractEnd: v.contractEnd = value.toDate(); break;
    case VendorField::DeprecationNoticeDays: v.deprecationNoticeDays = value.toInt(); break;
    case VendorField::Notes: v.notes = value.toString(); break;
    }
}

QString VendorDraft::fieldLabel(int field) const
{
    switch (VendorField(field)) {
    case VendorField::Name: return tr("Name");
    case VendorField::Viability: return tr("Viability");
    case VendorField::RoadmapStability: return tr("Roadmap stability");
    case VendorField::SupportMaturity: return tr("Support maturity");
    case VendorField::ExitOptions: return tr("Exit options");
    case VendorField::DataPortability: return tr("Data portability");
    case VendorField::SecurityAttestations: return tr("Security attestations");
    case VendorField::DataResidency: return tr("Data residency");
    case VendorField::ContractEnd: return tr("Contract end");
    case VendorField::DeprecationNoticeDays: return tr("Deprecation notice");
    case VendorField::Notes: return tr("Notes");
    }
    return QString();
}

QList<FieldProblem> VendorDraft::problems() const
{
    return validateVendor(m_record);
}

QString VendorDraft::problemKey(int field) const
{
    switch (VendorField(field)) {
    case VendorField::Name:
        return fieldkey::Name;
    case VendorField::DeprecationNoticeDays:
        return fieldkey::DeprecationNoticeDays;
    default:
        return QString();
    }
}

} // namespace charter
