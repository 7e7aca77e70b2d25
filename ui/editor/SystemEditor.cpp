#include "SystemEditor.h"

#include "BoundariesSection.h"
#include "DataSecuritySection.h"
#include "DirectoryPicker.h"
#include "EscalationSection.h"
#include "FieldBinder.h"
#include "OverviewSection.h"
#include "OwnershipSection.h"
#include "RiskPanel.h"
#include "SectionList.h"
#include "SupportSection.h"
#include "VendorSection.h"
#include "directory/DirectoryStore.h"
#include "directory/PersonDialog.h"
#include "directory/VendorDialog.h"
#include "models/VendorModel.h"
#include "register/RegisterService.h"
#include "theme/Colours.h"
#include "undo/UndoShortcutGuard.h"
#include "views/MessageBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QToolButton *headerButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

SystemEditor::Section sectionFor(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Identity:
        return SystemEditor::Section::Overview;
    case QuestionGroup::Ownership:
        return SystemEditor::Section::Ownership;
    case QuestionGroup::Boundaries:
        return SystemEditor::Section::Boundaries;
    case QuestionGroup::Escalation:
        return SystemEditor::Section::Escalation;
    case QuestionGroup::DataSecurity:
        return SystemEditor::Section::DataSecurity;
    case QuestionGroup::Vendor:
        return SystemEditor::Section::Vendor;
    case QuestionGroup::Support:
        return SystemEditor::Section::Support;
    case QuestionGroup::Regulatory:
        return SystemEditor::Section::Regulatory;
    }
    return SystemEditor::Section::Overview;
}

} // namespace

SystemEditor::SystemEditor(DirectoryStore *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_draft(new SystemDraft(this))
    , m_binder(new FieldBinder(m_draft, this))
    , m_prompt(askAboutUnsavedChanges)
    , m_createPerson(PersonDialog::ask)
    , m_createVendor(VendorDialog::ask)
{
    setObjectName(u"systemEditor"_s);
    setAccessibleName(tr("System editor"));
    buildHeader();
    buildBody();
    UndoShortcutGuard::protect(this);

    connect(m_draft, &RecordDraft::modifiedChanged, this, [this] {
        updateHeader();
        emit stateChanged();
    });
    connect(m_draft, &RecordDraft::valueChanged, this, [this](int field) {
        if (field == int(SystemField::Name))
            updateHeader();
    });
    connect(m_draft, &RecordDraft::reloaded, this, &SystemEditor::updateHeader);
    connect(m_risk, &RiskPanel::assessed, this, &SystemEditor::updateGapCounts);
    connect(m_risk, &RiskPanel::questionGroupActivated, this,
            [this](QuestionGroup group) { showSection(sectionFor(group)); });
    m_splitter->setEnabled(false);
    updateHeader();
}

SystemEditor::~SystemEditor() = default;

void SystemEditor::buildHeader()
{
    m_messageBar = new MessageBar(this);

    m_title = new QLabel(this);
    m_title->setObjectName(u"editorTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setMinimumWidth(120);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state = new QLabel(this);
    m_state->setObjectName(u"editorState"_s);

    QUndoStack *stack = m_draft->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
    });
    auto *redo = new QAction(tr("Redo"), this);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
    });

    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setToolTip(tr("Store the edits in the register"));
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_revertAction = new QAction(tr("Revert"), this);
    m_revertAction->setToolTip(tr("Go back to the saved system (can be undone)"));
    connect(m_revertAction, &QAction::triggered, this, &SystemEditor::revert);
    m_closeAction = new QAction(tr("Close"), this);
    m_closeAction->setToolTip(tr("Close the editor and go back to the register"));
    connect(m_closeAction, &QAction::triggered, this, [this] { requestClose(); });

    m_loadTheirsAction = new QAction(tr("Load Their Version"), this);
    connect(m_loadTheirsAction, &QAction::triggered, this, &SystemEditor::loadTheirVersion);
    m_overwriteAction = new QAction(tr("Save Mine Over Theirs"), this);
    connect(m_overwriteAction, &QAction::triggered, this, &SystemEditor::saveOverTheirs);

    m_undoButton = headerButton(undo, this);
    m_undoButton->setAccessibleName(tr("Undo"));
    m_redoButton = headerButton(redo, this);
    m_redoButton->setAccessibleName(tr("Redo"));
    QToolButton *revertButton = headerButton(m_revertAction, this);
    QToolButton *saveButton = headerButton(m_saveAction, this);
    saveButton->setObjectName(u"saveButton"_s);
    QFont bold = saveButton->font();
    bold.setBold(true);
    saveButton->setFont(bold);
    QToolButton *closeButton = headerButton(m_closeAction, this);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_state);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    header->addLayout(titles, 1);
    header->addWidget(m_undoButton);
    header->addWidget(m_redoButton);
    header->addSpacing(12);
    header->addWidget(revertButton);
    header->addWidget(saveButton);
    header->addSpacing(12);
    header->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_messageBar);
    layout->addLayout(header);
}

