#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace charter {

class DirectoryStore;
class EntryEditor;
class PeopleDirectoryView;
class RegisterService;
class RegistryView;
class SystemEditor;
class VendorDirectoryView;

// The editing side of the main window, kept out of MainWindow: the system editor and
// the people and vendor directories (pages for the window's stack), their shared
// directory models, one QUndoGroup whose active stack follows the page shown, and the
// actions and menus that drive them:
//   Edit:        Undo (Ctrl+Z), Redo (Ctrl+Shift+Z), Save (Ctrl+S), Revert
//   System:      New System (Ctrl+N), Edit System (F2; Enter or double-click on a row),
//                Close Editor (Ctrl+W)
//   Directories: Register (Ctrl+1), People (Ctrl+2), Vendors (Ctrl+3), New Person,
//                New Vendor
// With the editor shown, choosing another system in the registry (Next/Previous
// System) opens it in the editor, asking about unsaved edits first.
class EditingWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit EditingWorkspace(QWidget *window);
    ~EditingWorkspace() override;

    DirectoryStore *directory() const { return m_directory; }
    SystemEditor *systemEditor() const { return m_editor; }
    PeopleDirectoryView *peopleView() const { return m_people; }
    VendorDirectoryView *vendorView() const { return m_vendors; }
    // The pages this workspace adds to the window's stack.
    QList<QWidget *> pages() const;
    bool ownsPage(const QWidget *page) const;

    // The registry it edits from, and the page that shows it.
    void setRegistry(RegistryView *registry, QWidget *registerPage);
    // The register in use; nullptr when no database is open.
    void attach(RegisterService *service);

    QMenu *createEditMenu(QWidget *parent);
    QMenu *createSystemMenu(QWidget *parent);
    QMenu *createDirectoriesMenu(QWidget *parent);

    // The window's stack now shows PAGE.
    void pageShown(QWidget *page);
    // The registry was read again: select what was saved, refresh the directories.
    void registryReloaded();

    // Asks about unsaved edits in every editor; false when the user cancels.
    bool confirmLeaveAll();

    bool editSystem(qint64 id);
    bool newSystem();
    void showRegister();
    void showPeople(qint64 personId = 0);
    void showVendors(qint64 vendorId = 0);

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    QAction *newSystemAction() const { return m_newSystem; }
    QAction *editSystemAction() const { return m_editSystem; }
    QAction *closeEditorAction() const { return m_closeEditor; }
    QAction *showRegisterAction() const { return m_showRegister; }
    QAction *showPeopleAction() const { return m_showPeople; }
    QAction *showVendorsAction() const { return m_showVendors; }

    // Documentation screenshots (ScreenshotRunner): the editor on a section, the
    // risk explanation, and the two directories. prepareScreenshot puts the window in
    // that state (SYSTEMID: the system the editor shows; 0 picks a typical one) and
    // returns false when it cannot; the caller then grabs the window.
    enum class Shot { EditorOverview, EditorOwnership, EditorBoundaries, EditorEscalation,
                      EditorVendor, PeopleDirectory, VendorDirectory };
    static QList<Shot> screenshotShots();
    static QString screenshotFileName(Shot shot); // "editor-overview.png"
    bool prepareScreenshot(Shot shot, qint64 systemId = 0);

signals:
    void showPageRequested(QWidget *page);
    // Something the registry shows was saved: read it again.
    void registerChanged();

private:
    void createActions();
    void updateActions();
    void followRegistrySelection(qint64 systemId);
    EntryEditor *currentEntryEditor() const;
    void saveCurrent();
    void revertCurrent();

    QWidget *m_window;
    DirectoryStore *m_directory;
    SystemEditor *m_editor;
    PeopleDirectoryView *m_people;
    VendorDirectoryView *m_vendors;
    QPointer<RegistryView> m_registry;
    QPointer<QWidget> m_registerPage;
    QWidget *m_currentPage = nullptr;
    RegisterService *m_service = nullptr;
    qint64 m_selectAfterReload = 0;

    QUndoGroup *m_undoGroup;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_newSystem = nullptr;
    QAction *m_editSystem = nullptr;
    QAction *m_closeEditor = nullptr;
    QAction *m_showRegister = nullptr;
    QAction *m_showPeople = nullptr;
    QAction *m_showVendors = nullptr;
    QAction *m_newPerson = nullptr;
    QAction *m_newVendor = nullptr;
};

} // namespace charter
