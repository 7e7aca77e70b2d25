#pragma once

#include "RegisterLoader.h"
#include "tasks/InterchangeJobs.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace charter {

class CredentialStore;
class Database;
class DashboardView;
class EditingWorkspace;
class ExportDialog;
class ImportWizard;
class LiveRefresh;
class MessageBar;
class RecentDatabasesMenu;
class RegisterService;
class RegistryView;
class SavedViewsMenu;
class SystemDetailPane;
class GovernanceWorkspace;
class MeetingsWorkspace;
class TaskRunner;

// Charter's main window: the registry table (RegistryView) beside the read-only detail
// pane (SystemDetailPane), an inline MessageBar for errors, and the File/View/Help
// menus. Loading a database runs on a worker (RegisterLoader through QtConcurrent)
// while a busy indicator shows; the window then keeps its own connection on the UI
// thread for the quick per-system reads of the detail pane. Import (ImportWizard) and
// export (InterchangeJobs through a TaskRunner) run on workers too, with progress and
// Cancel. With Options::persistState it restores and saves its geometry, splitter,
// columns, the recent databases and the last database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options {
        bool persistState = true; // restore and save geometry, splitter and columns
        int demoSystemCount = 60; // size of the demo portfolio offered on first run
        quint64 demoSeed = 1;
    };

    // Asks for a file to open or to create; returns an empty string when cancelled.
    // Replaceable so tests never meet a modal file dialog.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    // Opens the Charter database at LOCATION on a worker; an error (missing, corrupt,
    // not Charter, newer version) shows in the message bar and leaves the database
    // open before, if any, as it was.
    void openDatabase(const QString &location);
    // Creates a new database at LOCATION, with the demo portfolio when WITHDEMO.
    void createDatabase(const QString &location, bool withDemo);
    // First run: asks whether to create a database at LOCATION (with or without the
    // demo portfolio), to open another file, or to quit.
    void offerToCreate(const QString &location);
    // Reloads the register from the open database, keeping the selection.
    void refresh();

    // File > Import…: opens the import wizard on the open database (null when none is
    // open). The wizard deletes itself when closed.
    ImportWizard *showImportWizard();
    // File > Export…: opens the export dialog (null when no database is open).
    ExportDialog *showExportDialog();
    // Exports the open register as REQUEST says (its location is filled in), on a worker.
    void exportRegister(InterchangeJobs::ExportRequest request);
    TaskRunner *exportRunner() const { return m_exportRunner; }

    QString databaseLocation() const { return m_location; }
    bool hasDatabase() const;
    bool isLoading() const { return m_loading; }

    void setOpenFileChooser(FileChooser chooser) { m_chooseOpenFile = std::move(chooser); }
    // Where File > Connect to Shared Database… remembers passwords (the system keychain
    // unless a test gives another store).
    void setCredentialStore(std::unique_ptr<CredentialStore> store);
    void setNewFileChooser(FileChooser chooser) { m_chooseNewFile = std::move(chooser); }
    // The date reviews are compared with; today unless a test fixes it.
    void setToday(const QDate &today);

    RegistryView *registryView() const { return m_registry; }
    SavedViewsMenu *savedViewsMenu() const { return m_viewsMenu; }
    RecentDatabasesMenu *recentMenu() const { return m_recentMenu; }
    // Live refresh of a shared database (null before one is open).
    LiveRefresh *liveRefresh() const { return m_liveRefresh.get(); }
    SystemDetailPane *detailPane() const { return m_detail; }
    // The system editor, the people and vendor directories and their actions.
    EditingWorkspace *editing() const { return m_editing; }
    // The portfolio dashboard page (View > Dashboard, Ctrl+4; Ctrl+1 returns to the registry).
    DashboardView *dashboard() const { return m_dashboard; }
    void showDashboard();
    void showRegistry();
    // The inbox, workflow steps, history and audit trail (Governance menu).
    GovernanceWorkspace *governance() const { return m_governance; }
    // Review meetings and the board's exports (Governance > Review Meetings, File > Board Exports).
    MeetingsWorkspace *meetings() const { return m_meetings; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString countText() const;
    QString aboutText() const;

signals:
    void registryLoaded();                 // rows of a database are shown
    void loadFailed(const QString &error); // opening or reading a database failed
    void detailsShown(qint64 systemId);    // the detail pane shows this system
    void exportFinished(const charter::InterchangeJobs::ExportOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    using Task = std::function<RegisterSnapshot()>;

    void createActions();
    void createMenus();
    void createPages();
    void installEditing();
    void installDashboard();
    void setTabOrders();
    void restoreState();
    void saveState() const;

    void runTask(const QString &location, const QString &busyText, Task task);
    void finishTask(const RegisterSnapshot &snapshot);
    bool attach(const RegisterSnapshot &snapshot);
    void showOpenError(const QString &location, const QString &message);
    void setBusy(bool busy, const QString &text = QString());
    void showSystem(qint64 systemId);
    void updateCounts(int shown, int total);
    void updateTitle();
    void updateActions();

    void chooseAndOpen();
    void chooseAndConnect();
    void openRecentShared(const QString &location);
    void chooseAndCreate();
    void createAtFailedLocation();
    void showAbout();
    void showShortcuts();
    void rememberDatabase(const QString &location);
    void finishImport(const InterchangeJobs::ImportOutcome &outcome, const QString &file);
    void finishExport(const InterchangeJobs::ExportOutcome &outcome);

    Options m_options;
    QDate m_today;

    std::unique_ptr<Database> m_db;               // UI-thread connection
    std::unique_ptr<RegisterService> m_service;   // uses m_db; destroyed first
    std::unique_ptr<LiveRefresh> m_liveRefresh;   // other clients' commits (shared database)
    QString m_location;
    QString m_connectionText; // m_location with its password, for more connections: never shown
    // the database shown
    QString m_failedLocation; // the last location that could not be opened
    int m_schemaVersion = 0;
    int m_taskSerial = 0;
    bool m_loading = false;

    FileChooser m_chooseOpenFile;
    std::unique_ptr<CredentialStore> m_credentials;
    FileChooser m_chooseNewFile;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    RegistryView *m_registry = nullptr;
    SystemDetailPane *m_detail = nullptr;
    EditingWorkspace *m_editing = nullptr;
    DashboardView *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    GovernanceWorkspace *m_governance = nullptr;
    MeetingsWorkspace *m_meetings = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    RecentDatabasesMenu *m_recentMenu = nullptr;
    SavedViewsMenu *m_viewsMenu = nullptr;
    TaskRunner *m_exportRunner = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_createHereAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace charter