void SystemEditor::buildBody()
{
    m_sections = new SectionList(this);
    m_sections->setObjectName(u"editorSections"_s);
    m_sections->setAccessibleName(tr("Sections"));

    m_pages = new QStackedWidget(this);
    m_overview = new OverviewSection(m_draft, m_binder);
    m_ownership = new OwnershipSection(m_binder, m_directory->people());
    m_boundaries = new BoundariesSection(m_draft);
    m_escalation = new EscalationSection(m_draft, m_binder, m_directory->people());
    auto *data = new DataSecuritySection(m_binder);
    m_vendor = new VendorSection(m_draft, m_binder, m_directory->vendors());
    auto *support = new SupportSection(m_binder);
    auto *regulatory = new RegulatorySection(m_binder);
    // Each section scrolls on its own when the window is too small for it.
    for (EditorSection *section : std::initializer_list<EditorSection *>{
             m_overview, m_ownership, m_boundaries, m_escalation, data, m_vendor, support, regulatory}) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidget(section);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages->addWidget(scroll);
        m_sections->addSection(section->title());
    }
    connect(m_ownership, &OwnershipSection::newPersonRequested, this, &SystemEditor::addPersonFor);
    connect(m_vendor, &VendorSection::newVendorRequested, this, &SystemEditor::addVendor);
    connect(m_vendor, &VendorSection::openVendorRequested, this, &SystemEditor::openVendorRequested);

    m_risk = new RiskPanel(m_draft, m_directory->vendors(), this);
    m_risk->setMinimumWidth(260);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"editorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_risk);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({m_sections->sizeHint().width(), 640, 340});
    static_cast<QVBoxLayout *>(layout())->addWidget(m_splitter, 1);

    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    // Ctrl+PgDown / Ctrl+PgUp step through the sections, as through tabs.
    auto *next = new QAction(tr("Next Section"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        m_sections->setCurrentRow((m_sections->currentRow() + 1) % SectionCount);
    });
    auto *previous = new QAction(tr("Previous Section"), this);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] {
        m_sections->setCurrentRow((m_sections->currentRow() + SectionCount - 1) % SectionCount);
    });
    addAction(next);
    addAction(previous);
}

QUndoStack *SystemEditor::undoStack() const
{
    return m_draft->undoStack();
}

void SystemEditor::setService(RegisterService *service)
{
    if (service != m_service)
        clear();
    m_service = service;
    if (service)
        m_overview->setToday(service->today());
    m_risk->setService(service);
}

QString SystemEditor::displayName() const
{
    const QString name = m_draft->system().name.trimmed();
    if (!name.isEmpty())
        return name;
    return m_draft->isNew() ? tr("New system") : tr("Unnamed system");
}

