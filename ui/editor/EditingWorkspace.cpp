#include "EditingWorkspace.h"

#include "RiskPanel.h"
#include "SystemEditor.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "directory/DirectoryStore.h"
#include "directory/PeopleDirectoryView.h"
#include "directory/PersonEditor.h"
#include "directory/VendorDirectoryView.h"
#include "directory/VendorEditor.h"
#include "views/RegistryView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace charter {

EditingWorkspace::EditingWorkspace(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_directory(new DirectoryStore(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_editor = new SystemEditor(m_directory, window);
    m_people = new PeopleDirectoryView(m_directory, window);
    m_vendors = new VendorDirectoryView(m_directory, window);
    m_undoGroup->addStack(m_editor->undoStack());
    m_undoGroup->addStack(m_people->editor()->undoStack());
    m_undoGroup->addStack(m_vendors->editor()->undoStack());
    createActions();

    connect(m_editor, &SystemEditor::saved, this, [this](qint64 id) {
        m_selectAfterReload = id;
        emit registerChanged();
    });
    connect(m_editor, &SystemEditor::closeRequested, this, &EditingWorkspace::showRegister);
    connect(m_editor, &SystemEditor::openVendorRequested, this,
            [this](qint64 id) { showVendors(id); });
    connect(m_editor, &SystemEditor::stateChanged, this, &EditingWorkspace::updateActions);
    connect(m_vendors, &VendorDirectoryView::openSystemRequested, this, &EditingWorkspace::editSystem);
    connect(m_people, &PeopleDirectoryView::openSystemRequested, this, &EditingWorkspace::editSystem);
    // Names and vendor risk show in the registry: read it again after directory saves.
    connect(m_directory, &DirectoryStore::personSaved, this, &EditingWorkspace::registerChanged);
    connect(m_directory, &DirectoryStore::vendorSaved, this, &EditingWorkspace::registerChanged);
    for (EntryEditor *editor : {static_cast<EntryEditor *>(m_people->editor()),
                                static_cast<EntryEditor *>(m_vendors->editor())})
        connect(editor, &EntryEditor::stateChanged, this, &EditingWorkspace::updateActions);
    updateActions();
}

EditingWorkspace::~EditingWorkspace() = default;

QList<QWidget *> EditingWorkspace::pages() const
{
    return {m_editor, m_people, m_vendors};
}

bool EditingWorkspace::ownsPage(const QWidget *page) const
{
    return page && (page == m_editor || page == m_people || page == m_vendors);
}

void EditingWorkspace::createActions()
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);

    m_save = new QAction(tr("&Save"), this);
    m_save->setObjectName(u"saveAction"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Store the edits in the register"));
    connect(m_save, &QAction::triggered, this, &EditingWorkspace::saveCurrent);
    m_revert = new QAction(tr("Re&vert"), this);
    m_revert->setStatusTip(tr("Go back to what is stored (can be undone)"));
    connect(m_revert, &QAction::triggered, this, &EditingWorkspace::revertCurrent);

    m_newSystem = new QAction(tr("&New System"), this);
    m_newSystem->setObjectName(u"newSystemAction"_s);
    m_newSystem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newSystem->setStatusTip(tr("Register a new AI system"));
    connect(m_newSystem, &QAction::triggered, this, &EditingWorkspace::newSystem);
    m_editSystem = new QAction(tr("&Edit System"), this);
    m_editSystem->setObjectName(u"editSystemAction"_s);
    m_editSystem->setShortcut(QKeySequence(Qt::Key_F2));
    m_editSystem->setStatusTip(tr("Edit the selected system (also Enter or double-click)"));
    connect(m_editSystem, &QAction::triggered, this, [this] {
        if (m_registry)
            editSystem(m_registry->selectedSystemId());
    });
    m_closeEditor = new QAction(tr("&Close Editor"), this);
    m_closeEditor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeEditor, &QAction::triggered, m_editor, &SystemEditor::requestClose);

    m_showRegister = new QAction(tr("&Register"), this);
    m_showRegister->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showRegister->setStatusTip(tr("Show the register of AI systems"));
    connect(m_showRegister, &QAction::triggered, this, &EditingWorkspace::showRegister);
    m_showPeople = new QAction(tr("&People"), this);
    m_showPeople->setObjectName(u"showPeopleAction"_s);
    m_showPeople->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showPeople->setStatusTip(tr("Show the people directory"));
    connect(m_showPeople, &QAction::triggered, this, [this] { showPeople(); });
    m_showVendors = new QAction(tr("&Vendors"), this);
    m_showVendors->setObjectName(u"showVendorsAction"_s);
    m_showVendors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showVendors->setStatusTip(tr("Show the vendor risk profiles"));
    connect(m_showVendors, &QAction::triggered, this, [this] { showVendors(); });
    m_newPerson = new QAction(tr("New Pe&rson"), this);
    connect(m_newPerson, &QAction::triggered, this, [this] {
        showPeople();
        if (m_currentPage == m_people)
            m_people->newPerson();
    });
    m_newVendor = new QAction(tr("New Ve&ndor"), this);
    connect(m_newVendor, &QAction::triggered, this, [this] {
        showVendors();
        if (m_currentPage == m_vendors)
            m_vendors->newVendor();
    });
}

