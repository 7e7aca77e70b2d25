#pragma once

#include "SystemDraft.h"
#include "UnsavedChangesPrompt.h"
#include "domain/Person.h"
#include "domain/Vendor.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace charter {

class BoundariesSection;
class DirectoryStore;
class EscalationSection;
class FieldBinder;
class MessageBar;
class OverviewSection;
class OwnershipSection;
class RegisterService;
class RiskPanel;
class SectionList;
class VendorSection;

// The system editor: every part of one system's register entry in sections (overview,
// ownership, decision boundaries, escalation path, data and security, vendor, support
// model, regulatory classification), the live risk explanation beside them, and the
// header with Undo, Redo, Revert, Save and Close.
//
// Edits go to a SystemDraft: each is an undo step, nothing is stored until Save.
// Save validates (problems show next to their fields), stores through RegisterService
// (risk and audit in one transaction) and reads the stored record back. A failed save,
// including "changed by someone else", shows in the editor's message bar and keeps
// every edit. Leaving a record with unsaved edits asks Save / Discard / Cancel.
class SystemEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Overview, Ownership, Boundaries, Escalation, DataSecurity, Vendor, Support, Regulatory };
    static constexpr int SectionCount = 8;

    // Ask for a new directory entry, starting from PROPOSAL (e.g. the name typed);
    // nullopt when cancelled. The editor stores what is returned. Replaceable for tests.
    using PersonCreator = std::function<std::optional<Person>(QWidget *parent, const Person &proposal)>;
    using VendorCreator = std::function<std::optional<Vendor>(QWidget *parent, const Vendor &proposal)>;

    explicit SystemEditor(DirectoryStore *directory, QWidget *parent = nullptr);
    ~SystemEditor() override;

    // The register to read and write; nullptr when no database is open (the editor
    // then edits nothing).
    void setService(RegisterService *service);

    // Starts editing stored system ID, or a new system. Both ask about unsaved edits
    // first; false when the user cancels or the system cannot be read (message bar).
    bool editSystem(qint64 id);
    bool newSystem();
    // Validates and stores the edits. False when not saved; the edits stay.
    bool save();
    // Back to the stored record, as one undo step.
    void revert();
    // Unsaved edits: asks Save / Discard / Cancel. True when the record may be left.
    bool confirmLeave();
    // Asks about unsaved edits, then stops editing and emits closeRequested.
    bool requestClose();
    // Stops editing without asking (edits are dropped).
    void clear();

    bool isEditing() const { return m_editing; }
    bool isModified() const { return m_editing && m_draft->isModified(); }
    qint64 systemId() const { return m_draft->system().id; }
    QString displayName() const;

    SystemDraft *draft() const { return m_draft; }
    QUndoStack *undoStack() const;
    MessageBar *messageBar() const { return m_messageBar; }
    RiskPanel *riskPanel() const { return m_risk; }
    OverviewSection *overview() const { return m_overview; }
    OwnershipSection *ownership() const { return m_ownership; }
    BoundariesSection *boundaries() const { return m_boundaries; }
    EscalationSection *escalation() const { return m_escalation; }
    VendorSection *vendorSection() const { return m_vendor; }
    SectionList *sectionList() const { return m_sections; }

    void showSection(Section section);
    Section currentSection() const;

    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_prompt = std::move(prompt); }
    void setPersonCreator(PersonCreator creator) { m_createPerson = std::move(creator); }
    void setVendorCreator(VendorCreator creator) { m_createVendor = std::move(creator); }

    // The actions of the header (no shortcuts here: the window's actions have them).
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *closeAction() const { return m_closeAction; }

signals:
    // The system was stored (added or updated): the registry should show it.
    void saved(qint64 systemId);
    void closeRequested();
    void openVendorRequested(qint64 vendorId);
    // Editing started, stopped, or the modified state changed.
    void stateChanged();

private:
    void buildHeader();
    void buildBody();
    void startEditing(const AiSystem &system);
    void updateHeader();
    void updateGapCounts();
    void showSaveError(const Error &error);
    void loadTheirVersion();
    void saveOverTheirs();
    void addPersonFor(SystemField role, const QString &typedName);
    void addVendor(const QString &typedName);
    void focusFirstProblem();

    DirectoryStore *m_directory;
    RegisterService *m_service = nullptr;
    SystemDraft *m_draft;
    FieldBinder *m_binder;
    bool m_editing = false;

    UnsavedChangesPrompt m_prompt;
    PersonCreator m_createPerson;
    VendorCreator m_createVendor;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QSplitter *m_splitter = nullptr;
    SectionList *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    RiskPanel *m_risk = nullptr;
    OverviewSection *m_overview = nullptr;
    OwnershipSection *m_ownership = nullptr;
    BoundariesSection *m_boundaries = nullptr;
    EscalationSection *m_escalation = nullptr;
    VendorSection *m_vendor = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_loadTheirsAction = nullptr;
    QAction *m_overwriteAction = nullptr;
};

} // namespace charter
