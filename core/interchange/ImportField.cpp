#include "ImportField.h"

#include <iterator>

namespace charter {

template <>
std::span<const EnumEntry<Sourcing>> enumEntries<Sourcing>()
{
    static constexpr EnumEntry<Sourcing> entries[] = {
        {Sourcing::Unknown, "unknown", QT_TRANSLATE_NOOP("charter::Enums", "Unknown")},
        {Sourcing::Vendor, "vendor",
         QT_TRANSLATE_NOOP("charter::Enums", "Purchased from a vendor")},
        {Sourcing::Contractor, "contractor",
         QT_TRANSLATE_NOOP("charter::Enums", "Developed under contract")},
        {Sourcing::Mixed, "mixed", QT_TRANSLATE_NOOP("charter::Enums", "Contractor and in-house")},
        {Sourcing::InHouse, "in_house", QT_TRANSLATE_NOOP("charter::Enums", "Developed in-house")},
    };
    return entries;
}

namespace {

// In enum order: importFieldInfo() indexes it by the enum value.
constexpr ImportFieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", FieldKind::Ignored},
    {ImportField::ExternalReference, "externalReference", FieldKind::Text},
    {ImportField::Name, "name", FieldKind::Text},
    {ImportField::Purpose, "purpose", FieldKind::Text},
    {ImportField::BusinessUnit, "businessUnit", FieldKind::Text},
    {ImportField::Lifecycle, "lifecycle", FieldKind::Lifecycle},
    {ImportField::DeploymentModel, "deploymentModel", FieldKind::DeploymentModel},
    {ImportField::AccountableOwnerName, "accountableOwner.name", FieldKind::PersonName},
    {ImportField::AccountableOwnerEmail, "accountableOwner.email", FieldKind::PersonEmail},
    {ImportField::BusinessOwnerName, "businessOwner.name", FieldKind::PersonName},
    {ImportField::BusinessOwnerEmail, "businessOwner.email", FieldKind::PersonEmail},
    {ImportField::TechnicalOwnerName, "technicalOwner.name", FieldKind::PersonName},
    {ImportField::TechnicalOwnerEmail, "technicalOwner.email", FieldKind::PersonEmail},
    {ImportField::SupportOwnerName, "supportOwner.name", FieldKind::PersonName},
    {ImportField::SupportOwnerEmail, "supportOwner.email", FieldKind::PersonEmail},
    {ImportField::ItContactName, "itContact.name", FieldKind::PersonName},
    {ImportField::ItContactEmail, "itContact.email", FieldKind::PersonEmail},
    {ImportField::Vendor, "vendor", FieldKind::VendorName},
    {ImportField::Sourcing, "sourcing", FieldKind::Sourcing},
    {ImportField::PersonalData, "data.personalData", FieldKind::Answer},
    {ImportField::ProductionData, "data.productionData", FieldKind::Answer},
    {ImportField::SafetyRelated, "data.safetyRelated", FieldKind::Answer},
    {ImportField::DataResidency, "data.dataResidency", FieldKind::Text},
    {ImportField::AccessScope, "data.accessScope", FieldKind::Text},
    {ImportField::ExternalProcessing, "data.externalProcessing", FieldKind::Answer},
    {ImportField::CloudConnectivity, "data.cloudConnectivity", FieldKind::Answer},
    {ImportField::CredentialHandling, "data.credentialHandling", FieldKind::Text},
    {ImportField::Integrations, "data.integrations", FieldKind::Text},
    {ImportField::Maintainer, "support.maintainer", FieldKind::Maintainer},
    {ImportField::UpdatePolicy, "support.updatePolicy", FieldKind::Text},
    {ImportField::IssueEscalation, "support.issueEscalation", FieldKind::Text},
    {ImportField::EuAiActCategory, "regulatory.euAiActCategory", FieldKind::EuAiActCategory},
    {ImportField::EuAiActRole, "regulatory.euAiActRole", FieldKind::EuAiActRole},
    {ImportField::UsOmbHighImpact, "regulatory.usOmbHighImpact", FieldKind::Answer},
    {ImportField::NextReview, "nextReview", FieldKind::Date},
    {ImportField::Boundaries, "boundaries", FieldKind::Boundaries},
    {ImportField::Escalation, "escalation", FieldKind::Escalation},
    {ImportField::ImportNotes, "importNotes", FieldKind::Notes},
};

constexpr bool isInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (std::size_t(kFields[i].field) != i)
            return false;
    return true;
}
static_assert(isInEnumOrder(), "kFields must list ImportField in declaration order");

} // namespace

std::span<const ImportFieldInfo> importFields()
{
    return kFields;
}

const ImportFieldInfo &importFieldInfo(ImportField field)
{
    return kFields[std::size_t(field)];
}

std::optional<ImportField> importFieldFromKey(QStringView key)
{
    for (const ImportFieldInfo &info : importFields())
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.field;
    return std::nullopt;
}

QString importFieldKey(ImportField field)
{
    return QString::fromLatin1(importFieldInfo(field).key);
}

bool isChoiceKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Answer:
    case FieldKind::Lifecycle:
    case FieldKind::DeploymentModel:
    case FieldKind::Maintainer:
    case FieldKind::EuAiActCategory:
    case FieldKind::EuAiActRole:
    case FieldKind::Sourcing:
        return true;
    default:
        return false;
    }
}

namespace {

template <typename E>
QList<ChoiceEntry> entriesOf()
{
    QList<ChoiceEntry> entries;
    for (const auto &entry : enumEntries<E>())
        entries.append({int(entry.value), QString::fromLatin1(entry.key),
                        QString::fromUtf8(entry.label)});
    return entries;
}

} // namespace

QList<ChoiceEntry> choiceEntries(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Answer: return entriesOf<Answer>();
    case FieldKind::Lifecycle: return entriesOf<Lifecycle>();
    case FieldKind::DeploymentModel: return entriesOf<DeploymentModel>();
    case FieldKind::Maintainer: return entriesOf<Maintainer>();
    case FieldKind::EuAiActCategory: return entriesOf<EuAiActCategory>();
    case FieldKind::EuAiActRole: return entriesOf<EuAiActRole>();
    case FieldKind::Sourcing: return entriesOf<Sourcing>();
    default: return {};
    }
}

QStringList choiceKeys(FieldKind kind)
{
    QStringList keys;
    for (const ChoiceEntry &entry : choiceEntries(kind))
        keys << entry.key;
    return keys;
}

std::optional<int> choiceFromKey(FieldKind kind, const QString &key)
{
    // The same leniency as enumFromKey(): case, '-' and ' ' for '_'.
    QString normalised = key.trimmed().toLower();
    normalised.replace(u'-', u'_');
    normalised.replace(u' ', u'_');
    for (const ChoiceEntry &entry : choiceEntries(kind))
        if (entry.key == normalised)
            return entry.value;
    return std::nullopt;
}

QString choiceKey(FieldKind kind, int value)
{
    for (const ChoiceEntry &entry : choiceEntries(kind))
        if (entry.value == value)
            return entry.key;
    return {};
}

} // namespace charter
