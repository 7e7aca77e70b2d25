#pragma once

#include "RecordDraft.h"
#include "domain/AiSystem.h"

class QAbstractItemModel;

namespace charter {

class BoundaryTableModel;
class EscalationTableModel;

// The fields of an AiSystem the editor binds widgets to. Values are QVariants: text as
// QString, enums as int, people as qint64 (0 = nobody), dates as QDate (invalid = none).
enum class SystemField {
    Name,
    Purpose,
    BusinessUnit,
    Lifecycle,
    DeploymentModel,
    ExternalReference,
    NextReview,
    ImportNotes, // QStringList
    AccountableOwner,
    BusinessOwner,
    TechnicalOwner,
    SupportOwner,
    ItContact,
    PersonalData,
    ProductionData,
    SafetyRelated,
    DataResidency,
    AccessScope,
    ExternalProcessing,
    CloudConnectivity,
    CredentialHandling,
    Integrations,
    Vendor, // qint64: VendorUnknown, VendorNone (built in-house) or a vendor id
    Maintainer,
    UpdatePolicy,
    IssueEscalation,
    EuAiActCategory,
    EuAiActRole,
    UsOmbHighImpact,
    Count
};

// The system being edited: the working copy of an AiSystem, the stored copy it started
// from, and the table models of its decision boundaries and escalation steps (which
// edit the working copy's lists). Every change is an undo step; revert and "load their
// version" are undo steps too, so no input is ever lost by a click.
class SystemDraft : public RecordDraft
{
    Q_OBJECT

public:
    static constexpr qint64 VendorUnknown = -1; // not known whether a vendor is involved
    static constexpr qint64 VendorNone = 0;     // built in-house

    explicit SystemDraft(QObject *parent = nullptr);
    ~SystemDraft() override;

    // Starts editing SYSTEM (a stored one, or a new one with id 0); forgets the history.
    void load(const AiSystem &system);
    // The record as saved (with its new id, version and times): it becomes the stored
    // copy; the history stays, so the save itself can be undone and saved again.
    void markSaved(const AiSystem &stored);
    // Someone else saved STORED meanwhile: it becomes the stored copy (its version is
    // what the next save overwrites) while the working copy keeps the user's edits.
    void adoptStored(const AiSystem &stored);
    // Replaces the working copy's content by the stored copy, as one undo step.
    void revert();
    // Replaces the working copy's content by RECORD's, as one undo step.
    void replaceContent(const AiSystem &record, const QString &undoText);

    bool isNew() const { return m_stored.id == 0; }
    const AiSystem &system() const { return m_system; }
    const AiSystem &stored() const { return m_stored; }

    BoundaryTableModel *boundaries() const { return m_boundaries; }
    EscalationTableModel *escalation() const { return m_escalation; }

    QVariant value(int field) const override;
    QString fieldLabel(int field) const override;
    QList<FieldProblem> problems() const override;
    QString problemKey(int field) const override;

    // Used by ReplaceRecordCommand: the content of RECORD, this draft's bookkeeping.
    void applyRecord(const AiSystem &record);

    static QString label(SystemField field);

protected:
    void writeValue(int field, const QVariant &value) override;
    bool differsFromStored() const override;

private:
    void connectModel(QAbstractItemModel *model);

    AiSystem m_system;
    AiSystem m_stored;
    BoundaryTableModel *m_boundaries;
    EscalationTableModel *m_escalation;
};

// True when A and B hold the same answers (id, version and times aside).
bool sameContent(const AiSystem &a, const AiSystem &b);

} // namespace charter
