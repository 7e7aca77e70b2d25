#pragma once

#include "RegisterLoader.h"

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

class Database;
class MessageBar;
class RegisterService;
class RegistryView;
class SystemDetailPane;

// Charter's main window: the registry table (RegistryView) beside the read-only detail
// pane (SystemDetailPane), an inline MessageBar for errors, and the File/View/Help
// menus. Loading a database runs on a worker (RegisterLoader through QtConcurrent)
// while a busy indicator shows; the window then keeps its own connection on the UI
// thread for the quick per-system reads of the detail pane.
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

    QString databaseLocation() const { return m_location; }
    bool hasDatabase() const;
    bool isLoading() const { return m_loading; }

    void setOpenFileChooser(FileChooser chooser) { m_chooseOpenFile = std::move(chooser); }
    void setNewFileChooser(FileChooser chooser) { m_chooseNewFile = std::move(chooser); }
    // The date reviews are compared with; today unless a test fixes it.
    void setToday(const QDate &today);

    RegistryView *registryView() const { return m_registry; }
    SystemDetailPane *detailPane() const { return m_detail; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString countText() const;
    QString aboutText() const;

signals:
    void registryLoaded();                 // rows of a database are shown
    void loadFailed(const QString &error); // opening or reading a database failed
    void detailsShown(qint64 systemId);    // the detail pane shows this system

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    using Task = std::function<RegisterSnapshot()>;

    void createActions();
    void createMenus();
    void createPages();
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
    void chooseAndCreate();
    void createAtFailedLocation();
    void showAbout();

    Options m_options;
    QDate m_today;

    std::unique_ptr<Database> m_db;               // UI-thread connection
    std::unique_ptr<RegisterService> m_service;   // uses m_db; destroyed first
    QString m_location;       // the database shown
    QString m_failedLocation; // the last location that could not be opened
    int m_schemaVersion = 0;
    int m_taskSerial = 0;
    bool m_loading = false;

    FileChooser m_chooseOpenFile;
    FileChooser m_chooseNewFile;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    RegistryView *m_registry = nullptr;
    SystemDetailPane *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_createHereAction = nullptr;
};

} // namespace charter
