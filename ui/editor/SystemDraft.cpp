#include "SystemDraft.h"

#include "models/BoundaryTableModel.h"
#include "models/EscalationTableModel.h"
#include "undo/ReplaceRecordCommand.h"

#include <QUndoStack>

namespace charter {

namespace {

using F = SystemField;

void copyBookkeeping(AiSystem &to, const AiSystem &from)
{
    to.id = from.id;
    to.version = from.version;
    to.createdAt = from.createdAt;
    to.updatedAt = from.updatedAt;
}

qint64 vendorChoice(const AiSystem &system)
{
    if (system.vendorId > 0)
        return system.vendorId;
    return system.vendorUnknown ? SystemDraft::VendorUnknown : SystemDraft::VendorNone;
}

template <typename E>
E enumValue(const QVariant &value)
{
    return E(value.toInt());
}

} // namespace

bool sameContent(const AiSystem &a, const AiSystem &b)
{
    AiSystem left = a;
    copyBookkeeping(left, b);
    return left == b;
}

SystemDraft::SystemDraft(QObject *parent)
    : RecordDraft(parent)
    , m_boundaries(new BoundaryTableModel(&m_system.boundaries, undoStack(), this))
    , m_escalation(new EscalationTableModel(&m_system.escalation, undoStack(), this))
{
    connectModel(m_boundaries);
    connectModel(m_escalation);
}

SystemDraft::~SystemDraft()
{
    // The commands refer to the models; drop them while the models still exist.
    undoStack()->clear();
}

void SystemDraft::connectModel(QAbstractItemModel *model)
{
    const auto changed = [this] { notifyChanged(); };
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
}

void SystemDraft::load(const AiSystem &system)
{
    resetHistory();
    m_stored = system;
    m_system = system;
    m_boundaries->reload();
    m_escalation->reload();
    notifyReloaded();
}

void SystemDraft::markSaved(const AiSystem &stored)
{
    m_stored = stored;
    if (!sameContent(m_system, stored)) {
        // The store normalised something: show what is stored.
        m_system = stored;
        m_boundaries->reload();
        m_escalation->reload();
        notifyReloaded();
    } else {
        copyBookkeeping(m_system, stored);
        notifyChanged();
    }
    undoStack()->setClean();
}

void SystemDraft::adoptStored(const AiSystem &stored)
{
    m_stored = stored;
    copyBookkeeping(m_system, stored);
    notifyChanged();
}

void SystemDraft::revert()
{
    replaceContent(m_stored, tr("Revert to the saved system"));
}

void SystemDraft::replaceContent(const AiSystem &record, const QString &undoText)
{
    if (sameContent(m_system, record))
        return;
    undoStack()->push(new ReplaceRecordCommand<SystemDraft, AiSystem>(this, m_system, record, undoText));
}

void SystemDraft::applyRecord(const AiSystem &record)
{
    AiSystem content = record;
    copyBookkeeping(content, m_stored);
    m_system = content;
    m_boundaries->reload();
    m_escalation->reload();
    notifyReloaded();
}

bool SystemDraft::differsFromStored() const
{
    return !sameContent(m_system, m_stored);
}

QVariant SystemDraft::value(int field) const
{
    const AiSystem &s = m_system;
    switch (F(field)) {
    case F::Name: return s.name;
    case F::Purpose: return s.purpose;
    case F::BusinessUnit: return s.businessUnit;
    case F::Lifecycle: return int(s.lifecycle);
    case F::DeploymentModel: return int(s.deploymentModel);
    case F::ExternalReference: return s.externalReference;
    case F::NextReview: return s.nextReview;
    case F::ImportNotes: return s.importNotes;
    case F::AccountableOwner: return s.ownership.accountableOwnerId;
    case F::BusinessOwner: return s.ownership.businessOwnerId;
    case F::TechnicalOwner: return s.ownership.technicalOwnerId;
    case F::SupportOwner: return s.ownership.supportOwnerId;
    case F::ItContact: return s.ownership.itContactId;
    case F::PersonalData: return int(s.data.personalData);
    case F::ProductionData: return int(s.data.productionData);
    case F::SafetyRelated: return int(s.data.safetyRelated);
    case F::DataResidency: return s.data.dataResidency;
    case F::AccessScope: return s.data.accessScope;
    case F::ExternalProcessing: return int(s.data.externalProcessing);
    case F::CloudConnectivity: return int(s.data.cloudConnectivity);
    case F::CredentialHandling: return s.data.credentialHandling;
    case F::Integrations: return s.data.integrations;
    case F::Vendor: return vendorChoice(s);
    case F::Maintainer: return int(s.support.maintainer);
    case F::UpdatePolicy: return s.support.updatePolicy;
    case F::IssueEscalation: return s.support.issueEscalation;
    case F::EuAiActCategory: return int(s.regulatory.euAiActCategory);
    case F::EuAiActRole: return int(s.regulatory.euAiActRole);
    case F::UsOmbHighImpact: return int(s.regulatory.usOmbHighImpact);
    case F::Count: break;
    }
    return {};
}

void SystemDraft::writeValue(int field, const QVariant &value)
{
    AiSystem &s = m_system;
    switch (F(field)) {
    case F::Name: s.name = value.toString(); break;
    case F::Purpose: s.purpose = value.toString(); break;
    case F::BusinessUnit: s.businessUnit = value.toString(); break;
    case F::Lifecycle: s.lifecycle = enumValue<Lifecycle>(value); break;
    case F::DeploymentModel: s.deploymentModel = enumValue<DeploymentModel>(value); break;
    case F::ExternalReference: s.externalReference = value.toString(); break;
    case F::NextReview: s.nextReview = value.toDate(); break;
    case F::ImportNotes: s.importNotes = value.toStringList(); break;
    case F::AccountableOwner: s.ownership.accountableOwnerId = value.toLongLong(); break;
    case F::BusinessOwner: s.ownership.businessOwnerId = value.toLongLong(); break;
    case F::TechnicalOwner: s.ownership.technicalOwnerId = value.toLongLong(); break;
    case F::SupportOwner: s.ownership.supportOwnerId = value.toLongLong(); break;
    case F::ItContact: s.ownership.itContactId = value.toLongLong(); break;
    case F::PersonalData: s.data.personalData = enumValue<Answer>(value); break;
    case F::ProductionData: s.data.productionData = enumValue<Answer>(value); break;
    case F::SafetyRelated: s.data.safetyRelated = enumValue<Answer>(value); break;
    case F::DataResidency: s.data.dataResidency = value.toString(); break;
    case F::AccessScope: s.data.accessScope = value.toString(); break;
    case F::ExternalProcessing: s.data.externalProcessing = enumValue<Answer>(value); break;
    case F::CloudConnectivity: s.data.cloudConnectivity = enumValue<Answer>(value); break;
    case F::CredentialHandling: s.data.credentialHandling = value.toString(); break;
    case F::Integrations: s.data.integrations = value.toString(); break;
    case F::Vendor: {
        const qint64 choice = value.toLongLong();
        s.vendorId = choice > 0 ? choice : 0;
        s.vendorUnknown = choice == VendorUnknown;
        break;
    }
    case F::Maintainer: s.support.maintainer = enumValue<Maintainer>(value); break;
    case F::UpdatePolicy: s.support.updatePolicy = value.toString(); break;
    case F::IssueEscalation: s.support.issueEscalation = value.toString(); break;
    case F::EuAiActCategory: s.regulatory.euAiActCategory = enumValue<EuAiActCategory>(value); break;
    case F::EuAiActRole: s.regulatory.euAiActRole = enumValue<EuAiActRole>(value); break;
    case F::UsOmbHighImpact: s.regulatory.usOmbHighImpact = enumValue<Answer>(value); break;
    case F::Count: break;
    }
}

QString SystemDraft::label(SystemField field)
{
    switch (field) {
    case F::Name: return tr("Name");
    case F::Purpose: return tr("Purpose");
    case F::BusinessUnit: return tr("Business unit");
    case F::Lifecycle: return tr("Lifecycle");
    case F::DeploymentModel: return tr("Deployment model");
    case F::ExternalReference: return tr("Reference");
    case F::NextReview: return tr("Next review");
    case F::ImportNotes: return tr("Import notes");
    case F::AccountableOwner: return tr("Accountable owner");
    case F::BusinessOwner: return tr("Business owner");
    case F::TechnicalOwner: return tr("Technical owner");
    case F::SupportOwner: return tr("Support owner");
    case F::ItContact: return tr("IT contact");
    case F::PersonalData: return tr("Personal data");
    case F::ProductionData: return tr("Production data");
    case F::SafetyRelated: return tr("Safety-related");
    case F::DataResidency: return tr("Data residency");
    case F::AccessScope: return tr("Access scope");
    case F::ExternalProcessing: return tr("External processing");
    case F::CloudConnectivity: return tr("Cloud connectivity");
    case F::CredentialHandling: return tr("Credential handling");
    case F::Integrations: return tr("Integrations");
    case F::Vendor: return tr("Vendor");
    case F::Maintainer: return tr("Maintained by");
    case F::UpdatePolicy: return tr("Update handling");
    case F::IssueEscalation: return tr("Issue escalation");
    case F::EuAiActCategory: return tr("EU AI Act category");
    case F::EuAiActRole: return tr("EU AI Act role");
    case F::UsOmbHighImpact: return tr("US OMB high-impact");
    case F::Count: break;
    }
    return QString();
}

QString SystemDraft::fieldLabel(int field) const
{
    return label(F(field));
}

QList<FieldProblem> SystemDraft::problems() const
{
    return validateSystem(m_system);
}

QString SystemDraft::problemKey(int field) const
{
    switch (F(field)) {
    case F::Name:
        return fieldkey::Name;
    case F::Vendor:
        return fieldkey::Vendor;
    default:
        return QString();
    }
}

} // namespace charter