QMenu *EditingWorkspace::createEditMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Edit"), parent);
    menu->setObjectName(u"editMenu"_s);
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_revert);
    return menu;
}

QMenu *EditingWorkspace::createSystemMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&System"), parent);
    menu->setObjectName(u"systemMenu"_s);
    menu->addAction(m_newSystem);
    menu->addAction(m_editSystem);
    menu->addSeparator();
    menu->addAction(m_closeEditor);
    return menu;
}

QMenu *EditingWorkspace::createDirectoriesMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Directories"), parent);
    menu->setObjectName(u"directoriesMenu"_s);
    menu->addAction(m_showRegister);
    menu->addAction(m_showPeople);
    menu->addAction(m_showVendors);
    menu->addSeparator();
    menu->addAction(m_newPerson);
    menu->addAction(m_newVendor);
    return menu;
}

void EditingWorkspace::setRegistry(RegistryView *registry, QWidget *registerPage)
{
    m_registry = registry;
    m_registerPage = registerPage;
    connect(registry->tableView(), &QAbstractItemView::activated, this, [this](const QModelIndex &) {
        if (m_registry)
            editSystem(m_registry->selectedSystemId());
    });
    connect(registry, &RegistryView::currentSystemChanged, this, &EditingWorkspace::followRegistrySelection);
    connect(registry, &RegistryView::currentSystemChanged, this, &EditingWorkspace::updateActions);
    updateActions();
}

void EditingWorkspace::attach(RegisterService *service)
{
    const bool editorShown = m_currentPage == m_editor;
    m_service = service;
    m_editor->setService(service);
    m_people->editor()->clear();
    m_vendors->editor()->clear();
    m_directory->attach(service);
    m_selectAfterReload = 0;
    if (editorShown && m_registerPage)
        emit showPageRequested(m_registerPage);
    updateActions();
}

void EditingWorkspace::pageShown(QWidget *page)
{
    m_currentPage = page;
    QUndoStack *stack = nullptr;
    if (page == m_editor)
        stack = m_editor->undoStack();
    else if (page == m_people)
        stack = m_people->editor()->undoStack();
    else if (page == m_vendors)
        stack = m_vendors->editor()->undoStack();
    m_undoGroup->setActiveStack(stack);
    // What the directories show about the register may have changed meanwhile.
    if (page == m_people)
        m_people->editor()->refreshRoles();
    else if (page == m_vendors)
        m_vendors->editor()->refreshSystems();
    updateActions();
}

void EditingWorkspace::registryReloaded()
{
    (void)m_directory->reload();
    if (m_selectAfterReload != 0 && m_registry)
        m_registry->selectSystem(m_selectAfterReload);
    m_selectAfterReload = 0;
    if (m_currentPage == m_vendors)
        m_vendors->editor()->refreshSystems();
    if (m_currentPage == m_people)
        m_people->editor()->refreshRoles();
}

EntryEditor *EditingWorkspace::currentEntryEditor() const
{
    if (m_currentPage == m_people)
        return m_people->editor();
    if (m_currentPage == m_vendors)
        return m_vendors->editor();
    return nullptr;
}

void EditingWorkspace::saveCurrent()
{
    if (m_currentPage == m_editor)
        m_editor->save();
    else if (EntryEditor *editor = currentEntryEditor())
        editor->save();
}

void EditingWorkspace::revertCurrent()
{
    if (m_currentPage == m_editor)
        m_editor->revert();
    else if (EntryEditor *editor = currentEntryEditor())
        editor->revert();
}

void EditingWorkspace::updateActions()
{
    const bool open = m_service != nullptr;
    const bool onEditor = m_currentPage == m_editor;
    const bool onRegister = m_currentPage && m_currentPage == m_registerPage;
    bool canSave = false;
    bool canRevert = false;
    if (onEditor) {
        canSave = m_editor->saveAction()->isEnabled();
        canRevert = m_editor->revertAction()->isEnabled();
    } else if (EntryEditor *editor = currentEntryEditor()) {
        canSave = editor->saveAction()->isEnabled();
        canRevert = editor->revertAction()->isEnabled();
    }
    m_save->setEnabled(open && canSave);
    m_revert->setEnabled(open && canRevert);
    m_newSystem->setEnabled(open);
    m_editSystem->setEnabled(open && onRegister && m_registry && m_registry->selectedSystemId() != 0);
    m_closeEditor->setEnabled(onEditor && m_editor->isEditing());
    m_showRegister->setEnabled(open);
    m_showPeople->setEnabled(open);
    m_showVendors->setEnabled(open);
    m_newPerson->setEnabled(open);
    m_newVendor->setEnabled(open);
}