void SystemEditor::startEditing(const AiSystem &system)
{
    m_messageBar->hideMessage();
    if (m_service)
        m_overview->setToday(m_service->today());
    m_draft->load(system);
    m_editing = true;
    m_splitter->setEnabled(true);
    m_risk->refresh();
    updateHeader();
    emit stateChanged();
}

bool SystemEditor::editSystem(qint64 id)
{
    if (!m_service || id <= 0)
        return false;
    if (m_editing && systemId() == id)
        return true;
    if (!confirmLeave())
        return false;
    Result<SystemDetails> details = m_service->details(id);
    if (!details) {
        m_messageBar->showMessage(tr("Cannot open the system for editing. %1").arg(details.error().message),
                                  MessageBar::Type::Error);
        return false;
    }
    startEditing(details->system);
    return true;
}

bool SystemEditor::newSystem()
{
    if (!m_service)
        return false;
    if (!confirmLeave())
        return false;
    startEditing(AiSystem());
    showSection(Section::Overview);
    m_overview->nameEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool SystemEditor::save()
{
    if (!m_service || !m_editing)
        return false;
    m_draft->revealAllProblems();
    const QList<FieldProblem> problems = m_draft->problems();
    if (!problems.isEmpty()) {
        m_messageBar->showMessage(tr("Not saved yet: %1").arg(describeProblems(problems)),
                                  MessageBar::Type::Warning);
        focusFirstProblem();
        return false;
    }
    if (!m_draft->isModified() && !m_draft->isNew())
        return true;

    AiSystem record = m_draft->system();
    const bool adding = record.id == 0;
    Status status = adding ? m_service->addSystem(record) : m_service->updateSystem(record);
    if (!status) {
        showSaveError(status.error());
        return false;
    }
    // What the register holds now is what the editor shows.
    Result<SystemDetails> stored = m_service->details(record.id);
    m_draft->markSaved(stored ? stored->system : record);
    m_messageBar->hideMessage();
    updateHeader();
    emit stateChanged();
    emit saved(record.id);
    return true;
}

void SystemEditor::showSaveError(const Error &error)
{
    if (error.code == ErrorCode::Conflict) {
        m_messageBar->showMessage(
            tr("Not saved: \u201c%1\u201d was changed by someone else since you opened it. Your edits "
               "are still here. Load their version (Undo brings your edits back), or save yours over "
               "theirs.")
                .arg(displayName()),
            MessageBar::Type::Error, {m_loadTheirsAction, m_overwriteAction});
        return;
    }
    m_messageBar->showMessage(tr("Not saved: %1 Your edits are still here.").arg(error.message),
                              MessageBar::Type::Error);
}

void SystemEditor::loadTheirVersion()
{
    Result<SystemDetails> theirs = m_service ? m_service->details(systemId())
                                             : Result<SystemDetails>(Error{ErrorCode::DatabaseUnavailable, QString()});
    if (!theirs) {
        m_messageBar->showMessage(tr("Cannot read their version. %1").arg(theirs.error().message),
                                  MessageBar::Type::Error);
        return;
    }
    m_draft->adoptStored(theirs->system);
    m_draft->replaceContent(theirs->system, tr("Load their version"));
    m_messageBar->showMessage(tr("Their version is loaded. Undo brings your edits back."),
                              MessageBar::Type::Information);
}

void SystemEditor::saveOverTheirs()
{
    Result<SystemDetails> theirs = m_service ? m_service->details(systemId())
                                             : Result<SystemDetails>(Error{ErrorCode::DatabaseUnavailable, QString()});
    if (!theirs) {
        m_messageBar->showMessage(tr("Cannot read their version. %1").arg(theirs.error().message),
                                  MessageBar::Type::Error);
        return;
    }
    m_draft->adoptStored(theirs->system);
    save();
}

void SystemEditor::revert()
{
    if (m_editing)
        m_draft->revert();
}

bool SystemEditor::confirmLeave()
{
    if (!isModified())
        return true;
    switch (m_prompt(this, displayName())) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        m_draft->load(m_draft->stored());
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

bool SystemEditor::requestClose()
{
    if (!confirmLeave())
        return false;
    clear();
    emit closeRequested();
    return true;
}

void SystemEditor::clear()
{
    m_editing = false;
    m_draft->load(AiSystem());
    m_messageBar->hideMessage();
    m_splitter->setEnabled(false);
    updateHeader();
    emit stateChanged();
}

void SystemEditor::showSection(Section section)
{
    m_sections->setCurrentRow(int(section));
}

SystemEditor::Section SystemEditor::currentSection() const
{
    return Section(std::max(0, m_pages->currentIndex()));
}

void SystemEditor::updateHeader()
{
    m_title->setText(m_editing ? displayName() : tr("No system open"));
    const AiSystem &stored = m_draft->stored();
    QString state;
    QColor colour = mutedColour(palette());
    if (!m_editing) {
        state = QString();
    } else if (m_draft->isModified()) {
        state = m_draft->isNew() ? tr("New system \u2014 not saved yet") : tr("Unsaved changes");
        colour = warningColour(palette());
    } else if (stored.updatedAt.isValid()) {
        state = tr("Saved \u00b7 version %1 \u00b7 last changed %2")
                    .arg(stored.version)
                    .arg(QLocale().toString(stored.updatedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        state = tr("Saved");
    }
    m_state->setText(state);
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, colour);
    m_state->setPalette(statePalette);
    m_saveAction->setEnabled(m_editing && (m_draft->isModified() || m_draft->isNew()));
    m_revertAction->setEnabled(m_editing && m_draft->isModified() && !m_draft->isNew());
    m_closeAction->setEnabled(m_editing);
}

void SystemEditor::updateGapCounts()
{
    std::array<int, QuestionGroupCount> counts{};
    const AiSystem &system = m_draft->system();
    const Vendor *vendor = m_directory->vendors()->vendorById(system.vendorId);
    for (Question question : Completeness::of(system, vendor).unknownQuestions())
        ++counts[size_t(questionGroup(question))];
    for (int g = 0; g < QuestionGroupCount; ++g)
        m_sections->setGapCount(int(sectionFor(QuestionGroup(g))), m_editing ? counts[size_t(g)] : 0);
}

void SystemEditor::focusFirstProblem()
{
    const QList<FieldProblem> problems = m_draft->problems();
    if (problems.isEmpty())
        return;
    const QString field = problems.first().field;
    if (field == fieldkey::Name) {
        showSection(Section::Overview);
        m_overview->nameEdit()->setFocus(Qt::OtherFocusReason);
    } else if (field == fieldkey::EscalationResponseMinutes) {
        showSection(Section::Escalation);
    } else if (field == fieldkey::Vendor) {
        showSection(Section::Vendor);
    }
}

void SystemEditor::addPersonFor(SystemField role, const QString &typedName)
{
    Person proposal;
    proposal.name = typedName;
    const std::optional<Person> chosen = m_createPerson ? m_createPerson(this, proposal) : std::nullopt;
    if (!chosen)
        return;
    Person person = *chosen;
    if (Status status = m_directory->addPerson(person); !status) {
        m_messageBar->showMessage(tr("The person was not added. %1").arg(status.error().message),
                                  MessageBar::Type::Error);
        return;
    }
    m_draft->edit(int(role), person.id);
}

void SystemEditor::addVendor(const QString &typedName)
{
    Vendor proposal;
    proposal.name = typedName;
    const std::optional<Vendor> chosen = m_createVendor ? m_createVendor(this, proposal) : std::nullopt;
    if (!chosen)
        return;
    Vendor vendor = *chosen;
    if (Status status = m_directory->addVendor(vendor); !status) {
        m_messageBar->showMessage(tr("The vendor was not added. %1").arg(status.error().message),
                                  MessageBar::Type::Error);
        return;
    }
    m_draft->edit(int(SystemField::Vendor), vendor.id);
}

} // namespace charter