bool EditingWorkspace::confirmLeaveAll()
{
    return m_editor->confirmLeave() && m_people->editor()->confirmLeave()
        && m_vendors->editor()->confirmLeave();
}

bool EditingWorkspace::editSystem(qint64 id)
{
    if (!m_service || id <= 0)
        return false;
    if (!m_editor->editSystem(id))
        return false;
    if (m_registry && m_registry->selectedSystemId() != id)
        m_registry->selectSystem(id);
    emit showPageRequested(m_editor);
    return true;
}

bool EditingWorkspace::newSystem()
{
    if (!m_service || !m_editor->newSystem())
        return false;
    emit showPageRequested(m_editor);
    m_editor->showSection(SystemEditor::Section::Overview);
    return true;
}

void EditingWorkspace::followRegistrySelection(qint64 systemId)
{
    // Next/Previous System while editing: the editor follows, after asking.
    if (m_currentPage != m_editor || !m_editor->isEditing() || systemId == 0
        || systemId == m_editor->systemId())
        return;
    if (!m_editor->editSystem(systemId) && m_registry && m_editor->systemId() != 0)
        m_registry->selectSystem(m_editor->systemId());
}

void EditingWorkspace::showRegister()
{
    if (m_registerPage)
        emit showPageRequested(m_registerPage);
}

void EditingWorkspace::showPeople(qint64 personId)
{
    if (!m_service)
        return;
    emit showPageRequested(m_people);
    if (personId > 0)
        m_people->selectPerson(personId);
}

void EditingWorkspace::showVendors(qint64 vendorId)
{
    if (!m_service)
        return;
    emit showPageRequested(m_vendors);
    if (vendorId > 0)
        m_vendors->selectVendor(vendorId);
}

QList<EditingWorkspace::Shot> EditingWorkspace::screenshotShots()
{
    return {Shot::EditorOverview, Shot::EditorOwnership, Shot::EditorBoundaries,
            Shot::EditorEscalation, Shot::EditorVendor, Shot::PeopleDirectory, Shot::VendorDirectory};
}

QString EditingWorkspace::screenshotFileName(Shot shot)
{
    switch (shot) {
    case Shot::EditorOverview:
        return u"editor-overview.png"_s;
    case Shot::EditorOwnership:
        return u"editor-ownership.png"_s;
    case Shot::EditorBoundaries:
        return u"editor-boundaries.png"_s;
    case Shot::EditorEscalation:
        return u"editor-escalation.png"_s;
    case Shot::EditorVendor:
        return u"editor-vendor.png"_s;
    case Shot::PeopleDirectory:
        return u"people.png"_s;
    case Shot::VendorDirectory:
        return u"vendors.png"_s;
    }
    return QString();
}

bool EditingWorkspace::prepareScreenshot(Shot shot, qint64 systemId)
{
    if (!m_service || !m_registry)
        return false;
    if (systemId == 0) {
        // A typical high-risk system with a vendor: every section has substance.
        for (const RegistryRow &row : m_registry->model()->rows()) {
            if (row.riskTier == RiskTier::High && !row.vendor.isEmpty()) {
                systemId = row.id;
                break;
            }
        }
        if (systemId == 0 && !m_registry->model()->rows().isEmpty())
            systemId = m_registry->model()->rows().constFirst().id;
    }
    switch (shot) {
    case Shot::PeopleDirectory: {
        showPeople();
        // The person with the most to show: the system's accountable owner, if any.
        auto details = m_service->details(systemId);
        if (details && details->system.ownership.accountableOwnerId > 0)
            m_people->selectPerson(details->system.ownership.accountableOwnerId);
        return m_currentPage == m_people;
    }
    case Shot::VendorDirectory: {
        showVendors();
        auto details = m_service->details(systemId);
        if (details && details->system.vendorId > 0)
            m_vendors->selectVendor(details->system.vendorId);
        return m_currentPage == m_vendors;
    }
    default:
        break;
    }
    if (systemId == 0 || !editSystem(systemId))
        return false;
    const SystemEditor::Section sections[] = {
        SystemEditor::Section::Overview, SystemEditor::Section::Ownership,
        SystemEditor::Section::Boundaries, SystemEditor::Section::Escalation,
        SystemEditor::Section::Vendor};
    m_editor->showSection(sections[int(shot)]);
    m_editor->riskPanel()->refresh();
    return true;
}

} // namespace charter
